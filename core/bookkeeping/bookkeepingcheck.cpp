#include "bookkeepingcheck.h"

#include "common/money.h"

#include "bookkeepingchain.h"
#include "database/connectionfactory.h"
#include "database/read.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Sekretariat {

BookkeepingCheck::BookkeepingCheck(const QSqlDatabase &database)
    : m_database(database)
{
}

QStringList BookkeepingCheck::protectiveTriggers(bool server)
{
    // SQLite's REPLACE deletes without a DELETE trigger ("replaced"); a server
    // has no REPLACE, but TRUNCATE empties a table without one ("emptied").
    const char *const last = server ? "emptied" : "replaced";
    QStringList names;
    for (const char *table : {"invoices", "payments", "reminders", "bookkeeping_chain"}) {
        for (const char *what : {"changed", "deleted", last})
            names.append(QStringLiteral("%1_are_never_%2").arg(QLatin1StringView(table), QLatin1StringView(what)));
    }
    names.replaceInStrings(QStringLiteral("bookkeeping_chain_are"), QStringLiteral("bookkeeping_chain_is"));
    return names;
}

std::optional<QHash<QString, BookkeepingCheck::Trigger>> BookkeepingCheck::triggers(QString *error) const
{
    QSqlQuery query(m_database);
    const bool server = ConnectionFactory::isServer(m_database);
    // On a server a trigger protects when it is enabled and calls the function
    // that refuses, and that function still raises.
    const QString sql = server
        ? QStringLiteral("SELECT t.tgname, c.relname, (t.tgenabled <> 'D' AND p.proname = 'refuse_change'"
                         " AND p.prosrc LIKE '%RAISE EXCEPTION%') FROM pg_trigger t"
                         " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid"
                         " WHERE NOT t.tgisinternal"
                         " AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())")
        : QStringLiteral("SELECT name, tbl_name, instr(sql, 'RAISE(ABORT') > 0 FROM sqlite_master"
                         " WHERE type = 'trigger'");
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QHash<QString, Trigger> found;
    while (query.next())
        found.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toBool()});
    return found;
}

QStringList BookkeepingCheck::problems(int schemaVersion) const
{
    if (schemaVersion < chainSchemaVersion)
        return numberProblems();
    QStringList problems = triggerProblems();
    problems += numberProblems();
    problems += BookkeepingChain(m_database).verify();
    if (schemaVersion >= bankFileSchemaVersion)
        problems += importProblems();
    return problems;
}

// The log of each bank file against what it booked: the payments it says it
// booked are there with their bank references, for the amount it logged; a
// waiting transaction marked booked has its payment.
QStringList BookkeepingCheck::importProblems() const
{
    QStringList problems;
    QSqlQuery query(m_database);
    const QList<QPair<QString, QString>> triggers{
        {QStringLiteral("payment_imports_are_never_changed"), QStringLiteral("payment_imports")},
        {QStringLiteral("payment_imports_are_never_deleted"), QStringLiteral("payment_imports")},
        {QStringLiteral("payment_bank_references_are_never_changed"), QStringLiteral("payment_bank_references")},
        {QStringLiteral("payment_bank_references_are_never_deleted"), QStringLiteral("payment_bank_references")},
        {QStringLiteral("waiting_transactions_are_resolved_once"), QStringLiteral("bank_transactions_waiting")},
        {QStringLiteral("waiting_transactions_are_never_deleted"), QStringLiteral("bank_transactions_waiting")}};
    QString error;
    const auto found = this->triggers(&error);
    for (const auto &[name, table] : triggers) {
        if (!found || !found->contains(name) || found->value(name).table != table || !found->value(name).refuses)
            problems.append(tr("Bookkeeping: the trigger %1 that protects the table %2 is missing.").arg(name, table));
    }
    const QString sql = QStringLiteral(
        "SELECT f.file_name, f.booked, f.booked_ore, count(p.id), coalesce(sum(p.amount_ore), 0), count(r.payment_id)"
        " FROM payment_imports f"
        " LEFT JOIN payment_bank_references r ON r.import_id = f.id"
        "   AND r.payment_id NOT IN (SELECT payment_id FROM bank_transactions_waiting WHERE payment_id IS NOT NULL)"
        " LEFT JOIN payments p ON p.id = r.payment_id"
        " GROUP BY f.id ORDER BY f.id");
    if (!query.exec(sql)) {
        problems.append(tr("The log of the bank files cannot be read: %1").arg(query.lastError().text()));
        return problems;
    }
    while (query.next()) {
        const qint64 logged = query.value(1).toLongLong();
        const qint64 found = query.value(3).toLongLong();
        const Money loggedAmount = Money::fromOre(query.value(2).toLongLong());
        const Money foundAmount = Money::fromOre(query.value(4).toLongLong());
        if (logged != found || loggedAmount != foundAmount || query.value(5).toLongLong() != found) {
            problems.append(tr("Bookkeeping: the bank file “%1” booked %2 payments (%3) by its log, but %4 (%5) are in "
                               "the register.")
                                .arg(query.value(0).toString())
                                .arg(logged)
                                .arg(loggedAmount.toString())
                                .arg(found)
                                .arg(foundAmount.toString()));
        }
    }
    if (query.exec(QStringLiteral("SELECT w.bank_reference FROM bank_transactions_waiting w"
                                  " LEFT JOIN payments p ON p.id = w.payment_id"
                                  " WHERE w.resolution = 'booked' AND p.id IS NULL"))) {
        while (query.next()) {
            problems.append(tr("Bookkeeping: the bank transaction %1 is marked booked, but its payment is not in the "
                               "register.")
                                .arg(query.value(0).toString()));
        }
    }
    return problems;
}

QStringList BookkeepingCheck::triggerProblems() const
{
    QStringList problems;
    QString error;
    const auto found = triggers(&error);
    if (!found) {
        problems.append(tr("The triggers cannot be read: %1").arg(error));
        return problems;
    }
    for (const QString &name : protectiveTriggers(ConnectionFactory::isServer(m_database))) {
        const QString table = name.section(QStringLiteral("_are_"), 0, 0).section(QStringLiteral("_is_"), 0, 0);
        if (!found->contains(name)) {
            problems.append(tr("Bookkeeping: the trigger %1 that protects the table %2 is missing.").arg(name, table));
        } else if (found->value(name).table != table || !found->value(name).refuses) {
            problems.append(tr("Bookkeeping: the trigger %1 no longer protects the table %2.").arg(name, table));
        }
    }
    return problems;
}

QStringList BookkeepingCheck::numberProblems() const
{
    QStringList problems;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    if (!query.exec(QStringLiteral("SELECT number, id FROM invoices ORDER BY number, id"))) {
        problems.append(tr("The invoice numbers cannot be read: %1").arg(query.lastError().text()));
        return problems;
    }
    qint64 expected = 1;
    qint64 highest = 0;
    while (query.next()) {
        const qint64 number = query.value(QStringLiteral("number")).toLongLong();
        if (number == highest && highest > 0) {
            problems.append(tr("Bookkeeping: the number %1 is used twice (table invoices, row %2).")
                                .arg(number)
                                .arg(query.value(QStringLiteral("id")).toLongLong()));
            continue;
        }
        if (number > expected) {
            problems.append(number == expected + 1
                                ? tr("Bookkeeping: the number %1 is missing (a gap before invoice %2).")
                                      .arg(expected)
                                      .arg(number)
                                : tr("Bookkeeping: the numbers %1 to %2 are missing (a gap before invoice %3).")
                                      .arg(expected)
                                      .arg(number - 1)
                                      .arg(number));
        }
        highest = number;
        expected = number + 1;
    }
    if (!query.exec(QStringLiteral("SELECT next_value FROM number_sequences WHERE name = 'invoice'")) || !query.next()) {
        problems.append(tr("Bookkeeping: the sequence of invoice numbers is missing."));
        return problems;
    }
    const qint64 next = query.value(0).toLongLong();
    if (next != highest + 1) {
        problems.append(tr("Bookkeeping: the next invoice number is %1, but the highest issued is %2; it must be %3.")
                            .arg(next)
                            .arg(highest)
                            .arg(highest + 1));
    }
    return problems;
}

} // namespace Sekretariat
