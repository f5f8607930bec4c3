#include "gatheringreport.h"

#include "eventterms.h"

#include <QHash>

namespace Sekretariat {

bool GatheringReport::wasMemberOn(const Member &member, const QDate &day)
{
    if (!member.activeFrom.isValid())
        return false;
    return member.activeFrom <= day && (!member.resignedOn.isValid() || member.resignedOn > day);
}

QList<GatheringReportLine> GatheringReport::evaluate(const QList<Member> &members,
                                                     const QList<Registration> &registrations, bool eventIsOver,
                                                     const QDate &eventDay)
{
    QList<GatheringReportLine> lines;
    QHash<qint64, qsizetype> lineOfMember;
    for (const Member &member : members) {
        if (!wasMemberOn(member, eventDay))
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
