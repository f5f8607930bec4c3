#pragma once

#include <QDateTime>
#include <QString>

namespace Sekretariat {

// In which capacity someone comes: the gathering rule counts administration and
// politicians separately.
enum class ParticipantRole { Administrative, Political, Other };

enum class RegistrationStatus { Registered, Waitlisted, Cancelled, Attended, NoShow };

// One person's registration for one event: a person from the register or a
// guest typed in, and the member they represent.
struct Registration
{
    qint64 id = 0;
    qint64 version = 0;              // the row's version when read; an edit saves only over it
    qint64 eventId = 0;
    qint64 personId = 0;             // 0: a guest
    QString guestName;
    QString guestEmail;
    qint64 memberId = 0;             // 0: represents no member
    ParticipantRole role = ParticipantRole::Other;
    RegistrationStatus status = RegistrationStatus::Registered;
    QString note;                    // diet, access
    QDateTime registeredAt;          // UTC; the waiting list's order
    QDateTime promotedAt;            // UTC; moved up from the waiting list
    QDateTime promotionToldAt;       // UTC; the secretariat told them
    QDateTime cancelledAt;           // UTC

    // Read with the registration, never written through it.
    QString personName;
    QString personEmail;
    QString memberName;              // or the person's organisation

    bool isGuest() const { return personId <= 0; }
    QString name() const { return isGuest() ? guestName : personName; }
    QString email() const { return isGuest() ? guestEmail : personEmail; }
    bool awaitsPromotionNotice() const { return promotedAt.isValid() && !promotionToldAt.isValid(); }
};

// An event a member's people attended: year, title, person, in what capacity.
struct EventAttendance
{
    int year = 0;
    QString eventTitle;
    QString personName;
    ParticipantRole role = ParticipantRole::Other;
};

// How many hold a seat, wait and came, for one event.
struct RegistrationCounts
{
    int registered = 0;
    int waitlisted = 0;
    int attended = 0;
};

} // namespace Sekretariat
