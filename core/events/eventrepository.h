#pragma once

#include "common/outcome.h"
#include "event.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Sekretariat {

// All SQL of the events table. Every write is one transaction; one network
// gathering a year may be that year's annual gathering, and a larger capacity
// gives freed seats to the waiting list at once.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(const QSqlDatabase &database);

    QList<Event> all() const;                          // by start
    // Why the last read failed; empty when it did not.
    QString lastError() const { return m_lastError; }
    std::optional<Event> find(qint64 id) const;
    std::optional<Event> annualGatheringOf(int year) const;

    Outcome add(const Event &event);                   // the outcome's id is the new event's
    Outcome update(const Event &event);
    // An event whose participants were checked in is history and stays.
    Outcome remove(qint64 id);

private:
    Outcome checkAnnualGathering(const Event &event) const;
    Outcome write(const Event &event, bool insert);

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace Sekretariat
