#include "themegrouprepository.h"

#include "common/sqlvalues.h"
#include "database/read.h"
#include "database/write.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Sekretariat {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, name, theme, description, starts_on, ends_on, leader_id FROM theme_groups");

// The columns of a ThemeGroup row, each found by its name once per query.
struct ThemeGroupColumns
{
    explicit ThemeGroupColumns(const QSqlRecord &record)
        : id(record.indexOf(QStringLiteral("id")))
        , name(record.indexOf(QStringLiteral("name")))
        , theme(record.indexOf(QStringLiteral("theme")))
        , description(record.indexOf(QStringLiteral("description")))
        , startsOn(record.indexOf(QStringLiteral("starts_on")))
        , endsOn(record.indexOf(QStringLiteral("ends_on")))
        , leaderId(record.indexOf(QStringLiteral("leader_id")))
    {
    }

    int id, name, theme, description, startsOn, endsOn, leaderId;
};

ThemeGroup groupFromQuery(const QSqlQuery &query, const ThemeGroupColumns &columns)
{
    ThemeGroup group;
    group.id = query.value(columns.id).toLongLong();
    group.name = query.value(columns.name).toString();
    group.theme = query.value(columns.theme).toString();
    group.description = query.value(columns.description).toString();
    group.startsOn = SqlValues::toDate(query.value(columns.startsOn));
    group.endsOn = SqlValues::toDate(query.value(columns.endsOn));
    group.leaderId = query.value(columns.leaderId).toLongLong();
    return group;
}

} // namespace

ThemeGroupRepository::ThemeGroupRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

QList<qint64> ThemeGroupRepository::participantsOf(qint64 id) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT person_id FROM theme_group_participants WHERE group_id = ? ORDER BY person_id"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QList<ThemeGroup> ThemeGroupRepository::all() const
{
    QList<ThemeGroup> groups;
    QSqlQuery query(m_database);
    m_lastError.clear();
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY name"))) {
        m_lastError = query.lastError().text();
        return groups;
    }
    const ThemeGroupColumns columns(query.record());
    while (query.next())
        groups.append(groupFromQuery(query, columns));
    for (ThemeGroup &group : groups)
        group.participantIds = participantsOf(group.id);
    return groups;
}

std::optional<ThemeGroup> ThemeGroupRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    m_lastError.clear();
    if (!Read::run(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}, &m_lastError))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    ThemeGroup group = groupFromQuery(query, ThemeGroupColumns(query.record()));
    group.participantIds = participantsOf(id);
    return group;
}

QList<ThemeGroup> ThemeGroupRepository::groupsOfPerson(qint64 personId) const
{
    QList<ThemeGroup> groups;
    QSqlQuery query(m_database);
    query.prepare(selectColumns + QStringLiteral(" WHERE leader_id = :person OR id IN (SELECT group_id FROM"
                                                 " theme_group_participants WHERE person_id = :person) ORDER BY name"));
    query.bindValue(QStringLiteral(":person"), personId);
    if (!query.exec())
        return groups;
    const ThemeGroupColumns columns(query.record());
    while (query.next())
        groups.append(groupFromQuery(query, columns));
    return groups;
}

Outcome ThemeGroupRepository::add(const ThemeGroup &group)
{
    return write(group, true);
}

Outcome ThemeGroupRepository::update(const ThemeGroup &group)
{
    if (group.id <= 0)
        return Outcome::failure(tr("The group to change was not given."));
    return write(group, false);
}

Outcome ThemeGroupRepository::write(const ThemeGroup &group, bool insert)
{
    if (group.name.trimmed().isEmpty())
        return Outcome::failure(tr("Name: the group needs a name."), QStringLiteral("name"));
    if (group.startsOn.isValid() && group.endsOn.isValid() && group.endsOn < group.startsOn)
        return Outcome::failure(tr("Ends: the group cannot end before it starts."), QStringLiteral("endsOn"));
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    QSqlQuery duplicate(m_database);
    duplicate.prepare(QStringLiteral("SELECT count(*) FROM theme_groups WHERE name = ? AND id <> ?"));
    duplicate.addBindValue(group.name.trimmed());
    duplicate.addBindValue(group.id);
    if (duplicate.exec() && duplicate.next() && duplicate.value(0).toInt() > 0)
        return Outcome::failure(tr("Name: there is a group called “%1” already.").arg(group.name.trimmed()),
                                QStringLiteral("name"));
    QVariantList values{SqlValues::text(group.name.trimmed()), SqlValues::text(group.theme),
                        SqlValues::text(group.description),   SqlValues::fromDate(group.startsOn),
                        SqlValues::fromDate(group.endsOn),
                        group.leaderId > 0 ? QVariant(group.leaderId) : QVariant(QMetaType(QMetaType::LongLong))};
    if (!insert)
        values.append(group.id);
    if (!write.run(insert ? QStringLiteral("INSERT INTO theme_groups (name, theme, description, starts_on, ends_on,"
                                           " leader_id) VALUES (?, ?, ?, ?, ?, ?)")
                          : QStringLiteral("UPDATE theme_groups SET name = ?, theme = ?, description = ?, starts_on = ?,"
                                           " ends_on = ?, leader_id = ? WHERE id = ?"),
                   values, tr("The group could not be saved: %1"), insert ? -1 : 1, tr("The group no longer exists.")))
        return write.outcome();
    const qint64 id = insert ? write.lastInsertId() : group.id;
    if (!write.run(QStringLiteral("DELETE FROM theme_group_participants WHERE group_id = ?"), QVariantList{id},
                   tr("The group could not be saved: %1")))
        return write.outcome();
    for (qint64 personId : group.participantIds) {
        if (!write.run(QStringLiteral("INSERT INTO theme_group_participants (group_id, person_id) VALUES (?, ?)"
                                      " ON CONFLICT DO NOTHING"),
                       QVariantList{id, personId}, tr("The group could not be saved: %1")))
            return write.outcome();
    }
    return write.commit(id);
}

Outcome ThemeGroupRepository::remove(qint64 id)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    if (!write.run(QStringLiteral("DELETE FROM theme_groups WHERE id = ?"), QVariantList{id},
                   tr("The group could not be deleted: %1"), 1, tr("The group no longer exists.")))
        return write.outcome();
    return write.commit(id);
}

QStringList ThemeGroupRepository::emailsOf(qint64 id) const
{
    QStringList emails;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT DISTINCT p.email FROM people p WHERE p.email <> '' AND (p.id IN"
                                 " (SELECT person_id FROM theme_group_participants WHERE group_id = :id)"
                                 " OR p.id = (SELECT leader_id FROM theme_groups WHERE id = :id)) ORDER BY p.email"));
    query.bindValue(QStringLiteral(":id"), id);
    if (query.exec()) {
        while (query.next())
            emails.append(query.value(0).toString());
    }
    return emails;
}

} // namespace Sekretariat
