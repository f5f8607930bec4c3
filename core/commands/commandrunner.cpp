#include "commandrunner.h"

#include "eventcommands.h"

#include "common/csvwriter.h"
#include "duescommands.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "workspace/workspace.h"

#include <QDir>
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
        if (arguments.size() != 2) {
            err << tr("Usage: sekretariat --database FILE export members|people|invoices|events|registrations "
                      "--format csv [--year YEAR]")
                << Qt::endl;
            return UsageError;
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
            return DuesCommands::exportInvoices(databasePath, options.year, out, err);
        }
        return exportTable(databasePath, arguments.at(1), format, out, err);
    }
    if (command == u"dues-run") {
        if (arguments.size() != 1) {
            err << tr("Usage: sekretariat --database FILE dues-run --year YEAR [--issue] "
                      "[--issue-date YYYY-MM-DD] [--pdf FOLDER]")
                << Qt::endl;
            return UsageError;
        }
        DuesCommands::RunOptions runOptions;
        runOptions.year = options.year;
        runOptions.issue = options.issue;
        runOptions.issueDate = options.issueDate;
        runOptions.pdfDirectory = options.pdfDirectory;
        return DuesCommands::duesRun(databasePath, runOptions, out, err);
    }
    if (command == u"check") {
        if (arguments.size() != 1) {
            err << tr("Usage: sekretariat --database FILE check") << Qt::endl;
            return UsageError;
        }
        return check(databasePath, out, err);
    }
    err << tr("Unknown command “%1”. Known commands: export, check, dues-run.").arg(command) << Qt::endl;
    return UsageError;
}

namespace {

// Commands read existing files only: a mistyped path must not create a database.
bool requireExistingFile(const QString &path, QTextStream &err)
{
    if (QFileInfo(path).isFile())
        return true;
    err << CommandRunner::tr("The database “%1” does not exist.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return false;
}

} // namespace

int CommandRunner::exportTable(const QString &databasePath, const QString &table, const QString &format,
                               QIODevice &out, QTextStream &err)
{
    if (format != u"csv") {
        err << tr("Unknown format “%1”. Known formats: csv.").arg(format) << Qt::endl;
        return UsageError;
    }
    if (table != u"members" && table != u"people") {
        err << tr("Unknown table “%1”. Known tables: members, people, invoices, events, registrations.").arg(table)
            << Qt::endl;
        return UsageError;
    }
    if (!requireExistingFile(databasePath, err))
        return Failure;
    Workspace workspace;
    if (workspace.open(databasePath) != Database::OpenResult::Ok) {
        err << workspace.errorString() << Qt::endl;
        return Failure;
    }
    const QAbstractItemModel *model = table == u"members"
        ? static_cast<QAbstractItemModel *>(workspace.membersModel())
        : static_cast<QAbstractItemModel *>(workspace.peopleModel());
    if (!CsvWriter::write(*model, out)) {
        err << tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return Failure;
    }
    return Success;
}

int CommandRunner::check(const QString &databasePath, QIODevice &out, QTextStream &err)
{
    if (!requireExistingFile(databasePath, err))
        return Failure;
    Database database;
    if (database.open(databasePath) != Database::OpenResult::Ok) {
        err << database.errorString() << Qt::endl;
        return Failure;
    }
    QTextStream stream(&out);
    stream << tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)) << Qt::endl;
    stream << tr("Schema version: %1 (this program knows up to %2)")
                  .arg(database.schemaVersion())
                  .arg(database.latestSchemaVersion())
           << Qt::endl;
    if (!database.lastBackupPath().isEmpty())
        stream << tr("Updated; the earlier file was kept as %1").arg(QDir::toNativeSeparators(database.lastBackupPath()))
               << Qt::endl;
    const QStringList problems = database.integrityProblems();
    if (problems.isEmpty()) {
        stream << tr("Integrity check: ok") << Qt::endl;
        return Success;
    }
    stream.flush();
    err << tr("Integrity check found %n problem(s):", nullptr, int(problems.size())) << Qt::endl;
    for (const QString &problem : problems)
        err << u"  " << problem << Qt::endl;
    return Failure;
}

} // namespace Sekretariat
