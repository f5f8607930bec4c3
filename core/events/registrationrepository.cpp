#include "registrationrepository.h"

#include "common/sqlvalues.h"
#include "database/read.h"
#include "database/write.h"
#include "eventsqlvalues.h"
#include "eventterms.h"
#include "eventvalidator.h"
#include "waitlist.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Sekretariat {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT r.id, r.event_id, r.person_id, r.guest_name, r.guest_email, r.member_id, r.participant_role,"
    " r.status, r.note, r.registered_at, r.promoted_at, r.promotion_told_at, r.cancelled_at, r.row_version,"
    " trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) AS person_name,"
    " coalesce(p.email, '') AS person_email, coalesce(m.name, p.organisation, '') AS member_name"
    " FROM event_registrations r"
    " LEFT JOIN people p ON p.id = r.person_id"
    " LEFT JOIN members m ON m.id = r.member_id");

// The columns of a Registration row, each found by its name once per query.
struct RegistrationColumns
{
    explicit RegistrationColumns(const QSqlRecord &record)
        : id(record.indexOf(QStringLiteral("id")))
        , eventId(record.indexOf(QStringLiteral("event_id")))
        , personId(record.indexOf(QStringLiteral("person_id")))
        , guestName(record.indexOf(QStringLiteral("guest_name")))
        , guestEmail(record.indexOf(QStringLiteral("guest_email")))
        , memberId(record.indexOf(QStringLiteral("member_id")))
        , participantRole(record.indexOf(QStringLiteral("participant_role")))
        , status(record.indexOf(QStringLiteral("status")))
        , note(record.indexOf(QStringLiteral("note")))
        , registeredAt(record.indexOf(QStringLiteral("registered_at")))
        , promotedAt(record.indexOf(QStringLiteral("promoted_at")))
        , promotionToldAt(record.indexOf(QStringLiteral("promotion_told_at")))
        , cancelledAt(record.indexOf(QStringLiteral("cancelled_at")))
        , personName(record.indexOf(QStringLiteral("person_name")))
        , personEmail(record.indexOf(QStringLiteral("person_email")))
        , memberName(record.indexOf(QStringLiteral("member_name")))
        , version(record.indexOf(QStringLiteral("row_version")))
    {
    }

    int id, eventId, personId, guestName, guestEmail, memberId, participantRole, status, note, registeredAt,
        promotedAt, promotionToldAt, cancelledAt, personName, personEmail, memberName, version;
};

Registration registrationFromQuery(const QSqlQuery &query, const RegistrationColumns &columns)
{
    Registration registration;
    registration.id = query.value(columns.id).toLongLong();
    registration.version = query.value(columns.version).toLongLong();
    registration.eventId = query.value(columns.eventId).toLongLong();
    registration.personId = query.value(columns.personId).toLongLong();
    registration.guestName = query.value(columns.guestName).toString();
    registration.guestEmail = query.value(columns.guestEmail).toString();
    registration.memberId = query.value(columns.memberId).toLongLong();
    registration.role = EventTerms::roleFromKey(query.value(columns.participantRole).toString());
    registration.status = EventTerms::statusFromKey(query.value(columns.status).toString());
    registration.note = query.value(columns.note).toString();
    registration.registeredAt = EventSqlValues::toMoment(query.value(columns.registeredAt));
    registration.promotedAt = EventSqlValues::toMoment(query.value(columns.promotedAt));
    registration.promotionToldAt = EventSqlValues::toMoment(query.value(columns.promotionToldAt));
    registration.cancelledAt = EventSqlValues::toMoment(query.value(columns.cancelledAt));
    registration.personName = query.value(columns.personName).toString();
    registration.personEmail = query.value(columns.personEmail).toString();
    registration.memberName = query.value(columns.memberName).toString();
    return registration;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

RegistrationRepository::RegistrationRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

QDateTime RegistrationRepository::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QList<Registration> RegistrationRepository::registrationsOf(qint64 eventId) const
{
    QList<Registration> registrations;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    m_lastError.clear();
    if (!Read::run(query,
                   selectColumns + (eventId > 0 ? QStringLiteral(" WHERE r.event_id = ?") : QString())
                       + QStringLiteral(" ORDER BY r.event_id, r.registered_at, r.id"),
                   eventId > 0 ? QVariantList{eventId} : QVariantList{}, &m_lastError))
        return registrations;
    const RegistrationColumns columns(query.record());
    while (query.next())
        registrations.append(registrationFromQuery(query, columns));
    return registrations;
}

QHash<qint64, RegistrationCounts> RegistrationRepository::countsByEvent() const
{
    QHash<qint64, RegistrationCounts> counts;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    m_lastError.clear();
    if (!query.exec(QStringLiteral("SELECT event_id,"
                                   " count(*) FILTER (WHERE status IN ('registered', 'attended', 'no_show')) AS registered,"
                                   " count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted,"
                                   " count(*) FILTER (WHERE status = 'attended') AS attended"
                                   " FROM event_registrations GROUP BY event_id"))) {
        m_lastError = query.lastError().text();
        return counts;
    }
    const QSqlRecord record = query.record();
    const int event = record.indexOf(QStringLiteral("event_id"));
    const int registered = record.indexOf(QStringLiteral("registered"));
    const int waitlisted = record.indexOf(QStringLiteral("waitlisted"));
    const int attended = record.indexOf(QStringLiteral("attended"));
    while (query.next()) {
        counts.insert(query.value(event).toLongLong(),
                      {query.value(registered).toInt(), query.value(waitlisted).toInt(), query.value(attended).toInt()});
    }
    return counts;
}

QList<EventAttendance> RegistrationRepository::attendanceOfMember(qint64 memberId) const
{
    QList<EventAttendance> attendance;
    QSqlQuery query(m_database);
    m_lastError.clear();
    if (!Read::run(query, QStringLiteral(
            "SELECT CAST(substr(e.starts_at, 1, 4) AS INTEGER) AS year, e.title,"
            " coalesce(nullif(trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), ''), r.guest_name)"
            " AS person, r.participant_role"
            " FROM event_registrations r JOIN events e ON e.id = r.event_id LEFT JOIN people p ON p.id = r.person_id"
            " WHERE r.member_id = ? AND r.status = 'attended' ORDER BY e.starts_at DESC, 3"),
                   {memberId}, &m_lastError))
        return attendance;
    const QSqlRecord record = query.record();
    const int year = record.indexOf(QStringLiteral("year"));
    const int title = record.indexOf(QStringLiteral("title"));
    const int person = record.indexOf(QStringLiteral("person"));
    const int role = record.indexOf(QStringLiteral("participant_role"));
    while (query.next()) {
        attendance.append({query.value(year).toInt(), query.value(title).toString(), query.value(person).toString(),
                           EventTerms::roleFromKey(query.value(role).toString())});
    }
    return attendance;
}

std::optional<Registration> RegistrationRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    m_lastError.clear();
    if (!Read::run(query, selectColumns + QStringLiteral(" WHERE r.id = ?"), {id}, &m_lastError))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return registrationFromQuery(query, RegistrationColumns(query.record()));
}

int RegistrationRepository::capacityOf(qint64 eventId, bool *ok) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT capacity FROM events WHERE id = ?"));
    query.addBindValue(eventId);
    *ok = query.exec() && query.next();
    return *ok ? query.value(0).toInt() : 0;
}

Outcome RegistrationRepository::add(const Registration &registration)
{
    if (Outcome valid = EventValidator::validate(registration); !valid)
        return valid;
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    bool known = false;
    const int capacity = capacityOf(registration.eventId, &known);
    if (!known)
        return Outcome::failure(tr("The event no longer exists."));
    const QList<Registration> existing = registrationsOf(registration.eventId);
    const RegistrationStatus status = Waitlist::statusForNew(capacity, Waitlist::seatsTaken(existing));

    // Someone who cancelled and comes back is registered again, at the end of the queue.
    for (const Registration &earlier : existing) {
        if (registration.isGuest() || earlier.personId != registration.personId)
            continue;
        if (earlier.status != RegistrationStatus::Cancelled)
            return Outcome::failure(tr("%1 is registered for this event already.").arg(earlier.name()),
                                    QStringLiteral("person"));
        if (!write.run(QStringLiteral("UPDATE event_registrations SET status = ?, member_id = ?, participant_role = ?,"
                                      " note = ?, registered_at = ?, promoted_at = NULL, promotion_told_at = NULL,"
                                      " cancelled_at = NULL WHERE id = ?"),
                       QVariantList{EventTerms::key(status), optionalId(registration.memberId),
                                    EventTerms::key(registration.role), SqlValues::text(registration.note),
                                    EventSqlValues::fromMoment(now()), earlier.id},
                       tr("The registration could not be saved: %1"), 1))
            return write.outcome();
        return write.commit(earlier.id);
    }

    if (!write.run(QStringLiteral("INSERT INTO event_registrations (event_id, person_id, guest_name, guest_email,"
                                  " member_id, participant_role, status, note, registered_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   QVariantList{registration.eventId, optionalId(registration.personId),
                                SqlValues::text(registration.isGuest() ? registration.guestName.trimmed() : QString()),
                                SqlValues::text(registration.isGuest() ? registration.guestEmail.trimmed() : QString()),
                                optionalId(registration.memberId), EventTerms::key(registration.role),
                                EventTerms::key(status), SqlValues::text(registration.note),
                                EventSqlValues::fromMoment(now())},
                   tr("The registration could not be saved: %1")))
        return write.outcome();
    const qint64 id = write.lastInsertId();
    return write.commit(id);
}

Outcome RegistrationRepository::update(const Registration &registration)
{
    if (Outcome valid = EventValidator::validate(registration); !valid)
        return valid;
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    if (!write.runVersioned(QStringLiteral("UPDATE event_registrations SET member_id = ?, participant_role = ?, note = ?,"
                                           " guest_name = CASE WHEN person_id IS NULL THEN ? ELSE guest_name END,"
                                           " guest_email = CASE WHEN person_id IS NULL THEN ? ELSE guest_email END"
                                           " WHERE id = ? AND row_version = ?"),
                            QVariantList{optionalId(registration.memberId), EventTerms::key(registration.role),
                                         SqlValues::text(registration.note), SqlValues::text(registration.guestName.trimmed()),
                                         SqlValues::text(registration.guestEmail.trimmed()), registration.id,
                                         registration.version},
                            tr("The registration could not be saved: %1"), QStringLiteral("event_registrations"),
                            registration.id,
                            tr("The registration of %1 was changed by someone else after you opened it.")
                                .arg(registration.name()),
                            tr("The registration no longer exists.")))
        return write.outcome();
    return write.commit(registration.id);
}

Outcome RegistrationRepository::writeStatus(qint64 id, RegistrationStatus status, const QString &extraAssignments)
{
    Write write(m_database);
    QVariantList values{EventTerms::key(status)};
    if (extraAssignments.contains(u'?'))
        values.append(EventSqlValues::fromMoment(now()));
    values.append(id);
    if (!write.run(QStringLiteral("UPDATE event_registrations SET status = ?%1 WHERE id = ?").arg(extraAssignments),
                   values, tr("The registration could not be saved: %1"), 1, tr("The registration no longer exists.")))
        return write.outcome();
    return write.commit(id);
}

Outcome RegistrationRepository::fillFreeSeats(qint64 eventId, QList<qint64> *promoted)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    bool known = false;
    const int capacity = capacityOf(eventId, &known);
    if (!known)
        return Outcome::failure(tr("The event no longer exists."));
    const QList<qint64> ids = Waitlist::toPromote(capacity, registrationsOf(eventId));
    for (qint64 id : ids) {
        if (Outcome written = writeStatus(id, RegistrationStatus::Registered,
                                          QStringLiteral(", promoted_at = ?, promotion_told_at = NULL"));
            !written)
            return written;
    }
    if (Outcome committed = write.commit(); !committed)
        return committed;
    if (promoted)
        *promoted = ids;
    return Outcome::success();
}

Outcome RegistrationRepository::cancel(qint64 id, QList<qint64> *promoted)
{
    return setStatus(id, RegistrationStatus::Cancelled, promoted);
}

Outcome RegistrationRepository::setStatus(qint64 id, RegistrationStatus status, QList<qint64> *promoted)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    const std::optional<Registration> registration = find(id);
    if (!registration)
        return Outcome::failure(tr("The registration no longer exists."));
    if (registration->status == status)
        return Outcome::success(id);

    // Taking a seat (from the waiting list, or back from a cancellation) needs a free one.
    if (Waitlist::holdsSeat(status) && !Waitlist::holdsSeat(registration->status)) {
        bool known = false;
        const int capacity = capacityOf(registration->eventId, &known);
        const int taken = Waitlist::seatsTaken(registrationsOf(registration->eventId));
        if (capacity > 0 && taken >= capacity)
            return Outcome::failure(tr("The event is full (%n seat(s)); cancel a registration first.", nullptr, capacity));
    }
    QString extra;
    if (status == RegistrationStatus::Cancelled)
        extra = QStringLiteral(", cancelled_at = ?");
    else if (registration->status == RegistrationStatus::Cancelled)
        extra = QStringLiteral(", cancelled_at = NULL");
    if (Outcome written = writeStatus(id, status, extra); !written)
        return written;
    if (!Waitlist::holdsSeat(status) && Waitlist::holdsSeat(registration->status)) {
        if (Outcome filled = fillFreeSeats(registration->eventId, promoted); !filled)
            return filled;
    } else if (promoted) {
        promoted->clear();
    }
    return write.commit(id);
}

Outcome RegistrationRepository::checkInFromWaitingList(qint64 id)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    const std::optional<Registration> registration = find(id);
    if (!registration)
        return Outcome::failure(tr("The registration no longer exists."));
    if (registration->status != RegistrationStatus::Waitlisted)
        return Outcome::failure(tr("Only someone on the waiting list is checked in on a free seat this way."));
    if (Outcome written = writeStatus(id, RegistrationStatus::Attended, {}); !written)
        return written;
    return write.commit(id);
}

int RegistrationRepository::waitingPosition(qint64 id) const
{
    const std::optional<Registration> registration = find(id);
    if (!registration || registration->status != RegistrationStatus::Waitlisted)
        return 0;
    const QList<Registration> queue = Waitlist::queue(registrationsOf(registration->eventId));
    for (qsizetype i = 0; i < queue.size(); ++i) {
        if (queue.at(i).id == id)
            return int(i) + 1;
    }
    return 0;
}

Outcome RegistrationRepository::markPromotionTold(qint64 id)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    const QString onlyPromoted = tr("Only a registration moved up from the waiting list can be marked as told.");
    if (!write.run(QStringLiteral("UPDATE event_registrations SET promotion_told_at = ? WHERE id = ?"
                                  " AND promoted_at IS NOT NULL"),
                   QVariantList{EventSqlValues::fromMoment(now()), id}, onlyPromoted, 1, onlyPromoted))
        return write.outcome();
    return write.commit(id);
}

Outcome RegistrationRepository::remove(qint64 id, QList<qint64> *promoted)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    const std::optional<Registration> registration = find(id);
    if (!registration)
        return Outcome::failure(tr("The registration no longer exists."));
    if (!write.run(QStringLiteral("DELETE FROM event_registrations WHERE id = ?"), QVariantList{id},
                   tr("The registration could not be deleted: %1")))
        return write.outcome();
    if (Waitlist::holdsSeat(registration->status)) {
        if (Outcome filled = fillFreeSeats(registration->eventId, promoted); !filled)
            return filled;
    }
    return write.commit(id);
}

ParticipantRole RegistrationRepository::suggestedRole(const QList<Role> &roles, const QDate &onDate)
{
    for (const Role &role : roles) {
        if (!role.isCurrent(onDate))
            continue;
        if (role.type == RoleType::PoliticalContact || role.type == RoleType::GeneralAssemblyDelegate)
            return ParticipantRole::Political;
    }
    for (const Role &role : roles) {
        if (role.isCurrent(onDate)
            && (role.type == RoleType::AdministrativeContact || role.type == RoleType::PublicHealthCoordinator))
            return ParticipantRole::Administrative;
    }
    return ParticipantRole::Other;
}

Registration RegistrationRepository::draftFor(qint64 eventId, const Person &person, const QDate &onDate) const
{
    Registration registration;
    registration.eventId = eventId;
    registration.personId = person.id;
    registration.personName = person.fullName();
    registration.personEmail = person.email;
    registration.memberId = person.memberId;
    registration.role = suggestedRole(person.roles, onDate);
    return registration;
}

} // namespace Sekretariat
