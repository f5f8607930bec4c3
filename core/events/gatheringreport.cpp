#include "gatheringreport.h"

#include "eventterms.h"

#include <QHash>

namespace Sekretariat {

QList<GatheringReportLine> GatheringReport::evaluate(const QList<Member> &members,
                                                     const QList<Registration> &registrations, bool eventIsOver)
{
    QList<GatheringReportLine> lines;
    QHash<qint64, qsizetype> lineOfMember;
    for (const Member &member : members) {
        if (member.status != MemberStatus::Active)
            continue;
        lineOfMember.insert(member.id, lines.size());
        lines.append({member});
    }
    for (const Registration &registration : registrations) {
        const auto found = lineOfMember.constFind(registration.memberId);
        if (found == lineOfMember.constEnd())
            continue;
        GatheringReportLine &line = lines[*found];
        const bool came = registration.status == RegistrationStatus::Attended;
        const bool counts = eventIsOver ? came
                                        : registration.status == RegistrationStatus::Registered || came;
        if (came)
            ++line.attended;
        if (!counts)
            continue;
        switch (registration.role) {
        case ParticipantRole::Administrative: ++line.administrative; break;
        case ParticipantRole::Political: ++line.political; break;
        case ParticipantRole::Other: ++line.other; break;
        }
    }
    return lines;
}

} // namespace Sekretariat
