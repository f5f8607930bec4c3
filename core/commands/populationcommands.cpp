#include "populationcommands.h"

#include "commanddatabase.h"
#include "commandrunner.h"
#include "common/csvwriter.h"
#include "database/database.h"
#include "dues/invoiceterms.h"
#include "population/populationfile.h"
#include "population/populationrepository.h"
#include "workspace/repositories.h"

#include <QFile>
#include <QIODevice>
#include <QTextStream>

namespace Sekretariat {

namespace {

QString amount(const std::optional<Money> &money)
{
    return money ? InvoiceTerms::exportAmount(*money) : QString();
}

bool writeLines(const PopulationImportPlan &plan, QIODevice &out)
{
    bool written = out.write(CsvWriter::line({QStringLiteral("kind"), QStringLiteral("number"), QStringLiteral("name"),
                                              QStringLiteral("population_before"), QStringLiteral("date_before"),
                                              QStringLiteral("population_after"), QStringLiteral("date_after"),
                                              QStringLiteral("result"), QStringLiteral("source"),
                                              QStringLiteral("renumbered"), QStringLiteral("dues_year"),
                                              QStringLiteral("dues_before"), QStringLiteral("dues_after"),
                                              QStringLiteral("reason")})
                                 .toUtf8())
        >= 0;
    for (const PopulationChange &change : plan.changes) {
        const Member &member = change.member;
        const bool updated = change.result == PopulationChange::Result::Update;
        written = written
            && out.write(CsvWriter::line(
                             {member.kind == MemberKind::County ? QStringLiteral("county") : QStringLiteral("municipality"),
                              member.number, member.name, QString::number(member.population),
                              member.populationDate.toString(Qt::ISODate),
                              QString::number(updated ? change.population : member.population),
                              (updated ? change.populationDate : member.populationDate).toString(Qt::ISODate),
                              PopulationImportPlanner::resultKey(change.result), change.source,
                              change.renumbered ? QStringLiteral("yes") : QString(), QString::number(plan.duesYear),
                              amount(change.duesBefore), amount(change.duesAfter), change.reason})
                             .toUtf8())
                >= 0;
    }
    return written;
}

} // namespace

int PopulationCommands::importPopulation(const QString &databasePath, const QString &path, const QString &yearText,
                                         bool dryRun, QIODevice &out, QTextStream &err)
{
    int year = 0;
    if (!yearText.isEmpty()) {
        bool ok = false;
        year = yearText.toInt(&ok);
        if (!ok || year < 1900 || year > 2200) {
            err << tr("“%1” is not a year; write it as 2024.").arg(yearText) << Qt::endl;
            return CommandRunner::UsageError;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("The file “%1” cannot be read: %2").arg(path, file.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    QString error;
    const std::optional<PopulationFile> figures = PopulationFileReader::read(file.readAll(), year, &error);
    if (!figures) {
        err << tr("“%1”: %2").arg(path, error) << Qt::endl;
        return CommandRunner::Failure;
    }
    Database database;
    if (!CommandDatabase::openForImport(database, databasePath, dryRun, QStringLiteral("import population"), err))
        return CommandRunner::Failure;
    PopulationRepository populations = Repositories(&database).populations();
    const std::optional<PopulationImportPlan> plan = populations.plan(*figures);
    if (!plan) {
        err << populations.lastError() << Qt::endl;
        return CommandRunner::Failure;
    }
    if (!dryRun && plan->updates() > 0) {
        if (const Outcome applied = populations.apply(*plan); !applied) {
            err << applied.message() << Qt::endl;
            return CommandRunner::Failure;
        }
    }
    if (!writeLines(*plan, out)) {
        err << tr("The figures could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    for (const QString &unmatched : plan->unmatched)
        err << tr("Not matched: %1").arg(unmatched) << Qt::endl;
    err << tr("Population on %1 (%2, %n municipalities): ", nullptr, int(figures->municipalities.size()))
               .arg(figures->date().toString(Qt::ISODate), figures->format)
        << tr("%n member(s) updated", nullptr, plan->updates()) << u'.' << u' '
        << (dryRun ? tr("Nothing was written (dry run).") : tr("Written in one transaction; the earlier figures stay in the history."))
        << Qt::endl;
    return CommandRunner::Success;
}

} // namespace Sekretariat
