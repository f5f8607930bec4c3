#include "populationrepository.h"

#include "common/sqlvalues.h"
#include "database/read.h"
#include "database/write.h"
#include "dues/duesrepository.h"
#include "members/memberrepository.h"
#include "reference/municipalitycatalogue.h"

#include <QSqlQuery>

namespace Sekretariat {

PopulationRepository::PopulationRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

std::optional<PopulationImportPlan> PopulationRepository::plan(const PopulationFile &file) const
{
    MemberRepository members(m_database);
    const QList<Member> all = members.all();
    if (!members.lastError().isEmpty()) {
        m_lastError = members.lastError();
        return std::nullopt;
    }
    MunicipalityCatalogue catalogue;
    if (!catalogue.load()) {
        m_lastError = catalogue.errorString();
        return std::nullopt;
    }
    const RateTable rates = DuesRepository(m_database).rateTable();
    return PopulationImportPlanner::plan(file, all, catalogue, rates.rateFor(file.year + 1));
}

Outcome PopulationRepository::apply(const PopulationImportPlan &plan)
{
    Write write(m_database);
    for (const PopulationChange &change : plan.changes) {
        if (change.result != PopulationChange::Result::Update)
            continue;
        const Member &member = change.member;
        if (!write.run(QStringLiteral("UPDATE members SET population = ?, population_date = ?"
                                      " WHERE id = ? AND population = ?"
                                      " AND coalesce(population_date, '') = coalesce(CAST(? AS TEXT), '')"),
                       QVariantList{change.population, SqlValues::fromDate(change.populationDate), member.id,
                                    member.population, SqlValues::fromDate(member.populationDate)},
                       tr("The population of %1 %2 could not be saved: %3").arg(member.number, member.name), 1,
                       tr("%1 %2 was changed or deleted meanwhile; nothing was imported. Read the file again.")
                           .arg(member.number, member.name)))
            return write.outcome();
    }
    return write.commit();
}

QList<PopulationRecord> PopulationRepository::history(qint64 memberId) const
{
    QList<PopulationRecord> records;
    QSqlQuery query(m_database);
    if (!Read::run(query, QStringLiteral("SELECT population, population_date, recorded_at FROM population_history"
                                         " WHERE member_id = ? ORDER BY population_date DESC, id DESC"),
                   {memberId}, &m_lastError))
        return {};
    while (query.next())
        records.append({query.value(0).toLongLong(), SqlValues::toDate(query.value(1)),
                        QDateTime::fromString(query.value(2).toString(), Qt::ISODate)});
    return records;
}

} // namespace Sekretariat
