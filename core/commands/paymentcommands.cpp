#include "paymentcommands.h"

#include "commanddatabase.h"
#include "commandrunner.h"
#include "common/csvwriter.h"
#include "database/database.h"
#include "dues/invoiceterms.h"
#include "payments/bankfilereader.h"
#include "payments/paymentmatcher.h"
#include "workspace/repositories.h"

#include <QIODevice>
#include <QTextStream>

namespace Sekretariat {

int PaymentCommands::importPayments(const QString &databasePath, const QString &file, bool dryRun, QIODevice &out,
                                    QTextStream &err)
{
    if (!dryRun) {
        err << tr("Booking payments from a bank file is not available yet; “import payments FILE --dry-run” shows "
                  "how the file's payments match the invoices. Nothing was booked.")
            << Qt::endl;
        return CommandRunner::UsageError;
    }
    QString error;
    const std::optional<BankFile> bankFile = BankFileReader::readFile(file, &error);
    if (!bankFile) {
        err << error << Qt::endl;
        return CommandRunner::Failure;
    }
    Database database;
    if (!CommandDatabase::openForReading(database, databasePath, err))
        return CommandRunner::Failure;
    const Repositories repositories(&database);
    const InvoiceRepository invoices = repositories.invoices();
    const QList<Invoice> issued = invoices.invoicesOfYear(0);
    if (!invoices.lastError().isEmpty()) {
        err << tr("The register cannot be read: %1").arg(invoices.lastError()) << Qt::endl;
        return CommandRunner::Failure;
    }
    const QList<PaymentMatch> matches = PaymentMatcher::match(bankFile->transactions, issued);
    bool written = out.write(CsvWriter::line({QStringLiteral("position"), QStringLiteral("booking_date"),
                                              QStringLiteral("amount"), QStringLiteral("currency"),
                                              QStringLiteral("kid"), QStringLiteral("payer"),
                                              QStringLiteral("bank_reference"), QStringLiteral("status"),
                                              QStringLiteral("invoice_number"), QStringLiteral("member"),
                                              QStringLiteral("outstanding_after"), QStringLiteral("reason")})
                                 .toUtf8())
        >= 0;
    int matched = 0;
    Money incoming;
    for (const PaymentMatch &match : matches) {
        if (match.transaction.isIncomingPayment())
            incoming += match.transaction.amount;
        const BankTransaction &t = match.transaction;
        matched += match.status == PaymentMatch::Status::Matched || match.status == PaymentMatch::Status::Overpaid;
        const bool withInvoice = match.invoiceNumber > 0;
        written = written
            && out.write(CsvWriter::line({QString::number(t.position), t.bookingDate.toString(Qt::ISODate),
                                          InvoiceTerms::exportAmount(t.amount), t.currency, t.kid,
                                          t.payerName, t.bankReference, PaymentMatch::key(match.status),
                                          withInvoice ? QString::number(match.invoiceNumber) : QString(),
                                          match.memberName,
                                          withInvoice ? InvoiceTerms::exportAmount(match.outstandingAfter) : QString(),
                                          match.reason})
                             .toUtf8())
                >= 0;
    }
    if (!written) {
        err << tr("The matching could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    err << tr("%1, %n transaction(s), payments in %2; %3 matched by KID. Nothing was booked (dry run).", nullptr,
              int(matches.size()))
               .arg(bankFile->format, incoming.toString())
               .arg(matched)
        << Qt::endl;
    return CommandRunner::Success;
}

} // namespace Sekretariat
