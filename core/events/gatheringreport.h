#pragma once

#include "members/member.h"
#include "registration.h"

#include <QCoreApplication>
#include <QList>

namespace Sekretariat {

// What one member sent to a gathering: the rule wants at least one person from
// its administration and one politician.
struct GatheringReportLine
{
    Member member;
    int administrative = 0;   // registered or attended, in that capacity
    int political = 0;
    int other = 0;
    int attended = 0;         // anyone who came, in any capacity
    bool meetsRule() const { return administrative > 0 && political > 0; }
    bool represented() const { return attended > 0; }
};

// The annual network gathering's rule, and the general assembly's attendance:
// every active member with who it registered (before the event) or who came
// (after it).
class GatheringReport
{
    Q_DECLARE_TR_FUNCTIONS(GatheringReport)

public:
    // Pure rule: `eventIsOver` says whether only attendance counts; the members
    // are those that were members on the event's day, whatever they are today.
    static QList<GatheringReportLine> evaluate(const QList<Member> &members, const QList<Registration> &registrations,
                                               bool eventIsOver, const QDate &eventDay);
    // Active from on or before the day, and not resigned by it.
    static bool wasMemberOn(const Member &member, const QDate &day);

    // The events a member's people attended (RegistrationRepository::attendanceOfMember).
    using Attendance = EventAttendance;
};

} // namespace Sekretariat
