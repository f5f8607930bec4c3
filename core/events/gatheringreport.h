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
    // Pure rule: `counted` says whether the event is over (then only attendance counts).
    static QList<GatheringReportLine> evaluate(const QList<Member> &members, const QList<Registration> &registrations,
                                               bool eventIsOver);

    // The events a member's people attended (RegistrationRepository::attendanceOfMember).
    using Attendance = EventAttendance;
};

} // namespace Sekretariat
