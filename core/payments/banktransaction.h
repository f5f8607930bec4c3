#pragma once

#include "common/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Sekretariat {

// One movement on the network's account as the bank reports it, from an OCR
// giro file or a camt.053/054 statement: what matching and booking work from.
struct BankTransaction
{
    int position = 0;          // the record (OCR) or transaction (camt) number in its file, from 1
    Money amount;              // money in is positive; a debit or a reversal negative
    QString currency = QStringLiteral("NOK");
    QDate bookingDate;
    QDate valueDate;
    QString kid;               // the structured reference, as sent
    QString text;              // free text or unstructured remittance information
    QString payerName;
    QString payerAccount;
    QString bankReference;     // what identifies it at the bank: OCR archive reference, AcctSvcrRef, EndToEndId
    bool reversal = false;     // OCR types 18 and 20; camt RvslInd

    // A payment to book: money in, in kroner, not a reversal.
    bool isIncomingPayment() const { return !reversal && amount > Money() && currency == u"NOK"; }
};

// A whole bank file, read and checked: its kind, its own number and what it holds.
struct BankFile
{
    QString format;            // "OCR giro", "camt.053.001.02", ...
    QString transmission;      // the transmission or message id
    QList<BankTransaction> transactions;
    Money total;               // the sum of the amounts, as the file's control records state it
};

} // namespace Sekretariat
