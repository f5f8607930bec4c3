#pragma once

#include "common/outcome.h"
#include "themegroup.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace Sekretariat {

// All SQL of theme groups and their participants; a group and its people are
// written together, in one transaction.
class ThemeGroupRepository
{
    Q_DECLARE_TR_FUNCTIONS(ThemeGroupRepository)

public:
    explicit ThemeGroupRepository(const QSqlDatabase &database);

    QList<ThemeGroup> all() const;                     // by name
    // Why the last read failed; empty when it did not.
    QString lastError() const { return m_lastError; }
    std::optional<ThemeGroup> find(qint64 id) const;
    QList<ThemeGroup> groupsOfPerson(qint64 personId) const;
    Outcome add(const ThemeGroup &group);              // the outcome's id is the new group's
    Outcome update(const ThemeGroup &group);
    Outcome remove(qint64 id);
    // The group's e-mail addresses, for a BCC field.
    QStringList emailsOf(qint64 id) const;

private:
    Outcome write(const ThemeGroup &group, bool insert);
    QList<qint64> participantsOf(qint64 id) const;

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace Sekretariat
