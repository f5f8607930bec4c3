#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Sekretariat {

// One user action, one transaction. Leaving scope without commit() rolls back,
// so an early return or a failed step never leaves half-written data.
// Transactions nest: an inner one is a savepoint, so a repository write can take
// part in a larger action (a demo, an import) and still stand alone elsewhere.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    // Who: an outermost transaction records the user's name in write_log when
    // it commits (the user's action); a migration, which comes before that
    // table, records nothing.
    enum class Record { Writer, Nothing };
    explicit Transaction(const QSqlDatabase &database, Record record = Record::Writer);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorString() const { return m_errorString; }

private:
    bool execute(const QString &statement);
    void leave();

    QSqlDatabase m_database;
    int m_depth = 0;
    Record m_record = Record::Writer;             // 0 for the outermost transaction
    bool m_active = false;
    QString m_errorString;
};

} // namespace Sekretariat
