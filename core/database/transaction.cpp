#include "transaction.h"

#include "connectionfactory.h"
#include "writeridentity.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace Sekretariat {

namespace {

QMutex depthMutex;
QHash<QString, int> openDepths; // per connection name: how many transactions are open
// The one advisory lock of the register's writers on a server ("Sekr" in ASCII).
constexpr qint64 writerLockKey = 0x53656b72;

} // namespace

Transaction::Transaction(const QSqlDatabase &database, Record record)
    : m_database(database)
    , m_record(record)
{
    {
        QMutexLocker locker(&depthMutex);
        m_depth = openDepths.value(m_database.connectionName(), 0);
    }
    if (m_depth == 0 && ConnectionFactory::isReadOnly(m_database)) {
        // A register opened read-only (someone else writes it): say so before
        // SQLite refuses the first statement in its own words.
        m_active = false;
        m_errorString = tr("The database is open read-only, because another program has it open for writing; "
                           "nothing was changed.");
    } else if (m_depth == 0) {
        // IMMEDIATE: the write lock is taken now, not at the first write. Two
        // writers (a second connection, a worker thread) then take turns, and
        // what one reads to decide (the seats left, the last invoice number) is
        // still so when it writes; a deferred transaction would instead fail
        // with "database is locked" when it tried to write after the other.
        //
        // On a PostgreSQL server every writer takes the same transaction-level
        // advisory lock right after BEGIN, for the same reason: writes take turns,
        // so every rule a write checks before it writes holds with three people
        // writing at once (the next invoice number stays gapless, the last seat of
        // an event is given once, one annual gathering a year). Writes of three
        // people wait milliseconds for each other; reads never wait. The lock goes
        // with COMMIT or ROLLBACK, also when the connection drops.
        QSqlQuery begin(m_database);
        m_active = ConnectionFactory::isServer(m_database)
            ? begin.exec(QStringLiteral("BEGIN")) && begin.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(writerLockKey))
            : begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active) {
            m_errorString = tr("Could not start a transaction: %1").arg(begin.lastError().text());
            if (ConnectionFactory::isServer(m_database))
                QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
        }
    } else {
        m_active = execute(QStringLiteral("SAVEPOINT nested_%1").arg(m_depth));
    }
    if (m_active) {
        QMutexLocker locker(&depthMutex);
        openDepths[m_database.connectionName()] = m_depth + 1;
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::execute(const QString &statement)
{
    QSqlQuery query(m_database);
    if (query.exec(statement))
        return true;
    m_errorString = tr("The database refused the change: %1").arg(query.lastError().text());
    return false;
}

void Transaction::leave()
{
    m_active = false;
    QMutexLocker locker(&depthMutex);
    if (m_depth == 0)
        openDepths.remove(m_database.connectionName());
    else
        openDepths[m_database.connectionName()] = m_depth;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_depth > 0) {
        if (execute(QStringLiteral("RELEASE nested_%1").arg(m_depth))) {
            leave();
            return true;
        }
        rollback();
        return false;
    }
    if (m_record == Record::Writer) {
        QSqlQuery who(m_database);
        who.prepare(QStringLiteral("INSERT INTO write_log (user_name) VALUES (?)"));
        who.addBindValue(WriterIdentity::name());
        if (!who.exec()) {
            m_errorString = tr("The change could not be recorded: %1").arg(who.lastError().text());
            rollback();
            return false;
        }
    }
    QSqlQuery commit(m_database);
    if (commit.exec(QStringLiteral("COMMIT"))) {
        leave();
        return true;
    }
    m_errorString = tr("Could not save the changes: %1").arg(commit.lastError().text());
    rollback();
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_depth > 0) {
        execute(QStringLiteral("ROLLBACK TO nested_%1").arg(m_depth));
        execute(QStringLiteral("RELEASE nested_%1").arg(m_depth));
    } else {
        QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
    }
    leave();
}

} // namespace Sekretariat
