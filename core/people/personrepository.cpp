#include "personrepository.h"

#include "common/sqlvalues.h"
#include "database/read.h"
#include "database/sqldialect.h"
#include "database/write.h"
#include "personvalidator.h"
#include "roleterms.h"

#include <QAtomicInt>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Sekretariat {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, first_name, last_name, title, email, phone, member_id, organisation, address, postal_code, city, notes,"
    " row_version FROM people");

// The columns of a Person row, each found by its name once per query.
struct PersonColumns
{
    explicit PersonColumns(const QSqlRecord &record)
        : id(record.indexOf(QStringLiteral("id")))
        , firstName(record.indexOf(QStringLiteral("first_name")))
        , lastName(record.indexOf(QStringLiteral("last_name")))
        , title(record.indexOf(QStringLiteral("title")))
        , email(record.indexOf(QStringLiteral("email")))
        , phone(record.indexOf(QStringLiteral("phone")))
        , memberId(record.indexOf(QStringLiteral("member_id")))
        , organisation(record.indexOf(QStringLiteral("organisation")))
        , address(record.indexOf(QStringLiteral("address")))
        , postalCode(record.indexOf(QStringLiteral("postal_code")))
        , city(record.indexOf(QStringLiteral("city")))
        , notes(record.indexOf(QStringLiteral("notes")))
        , version(record.indexOf(QStringLiteral("row_version")))
    {
    }

    int id, firstName, lastName, title, email, phone, memberId, organisation, address, postalCode, city, notes;
    int version;
};

Person personFromQuery(const QSqlQuery &query, const PersonColumns &columns)
{
    Person person;
    person.id = query.value(columns.id).toLongLong();
    person.version = query.value(columns.version).toLongLong();
    person.firstName = query.value(columns.firstName).toString();
    person.lastName = query.value(columns.lastName).toString();
    person.title = query.value(columns.title).toString();
    person.email = query.value(columns.email).toString();
    person.phone = query.value(columns.phone).toString();
    person.memberId = query.value(columns.memberId).toLongLong();
    person.organisation = query.value(columns.organisation).toString();
    person.address = query.value(columns.address).toString();
    person.postalCode = query.value(columns.postalCode).toString();
    person.city = query.value(columns.city).toString();
    person.notes = query.value(columns.notes).toString();
    return person;
}

// The columns of a role row, each found by its name once per query.
struct RoleColumns
{
    explicit RoleColumns(const QSqlRecord &record)
        : id(record.indexOf(QStringLiteral("id")))
        , memberId(record.indexOf(QStringLiteral("member_id")))
        , role(record.indexOf(QStringLiteral("role")))
        , validFrom(record.indexOf(QStringLiteral("valid_from")))
        , validTo(record.indexOf(QStringLiteral("valid_to")))
        , note(record.indexOf(QStringLiteral("note")))
    {
    }

    Role read(const QSqlQuery &query) const
    {
        Role read;
        read.id = query.value(id).toLongLong();
        read.memberId = query.value(memberId).toLongLong();
        read.type = RoleTerms::fromKey(query.value(role).toString());
        read.validFrom = SqlValues::toDate(query.value(validFrom));
        read.validTo = SqlValues::toDate(query.value(validTo));
        read.note = query.value(note).toString();
        return read;
    }

    int id, memberId, role, validFrom, validTo, note;
};

} // namespace

PersonRepository::PersonRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    m_lastError.clear();
    if (!Read::run(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}, &m_lastError))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    Person person = personFromQuery(query, PersonColumns(query.record()));
    person.roles = rolesOf(id);
    return person;
}

QHash<qint64, Person> PersonRepository::findMany(const QList<qint64> &ids) const
{
    QHash<qint64, Person> found;
    m_lastError.clear();
    constexpr qsizetype chunk = 500;  // well below SQLite's limit of bound values
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QList<qint64> some = ids.mid(start, chunk);
        QVariantList values;
        for (qint64 id : some)
            values.append(id);
        QStringList marks(some.size(), QStringLiteral("?"));
        const QString in = marks.join(u',');
        QSqlQuery query(m_database);
        if (!Read::run(query, selectColumns + QStringLiteral(" WHERE id IN (%1)").arg(in), values, &m_lastError))
            return found;
        const PersonColumns columns(query.record());
        while (query.next()) {
            Person person = personFromQuery(query, columns);
            found.insert(person.id, person);
        }
        QSqlQuery roles(m_database);
        if (!Read::run(roles, QStringLiteral("SELECT person_id, id, member_id, role, valid_from, valid_to, note FROM roles"
                                             " WHERE person_id IN (%1) ORDER BY person_id, valid_from, id").arg(in),
                       values, &m_lastError))
            return found;
        const RoleColumns roleColumns(roles.record());
        while (roles.next()) {
            const auto person = found.find(roles.value(0).toLongLong());
            if (person != found.end())
                person->roles.append(roleColumns.read(roles));
        }
    }
    return found;
}

QList<Person> PersonRepository::possibleDuplicates(const Person &person) const
{
    QList<Person> found;
    QSqlQuery query(m_database);
    m_lastError.clear();
    const QString email = person.email.trimmed();
    const bool atMember = person.memberId > 0 && !person.lastName.trimmed().isEmpty();
    if (email.isEmpty() && !atMember)
        return found;
    if (!Read::run(query,
                   selectColumns
                       + QStringLiteral(" WHERE id <> ? AND ((? <> '' AND lower(email) = lower(?))"
                                        " OR (? AND member_id = ? AND lower(first_name) = lower(?)"
                                        " AND lower(last_name) = lower(?))) ORDER BY last_name, first_name"),
                   {person.id, email, email, atMember ? 1 : 0, person.memberId, person.firstName.trimmed(),
                    person.lastName.trimmed()},
                   &m_lastError))
        return found;
    const PersonColumns columns(query.record());
    while (query.next())
        found.append(personFromQuery(query, columns));
    return found;
}

QList<Person> PersonRepository::peopleOfMember(qint64 memberId) const
{
    QList<Person> people;
    QSqlQuery query(m_database);
    query.prepare(selectColumns
                  // One set of ids from the two indexes: "member_id = ? OR id IN (...)"
                  // reads every person on PostgreSQL (27 ms of 100,000).
                  + QStringLiteral(" WHERE id IN (SELECT id FROM people WHERE member_id = :member"
                                   " UNION SELECT person_id FROM roles WHERE member_id = :member)"
                                   " ORDER BY last_name, first_name"));
    query.bindValue(QStringLiteral(":member"), memberId);
    if (!query.exec())
        return people;
    QHash<qint64, qsizetype> indexOf;
    const PersonColumns columns(query.record());
    while (query.next()) {
        indexOf.insert(query.value(columns.id).toLongLong(), people.size());
        people.append(personFromQuery(query, columns));
    }
    // Every role of these people in one query, not one query a person.
    QSqlQuery roles(m_database);
    // A UNION for the same reason as above.
    roles.prepare(QStringLiteral("SELECT person_id, id, member_id, role, valid_from, valid_to, note FROM roles"
                                 " WHERE member_id = :member UNION"
                                 " SELECT person_id, id, member_id, role, valid_from, valid_to, note FROM roles"
                                 " WHERE person_id IN (SELECT id FROM people WHERE member_id = :member)"
                                 " ORDER BY person_id, valid_from, id"));
    roles.bindValue(QStringLiteral(":member"), memberId);
    if (!roles.exec())
        return people;
    const RoleColumns roleColumns(roles.record());
    const int personId = roles.record().indexOf(QStringLiteral("person_id"));
    while (roles.next()) {
        const auto found = indexOf.constFind(roles.value(personId).toLongLong());
        if (found != indexOf.constEnd())
            people[*found].roles.append(roleColumns.read(roles));
    }
    return people;
}

ConnectionDescription PersonRepository::connectionDescription() const
{
    return ConnectionFactory::describe(m_database);
}

bool PersonRepository::scanListingOnOwnConnection(const ConnectionDescription &where, const QDate &today,
                                                  const std::function<void(const PersonListing &)> &row,
                                                  qint64 *expected, QString *error)
{
    static QAtomicInt scanners;
    const QString name = QStringLiteral("people-scan-%1").arg(scanners.fetchAndAddRelaxed(1));
    bool read = false;
    QSqlError failure;
    // Scan: this connection reads the table once, in order.
    if (ConnectionFactory::open(where, name, ConnectionFactory::Use::Scan, &failure)) {
        const PersonRepository people(QSqlDatabase::database(name, false));
        read = people.scanListing(today, 0, row, expected);
        if (!read && error)
            *error = people.lastError();
    } else if (error) {
        *error = failure.text();
    }
    ConnectionFactory::close(name);
    return read;
}

bool PersonRepository::scanListing(const QDate &today, qint64 onlyId,
                                   const std::function<void(const PersonListing &)> &row, qint64 *expected) const
{
    m_lastError.clear();
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    QVariantList values{today.toString(Qt::ISODate)};
    if (onlyId > 0)
        values.append(onlyId);
    if (!Read::run(query, QStringLiteral(
            "WITH today(day) AS (SELECT CAST(? AS TEXT))"
            " SELECT p.id, p.first_name, p.last_name, p.title, p.member_id,"
            " coalesce(m.name, p.organisation) AS member_or_organisation, p.email, p.phone,"
            " (SELECT %2 FROM roles r WHERE r.person_id = p.id"
            "  AND (r.valid_from IS NULL OR r.valid_from <= (SELECT day FROM today))"
            "  AND (r.valid_to IS NULL OR r.valid_to >= (SELECT day FROM today))) AS role_keys"
            " FROM people p LEFT JOIN members m ON m.id = p.member_id %1"
            " ORDER BY p.last_name, p.first_name, p.id")
                           .arg(onlyId > 0 ? QStringLiteral("WHERE p.id = ?") : QString(),
                                SqlDialect::joined(m_database, QStringLiteral("r.role"))),
                   values, &m_lastError))
        return false;
    if (expected) {
        QSqlQuery count(m_database);
        *expected = onlyId > 0 ? 1
            : count.exec(QStringLiteral("SELECT count(*) FROM people")) && count.next() ? count.value(0).toLongLong()
                                                                                        : 0;
    }
    const QSqlRecord record = query.record();
    const int id = record.indexOf(QStringLiteral("id"));
    const int firstName = record.indexOf(QStringLiteral("first_name"));
    const int lastName = record.indexOf(QStringLiteral("last_name"));
    const int title = record.indexOf(QStringLiteral("title"));
    const int memberId = record.indexOf(QStringLiteral("member_id"));
    const int memberOrOrganisation = record.indexOf(QStringLiteral("member_or_organisation"));
    const int email = record.indexOf(QStringLiteral("email"));
    const int phone = record.indexOf(QStringLiteral("phone"));
    const int roleKeys = record.indexOf(QStringLiteral("role_keys"));
    PersonListing listing;
    while (query.next()) {
        listing.id = query.value(id).toLongLong();
        listing.firstName = query.value(firstName).toString();
        listing.lastName = query.value(lastName).toString();
        listing.title = query.value(title).toString();
        listing.memberId = query.value(memberId).toLongLong();
        listing.memberOrOrganisation = query.value(memberOrOrganisation).toString();
        listing.email = query.value(email).toString();
        listing.phone = query.value(phone).toString();
        listing.roleKeys = query.value(roleKeys).toString();
        row(listing);
    }
    return true;
}

QList<Role> PersonRepository::rolesOf(qint64 personId) const
{
    QList<Role> roles;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id, member_id, role, valid_from, valid_to, note FROM roles"
                                 " WHERE person_id = ? ORDER BY valid_from, id"));
    query.addBindValue(personId);
    if (!query.exec())
        return roles;
    const RoleColumns columns(query.record());
    while (query.next())
        roles.append(columns.read(query));
    return roles;
}

Outcome PersonRepository::add(const Person &person)
{
    return write(person, true);
}

Outcome PersonRepository::update(const Person &person)
{
    if (person.id <= 0)
        return Outcome::failure(tr("The person to change was not given."));
    return write(person, false);
}

Outcome PersonRepository::write(const Person &person, bool insert)
{
    if (Outcome valid = PersonValidator::validate(person); !valid)
        return valid;
    Write write(m_database);
    const qint64 id = writeWithin(write, person, insert);
    return write.commit(id);
}

qint64 PersonRepository::addWithin(Write &write, const Person &person)
{
    return writeWithin(write, person, true);
}

bool PersonRepository::updateWithin(Write &write, const Person &person)
{
    return writeWithin(write, person, false) > 0;
}

qint64 PersonRepository::writeWithin(Write &write, const Person &person, bool insert)
{
    // Bound by position: an import writes this 100,000 times.
    QVariantList values{SqlValues::text(person.firstName.trimmed()), SqlValues::text(person.lastName.trimmed()),
                        SqlValues::text(person.title),                SqlValues::text(person.email.trimmed()),
                        SqlValues::text(person.phone),                SqlValues::fromId(person.memberId),
                        SqlValues::text(person.organisation),         SqlValues::text(person.address.trimmed()),
                        SqlValues::text(person.postalCode.trimmed()), SqlValues::text(person.city.trimmed()),
                        SqlValues::text(person.notes)};
    QString sql;
    if (insert) {
        sql = QStringLiteral(
            "INSERT INTO people (first_name, last_name, title, email, phone, member_id, organisation,"
            " address, postal_code, city, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    } else {
        sql = QStringLiteral(
            "UPDATE people SET first_name = ?, last_name = ?, title = ?, email = ?, phone = ?, member_id = ?,"
            " organisation = ?, address = ?, postal_code = ?, city = ?, notes = ? WHERE id = ? AND row_version = ?");
        values.append(person.id);
        values.append(person.version);
    }
    const QString failure = tr("The person could not be saved: %1");
    const QString gone = tr("The person no longer exists; they may have been deleted.");
    const bool written = insert ? write.run(sql, values, failure)
                                : write.runVersioned(sql, values, failure, QStringLiteral("people"), person.id,
                                                     tr("%1 was changed by someone else after you opened them.")
                                                         .arg(person.fullName()),
                                                     gone);
    if (!written)
        return 0;

    const qint64 id = insert ? write.lastInsertId() : person.id;
    // A new person has no roles to replace.
    if (!writeRoles(write, id, person.roles, !insert))
        return 0;
    return id;
}

bool PersonRepository::writeRoles(Write &write, qint64 personId, const QList<Role> &roles, bool replace)
{
    if (replace && !write.run(QStringLiteral("DELETE FROM roles WHERE person_id = ?"), QVariantList{personId},
                   tr("The roles could not be saved: %1")))
        return false;
    for (const Role &role : roles) {
        if (!write.run(QStringLiteral("INSERT INTO roles (person_id, member_id, role, valid_from, valid_to, note)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"),
                       QVariantList{personId, role.memberId, RoleTerms::key(role.type),
                                    SqlValues::fromDate(role.validFrom), SqlValues::fromDate(role.validTo),
                                    SqlValues::text(role.note)},
                       tr("The role “%1” could not be saved: %2").arg(RoleTerms::label(role.type), QStringLiteral("%1"))))
            return false;
    }
    return true;
}

Outcome PersonRepository::remove(qint64 id)
{
    Write write(m_database);
    if (!write.run(QStringLiteral("DELETE FROM people WHERE id = ?"), QVariantList{id},
                   tr("The person could not be deleted: %1"), 1, tr("The person no longer exists.")))
        return write.outcome();
    return write.commit(id);
}

Outcome PersonRepository::removeMany(const QList<qint64> &ids)
{
    Write write(m_database);
    for (qint64 id : ids) {
        if (Outcome removed = remove(id); !removed)
            return removed;
    }
    return write.commit();
}

} // namespace Sekretariat
