#include "gatheringreport.h"

#include "eventrepository.h"
#include "eventterms.h"
#include "members/memberrepository.h"
#include "registrationrepository.h"

#include <QHash>
#include <QSqlQuery>

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

QList<GatheringReportLine> GatheringReport::forEvent(const QSqlDatabase &database, qint64 eventId, const QDateTime &now)
{
    const std::optional<Event> event = EventRepository(database).find(eventId);
    if (!event)
        return {};
    return evaluate(MemberRepository(database).all(), RegistrationRepository(database).registrationsOf(eventId),
                    event->hasEndedBy(now));
}

QList<GatheringReport::Attendance> GatheringReport::attendanceOfMember(const QSqlDatabase &database, qint64 memberId)
{
    QList<Attendance> attendance;
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT substr(e.starts_at, 1, 4), e.title,"
        " coalesce(nullif(trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), ''), r.guest_name),"
        " r.participant_role"
        " FROM event_registrations r JOIN events e ON e.id = r.event_id LEFT JOIN people p ON p.id = r.person_id"
        " WHERE r.member_id = ? AND r.status = 'attended' ORDER BY e.starts_at DESC, 3"));
    query.addBindValue(memberId);
    if (!query.exec())
        return attendance;
    while (query.next()) {
        attendance.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                           EventTerms::roleFromKey(query.value(3).toString())});
    }
    return attendance;
}

} // namespace Sekretariat
