#pragma once

#include "banktransaction.h"
#include "dues/invoice.h"

#include <QCoreApplication>
#include <QList>

namespace Sekretariat {

// What a bank transaction is to the register before anything is booked.
struct PaymentMatch
{
    enum class Status {
        Matched,      // its KID is an issued invoice's
        Overpaid,     // matched, but more than the invoice has outstanding
        Suggested,    // no usable KID; the amount and the payer point at one invoice, for the user to confirm
        Unmatched,    // waits for the user
        NotAPayment,  // a debit, a reversal or another currency: shown, never booked
    };

    BankTransaction transaction;
    Status status = Status::Unmatched;
    qint64 invoiceId = 0;
    qint64 invoiceNumber = 0;
    QString memberName;
    Money outstandingAfter;   // of the invoice, after this and the file's earlier payments to it
    QString reason;           // translated: why it matched, or did not

    static QString key(Status status);  // "matched", "overpaid", ... for CSV
};

// Matches a file's transactions to the issued invoices: a plain rule, no
// database. A KID whose check digit is valid and that an invoice carries
// matches it; without one, an invoice whose outstanding amount is the payment's
// and whose member the payer's name or text names is suggested.
class PaymentMatcher
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMatcher)

public:
    // `invoices`: every issued invoice, with what is paid and credited filled in.
    static QList<PaymentMatch> match(const QList<BankTransaction> &transactions, const QList<Invoice> &invoices);
};

} // namespace Sekretariat
