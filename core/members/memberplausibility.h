#pragma once

#include "member.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sekretariat {

class MunicipalityCatalogue;

// What is lawful but probably a slip: a population of 0, a number not in
// Statistics Norway's list, a date decades away, an active member without its
// council's decision. The form asks before it saves such a member; the rules
// that refuse are MemberValidator's.
class MemberPlausibility
{
    Q_DECLARE_TR_FUNCTIONS(MemberPlausibility)

public:
    static QStringList warnings(const Member &member, const MunicipalityCatalogue &catalogue, const QDate &today);
    // A date more than this many years before today, or two after, is far off.
    static constexpr int yearsBack = 75;
    static constexpr int yearsAhead = 2;
    static bool isFarFromToday(const QDate &date, const QDate &today);
};

} // namespace Sekretariat
