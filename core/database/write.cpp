#include "write.h"

#include "connectionfactory.h"

#include <QRegularExpression>
#include <QSqlError>

namespace Sekretariat {

Write::Write(const QSqlDatabase &database)
    : m_database(database)
    , m_transaction(database)
    , m_unprepared(database)
{
    if (!m_transaction.isActive())
        m_failure = Outcome::failure(m_transaction.errorString());
}

bool Write::prepare(const QString &sql, const QString &failure)
{
    if (m_failure)
        return false;
    auto prepared = m_prepared.find(sql);
    if (prepared == m_prepared.end()) {
        QSqlQuery query(m_database);
        if (!query.prepare(sql)) {
            m_failure = Outcome::failure(failure.arg(query.lastError().text()));
            return false;
        }
        prepared = m_prepared.emplace(sql, std::move(query)).first;
    }
    m_query = &prepared->second;
    return true;
}

bool Write::run(const QString &sql, const QVariantMap &values, const QString &failure, int expectedRows,
                const QString &gone)
{
    if (!prepare(sql, failure))
        return false;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        m_query->bindValue(it.key(), it.value());
    return finish(failure, expectedRows, gone);
}

bool Write::run(const QString &sql, const QVariantList &values, const QString &failure, int expectedRows,
                const QString &gone)
{
    if (!prepare(sql, failure))
        return false;
    for (const QVariant &value : values)
        m_query->addBindValue(value);
    return finish(failure, expectedRows, gone);
}

bool Write::runVersioned(const QString &sql, const QVariantMap &values, const QString &failure,
                         const QString &table, qint64 id, const QString &changed, const QString &gone)
{
    return run(sql, values, failure) && versionHeld(table, id, changed, gone);
}

bool Write::runVersioned(const QString &sql, const QVariantList &values, const QString &failure,
                         const QString &table, qint64 id, const QString &changed, const QString &gone)
{
    return run(sql, values, failure) && versionHeld(table, id, changed, gone);
}

bool Write::versionHeld(const QString &table, qint64 id, const QString &changed, const QString &gone)
{
    if (m_query->numRowsAffected() == 1)
        return true;
    QSqlQuery exists(m_database);
    exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    exists.addBindValue(id);
    if (exists.exec() && exists.next())
        m_failure = Outcome::conflict(changed);
    else
        m_failure = Outcome::failure(gone);
    return false;
}

bool Write::finish(const QString &failure, int expectedRows, const QString &gone)
{
    if (!m_query->exec()) {
        m_failure = Outcome::failure(failure.arg(m_query->lastError().text()));
        return false;
    }
    if (expectedRows >= 0 && m_query->numRowsAffected() != expectedRows) {
        m_failure = Outcome::failure(gone.isEmpty() ? failure.arg(tr("the row no longer exists")) : gone);
        return false;
    }
    return true;
}

qint64 Write::lastInsertId() const
{
    if (!ConnectionFactory::isServer(m_database))
        return m_query->lastInsertId().toLongLong();
    // QPSQL answers with lastval(), the last id of any table in the session:
    // after an INSERT INTO members a trigger has inserted into
    // population_history. The table's own sequence says what this INSERT got.
    static const QRegularExpression insertInto(QStringLiteral("^\\s*INSERT\\s+INTO\\s+(\\w+)"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = insertInto.match(m_query->lastQuery());
    if (!match.hasMatch())
        return 0;
    // Not prepared: QPSQL prepares, runs and deallocates, three round trips
    // for every row a dues run issues. The name is a word of our own SQL.
    QSqlQuery current(m_database);
    return current.exec(QStringLiteral("SELECT currval(pg_get_serial_sequence('%1', 'id'))").arg(match.captured(1)))
                   && current.next()
               ? current.value(0).toLongLong()
               : 0;
}

qint64 Write::returnedId()
{
    const qint64 id = m_query->next() ? m_query->value(0).toLongLong() : 0;
    m_query->finish();
    return id;
}

int Write::rowsAffected() const
{
    return m_query->numRowsAffected();
}

bool Write::refuse(const Outcome &outcome)
{
    if (!m_failure)
        m_failure = outcome;
    return false;
}

Outcome Write::commit(qint64 id)
{
    if (m_failure) {
        m_transaction.rollback();
        return *m_failure;
    }
    if (!m_transaction.commit()) {
        m_failure = Outcome::failure(m_transaction.errorString());
        return *m_failure;
    }
    return Outcome::success(id);
}

} // namespace Sekretariat
