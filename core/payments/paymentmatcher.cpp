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

// What the payer said, once per transaction: the name and message, and the same without spaces and dots.
struct Said
{
    QString text;
    QString compact;
};

// How a payer may name the invoice's member; worked out once per invoice, when a payment without KID needs it.
struct Payee
{
    QString shortName;
    QString organisation;
};

bool names(const Said &said, const Payee &payee)
{
    if (!payee.shortName.isEmpty() && said.text.contains(payee.shortName, Qt::CaseInsensitive))
        return true;
    return !payee.organisation.isEmpty() && said.compact.contains(payee.organisation);
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

    QList<PaymentMatch> matches(transactions.size());
    auto take = [&](PaymentMatch &match, const Invoice &invoice, PaymentMatch::Status status) {
        match.status = status;
        match.invoiceId = invoice.id;
        match.invoiceNumber = invoice.number;
        match.memberName = invoice.buyerName;
        match.outstandingAfter = outstanding.value(invoice.id) - match.transaction.amount;
    };
    // First the payments by KID, in the file's order; then those without one,
    // against what the file's KID payments leave outstanding, so that no
    // invoice the same file pays is suggested for another payment.
    QList<qsizetype> withoutKid;
    for (qsizetype position = 0; position < transactions.size(); ++position) {
        const BankTransaction &transaction = transactions.at(position);
        PaymentMatch &match = matches[position];
        match.transaction = transaction;
        if (!transaction.isIncomingPayment()) {
            match.status = PaymentMatch::Status::NotAPayment;
            match.reason = transaction.reversal     ? tr("a reversal")
                         : transaction.amount < Money() ? tr("money out of the account")
                         : transaction.currency != u"NOK" ? tr("in %1, not NOK").arg(transaction.currency)
                                                          : tr("no amount");
            continue;
        }
        const QString kid = CheckDigits::normalized(transaction.kid);
        if (kid.isEmpty() || !byKid.contains(kid) || !CheckDigits::isValidKid(kid)) {
            withoutKid.append(position);
            continue;
        }
        const Invoice &invoice = invoices.at(byKid.value(kid));
        const bool over = transaction.amount > outstanding.value(invoice.id);
        take(match, invoice, over ? PaymentMatch::Status::Overpaid : PaymentMatch::Status::Matched);
        match.reason = over ? tr("KID of invoice %1, which had %2 outstanding")
                                  .arg(invoice.number)
                                  .arg(outstanding.value(invoice.id).toString())
                            : tr("KID of invoice %1").arg(invoice.number);
        outstanding[invoice.id] = match.outstandingAfter;
    }
    if (withoutKid.isEmpty())
        return matches;

    // No usable KID: the amount and the payer, for the user to confirm.
    QHash<qint64, QList<qsizetype>> byOutstanding;  // øre left: the invoices, in order
    QList<Payee> payees(invoices.size());
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const Invoice &invoice = invoices.at(i);
        const Money left = outstanding.value(invoice.id);
        if (invoice.kind != InvoiceKind::Invoice || left <= Money())
            continue;
        byOutstanding[left.ore()].append(i);
        payees[i] = {shortName(invoice.buyerName), CheckDigits::normalized(invoice.buyerOrganisationNumber)};
    }
    for (qsizetype position : std::as_const(withoutKid)) {
        PaymentMatch &match = matches[position];
        const BankTransaction &transaction = match.transaction;
        const QList<qsizetype> byAmount = byOutstanding.value(transaction.amount.ore());
        Said said;
        said.text = transaction.payerName + u' ' + transaction.text;
        said.compact = CheckDigits::normalized(said.text);
        QList<qsizetype> named;
        for (qsizetype i : byAmount) {
            if (names(said, payees.at(i)))
                named.append(i);
        }
        const QString kid = CheckDigits::normalized(transaction.kid);
        const QString why = kid.isEmpty()            ? tr("no KID")
                          : !CheckDigits::isValidKid(kid) ? tr("KID %1 has a wrong check digit").arg(kid)
                                                          : tr("KID %1 is no issued invoice's").arg(kid);
        if (named.size() == 1) {
            const Invoice &invoice = invoices.at(named.first());
            take(match, invoice, PaymentMatch::Status::Suggested);
            match.reason = tr("%1; the amount and the payer fit invoice %2").arg(why).arg(invoice.number);
        } else {
            match.status = PaymentMatch::Status::Unmatched;
            match.reason = byAmount.size() > 1 ? tr("%1; %2 invoices have this amount outstanding").arg(why).arg(byAmount.size())
                                               : why;
        }
    }
    return matches;
}

} // namespace Sekretariat
