#include "tableimportjob.h"

#include "membersimportplanner.h"
#include "peopleimportplanner.h"
#include "tableimportwriter.h"

#include <QAtomicInt>
#include <QSqlDatabase>

namespace Sekretariat {

namespace {

QString connectionName()
{
    static QAtomicInt jobs;
    return QStringLiteral("table-import-%1").arg(jobs.fetchAndAddRelaxed(1));
}

} // namespace

std::optional<ImportPlan> TableImportJob::plan(const ConnectionDescription &where, const TableFile &file,
                                               const ImportMapping &mapping, const QDate &today,
                                               const ImportProgress &progress, QString *error)
{
    const QString name = connectionName();
    std::optional<ImportPlan> plan;
    QSqlError failure;
    if (ConnectionFactory::open(where, name, ConnectionFactory::Use::Reader, &failure)) {
        const QSqlDatabase database = QSqlDatabase::database(name, false);
        plan = mapping.kind == ImportKind::People
            ? PeopleImportPlanner(database, today).plan(file, mapping, progress, error)
            : MembersImportPlanner(database, today).plan(file, mapping, progress, error);
    } else if (error) {
        *error = failure.text();
    }
    ConnectionFactory::close(name);
    return plan;
}

Outcome TableImportJob::apply(const ConnectionDescription &where, const ImportPlan &plan,
                              const ImportProgress &progress)
{
    const QString name = connectionName();
    Outcome outcome = Outcome::success();
    QSqlError failure;
    if (ConnectionFactory::open(where, name, ConnectionFactory::Use::Writer, &failure)
        && ConnectionFactory::applyWriterSettings(QSqlDatabase::database(name, false), &failure)) {
        outcome = TableImportWriter::apply(QSqlDatabase::database(name, false), plan, progress);
    } else {
        outcome = Outcome::failure(failure.text());
    }
    ConnectionFactory::close(name);
    return outcome;
}

} // namespace Sekretariat
