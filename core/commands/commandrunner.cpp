#include "commandrunner.h"

#include "eventcommands.h"

#include "common/csvwriter.h"
#include "common/shownlist.h"
#include "common/spreadsheetworkbook.h"
#include "dues/invoicesmodel.h"
#include "events/eventsmodel.h"
#include "common/modelroles.h"
#include "people/vcardwriter.h"
#include "database/databasecopier.h"
#include "database/registerlock.h"
#include "duescommands.h"
#include "paymentcommands.h"
#include "populationcommands.h"
#include "tableimportcommands.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <memory>
#include <QFileInfo>
#include <QTextStream>

namespace Sekretariat {

int CommandRunner::run(const QString &databasePath, const QStringList &arguments, const QString &format,
                       QIODevice &out, QTextStream &err)
{
    CommandOptions options;
    options.format = format;
    return run(databasePath, arguments, options, out, err);
}

int CommandRunner::run(const QString &databasePath, const QStringList &arguments, const CommandOptions &options,
                       QIODevice &out, QTextStream &err)
{
    const QString command = arguments.value(0);
    const QString &format = options.format;
    if (command == u"export") {
        if (arguments.value(1) == u"event") {
            if (arguments.size() != 3 || format != u"ics") {
                err << tr("Usage: sekretariat --database FILE export event ID --format ics") << Qt::endl;
                return UsageError;
            }
            return EventCommands::exportCalendar(databasePath, arguments.at(2), out, err);
        }
        if (arguments.value(1) == u"invoice") {
            if (arguments.size() != 3 || format != u"ehf") {
                err << tr("Usage: sekretariat --database FILE export invoice NUMBER --format ehf") << Qt::endl;
                return UsageError;
            }
            return DuesCommands::exportEhf(databasePath, arguments.at(2), out, err);
        }
        if (arguments.value(1) == u"statement") {
            if (arguments.size() != 3 || (format != u"csv" && format != u"pdf")) {
                err << tr("Usage: sekretariat --database FILE export statement MEMBER-NUMBER --format csv|pdf") << Qt::endl;
                return UsageError;
            }
            return DuesCommands::exportStatement(databasePath, arguments.at(2), format, out, err);
        }
        if (arguments.size() == 2 && format == u"xlsx")
            return exportWorkbook(databasePath, arguments.at(1), options, out, err);
        if (arguments.size() == 2 && format == u"vcf") {
            if (arguments.at(1) != u"people") {
                err << tr("Usage: sekretariat --database FILE export people --format vcf [--output FILE]") << Qt::endl;
                return UsageError;
            }
            return exportContacts(databasePath, out, err);
        }
        if (arguments.size() != 2) {
            err << tr("Usage: sekretariat --database FILE export members|people|invoices|events|registrations|ageing "
                      "--format csv [--year YEAR] [--numbers N,N-N] [--pdf FOLDER] [--ehf FOLDER]")
                << Qt::endl;
            return UsageError;
        }
        if (arguments.at(1) == u"ageing") {
            if (format != u"csv") {
                err << tr("Unknown format “%1”. Known formats: csv.").arg(format) << Qt::endl;
                return UsageError;
            }
            return DuesCommands::exportAgeing(databasePath, out, err);
        }
        if (arguments.at(1) == u"events" || arguments.at(1) == u"registrations") {
            if (format != u"csv") {
                err << tr("Unknown format “%1”. Known formats: csv.").arg(format) << Qt::endl;
                return UsageError;
            }
            return arguments.at(1) == u"events" ? EventCommands::exportEvents(databasePath, out, err)
                                                : EventCommands::exportRegistrations(databasePath, out, err);
        }
        if (arguments.at(1) == u"invoices") {
            if (format != u"csv") {
                err << tr("Unknown format “%1”. Known formats: csv.").arg(format) << Qt::endl;
                return UsageError;
            }
            DuesCommands::ExportOptions exportOptions;
            exportOptions.year = options.year;
            exportOptions.numbers = options.numbers;
            exportOptions.pdfDirectory = options.pdfDirectory;
            exportOptions.ehfDirectory = options.ehfDirectory;
            return DuesCommands::exportInvoices(databasePath, exportOptions, out, err);
        }
        return exportTable(databasePath, arguments.at(1), format, out, err);
    }
    if (command == u"dues-run") {
        if (arguments.size() != 1) {
            err << tr("Usage: sekretariat --database FILE dues-run --year YEAR [--issue] "
                      "[--issue-date YYYY-MM-DD] [--pdf FOLDER] [--ehf FOLDER]")
                << Qt::endl;
            return UsageError;
        }
        DuesCommands::RunOptions runOptions;
        runOptions.year = options.year;
        runOptions.issue = options.issue;
        runOptions.issueDate = options.issueDate;
        runOptions.pdfDirectory = options.pdfDirectory;
        runOptions.ehfDirectory = options.ehfDirectory;
        return DuesCommands::duesRun(databasePath, runOptions, out, err);
    }
    if (command == u"import") {
        if (arguments.size() == 3 && arguments.at(1) == u"population")
            return PopulationCommands::importPopulation(databasePath, arguments.at(2), options.year, options.dryRun,
                                                        out, err);
        if (arguments.size() == 3 && (arguments.at(1) == u"people" || arguments.at(1) == u"members"))
            return TableImportCommands::importTable(databasePath, arguments.at(1), arguments.at(2), options, out, err);
        if (arguments.size() != 3 || arguments.at(1) != u"payments" || !options.year.isEmpty()) {
            err << tr("Usage: sekretariat --database FILE import payments BANKFILE [--dry-run]\n"
                      "       sekretariat --database FILE import population FILE [--year YEAR] [--dry-run]\n"
                      "       sekretariat --database FILE import people|members FILE [--mapping FILE] "
                      "[--duplicates skip|merge|add] [--dry-run]")
                << Qt::endl;
            return UsageError;
        }
        return PaymentCommands::importPayments(databasePath, arguments.at(2), options.dryRun, out, err);
    }
    if (command == u"check") {
        if (arguments.size() != 1) {
            err << tr("Usage: sekretariat --database FILE check") << Qt::endl;
            return UsageError;
        }
        return check(databasePath, out, err);
    }
    if (command == u"copy-database") {
        if (arguments.size() != 1 || options.from.isEmpty() || options.to.isEmpty()) {
            err << tr("Usage: sekretariat copy-database --from FILE|postgresql://... --to postgresql://...|FILE")
                << Qt::endl;
            return UsageError;
        }
        return copyDatabase(options.from, options.to, out, err);
    }
    err << tr("Unknown command “%1”. Known commands: export, import, check, dues-run, copy-database.").arg(command)
        << Qt::endl;
    return UsageError;
}

int CommandRunner::copyDatabase(const QString &from, const QString &to, QIODevice &out, QTextStream &err)
{
    DatabaseCopier::Report report;
    const Outcome copied = DatabaseCopier::copy(from, to, &report, [&err](const QString &table, qint64 rows) {
        if (rows > 0 && rows % 10000 == 0)
            err << tr("%1: %2 rows copied…").arg(table).arg(rows) << Qt::endl;
        return true;
    });
    if (!copied) {
        err << copied.message() << Qt::endl;
        return Failure;
    }
    QTextStream stream(&out);
    for (const QString &line : std::as_const(report.lines))
        stream << line << Qt::endl;
    stream << tr("Copied and verified: every table has the same rows in “%1” as in “%2”.").arg(to, from) << Qt::endl;
    return Success;
}

bool CommandRunner::openForReading(Workspace &workspace, const QString &databasePath, QTextStream &err)
{
    // Read-only: an export never changes the file, and may run while the window has it open.
    if (workspace.open(databasePath, false, Database::OpenMode::ExistingForReading) == Database::OpenResult::Ok)
        return true;
    err << workspace.errorString() << Qt::endl;
    return false;
}

int CommandRunner::exportTable(const QString &databasePath, const QString &table, const QString &format,
                               QIODevice &out, QTextStream &err)
{
    if (format != u"csv") {
        err << tr("Unknown format “%1”. Known formats: csv.").arg(format) << Qt::endl;
        return UsageError;
    }
    if (table != u"members" && table != u"people") {
        err << tr("Unknown table “%1”. Known tables: members, people, invoices, events, registrations, ageing.").arg(table)
            << Qt::endl;
        return UsageError;
    }
    Workspace workspace;
    if (!openForReading(workspace, databasePath, err))
        return Failure;
    const QAbstractItemModel *model = table == u"members"
        ? static_cast<QAbstractItemModel *>(workspace.membersModel())
        : static_cast<QAbstractItemModel *>(workspace.peopleModel());
    if (const QString failure = table == u"members" ? workspace.membersModel()->lastError()
                                                   : workspace.peopleModel()->lastError();
        !failure.isEmpty()) {
        err << tr("The register cannot be read: %1").arg(failure) << Qt::endl;
        return Failure;
    }
    if (!CsvWriter::write(*model, out)) {
        err << tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return Failure;
    }
    return Success;
}

int CommandRunner::exportWorkbook(const QString &databasePath, const QString &table, const CommandOptions &options,
                                  QIODevice &out, QTextStream &err)
{
    const QStringList tables{QStringLiteral("members"), QStringLiteral("people"), QStringLiteral("invoices"),
                             QStringLiteral("events")};
    if (!tables.contains(table)) {
        err << tr("An Excel workbook is written of members, people, invoices and events; “%1” is exported as csv.")
                   .arg(table)
            << Qt::endl;
        return UsageError;
    }
    if (options.output.isEmpty()) {
        err << tr("A workbook is not text for a terminal: name its file with --output FILE.") << Qt::endl;
        return UsageError;
    }
    Workspace workspace;
    if (!openForReading(workspace, databasePath, err))
        return Failure;
    std::unique_ptr<QAbstractItemModel> owned;
    const QAbstractItemModel *model = nullptr;
    QString title;
    QString failure;
    if (table == u"members") {
        model = workspace.membersModel();
        failure = workspace.membersModel()->lastError();
        title = tr("Members");
    } else if (table == u"people") {
        model = workspace.peopleModel();
        failure = workspace.peopleModel()->lastError();
        title = tr("People");
    } else if (table == u"invoices") {
        InvoicesModel *invoices = workspace.newInvoicesModel(nullptr);
        owned.reset(invoices);
        if (!invoices->reload())
            failure = invoices->lastError();
        title = tr("Invoices");
        if (!options.year.isEmpty()) {
            auto *year = new QSortFilterProxyModel(invoices);
            year->setSourceModel(invoices);
            year->setFilterKeyColumn(InvoicesModel::YearColumn);
            year->setFilterRegularExpression(QRegularExpression(
                QStringLiteral("^%1$").arg(QRegularExpression::escape(options.year))));
            model = year;
        } else {
            model = invoices;
        }
    } else {
        EventsModel *events = workspace.newEventsModel(nullptr);
        owned.reset(events);
        if (!events->reload())
            failure = events->lastError();
        title = tr("Events");
        model = events;
    }
    if (!failure.isEmpty()) {
        err << tr("The register cannot be read: %1").arg(failure) << Qt::endl;
        return Failure;
    }
    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column)
        columns.append(column);
    QString error;
    if (!SpreadsheetWorkbook::write(ShownList::of(*model, columns), title, out, &error)) {
        err << error << Qt::endl;
        return Failure;
    }
    return Success;
}

int CommandRunner::exportContacts(const QString &databasePath, QIODevice &out, QTextStream &err)
{
    Workspace workspace;
    if (!openForReading(workspace, databasePath, err))
        return Failure;
    const QAbstractItemModel *people = workspace.peopleModel();
    QList<qint64> ids;
    ids.reserve(people->rowCount());
    for (int row = 0; row < people->rowCount(); ++row)
        ids.append(people->index(row, 0).data(IdRole).toLongLong());
    QString error;
    const std::optional<QByteArray> cards = VCardWriter::forPeople(workspace, ids, &error);
    if (!cards) {
        err << tr("The register cannot be read: %1").arg(error) << Qt::endl;
        return Failure;
    }
    if (out.write(*cards) != cards->size()) {
        err << tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return Failure;
    }
    return Success;
}

int CommandRunner::check(const QString &databasePath, QIODevice &out, QTextStream &err)
{
    // Inspect: read-only whatever the schema; check reports and never changes the file.
    Database database;
    if (database.open(databasePath, Database::OpenMode::Inspect) != Database::OpenResult::Ok) {
        err << database.errorString() << Qt::endl;
        return Failure;
    }
    QTextStream stream(&out);
    const int version = database.schemaVersion();
    stream << tr("Database: %1").arg(database.isServer() ? databasePath : QDir::toNativeSeparators(databasePath))
           << Qt::endl;
    stream << tr("Schema version: %1 (this program knows up to %2)").arg(version).arg(database.latestSchemaVersion())
           << Qt::endl;
    if (version < database.latestSchemaVersion())
        stream << tr("The file will be updated when it is next opened for writing; check leaves it as it is.")
               << Qt::endl;
    if (RegisterLock::Holder holder; RegisterLock::isHeldByOther(databasePath, &holder))
        stream << tr("Open for writing by %1.").arg(holder.describe()) << Qt::endl;

    const QStringList integrity = database.integrityProblems();
    if (integrity.isEmpty())
        stream << tr("Integrity check: ok") << Qt::endl;
    const Repositories repositories(&database);
    BookkeepingCheck bookkeeping = repositories.bookkeepingCheck();
    const QStringList accounts = bookkeeping.problems(version);
    if (accounts.isEmpty()) {
        const BookkeepingChain chain = repositories.bookkeepingChain();
        const int links = int(chain.linkCount());
        if (version < BookkeepingCheck::chainSchemaVersion)
            stream << tr("Bookkeeping check: the numbers are ok; the chain of hashes comes with the update.") << Qt::endl;
        else if (links == 0)
            stream << tr("Bookkeeping check: ok (nothing issued yet)") << Qt::endl;
        else
            stream << tr("Bookkeeping check: ok (%n document(s) and payment(s) in the chain, latest link %1)", nullptr,
                         links)
                          .arg(chain.headHash())
                   << Qt::endl;
    }
    stream.flush();
    if (integrity.isEmpty() && accounts.isEmpty())
        return Success;
    if (!integrity.isEmpty()) {
        err << tr("Integrity check found %n problem(s):", nullptr, int(integrity.size())) << Qt::endl;
        for (const QString &problem : integrity)
            err << QStringLiteral("  ") << problem << Qt::endl;
    }
    if (!accounts.isEmpty()) {
        err << tr("Bookkeeping check found %n problem(s):", nullptr, int(accounts.size())) << Qt::endl;
        for (const QString &problem : accounts)
            err << QStringLiteral("  ") << problem << Qt::endl;
    }
    return Failure;
}

} // namespace Sekretariat
