#include "invoiceterms.h"

namespace Sekretariat {

QString InvoiceTerms::key(InvoiceKind kind)
{
    return kind == InvoiceKind::CreditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
}

QString InvoiceTerms::key(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open: return QStringLiteral("open");
    case InvoiceStatus::PartlyPaid: return QStringLiteral("partly_paid");
    case InvoiceStatus::Paid: return QStringLiteral("paid");
    case InvoiceStatus::Overdue: return QStringLiteral("overdue");
    case InvoiceStatus::Credited: return QStringLiteral("credited");
    }
    return {};
}

InvoiceKind InvoiceTerms::kindFromKey(const QString &key)
{
    return key == u"credit_note" ? InvoiceKind::CreditNote : InvoiceKind::Invoice;
}

QString InvoiceTerms::label(InvoiceKind kind)
{
    return kind == InvoiceKind::CreditNote ? tr("Credit note") : tr("Invoice");
}

QString InvoiceTerms::label(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open: return tr("Open");
    case InvoiceStatus::PartlyPaid: return tr("Partly paid");
    case InvoiceStatus::Paid: return tr("Paid");
    case InvoiceStatus::Overdue: return tr("Overdue");
    case InvoiceStatus::Credited: return tr("Credited");
    }
    return {};
}

QString InvoiceTerms::exportAmount(Money amount)
{
    const qint64 ore = amount.ore();
    const qint64 magnitude = ore < 0 ? -ore : ore;
    return QStringLiteral("%1%2.%3")
        .arg(ore < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString InvoiceTerms::exportRate(qint64 rateOre)
{
    return exportAmount(Money::fromOre(rateOre));
}

} // namespace Sekretariat
