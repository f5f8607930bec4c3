#include "paymentcommands.h"

#include "commanddatabase.h"
#include "commandrunner.h"
#include "common/csvwriter.h"
#include "database/database.h"
#include "dues/invoiceterms.h"
#include "payments/bankfilereader.h"
#include "payments/paymentimportrepository.h"
#include "workspace/repositories.h"

#include <QIODevice>
#include <QTextStream>

namespace Sekretariat {

namespace {

bool writeLines(const PaymentImportRepository::Result &result, QIODevice &out)
{
    bool written = out.write(CsvWriter::line({QStringLiteral("position"), QStringLiteral("booking_date"),
                                              QStringLiteral("amount"), QStringLiteral("currency"),
                                              QStringLiteral("kid"), QStringLiteral("payer"),
                                              QStringLiteral("bank_reference"), QStringLiteral("match"),
                                              QStringLiteral("result"), QStringLiteral("invoice_number"),
                                              QStringLiteral("member"), QStringLiteral("outstanding_after"),
                                              QStringLiteral("reason")})
                                 .toUtf8())
        >= 0;
    for (const PaymentImportRepository::Line &line : result.lines) {
        const PaymentMatch &match = line.match;
        const BankTransaction &t = match.transaction;
        const bool withInvoice = match.invoiceNumber > 0;
        const bool earlier = line.disposition == PaymentImportRepository::Disposition::AlreadyImported;
        written = written
            && out.write(CsvWriter::line({QString::number(t.position), t.bookingDate.toString(Qt::ISODate),
                                          InvoiceTerms::exportAmount(t.amount), t.currency, t.kid, t.payerName,
                                          t.bankReference, earlier ? QString() : PaymentMatch::key(match.status),
                                          PaymentImportRepository::key(line.disposition),
                                          withInvoice ? QString::number(match.invoiceNumber) : QString(),
                                          match.memberName,
                                          withInvoice ? InvoiceTerms::exportAmount(match.outstandingAfter) : QString(),
                                          match.reason})
                             .toUtf8())
                >= 0;
    }
    return written;
}

} // namespace

int PaymentCommands::importPayments(const QString &databasePath, const QString &file, bool dryRun, QIODevice &out,
                                    QTextStream &err)
{
    QString error;
    const std::optional<QByteArray> read = BankFileReader::contentsOf(file, &error);
    if (!read) {
        err << error << Qt::endl;
        return CommandRunner::Failure;
    }
    const QByteArray &contents = *read;
    const std::optional<BankFile> bankFile = BankFileReader::read(contents, &error);
    if (!bankFile) {
        err << error << Qt::endl;
        return CommandRunner::Failure;
    }
    Database database;
    if (!CommandDatabase::openForImport(database, databasePath, dryRun, QStringLiteral("import payments"), err))
        return CommandRunner::Failure;
    PaymentImportRepository imports = Repositories(&database).paymentImports();
    PaymentImportRepository::Result result;
    if (dryRun) {
        const std::optional<PaymentImportRepository::Result> planned = imports.preview(contents, *bankFile);
        if (!planned) {
            err << imports.lastError() << Qt::endl;
            return CommandRunner::Failure;
        }
        result = *planned;
    } else if (const Outcome imported = imports.import(file, contents, *bankFile, &result); !imported) {
        err << imported.message() << Qt::endl;
        return CommandRunner::Failure;
    }
    if (!writeLines(result, out)) {
        err << tr("The matching could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    const QString summary = tr("%1, %n transaction(s): %2 to book (%3), %4 waiting for you, %5 from an earlier file.",
                               nullptr, int(result.lines.size()))
                                .arg(bankFile->format)
                                .arg(result.booked)
                                .arg(result.bookedAmount.toString())
                                .arg(result.waiting)
                                .arg(result.alreadyImported);
    err << summary << u' '
        << (dryRun ? tr("Nothing was booked (dry run).") : tr("Booked in one transaction (import %1).").arg(result.importId))
        << Qt::endl;
    return CommandRunner::Success;
}

} // namespace Sekretariat
