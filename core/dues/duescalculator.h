#pragma once

#include "common/money.h"
#include "members/member.h"

#include <QCoreApplication>
#include <QDate>

namespace Sekretariat {

struct YearRate;

// Which rule decided the amount.
enum class DuesRule { Rate, Floor, Cap, County };

struct DuesCalculation
{
    qint64 population = 0;
    QDate populationDate;
    qint64 rateOre = 0;
    Money raw;                 // population x rate, exact
    DuesRule rule = DuesRule::Rate;
    Money fullYear;            // after rounding to kroner, floor, cap and the county rule
    int months = 12;           // months charged; fewer for a new member charged pro rata
    Money amount;              // what is invoiced
};

// The dues formula of shared/domain.md:
//   amount = clamp(round(population x rate), floor, cap); county municipalities pay the cap;
//   a member that joins during the year pays, if the network wants it, for the
//   months from the month it became active.
class DuesCalculator
{
    Q_DECLARE_TR_FUNCTIONS(DuesCalculator)

public:
    static DuesCalculation calculate(MemberKind kind, qint64 population, const QDate &populationDate,
                                     const YearRate &rate, int monthsCharged = 12);
    // 12, or the months from activeFrom's month to December when it falls in the year.
    static int monthsCharged(int year, const QDate &activeFrom, bool proRata);

    static QString ruleLabel(DuesRule rule);
    static QString ruleKey(DuesRule rule);
    static DuesRule ruleFromKey(const QString &key);
};

} // namespace Sekretariat
