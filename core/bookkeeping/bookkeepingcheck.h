#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace Sekretariat {

// What `check` verifies of the bookkeeping beyond SQLite's own checks: the
// invoice numbers run without gap or duplicate and the sequence continues after
// the highest one, every trigger that keeps issued documents and payments
// unchangeable is in place, and the chain of hashes matches every row. It only
// reads.
class BookkeepingCheck
{
    Q_DECLARE_TR_FUNCTIONS(BookkeepingCheck)

public:
    explicit BookkeepingCheck(const QSqlDatabase &database);

    // One line per problem, naming the row; empty when the bookkeeping is sound.
    // Before schema 5 (no chain, fewer triggers) only the numbers are checked.
    QStringList problems(int schemaVersion) const;
    static constexpr int chainSchemaVersion = 5;
    static constexpr int bankFileSchemaVersion = 10;

    // The triggers of the schema that protect the bookkeeping, by name, on
    // SQLite or on a server.
    static QStringList protectiveTriggers(bool server = false);

private:
    struct Trigger {
        QString table;
        bool refuses = false;  // it still refuses the change
    };
    // Every trigger of the register by name; nullopt when they cannot be read.
    std::optional<QHash<QString, Trigger>> triggers(QString *error) const;
    QStringList numberProblems() const;
    QStringList triggerProblems() const;
    QStringList importProblems() const;

    QSqlDatabase m_database;
};

} // namespace Sekretariat
