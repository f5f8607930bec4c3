#include "tableimportcommands.h"

#include "commanddatabase.h"
#include "commandrunner.h"
#include "common/csvwriter.h"
#include "tableimport/importreport.h"
#include "tableimport/membersimportplanner.h"
#include "tableimport/peopleimportplanner.h"
#include "tableimport/tableimportwriter.h"

#include <QDate>
#include <QIODevice>
#include <QTextStream>

namespace Sekretariat {

namespace {

QString resultKey(const ImportRow &row)
{
    if (row.status == ImportRow::Status::Error)
        return QStringLiteral("error");
    switch (row.action) {
    case ImportRow::Action::Add: return QStringLiteral("added");
    case ImportRow::Action::Merge: return QStringLiteral("merged");
    case ImportRow::Action::Skip: return QStringLiteral("skipped");
    }
    return {};
}

bool writeReport(const ImportPlan &plan, QIODevice &out)
{
    bool written = out.write(CsvWriter::line({QStringLiteral("row"), QStringLiteral("result"), QStringLiteral("name"),
                                              QStringLiteral("existing"), QStringLiteral("details")})
                                 .toUtf8())
        >= 0;
    for (const ImportRow &row : plan.rows) {
        written = written
            && out.write(CsvWriter::line({QString::number(row.rowNumber), resultKey(row), row.name, row.existing,
                                          ImportReport::details(row).join(u'\n')})
                             .toUtf8())
                >= 0;
    }
    return written;
}

} // namespace

int TableImportCommands::importTable(const QString &databasePath, const QString &what, const QString &path,
                                     const CommandOptions &options, QIODevice &out, QTextStream &err)
{
    const ImportKind kind = what == u"members" ? ImportKind::Members : ImportKind::People;
    std::optional<ImportRow::Action> duplicates = ImportRow::Action::Skip;
    if (options.duplicates == u"merge")
        duplicates = ImportRow::Action::Merge;
    else if (options.duplicates == u"add" && kind == ImportKind::People)
        duplicates = ImportRow::Action::Add;
    else if (!options.duplicates.isEmpty() && options.duplicates != u"skip")
        duplicates.reset();
    if (!duplicates) {
        err << (kind == ImportKind::People ? tr("--duplicates is skip, merge or add.")
                                           : tr("--duplicates is skip or merge: a member cannot be added twice."))
            << Qt::endl;
        return CommandRunner::UsageError;
    }
    QString error;
    const std::optional<TableFile> file = TableFileReader::readFile(path, {}, &error);
    if (!file) {
        err << tr("“%1”: %2").arg(path, error) << Qt::endl;
        return CommandRunner::Failure;
    }
    std::optional<ImportMapping> mapping = ImportMapping::guess(kind, file->headers);
    if (!options.mapping.isEmpty())
        mapping = ImportMapping::readFile(options.mapping, kind, file->headers, &error);
    if (!mapping) {
        err << error << Qt::endl;
        return CommandRunner::Failure;
    }
    Database database;
    if (!CommandDatabase::openForImport(database, databasePath, options.dryRun, QStringLiteral("import ") + what, err))
        return CommandRunner::Failure;
    const QDate today = QDate::currentDate();
    std::optional<ImportPlan> plan = kind == ImportKind::People
        ? PeopleImportPlanner(database.connection(), today).plan(*file, *mapping, {}, &error)
        : MembersImportPlanner(database.connection(), today).plan(*file, *mapping, {}, &error);
    if (!plan) {
        err << error << Qt::endl;
        return CommandRunner::Failure;
    }
    plan->setDuplicateAction(*duplicates);
    if (!writeReport(*plan, out)) {
        err << tr("The report could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    for (const QString &finding : plan->fileFindings)
        err << finding << Qt::endl;
    err << ImportReport::summary(*plan) << Qt::endl;
    if (plan->hasErrors()) {
        err << tr("Nothing was written: correct the rows with errors in the file, or leave their columns out "
                  "with --mapping.")
            << Qt::endl;
        return CommandRunner::Failure;
    }
    if (options.dryRun) {
        err << tr("Nothing was written (dry run).") << Qt::endl;
        return CommandRunner::Success;
    }
    if (const Outcome applied = TableImportWriter::apply(database.connection(), *plan); !applied) {
        err << applied.message() << Qt::endl;
        return CommandRunner::Failure;
    }
    err << tr("Written in one transaction.") << Qt::endl;
    return CommandRunner::Success;
}

} // namespace Sekretariat
