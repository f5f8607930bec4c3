#include "duescommands.h"

#include "documents/ehfdocument.h"
#include "documents/invoicebatchwriter.h"
#include "documents/invoicecontentbuilder.h"
#include "documents/statementdocument.h"

#include "commanddatabase.h"
#include "commandrunner.h"
#include "common/csvwriter.h"
#include "common/modelroles.h"
#include "database/database.h"
#include "dues/ageingreport.h"
#include "dues/duesrunplanner.h"
#include "dues/invoicesmodel.h"
#include "dues/invoiceterms.h"
#include "dues/issuedaterule.h"
#include "members/memberterms.h"
#include "workspace/repositories.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QTextStream>

namespace Sekretariat {

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

Outcome DuesCommands::writeDocuments(const Repositories &repositories, const QList<qint64> &invoiceIds,
                                     const QString &pdfDirectory, const QString &ehfDirectory, bool allEhf)
{
    QString error;
    std::optional<QList<InvoiceDocumentData>> documents =
        repositories.documents(invoiceIds, DocumentKind::Invoice, &error);
    if (!documents)
        return Outcome::failure(error);
    InvoiceBatchWriter writer(*documents, pdfDirectory.isEmpty() ? ehfDirectory : pdfDirectory);
    writer.setPdfFiles(!pdfDirectory.isEmpty());
    if (!pdfDirectory.isEmpty())
        writer.setCombinedFileName(InvoiceBatchWriter::defaultCombinedFileName(*documents));
    if (!ehfDirectory.isEmpty()) {
        writer.setEhf(allEhf ? InvoiceBatchWriter::Ehf::All : InvoiceBatchWriter::Ehf::Receivers, ehfDirectory);
        if (const QStringList problems = writer.ehfProblems(); !problems.isEmpty())
            return Outcome::failure(tr("These documents cannot be written as EHF:\n%1").arg(problems.join(u'\n')));
    }
    return writer.run();
}

int DuesCommands::exportAgeing(const QString &databasePath, QIODevice &out, QTextStream &err)
{
    Database database;
    if (!CommandDatabase::openForReading(database, databasePath, err))
        return CommandRunner::Failure;
    const InvoiceRepository invoices = Repositories(&database).invoices();
    const QList<Invoice> all = invoices.invoicesOfYear(0);
    if (!invoices.lastError().isEmpty()) {
        err << tr("The invoices cannot be read: %1").arg(invoices.lastError()) << Qt::endl;
        return CommandRunner::Failure;
    }
    if (out.write(AgeingReport::csv(AgeingReport::of(all, QDate::currentDate()))) < 0) {
        err << tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    return CommandRunner::Success;
}

int DuesCommands::exportStatement(const QString &databasePath, const QString &memberNumber, const QString &format,
                                  QIODevice &out, QTextStream &err)
{
    if (format != u"csv" && format != u"pdf") {
        err << tr("Unknown format “%1”. Known formats: csv, pdf.").arg(format) << Qt::endl;
        return CommandRunner::UsageError;
    }
    Database database;
    if (!CommandDatabase::openForReading(database, databasePath, err))
        return CommandRunner::Failure;
    const Repositories repositories(&database);
    const MemberRepository members = repositories.members();
    std::optional<Member> member = members.findByNumber(MemberKind::Municipality, memberNumber);
    if (!member)
        member = members.findByNumber(MemberKind::County, memberNumber);
    if (!member) {
        err << tr("No member has the number “%1”.").arg(memberNumber) << Qt::endl;
        return CommandRunner::Failure;
    }
    const InvoiceRepository invoices = repositories.invoices();
    const std::optional<AccountStatement> statement = invoices.statementOf(member->id);
    if (!statement) {
        err << tr("The register cannot be read: %1").arg(invoices.lastError()) << Qt::endl;
        return CommandRunner::Failure;
    }
    QByteArray bytes = statement->csv();
    if (format == u"pdf") {
        const StatementDocument document(*statement, *member, repositories.networkSettings().load(),
                                         QDate::currentDate());
        QBuffer buffer(&bytes);
        bytes.clear();
        buffer.open(QIODevice::WriteOnly);
        if (QString error; !document.writePdf(&buffer, &error)) {
            err << tr("The statement could not be made: %1").arg(error) << Qt::endl;
            return CommandRunner::Failure;
        }
    }
    if (out.write(bytes) < 0) {
        err << tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    return CommandRunner::Success;
}

int DuesCommands::exportEhf(const QString &databasePath, const QString &number, QIODevice &out, QTextStream &err)
{
    bool ok = false;
    const qint64 wanted = number.toLongLong(&ok);
    if (!ok || wanted <= 0) {
        err << tr("“%1” is not an invoice number.").arg(number) << Qt::endl;
        return CommandRunner::UsageError;
    }
    Database database;
    if (!CommandDatabase::openForReading(database, databasePath, err))
        return CommandRunner::Failure;
    const Repositories repositories(&database);
    const InvoiceRepository invoices = repositories.invoices();
    const std::optional<Invoice> invoice = invoices.findByNumber(wanted);
    if (!invoice) {
        err << (invoices.lastError().isEmpty() ? tr("No invoice or credit note has the number %1.").arg(wanted)
                                               : tr("The register cannot be read: %1").arg(invoices.lastError()))
            << Qt::endl;
        return CommandRunner::Failure;
    }
    QString error;
    const std::optional<QList<InvoiceDocumentData>> documents =
        repositories.documents({invoice->id}, DocumentKind::Invoice, &error);
    if (!documents) {
        err << error << Qt::endl;
        return CommandRunner::Failure;
    }
    const InvoiceContent content = InvoiceContentBuilder::build(documents->first());
    if (const QStringList problems = EhfDocument::problems(content); !problems.isEmpty()) {
        err << tr("Document %1 cannot be written as EHF: missing %2.")
                   .arg(wanted)
                   .arg(problems.join(QStringLiteral(", ")))
            << Qt::endl;
        return CommandRunner::Failure;
    }
    QByteArray pdf;
    if (!InvoiceDocument(content).renderPdf(&pdf, &error)) {
        err << tr("The PDF inside the EHF could not be made: %1").arg(error) << Qt::endl;
        return CommandRunner::Failure;
    }
    if (out.write(EhfDocument::xml(content, pdf, content.fileBaseName + QStringLiteral(".pdf"))) < 0) {
        err << tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    return CommandRunner::Success;
}

int DuesCommands::duesRun(const QString &databasePath, const RunOptions &options, QIODevice &out, QTextStream &err)
{
    QString error;
    const std::optional<int> year = parseYear(options.year, &error);
    if (!year) {
        err << error << Qt::endl;
        return CommandRunner::UsageError;
    }
    if (!options.issue
        && (!options.issueDate.isEmpty() || !options.pdfDirectory.isEmpty() || !options.ehfDirectory.isEmpty())) {
        err << tr("--issue-date, --pdf and --ehf belong to --issue; without it dues-run only shows the preview.")
            << Qt::endl;
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
    if (options.issue) {
        database.setLockPurpose(QStringLiteral("dues-run --year %1").arg(*year));
        if (database.open(databasePath, Database::OpenMode::ExistingReadWrite) != Database::OpenResult::Ok) {
            if (database.lockHolderPurpose().startsWith(u"dues-run")) {
                err << tr("Another dues run is being issued in this database right now, by %1. Nothing was issued "
                          "here; when it is done, run the preview (dues-run --year %2) to see what is left.")
                           .arg(database.lockHolder())
                           .arg(*year)
                    << Qt::endl;
            } else {
                err << database.errorString() << Qt::endl;
            }
            return CommandRunner::Failure;
        }
    } else if (!CommandDatabase::openForReading(database, databasePath, err)) {
        return CommandRunner::Failure;
    }
    const Repositories repositories(&database);
    const DuesRepository dues = repositories.dues();
    const RateTable rates = dues.rateTable();
    if (!dues.lastError().isEmpty()) {
        err << tr("The register cannot be read: %1").arg(dues.lastError()) << Qt::endl;
        return CommandRunner::Failure;
    }
    const std::optional<YearRate> rate = rates.rateFor(*year);
    if (!rate) {
        err << rates.whyNoRate(*year) << Qt::endl;
        return CommandRunner::Failure;
    }
    const MemberRepository members = repositories.members();
    InvoiceRepository invoices = repositories.invoices();
    const QList<Member> all = members.all();
    const DuesSettings settings = dues.loadSettings();
    const QSet<qint64> invoiced = invoices.invoicedMemberIds(*year);
    for (const QString &failure : {members.lastError(), dues.lastError(), invoices.lastError()}) {
        if (!failure.isEmpty()) {
            err << tr("The register cannot be read: %1").arg(failure) << Qt::endl;
            return CommandRunner::Failure;
        }
    }
    const QList<DuesRunLine> lines = DuesRunPlanner::plan(*year, all, *rate, settings, invoiced);
    if (!options.issue) {
        if (!writePreview(lines, out)) {
            err << tr("The preview could not be written: %1").arg(out.errorString()) << Qt::endl;
            return CommandRunner::Failure;
        }
        return CommandRunner::Success;
    }

    const DuesRunTotals totals = DuesRunPlanner::totals(lines);
    if (totals.included == 0) {
        // Most often the loser of two runs started at once: say what the other one did.
        qint64 first = 0;
        qint64 last = 0;
        QDate issuedOn;
        for (const Invoice &invoice : invoices.invoicesOfYear(*year)) {
            if (invoice.kind != InvoiceKind::Invoice)
                continue;
            first = first == 0 ? invoice.number : std::min(first, invoice.number);
            last = std::max(last, invoice.number);
            issuedOn = std::max(issuedOn, invoice.issueDate);
        }
        if (last > 0) {
            err << tr("Nothing to issue for %1: the dues of every member whose membership covers the year were "
                      "issued already (invoices %2 to %3, the latest dated %4). To write their PDFs again: "
                      "export invoices --year %1 --pdf FOLDER.")
                       .arg(*year)
                       .arg(first)
                       .arg(last)
                       .arg(QLocale().toString(issuedOn, QLocale::ShortFormat))
                << Qt::endl;
        } else {
            err << tr("Nothing to issue for %1: no member's membership covers the year.").arg(*year) << Qt::endl;
        }
        return CommandRunner::Failure;
    }
    const IssueDateRule::Check dateCheck =
        IssueDateRule::check(issueDate, invoices.latestDocumentDate(), QDate::currentDate());
    if (dateCheck.verdict == IssueDateRule::Verdict::Refused) {
        err << tr("--issue-date: %1 Nothing was issued.").arg(dateCheck.reason) << Qt::endl;
        return CommandRunner::Failure;
    }
    if (dateCheck.verdict == IssueDateRule::Verdict::NeedsConfirmation)
        err << tr("Note: %1").arg(dateCheck.reason) << Qt::endl;
    for (const auto &[option, folder] : {std::pair{QStringLiteral("--pdf"), options.pdfDirectory},
                                         std::pair{QStringLiteral("--ehf"), options.ehfDirectory}}) {
        if (!folder.isEmpty() && !QDir().mkpath(folder)) {
            err << tr("%1: the folder “%2” cannot be created. Nothing was issued.")
                       .arg(option, QDir::toNativeSeparators(folder))
                << Qt::endl;
            return CommandRunner::Failure;
        }
    }
    if (!options.ehfDirectory.isEmpty()) {
        // Every EHF must be valid before anything is issued: an invoice issued
        // without its EHF would have to be sent some other way.
        const QStringList problems = DuesRunPlanner::ehfProblems(lines, repositories.networkSettings().load());
        if (!problems.isEmpty()) {
            err << tr("These members cannot receive a valid EHF; nothing was issued. Complete them, or clear "
                      "“receives EHF” on the member's Invoicing tab:")
                << Qt::endl;
            for (const QString &problem : problems)
                err << problem << Qt::endl;
            return CommandRunner::Failure;
        }
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

    if (!options.pdfDirectory.isEmpty() || !options.ehfDirectory.isEmpty()) {
        if (const Outcome written =
                writeDocuments(repositories, ids, options.pdfDirectory, options.ehfDirectory, false);
            !written) {
            err << tr("The invoices were issued, but their files could not be written: %1").arg(written.message())
                << Qt::endl;
            return CommandRunner::Failure;
        }
        if (!options.pdfDirectory.isEmpty())
            err << tr("The PDFs are in %1.").arg(QDir::toNativeSeparators(options.pdfDirectory)) << Qt::endl;
        if (!options.ehfDirectory.isEmpty())
            err << tr("The EHF files are in %1.").arg(QDir::toNativeSeparators(options.ehfDirectory)) << Qt::endl;
    }
    return CommandRunner::Success;
}

std::optional<QList<qint64>> DuesCommands::parseNumbers(const QString &text, QString *error)
{
    QList<qint64> numbers;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList range = part.trimmed().split(u'-');
        bool firstOk = false;
        bool lastOk = range.size() == 1;
        const qint64 first = range.value(0).trimmed().toLongLong(&firstOk);
        const qint64 last = range.size() == 2 ? range.value(1).trimmed().toLongLong(&lastOk) : first;
        if (range.size() > 2 || !firstOk || !lastOk || first <= 0 || last < first || last - first > 100000) {
            *error = tr("--numbers: “%1” is not a number or a range of numbers such as 12-20.").arg(part.trimmed());
            return std::nullopt;
        }
        for (qint64 number = first; number <= last; ++number)
            numbers.append(number);
    }
    if (numbers.isEmpty()) {
        *error = tr("--numbers: name the documents, e.g. --numbers 12,13,20-25.");
        return std::nullopt;
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    return numbers;
}

int DuesCommands::exportInvoices(const QString &databasePath, const ExportOptions &options, QIODevice &out,
                                 QTextStream &err)
{
    int chosenYear = 0;
    if (!options.year.isEmpty()) {
        QString error;
        const std::optional<int> parsed = parseYear(options.year, &error);
        if (!parsed) {
            err << error << Qt::endl;
            return CommandRunner::UsageError;
        }
        chosenYear = *parsed;
    }
    std::optional<QList<qint64>> numbers;
    if (!options.numbers.isEmpty()) {
        QString error;
        numbers = parseNumbers(options.numbers, &error);
        if (!numbers) {
            err << error << Qt::endl;
            return CommandRunner::UsageError;
        }
    }
    Database database;
    if (!CommandDatabase::openForReading(database, databasePath, err))
        return CommandRunner::Failure;
    const Repositories repositories(&database);
    InvoicesModel model(repositories.invoices());
    model.setYear(chosenYear);
    if (!model.lastError().isEmpty()) {
        err << tr("The invoices cannot be read: %1").arg(model.lastError()) << Qt::endl;
        return CommandRunner::Failure;
    }
    // The rows asked for: every one of the year, or the numbers named.
    QList<int> rows;
    QList<qint64> ids;
    QSet<qint64> found;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 number = model.data(model.index(row, InvoicesModel::NumberColumn), ExportValueRole).toLongLong();
        if (numbers && !std::binary_search(numbers->cbegin(), numbers->cend(), number))
            continue;
        rows.append(row);
        ids.append(model.data(model.index(row, 0), IdRole).toLongLong());
        found.insert(number);
    }
    if (numbers) {
        QStringList unknown;
        for (qint64 number : std::as_const(*numbers)) {
            if (!found.contains(number))
                unknown.append(QString::number(number));
        }
        if (!unknown.isEmpty()) {
            err << tr("No invoice or credit note has the number(s) %1%2. Nothing was written.")
                       .arg(unknown.join(QStringLiteral(", ")),
                            chosenYear ? tr(" in %1").arg(chosenYear) : QString())
                << Qt::endl;
            return CommandRunner::Failure;
        }
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
    for (int i = 0; written && i < rows.size(); ++i) {
        fields.clear();
        for (int column : columns) {
            const QVariant value = model.data(model.index(rows.at(i), column), ExportValueRole);
            fields.append(value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString());
        }
        written = out.write(CsvWriter::line(fields).toUtf8()) >= 0;
    }
    if (!written) {
        err << tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    if (options.pdfDirectory.isEmpty() && options.ehfDirectory.isEmpty())
        return CommandRunner::Success;
    if (ids.isEmpty()) {
        err << tr("There are no documents to write.") << Qt::endl;
        return CommandRunner::Failure;
    }
    if (const Outcome files = writeDocuments(repositories, ids, options.pdfDirectory, options.ehfDirectory, true);
        !files) {
        err << files.message() << Qt::endl;
        return CommandRunner::Failure;
    }
    if (!options.pdfDirectory.isEmpty())
        err << tr("%n PDF(s) written to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(options.pdfDirectory))
            << Qt::endl;
    if (!options.ehfDirectory.isEmpty())
        err << tr("The EHF files are in %1.").arg(QDir::toNativeSeparators(options.ehfDirectory)) << Qt::endl;
    return CommandRunner::Success;
}

} // namespace Sekretariat
