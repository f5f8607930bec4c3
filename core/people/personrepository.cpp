#include "personrepository.h"

#include "common/sqlvalues.h"
#include "database/write.h"
#include "personvalidator.h"
#include "roleterms.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Sekretariat {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, first_name, last_name, title, email, phone, member_id, organisation, notes FROM people");

Person personFromQuery(const QSqlQuery &query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.firstName = query.value(1).toString();
    person.lastName = query.value(2).toString();
    person.title = query.value(3).toString();
    person.email = query.value(4).toString();
    person.phone = query.value(5).toString();
    person.memberId = query.value(6).toLongLong();
    person.organisation = query.value(7).toString();
    person.notes = query.value(8).toString();
    return person;
}

} // namespace

PersonRepository::PersonRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Person person = personFromQuery(query);
    person.roles = rolesOf(id);
    return person;
}

QList<Person> PersonRepository::peopleOfMember(qint64 memberId) const
{
    QList<Person> people;
    QSqlQuery query(m_database);
    query.prepare(selectColumns
                  + QStringLiteral(" WHERE member_id = :member"
                                   " OR id IN (SELECT person_id FROM roles WHERE member_id = :member)"
                                   " ORDER BY last_name, first_name"));
    query.bindValue(QStringLiteral(":member"), memberId);
    if (!query.exec())
        return people;
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        indexOf.insert(query.value(0).toLongLong(), people.size());
        people.append(personFromQuery(query));
    }
    // Every role of these people in one query, not one query a person.
    QSqlQuery roles(m_database);
    roles.prepare(QStringLiteral("SELECT person_id, id, member_id, role, valid_from, valid_to, note FROM roles"
                                 " WHERE person_id IN (SELECT id FROM people WHERE member_id = :member)"
                                 " OR member_id = :member ORDER BY person_id, valid_from, id"));
    roles.bindValue(QStringLiteral(":member"), memberId);
    if (!roles.exec())
        return people;
    while (roles.next()) {
        const auto found = indexOf.constFind(roles.value(0).toLongLong());
        if (found == indexOf.constEnd())
            continue;
        Role role;
        role.id = roles.value(1).toLongLong();
        role.memberId = roles.value(2).toLongLong();
        role.type = RoleTerms::fromKey(roles.value(3).toString());
        role.validFrom = SqlValues::toDate(roles.value(4));
        role.validTo = SqlValues::toDate(roles.value(5));
        role.note = roles.value(6).toString();
        people[*found].roles.append(role);
    }
    return people;
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
    while (query.next()) {
        Role role;
        role.id = query.value(0).toLongLong();
        role.memberId = query.value(1).toLongLong();
        role.type = RoleTerms::fromKey(query.value(2).toString());
        role.validFrom = SqlValues::toDate(query.value(3));
        role.validTo = SqlValues::toDate(query.value(4));
        role.note = query.value(5).toString();
        roles.append(role);
    }
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
    QString sql;
    QVariantMap values;
    if (insert) {
        sql = QStringLiteral(
            "INSERT INTO people (first_name, last_name, title, email, phone, member_id, organisation, notes)"
            " VALUES (:first_name, :last_name, :title, :email, :phone, :member_id, :organisation, :notes)");
    } else {
        sql = QStringLiteral(
            "UPDATE people SET first_name = :first_name, last_name = :last_name, title = :title,"
            " email = :email, phone = :phone, member_id = :member_id, organisation = :organisation,"
            " notes = :notes WHERE id = :id");
        values.insert(QStringLiteral(":id"), person.id);
    }
    values.insert(QStringLiteral(":first_name"), SqlValues::text(person.firstName.trimmed()));
    values.insert(QStringLiteral(":last_name"), SqlValues::text(person.lastName.trimmed()));
    values.insert(QStringLiteral(":title"), SqlValues::text(person.title));
    values.insert(QStringLiteral(":email"), SqlValues::text(person.email.trimmed()));
    values.insert(QStringLiteral(":phone"), SqlValues::text(person.phone));
    values.insert(QStringLiteral(":member_id"), SqlValues::fromId(person.memberId));
    values.insert(QStringLiteral(":organisation"), SqlValues::text(person.organisation));
    values.insert(QStringLiteral(":notes"), SqlValues::text(person.notes));
    if (!write.run(sql, values, tr("The person could not be saved: %1"), insert ? -1 : 1,
                   tr("The person no longer exists; they may have been deleted.")))
        return write.outcome();

    const qint64 id = insert ? write.lastInsertId() : person.id;
    writeRoles(write, id, person.roles);
    return write.commit(id);
}

bool PersonRepository::writeRoles(Write &write, qint64 personId, const QList<Role> &roles)
{
    if (!write.run(QStringLiteral("DELETE FROM roles WHERE person_id = ?"), QVariantList{personId},
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
