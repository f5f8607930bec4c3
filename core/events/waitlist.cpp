#include "waitlist.h"

#include <algorithm>

namespace Sekretariat {

bool Waitlist::holdsSeat(RegistrationStatus status)
{
    return status == RegistrationStatus::Registered || status == RegistrationStatus::Attended
        || status == RegistrationStatus::NoShow;
}

int Waitlist::seatsTaken(const QList<Registration> &registrations)
{
    return int(std::count_if(registrations.cbegin(), registrations.cend(),
                             [](const Registration &registration) { return holdsSeat(registration.status); }));
}

RegistrationStatus Waitlist::statusForNew(int capacity, int seatsTaken)
{
    if (capacity <= 0 || seatsTaken < capacity)
        return RegistrationStatus::Registered;
    return RegistrationStatus::Waitlisted;
}

QList<Registration> Waitlist::queue(const QList<Registration> &registrations)
{
    QList<Registration> waiting;
    for (const Registration &registration : registrations) {
        if (registration.status == RegistrationStatus::Waitlisted)
            waiting.append(registration);
    }
    std::stable_sort(waiting.begin(), waiting.end(), [](const Registration &a, const Registration &b) {
        if (a.registeredAt != b.registeredAt)
            return a.registeredAt < b.registeredAt;
        return a.id < b.id;
    });
    return waiting;
}

QList<qint64> Waitlist::toPromote(int capacity, const QList<Registration> &registrations)
{
    const QList<Registration> waiting = queue(registrations);
    const qsizetype free = capacity <= 0 ? waiting.size() : std::max(0, capacity - seatsTaken(registrations));
    QList<qint64> ids;
    for (qsizetype i = 0; i < std::min(free, waiting.size()); ++i)
        ids.append(waiting.at(i).id);
    return ids;
}

} // namespace Sekretariat
