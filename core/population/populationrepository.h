#pragma once

#include "common/outcome.h"
#include "populationimportplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Sekretariat {

// One figure a member has had (population_history, written by triggers).
struct PopulationRecord
{
    qint64 population = 0;
    QDate populationDate;
    QDateTime recordedAt;
};

// The members' population figures: a file's figures written in one transaction,
// and the history they leave.
class PopulationRepository
{
    Q_DECLARE_TR_FUNCTIONS(PopulationRepository)

public:
    explicit PopulationRepository(const QSqlDatabase &database);

    // The file matched against the members, the official list and the rate of
    // the next dues run; nullopt with lastError() when the register cannot be read.
    std::optional<PopulationImportPlan> plan(const PopulationFile &file) const;
    // Writes every Update of the plan, or nothing: a member whose figure changed
    // since the plan was made refuses the whole file.
    Outcome apply(const PopulationImportPlan &plan);
    // Newest first; empty with lastError() set when it cannot be read.
    QList<PopulationRecord> history(qint64 memberId) const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace Sekretariat
