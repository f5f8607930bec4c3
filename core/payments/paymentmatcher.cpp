#include "paymentmatcher.h"

#include "common/checkdigits.h"

#include <QHash>

namespace Sekretariat {

namespace {

// "Stavanger" of "Stavanger kommune": what a payer's name or message says.
QString shortName(const QString &buyerName)
{
    QString name = buyerName;
    for (const QString &suffix : {QStringLiteral(" fylkeskommune"), QStringLiteral(" kommune")}) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return name.chopped(suffix.size());
    }
    return name;
}

bool names(const BankTransaction &transaction, const Invoice &invoice)
{
    const QString said = transaction.payerName + u' ' + transaction.text;
    const QString name = shortName(invoice.buyerName);
    if (!name.isEmpty() && said.contains(name, Qt::CaseInsensitive))
        return true;
    const QString organisation = CheckDigits::normalized(invoice.buyerOrganisationNumber);
    return !organisation.isEmpty() && CheckDigits::normalized(said).contains(organisation);
}

} // namespace

QString PaymentMatch::key(Status status)
{
    switch (status) {
    case Status::Matched:
        return QStringLiteral("matched");
    case Status::Overpaid:
        return QStringLiteral("overpaid");
    case Status::Suggested:
        return QStringLiteral("suggested");
    case Status::Unmatched:
        return QStringLiteral("unmatched");
    case Status::NotAPayment:
        return QStringLiteral("not_a_payment");
    }
    return {};
}

QList<PaymentMatch> PaymentMatcher::match(const QList<BankTransaction> &transactions, const QList<Invoice> &invoices)
{
    QHash<QString, qsizetype> byKid;
    QHash<qint64, Money> outstanding;  // invoice id: what is left, as the file's payments are counted
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const Invoice &invoice = invoices.at(i);
        if (invoice.kind != InvoiceKind::Invoice)
            continue;
        if (!invoice.kid.isEmpty())
            byKid.insert(invoice.kid, i);
        outstanding.insert(invoice.id, invoice.outstanding());
    }

    QList<PaymentMatch> matches;
    for (const BankTransaction &transaction : transactions) {
        PaymentMatch match;
        match.transaction = transaction;
        auto take = [&](const Invoice &invoice, PaymentMatch::Status status) {
            match.status = status;
            match.invoiceId = invoice.id;
            match.invoiceNumber = invoice.number;
            match.memberName = invoice.buyerName;
            match.outstandingAfter = outstanding.value(invoice.id) - transaction.amount;
        };
        if (!transaction.isIncomingPayment()) {
            match.status = PaymentMatch::Status::NotAPayment;
            match.reason = transaction.reversal     ? tr("a reversal")
                         : transaction.amount < Money() ? tr("money out of the account")
                         : transaction.currency != u"NOK" ? tr("in %1, not NOK").arg(transaction.currency)
                                                          : tr("no amount");
            matches.append(match);
            continue;
        }
        const QString kid = CheckDigits::normalized(transaction.kid);
        if (!kid.isEmpty() && byKid.contains(kid) && CheckDigits::isValidKid(kid)) {
            const Invoice &invoice = invoices.at(byKid.value(kid));
            const bool over = transaction.amount > outstanding.value(invoice.id);
            take(invoice, over ? PaymentMatch::Status::Overpaid : PaymentMatch::Status::Matched);
            match.reason = over ? tr("KID of invoice %1, which had %2 outstanding")
                                      .arg(invoice.number)
                                      .arg(outstanding.value(invoice.id).toString())
                                : tr("KID of invoice %1").arg(invoice.number);
            outstanding[invoice.id] = match.outstandingAfter;
            matches.append(match);
            continue;
        }
        // No usable KID: the amount and the payer, for the user to confirm.
        QList<qsizetype> byAmount;
        for (qsizetype i = 0; i < invoices.size(); ++i) {
            const Invoice &invoice = invoices.at(i);
            if (invoice.kind == InvoiceKind::Invoice && outstanding.value(invoice.id) == transaction.amount)
                byAmount.append(i);
        }
        QList<qsizetype> named;
        for (qsizetype i : std::as_const(byAmount)) {
            if (names(transaction, invoices.at(i)))
                named.append(i);
        }
        const QString why = kid.isEmpty()            ? tr("no KID")
                          : !CheckDigits::isValidKid(kid) ? tr("KID %1 has a wrong check digit").arg(kid)
                                                          : tr("KID %1 is no issued invoice's").arg(kid);
        if (named.size() == 1) {
            const Invoice &invoice = invoices.at(named.first());
            take(invoice, PaymentMatch::Status::Suggested);
            match.reason = tr("%1; the amount and the payer fit invoice %2").arg(why).arg(invoice.number);
        } else {
            match.status = PaymentMatch::Status::Unmatched;
            match.reason = byAmount.size() > 1 ? tr("%1; %2 invoices have this amount outstanding").arg(why).arg(byAmount.size())
                                               : why;
        }
        matches.append(match);
    }
    return matches;
}

} // namespace Sekretariat
