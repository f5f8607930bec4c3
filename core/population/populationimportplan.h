#pragma once

#include "common/money.h"
#include "dues/ratetable.h"
#include "members/member.h"
#include "populationfile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace Sekretariat {

class MunicipalityCatalogue;

// What a population file does to one member.
struct PopulationChange
{
    enum class Result {
        Update,      // the file's figure replaces the member's
        Unchanged,   // the member has this figure already
        Older,       // the member has a later figure: kept
        NoFigure,    // the file has none for the member
    };
    Member member;                 // as it is now
    Result result = Result::NoFigure;
    qint64 population = 0;         // the file's
    QDate populationDate;
    QString source;                // the file's region ("K-3001 Halden"), or the sum for a county
    bool renumbered = false;       // matched by name: the municipality's number changed since the file
    // The next dues run (the year after the figures' date), before and after;
    // empty without a rate for that year.
    std::optional<Money> duesBefore;
    std::optional<Money> duesAfter;
    QString reason;                // translated, for NoFigure and Older
};

// A population file matched against the register, before anything is written.
struct PopulationImportPlan
{
    PopulationFile file;
    int duesYear = 0;
    QList<PopulationChange> changes;   // one per member, in the order given
    QStringList unmatched;             // the file's municipalities the official list has no match for
    int updates() const;
};

// Matches each municipality of the file to the official list by its number and
// name; where the number changed in a reform (Halden 3001 -> 3101 in 2024) by
// its name within the counties that succeeded the file's county. A county
// municipality gets the sum of its municipalities when the file has all of them.
class PopulationImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(PopulationImportPlanner)

public:
    static PopulationImportPlan plan(const PopulationFile &file, const QList<Member> &members,
                                     const MunicipalityCatalogue &catalogue, const std::optional<YearRate> &rate);
    static QString resultLabel(PopulationChange::Result result);
    static QString resultKey(PopulationChange::Result result);
};

} // namespace Sekretariat
