#pragma once

#include "common/outcome.h"
#include "people/person.h"
#include "registration.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Sekretariat {

// All SQL of the registrations. The capacity rule (Waitlist) is applied here,
// inside the write's transaction: a new registration past the capacity is
// waitlisted, and a seat that frees goes to the first on the waiting list, with
// the moment of the promotion recorded so the secretariat can tell them.
class RegistrationRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationRepository)

public:
    explicit RegistrationRepository(const QSqlDatabase &database);

    // An event's registrations in the order they came (0: every event's).
    QList<Registration> registrationsOf(qint64 eventId) const;
    // Counted in SQL: 50,000 registrations need not be read to list 500 events.
    QHash<qint64, RegistrationCounts> countsByEvent() const;
    // The events a member's people attended, newest first.
    QList<EventAttendance> attendanceOfMember(qint64 memberId) const;
    // Why the last read failed; empty when it did not.
    QString lastError() const { return m_lastError; }
    std::optional<Registration> find(qint64 id) const;

    // Registered or waitlisted by the capacity rule. A person registered before
    // and cancelled is registered again, at the end of the queue.
    Outcome add(const Registration &registration);
    // Member, role, note and a guest's name and e-mail; never the status.
    Outcome update(const Registration &registration);
    // Cancels and gives the freed seat on; `promoted` receives who moved up.
    Outcome cancel(qint64 id, QList<qint64> *promoted = nullptr);
    // Check-in and its undo (attended, no-show, registered), reinstating a
    // cancellation, or taking someone off the waiting list into a free seat.
    Outcome setStatus(qint64 id, RegistrationStatus status, QList<qint64> *promoted = nullptr);
    Outcome markPromotionTold(qint64 id);
    // At the door: someone from the waiting list comes in on the seat of one who
    // did not come, past the capacity (the user confirms first). Only for a
    // waitlisted registration.
    Outcome checkInFromWaitingList(qint64 id);
    // 1 for the first on the event's waiting list; 0 when not waiting.
    int waitingPosition(qint64 id) const;
    // For a registration made by mistake; the seat is given on as by cancel().
    Outcome remove(qint64 id, QList<qint64> *promoted = nullptr);
    // Gives free seats to the waiting list, first come first served.
    Outcome fillFreeSeats(qint64 eventId, QList<qint64> *promoted = nullptr);

    // A new registration for a person from the register: their member, and the
    // capacity their current roles suggest.
    Registration draftFor(qint64 eventId, const Person &person, const QDate &onDate) const;
    static ParticipantRole suggestedRole(const QList<Role> &roles, const QDate &onDate);

    // The time recorded for registrations and promotions; now unless a test says.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime now() const;
    int capacityOf(qint64 eventId, bool *ok) const;
    Outcome writeStatus(qint64 id, RegistrationStatus status, const QString &extraAssignments);

    QSqlDatabase m_database;
    mutable QString m_lastError;
    QDateTime m_now;
};

} // namespace Sekretariat
