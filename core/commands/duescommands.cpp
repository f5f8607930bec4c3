#include "duescommands.h"

#include "documents/invoicebatchwriter.h"

#include "commandrunner.h"
#include "common/csvwriter.h"
#include "common/modelroles.h"
#include "database/database.h"
#include "dues/duesrepository.h"
#include "dues/duesrunplanner.h"
#include "dues/invoicerepository.h"
#include "dues/invoicesmodel.h"
#include "dues/invoiceterms.h"
#include "members/memberrepository.h"
#include "members/memberterms.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QTextStream>

namespace Sekretariat {

namespace {

// Commands read existing files only: a mistyped path must not create a database.
bool openExisting(Database &database, const QString &path, QTextStream &err)
{
    if (!QFileInfo(path).isFile()) {
        err << DuesCommands::tr("The database “%1” does not exist.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return false;
    }
    if (database.open(path) != Database::OpenResult::Ok) {
        err << database.errorString() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

std::optional<int> DuesCommands::parseYear(const QString &text, QString *error)
{
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    if (text.isEmpty()) {
        *error = tr("--year is missing: name the year of the dues, e.g. --year 2025.");
        return std::nullopt;
    }
    if (!ok || year < 2000 || year > 2200) {
        *error = tr("--year: “%1” is not a year between 2000 and 2200.").arg(text);
        return std::nullopt;
    }
    return year;
}

bool DuesCommands::writePreview(const QList<DuesRunLine> &lines, QIODevice &out)
{
    const QStringList header{QStringLiteral("member_number"), QStringLiteral("name"), QStringLiteral("kind"),
                             QStringLiteral("population"), QStringLiteral("population_date"), QStringLiteral("rate"),
                             QStringLiteral("raw_amount"), QStringLiteral("rule"), QStringLiteral("amount"),
                             QStringLiteral("already_invoiced"), QStringLiteral("warnings")};
    if (out.write(CsvWriter::line(header).toUtf8()) < 0)
        return false;
    for (const DuesRunLine &line : lines) {
        const DuesCalculation &c = line.calculation;
        const QStringList fields{line.member.number,
                                 line.member.name,
                                 MemberTerms::key(line.member.kind),
                                 QString::number(c.population),
                                 c.populationDate.toString(Qt::ISODate),
                                 InvoiceTerms::exportRate(c.rateOre),
                                 InvoiceTerms::exportAmount(c.raw),
                                 DuesCalculator::ruleKey(c.rule),
                                 InvoiceTerms::exportAmount(c.amount),
                                 line.alreadyInvoiced ? QStringLiteral("yes") : QStringLiteral("no"),
                                 line.warnings.join(QStringLiteral("; "))};
        if (out.write(CsvWriter::line(fields).toUtf8()) < 0)
            return false;
    }
    return true;
}

Outcome DuesCommands::writePdfs(const QSqlDatabase &database, const QList<qint64> &invoiceIds, const QString &directory)
{
    QString error;
    std::optional<QList<InvoiceDocumentData>> documents =
        InvoiceBatchWriter::load(database, invoiceIds, DocumentKind::Invoice, &error);
    if (!documents)
        return Outcome::failure(error);
    InvoiceBatchWriter writer(*documents, directory);
    writer.setCombinedFileName(InvoiceBatchWriter::defaultCombinedFileName(*documents));
    return writer.run();
}

int DuesCommands::duesRun(const QString &databasePath, const RunOptions &options, QIODevice &out, QTextStream &err)
{
    QString error;
    const std::optional<int> year = parseYear(options.year, &error);
    if (!year) {
        err << error << Qt::endl;
        return CommandRunner::UsageError;
    }
    if (!options.issue && (!options.issueDate.isEmpty() || !options.pdfDirectory.isEmpty())) {
        err << tr("--issue-date and --pdf belong to --issue; without it dues-run only shows the preview.") << Qt::endl;
        return CommandRunner::UsageError;
    }
    QDate issueDate = QDate::currentDate();
    if (!options.issueDate.isEmpty()) {
        issueDate = QDate::fromString(options.issueDate, Qt::ISODate);
        if (!issueDate.isValid()) {
            err << tr("--issue-date: “%1” is not a date written YYYY-MM-DD.").arg(options.issueDate) << Qt::endl;
            return CommandRunner::UsageError;
        }
    }
    Database database;
    if (!openExisting(database, databasePath, err))
        return CommandRunner::Failure;
    const QSqlDatabase connection = database.connection();
    DuesRepository dues(connection);
    const RateTable rates = dues.rateTable();
    const std::optional<YearRate> rate = rates.rateFor(*year);
    if (!rate) {
        err << rates.whyNoRate(*year) << Qt::endl;
        return CommandRunner::Failure;
    }
    MemberRepository members(connection);
    InvoiceRepository invoices(connection);
    const QList<DuesRunLine> lines = DuesRunPlanner::plan(*year, members.all(), *rate, dues.loadSettings(),
                                                          invoices.invoicedMemberIds(*year));
    if (!options.issue) {
        if (!writePreview(lines, out)) {
            err << tr("The preview could not be written: %1").arg(out.errorString()) << Qt::endl;
            return CommandRunner::Failure;
        }
        return CommandRunner::Success;
    }

    const DuesRunTotals totals = DuesRunPlanner::totals(lines);
    if (totals.included == 0) {
        err << tr("Nothing to issue for %1: every member whose membership covers the year is invoiced already.")
                   .arg(*year)
            << Qt::endl;
        return CommandRunner::Success;
    }
    if (!options.pdfDirectory.isEmpty() && !QDir().mkpath(options.pdfDirectory)) {
        err << tr("--pdf: the folder “%1” cannot be created. Nothing was issued.")
                   .arg(QDir::toNativeSeparators(options.pdfDirectory))
            << Qt::endl;
        return CommandRunner::Failure;
    }
    QList<qint64> ids;
    const Outcome issued = invoices.issue(*year, lines, issueDate, false, &ids);
    if (!issued) {
        err << issued.message() << Qt::endl;
        return CommandRunner::Failure;
    }
    QTextStream stream(&out);
    for (qint64 id : std::as_const(ids)) {
        if (const std::optional<Invoice> invoice = invoices.find(id))
            stream << invoice->number << Qt::endl;
    }
    stream.flush();
    for (const DuesRunLine &line : lines) {
        if (line.included && !line.warnings.isEmpty())
            err << QStringLiteral("%1 %2: %3").arg(line.member.number, line.member.name, line.warnings.join(u' ')) << Qt::endl;
    }
    err << tr("Issued %n invoice(s) for %1, in all %2.", nullptr, int(ids.size()))
               .arg(*year)
               .arg(totals.amount.toString())
        << Qt::endl;

    if (!options.pdfDirectory.isEmpty()) {
        if (const Outcome written = writePdfs(connection, ids, options.pdfDirectory); !written) {
            err << tr("The invoices were issued, but their PDFs could not be written: %1").arg(written.message())
                << Qt::endl;
            return CommandRunner::Failure;
        }
        err << tr("The PDFs are in %1.").arg(QDir::toNativeSeparators(options.pdfDirectory)) << Qt::endl;
    }
    return CommandRunner::Success;
}

int DuesCommands::exportInvoices(const QString &databasePath, const QString &year, QIODevice &out, QTextStream &err)
{
    int chosenYear = 0;
    if (!year.isEmpty()) {
        QString error;
        const std::optional<int> parsed = parseYear(year, &error);
        if (!parsed) {
            err << error << Qt::endl;
            return CommandRunner::UsageError;
        }
        chosenYear = *parsed;
    }
    Database database;
    if (!openExisting(database, databasePath, err))
        return CommandRunner::Failure;
    InvoicesModel model(database.connection());
    model.setYear(chosenYear);
    if (!model.lastError().isEmpty()) {
        err << tr("The invoices cannot be read: %1").arg(model.lastError()) << Qt::endl;
        return CommandRunner::Failure;
    }
    // The columns bookkeeping asks for, in its order.
    const QList<int> columns{InvoicesModel::NumberColumn, InvoicesModel::KindColumn,
                             InvoicesModel::MemberNumberColumn, InvoicesModel::YearColumn,
                             InvoicesModel::AmountColumn, InvoicesModel::KidColumn,
                             InvoicesModel::StatusColumn, InvoicesModel::IssueDateColumn,
                             InvoicesModel::DueDateColumn, InvoicesModel::PaidColumn,
                             InvoicesModel::CreditedColumn, InvoicesModel::OutstandingColumn};
    QStringList fields;
    for (int column : columns)
        fields.append(model.headerData(column, Qt::Horizontal, ExportKeyRole).toString());
    bool written = out.write(CsvWriter::line(fields).toUtf8()) >= 0;
    for (int row = 0; written && row < model.rowCount(); ++row) {
        fields.clear();
        for (int column : columns) {
            const QVariant value = model.data(model.index(row, column), ExportValueRole);
            fields.append(value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString());
        }
        written = out.write(CsvWriter::line(fields).toUtf8()) >= 0;
    }
    if (!written) {
        err << tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    return CommandRunner::Success;
}

} // namespace Sekretariat
