#pragma once

#include "common/outcome.h"
#include "database/connectionfactory.h"
#include "person.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace Sekretariat {

class Write;

// All SQL of the people and roles tables. A person and their roles are written
// together, in one transaction.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(const QSqlDatabase &database);

    std::optional<Person> find(qint64 id) const;
    // Many at once, with their roles, in a few queries (an import's duplicates).
    // Those not found are left out.
    QHash<qint64, Person> findMany(const QList<qint64> &ids) const;
    // The people who belong to a member or hold a role there, with their roles
    // (for people of other members, only their roles at this one).
    QList<Person> peopleOfMember(qint64 memberId) const;
    // Others who may be this person: the same e-mail address, or the same name
    // at the same member (without their roles).
    QList<Person> possibleDuplicates(const Person &person) const;
    // Everyone (one person when onlyId > 0) as the list shows them, in last-name
    // order, handed to `row` one at a time, so 100,000 people are not held twice.
    // `expected` gets how many there are, beforehand. False with lastError() set
    // when they cannot be read.
    bool scanListing(const QDate &today, qint64 onlyId, const std::function<void(const PersonListing &)> &row,
                     qint64 *expected = nullptr) const;
    QString lastError() const { return m_lastError; }

    // Where this repository reads, for scanListingOnOwnConnection().
    ConnectionDescription connectionDescription() const;
    // scanListing() for a worker thread: on a connection of the calling thread's
    // own, opened at `where` and closed again here (a connection belongs to the
    // thread that opened it). WAL lets it read while the window's connection writes.
    static bool scanListingOnOwnConnection(const ConnectionDescription &where, const QDate &today,
                                           const std::function<void(const PersonListing &)> &row,
                                           qint64 *expected, QString *error);

    Outcome add(const Person &person);    // the outcome's id is the new person's
    Outcome update(const Person &person);
    Outcome remove(qint64 id);
    // Deletes all of them or none.
    Outcome removeMany(const QList<qint64> &ids);

    // add() and update() as part of a larger action (an import of thousands):
    // the caller validated the person and commits `write`. 0 or false when the
    // write failed; write.outcome() says why.
    static qint64 addWithin(Write &write, const Person &person);
    static bool updateWithin(Write &write, const Person &person);

private:
    QList<Role> rolesOf(qint64 personId) const;
    Outcome write(const Person &person, bool insert);
    static qint64 writeWithin(Write &write, const Person &person, bool insert);
    static bool writeRoles(Write &write, qint64 personId, const QList<Role> &roles, bool replace);

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace Sekretariat
