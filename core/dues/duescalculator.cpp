#include "duescalculator.h"

#include "ratetable.h"

namespace Sekretariat {

DuesCalculation DuesCalculator::calculate(MemberKind kind, qint64 population, const QDate &populationDate,
                                          const YearRate &rate, int monthsCharged)
{
    DuesCalculation result;
    result.population = population;
    result.populationDate = populationDate;
    result.rateOre = rate.rateOre;
    result.raw = Money::fromOre(population * rate.rateOre);
    const Money rounded = result.raw.roundedToKroner();

    if (kind == MemberKind::County) {
        result.rule = DuesRule::County;
        result.fullYear = rate.cap;
    } else if (rounded > rate.cap) {
        result.rule = DuesRule::Cap;
        result.fullYear = rate.cap;
    } else if (rounded < rate.floor) {
        result.rule = DuesRule::Floor;
        result.fullYear = rate.floor;
    } else {
        result.rule = DuesRule::Rate;
        result.fullYear = rounded;
    }
    result.months = std::clamp(monthsCharged, 1, 12);
    result.amount = result.months == 12
        ? result.fullYear
        : Money::fromOre(result.fullYear.ore() * result.months / 12).roundedToKroner();
    return result;
}

int DuesCalculator::monthsCharged(int year, const QDate &activeFrom, bool proRata)
{
    if (!proRata || !activeFrom.isValid() || activeFrom.year() != year)
        return 12;
    return 13 - activeFrom.month();
}

QString DuesCalculator::ruleLabel(DuesRule rule)
{
    switch (rule) {
    case DuesRule::Rate: return tr("Rate");
    case DuesRule::Floor: return tr("Floor");
    case DuesRule::Cap: return tr("Cap");
    case DuesRule::County: return tr("County (cap)");
    }
    return {};
}

QString DuesCalculator::ruleKey(DuesRule rule)
{
    switch (rule) {
    case DuesRule::Rate: return QStringLiteral("rate");
    case DuesRule::Floor: return QStringLiteral("floor");
    case DuesRule::Cap: return QStringLiteral("cap");
    case DuesRule::County: return QStringLiteral("county");
    }
    return {};
}

DuesRule DuesCalculator::ruleFromKey(const QString &key)
{
    for (DuesRule rule : {DuesRule::Rate, DuesRule::Floor, DuesRule::Cap, DuesRule::County}) {
        if (ruleKey(rule) == key)
            return rule;
    }
    return DuesRule::Rate;
}

} // namespace Sekretariat
