#include "registrationrepository.h"

#include "common/sqlvalues.h"
#include "database/transaction.h"
#include "eventsqlvalues.h"
#include "eventterms.h"
#include "eventvalidator.h"
#include "waitlist.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sekretariat {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT r.id, r.event_id, r.person_id, r.guest_name, r.guest_email, r.member_id, r.participant_role,"
    " r.status, r.note, r.registered_at, r.promoted_at, r.promotion_told_at, r.cancelled_at,"
    " trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), coalesce(p.email, ''),"
    " coalesce(m.name, p.organisation, '')"
    " FROM event_registrations r"
    " LEFT JOIN people p ON p.id = r.person_id"
    " LEFT JOIN members m ON m.id = r.member_id");

Registration registrationFromQuery(const QSqlQuery &query)
{
    Registration registration;
    registration.id = query.value(0).toLongLong();
    registration.eventId = query.value(1).toLongLong();
    registration.personId = query.value(2).toLongLong();
    registration.guestName = query.value(3).toString();
    registration.guestEmail = query.value(4).toString();
    registration.memberId = query.value(5).toLongLong();
    registration.role = EventTerms::roleFromKey(query.value(6).toString());
    registration.status = EventTerms::statusFromKey(query.value(7).toString());
    registration.note = query.value(8).toString();
    registration.registeredAt = EventSqlValues::toMoment(query.value(9));
    registration.promotedAt = EventSqlValues::toMoment(query.value(10));
    registration.promotionToldAt = EventSqlValues::toMoment(query.value(11));
    registration.cancelledAt = EventSqlValues::toMoment(query.value(12));
    registration.personName = query.value(13).toString();
    registration.personEmail = query.value(14).toString();
    registration.memberName = query.value(15).toString();
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
    query.setForwardOnly(true);
    m_lastError.clear();
    if (!query.prepare(selectColumns + (eventId > 0 ? QStringLiteral(" WHERE r.event_id = ?") : QString())
                       + QStringLiteral(" ORDER BY r.event_id, r.registered_at, r.id"))) {
        m_lastError = query.lastError().text();
        return registrations;
    }
    if (eventId > 0)
        query.addBindValue(eventId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return registrations;
    }
    while (query.next())
        registrations.append(registrationFromQuery(query));
    return registrations;
}

std::optional<Registration> RegistrationRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(selectColumns + QStringLiteral(" WHERE r.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return registrationFromQuery(query);
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
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
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
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("UPDATE event_registrations SET status = ?, member_id = ?, participant_role = ?,"
                                     " note = ?, registered_at = ?, promoted_at = NULL, promotion_told_at = NULL,"
                                     " cancelled_at = NULL WHERE id = ?"));
        query.addBindValue(EventTerms::key(status));
        query.addBindValue(optionalId(registration.memberId));
        query.addBindValue(EventTerms::key(registration.role));
        query.addBindValue(SqlValues::text(registration.note));
        query.addBindValue(EventSqlValues::fromMoment(now()));
        query.addBindValue(earlier.id);
        if (!query.exec())
            return Outcome::failure(tr("The registration could not be saved: %1").arg(query.lastError().text()));
        if (!transaction.commit())
            return Outcome::failure(transaction.errorString());
        return Outcome::success(earlier.id);
    }

    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO event_registrations (event_id, person_id, guest_name, guest_email,"
                                 " member_id, participant_role, status, note, registered_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(registration.eventId);
    query.addBindValue(optionalId(registration.personId));
    query.addBindValue(SqlValues::text(registration.isGuest() ? registration.guestName.trimmed() : QString()));
    query.addBindValue(SqlValues::text(registration.isGuest() ? registration.guestEmail.trimmed() : QString()));
    query.addBindValue(optionalId(registration.memberId));
    query.addBindValue(EventTerms::key(registration.role));
    query.addBindValue(EventTerms::key(status));
    query.addBindValue(SqlValues::text(registration.note));
    query.addBindValue(EventSqlValues::fromMoment(now()));
    if (!query.exec())
        return Outcome::failure(tr("The registration could not be saved: %1").arg(query.lastError().text()));
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    return Outcome::success(id);
}

Outcome RegistrationRepository::update(const Registration &registration)
{
    if (Outcome valid = EventValidator::validate(registration); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE event_registrations SET member_id = ?, participant_role = ?, note = ?,"
                                 " guest_name = CASE WHEN person_id IS NULL THEN ? ELSE guest_name END,"
                                 " guest_email = CASE WHEN person_id IS NULL THEN ? ELSE guest_email END"
                                 " WHERE id = ?"));
    query.addBindValue(optionalId(registration.memberId));
    query.addBindValue(EventTerms::key(registration.role));
    query.addBindValue(SqlValues::text(registration.note));
    query.addBindValue(SqlValues::text(registration.guestName.trimmed()));
    query.addBindValue(SqlValues::text(registration.guestEmail.trimmed()));
    query.addBindValue(registration.id);
    if (!query.exec())
        return Outcome::failure(tr("The registration could not be saved: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Outcome::failure(tr("The registration no longer exists."));
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    return Outcome::success(registration.id);
}

Outcome RegistrationRepository::writeStatus(qint64 id, RegistrationStatus status, const QString &extraAssignments)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE event_registrations SET status = ?%1 WHERE id = ?").arg(extraAssignments));
    query.addBindValue(EventTerms::key(status));
    if (extraAssignments.contains(u'?'))
        query.addBindValue(EventSqlValues::fromMoment(now()));
    query.addBindValue(id);
    if (!query.exec())
        return Outcome::failure(tr("The registration could not be saved: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Outcome::failure(tr("The registration no longer exists."));
    return Outcome::success(id);
}

Outcome RegistrationRepository::fillFreeSeats(qint64 eventId, QList<qint64> *promoted)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
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
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
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
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
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
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    return Outcome::success(id);
}

Outcome RegistrationRepository::markPromotionTold(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE event_registrations SET promotion_told_at = ? WHERE id = ?"
                                 " AND promoted_at IS NOT NULL"));
    query.addBindValue(EventSqlValues::fromMoment(now()));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1)
        return Outcome::failure(tr("Only a registration moved up from the waiting list can be marked as told."));
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    return Outcome::success(id);
}

Outcome RegistrationRepository::remove(qint64 id, QList<qint64> *promoted)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
    const std::optional<Registration> registration = find(id);
    if (!registration)
        return Outcome::failure(tr("The registration no longer exists."));
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM event_registrations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Outcome::failure(tr("The registration could not be deleted: %1").arg(query.lastError().text()));
    if (Waitlist::holdsSeat(registration->status)) {
        if (Outcome filled = fillFreeSeats(registration->eventId, promoted); !filled)
            return filled;
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    return Outcome::success(id);
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
