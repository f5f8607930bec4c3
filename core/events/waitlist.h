#pragma once

#include "registration.h"

#include <QList>

namespace Sekretariat {

// The capacity rule, without a database: while seats are free a registration
// gets one; past the capacity it joins the waiting list, and freed seats go to
// the waiting list in the order people registered.
class Waitlist
{
public:
    // Registered, attended and no-show hold a seat; waitlisted and cancelled do not.
    static bool holdsSeat(RegistrationStatus status);
    static int seatsTaken(const QList<Registration> &registrations);

    // The status a new registration gets (capacity 0: unlimited).
    static RegistrationStatus statusForNew(int capacity, int seatsTaken);

    // The waitlisted registrations that fit into the free seats, first come first
    // served (registered_at, then id); all of them when the capacity is unlimited.
    static QList<qint64> toPromote(int capacity, const QList<Registration> &registrations);

    // The waiting list in order.
    static QList<Registration> queue(const QList<Registration> &registrations);
};

} // namespace Sekretariat
