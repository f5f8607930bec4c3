#pragma once

#include "common/outcome.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <QVariantMap>
#include <optional>
#include <unordered_map>

namespace Sekretariat {

// The one write path of every repository: a transaction for the user's action,
// each statement prepared, bound, run and its changed rows checked, and one
// Outcome at the end. Leaving without commit() rolls back. A check that every
// write needs (an audit row, a row's version) is added here once.
//
//     Write write(m_database);
//     if (!write.run(sql, values, tr("The member could not be saved: %1"), 1, tr("... no longer exists")))
//         return write.outcome();
//     return write.commit(id);
class Write
{
    Q_DECLARE_TR_FUNCTIONS(Write)

public:
    explicit Write(const QSqlDatabase &database);

    Write(const Write &) = delete;
    Write &operator=(const Write &) = delete;

    // False when the transaction could not start; outcome() says why.
    bool isOpen() const { return !m_failure; }

    // Runs one statement with ":name" values (a map) or "?" values (a list).
    // `failure` is the user's sentence, its %1 the database's reason. With
    // expectedRows >= 0, exactly that many rows must change, else `gone` is the
    // outcome (the row was deleted or changed meanwhile).
    bool run(const QString &sql, const QVariantMap &values, const QString &failure, int expectedRows = -1,
             const QString &gone = {});
    bool run(const QString &sql, const QVariantList &values, const QString &failure, int expectedRows = -1,
             const QString &gone = {});

    // An UPDATE of the row `id` of `table` "WHERE id = ... AND row_version = ...":
    // no row changed means it was saved by someone else since it was read
    // (`changed`, a conflict) or deleted (`gone`).
    bool runVersioned(const QString &sql, const QVariantMap &values, const QString &failure, const QString &table,
                      qint64 id, const QString &changed, const QString &gone);
    bool runVersioned(const QString &sql, const QVariantList &values, const QString &failure, const QString &table,
                      qint64 id, const QString &changed, const QString &gone);
    // After a successful run(): the new row's id, the rows changed, the query (for RETURNING).
    qint64 lastInsertId() const;
    // After a run() of "INSERT ... RETURNING id" (both back ends): that id. On a
    // server it saves lastInsertId()'s round trip, which counts in a bulk write.
    qint64 returnedId();
    int rowsAffected() const;
    QSqlQuery &query() { return *m_query; }

    // A rule checked inside the transaction refused the action.
    bool refuse(const Outcome &outcome);

    // Success with `id`, or the first failure; a failed write is rolled back.
    Outcome commit(qint64 id = 0);
    Outcome outcome() const { return m_failure.value_or(Outcome::success()); }
    const QSqlDatabase &database() const { return m_database; }

private:
    bool prepare(const QString &sql, const QString &failure);
    bool finish(const QString &failure, int expectedRows, const QString &gone);
    bool versionHeld(const QString &table, qint64 id, const QString &changed, const QString &gone);

    QSqlDatabase m_database;
    Transaction m_transaction;
    // Each statement prepared once per write: a bulk write (a dues run, a bank
    // file) runs the same few thousands of times. Node-based, so m_query stays valid.
    std::unordered_map<QString, QSqlQuery> m_prepared;
    QSqlQuery m_unprepared;
    QSqlQuery *m_query = &m_unprepared;
    std::optional<Outcome> m_failure;
};

} // namespace Sekretariat
