#include "databasecopier.h"

#include "bookkeeping/bookkeepingcheck.h"
#include "connectionfactory.h"
#include "database.h"
#include "read.h"
#include "serveraddress.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Sekretariat {

namespace {

// The column that orders a table's rows for the copy and its checksum.
QString orderOf(const QString &table)
{
    if (table == u"bookkeeping_chain")
        return QStringLiteral("seq");
    if (table == u"payment_bank_references")
        return QStringLiteral("payment_id");
    if (table == u"dues_rates")
        return QStringLiteral("year");
    if (table == u"number_sequences")
        return QStringLiteral("name");
    if (table == u"theme_group_participants")
        return QStringLiteral("group_id, person_id");
    return QStringLiteral("id");
}

QStringList columnsOf(const QSqlDatabase &database, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = database.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    columns.sort();
    return columns;
}

// The same value reads the same on both back ends: integers as numbers, text
// as text, binary data as hex, NULL as nothing else can be.
QByteArray canonical(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\x01NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray().toHex();
    return value.toString().toUtf8();
}

struct TableSum {
    qint64 rows = 0;
    QByteArray checksum;
};

std::optional<TableSum> sumOf(const QSqlDatabase &database, const QString &table, const QStringList &columns,
                              QString *error)
{
    QSqlQuery query(database);
    Read::forwardOnly(query);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(u','), table, orderOf(table)))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    TableSum sum;
    while (query.next()) {
        ++sum.rows;
        for (int i = 0; i < columns.size(); ++i) {
            hash.addData(canonical(query.value(i)));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    sum.checksum = hash.result();
    return sum;
}

} // namespace

QStringList DatabaseCopier::tables()
{
    return {QStringLiteral("network_settings"), QStringLiteral("dues_settings"), QStringLiteral("dues_rates"),
            QStringLiteral("number_sequences"), QStringLiteral("members"), QStringLiteral("population_history"),
            QStringLiteral("people"), QStringLiteral("roles"), QStringLiteral("events"),
            QStringLiteral("event_registrations"), QStringLiteral("theme_groups"),
            QStringLiteral("theme_group_participants"), QStringLiteral("invoices"), QStringLiteral("payments"),
            QStringLiteral("reminders"), QStringLiteral("bookkeeping_chain"), QStringLiteral("payment_imports"),
            QStringLiteral("payment_bank_references"), QStringLiteral("bank_transactions_waiting"),
            QStringLiteral("write_log")};
}

Outcome DatabaseCopier::copy(const QString &from, const QString &to, Report *report, const Progress &progress)
{
    if (ServerAddress::looksLikeUrl(to))
        return copyInto(from, to, report, progress);
    if (QFileInfo::exists(to)) {
        return Outcome::failure(tr("“%1” exists already. A register is copied into a new file or an empty server "
                                   "database only; nothing was changed.")
                                    .arg(to));
    }
    // A new file that did not become a whole copy is not left behind as an
    // empty register (with its lock and WAL files, gone once it is closed).
    const Outcome copied = copyInto(from, to, report, progress);
    if (!copied) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
    }
    return copied;
}

Outcome DatabaseCopier::copyInto(const QString &from, const QString &to, Report *report, const Progress &progress)
{
    Database source;
    source.setLockPurpose(QStringLiteral("copy-database"));
    if (source.open(from, Database::OpenMode::ExistingReadOnly) != Database::OpenResult::Ok)
        return Outcome::failure(source.errorString());
    Database target;
    target.setLockPurpose(QStringLiteral("copy-database"));
    if (target.open(to, Database::OpenMode::CreateOrUpdate) != Database::OpenResult::Ok)
        return Outcome::failure(target.errorString());
    if (source.schemaVersion() != target.schemaVersion()) {
        return Outcome::failure(tr("The register “%1” has schema %2, this program %3: open it in the program once "
                                   "to update it, then copy it. Nothing was changed.")
                                    .arg(from)
                                    .arg(source.schemaVersion())
                                    .arg(target.schemaVersion()));
    }
    const QSqlDatabase in = source.connection();
    const QSqlDatabase out = target.connection();
    const QStringList known = tables();
    for (const QString &table : in.tables()) {
        if (table != u"schema_migrations" && !table.startsWith(u"sqlite_") && !known.contains(table))
            return Outcome::failure(tr("The register “%1” has a table this program does not know (%2); nothing was "
                                       "copied.").arg(from, table));
    }
    // Empty but for the rows every new register starts with (the settings,
    // the first rate, the invoice sequence), which the copy replaces.
    for (const QString &table : known) {
        if (table == u"network_settings" || table == u"dues_settings" || table == u"dues_rates"
            || table == u"number_sequences")
            continue;
        QSqlQuery count(out);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !count.next())
            return Outcome::failure(tr("The target “%1” cannot be read: %2").arg(to, count.lastError().text()));
        if (count.value(0).toLongLong() > 0) {
            return Outcome::failure(tr("The target “%1” holds a register already (the table %2 has rows). A register "
                                       "is copied into an empty one only; nothing was changed.")
                                        .arg(to, table));
        }
    }

    Transaction transaction(out, Transaction::Record::Nothing);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
    auto failed = [&](const QString &table, const QString &reason) {
        return Outcome::failure(tr("The table %1 could not be copied: %2. The target was left empty.").arg(table, reason));
    };
    QSqlQuery write(out);
    for (const QString &table : {QStringLiteral("network_settings"), QStringLiteral("dues_settings"),
                                 QStringLiteral("dues_rates"), QStringLiteral("number_sequences")}) {
        if (!write.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return failed(table, write.lastError().text());
    }
    for (const QString &table : known) {
        const QStringList columns = columnsOf(in, table);
        if (columns != columnsOf(out, table))
            return failed(table, tr("its columns differ between the two registers"));
        // A member's first population figure is written by a trigger; the
        // source's history, copied next, is the history.
        if (table == u"population_history" && !write.exec(QStringLiteral("DELETE FROM population_history")))
            return failed(table, write.lastError().text());
        QSqlQuery read(in);
        Read::forwardOnly(read);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(u','), table, orderOf(table))))
            return failed(table, read.lastError().text());
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(u','), marks.join(u','))))
            return failed(table, write.lastError().text());
        qint64 rows = 0;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.addBindValue(read.value(i));
            if (!write.exec())
                return failed(table, write.lastError().text());
            if (++rows % 1000 == 0 && progress && !progress(table, rows))
                return failed(table, tr("the copy was stopped"));
        }
        if (progress && !progress(table, rows))
            return failed(table, tr("the copy was stopped"));
        // A server's identity sequences go on after the highest id copied.
        const QString order = orderOf(table);
        if (ConnectionFactory::isServer(out) && (order == u"id" || order == u"seq")
            && !write.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'),"
                                          " coalesce((SELECT max(%2) FROM %1), 0) + 1, false)")
                               .arg(table, order)))
            return failed(table, write.lastError().text());
    }
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    // Statistics for the planner now, not when autovacuum comes by: without
    // them a member's card on a fresh copy takes twice as long. Only speed
    // depends on it, so a refusal does not fail the copy.
    if (ConnectionFactory::isServer(out))
        QSqlQuery(out).exec(QStringLiteral("ANALYZE"));

    // Verified after the commit, as anyone reading the copy will see it.
    Report made;
    for (const QString &table : known) {
        const QStringList columns = columnsOf(in, table);
        QString error;
        const std::optional<TableSum> original = sumOf(in, table, columns, &error);
        const std::optional<TableSum> copied = original ? sumOf(out, table, columns, &error) : std::nullopt;
        if (!original || !copied)
            return Outcome::failure(tr("The copy of the table %1 cannot be verified: %2").arg(table, error));
        if (original->rows != copied->rows || original->checksum != copied->checksum) {
            return Outcome::failure(tr("The copy of the table %1 differs from the original (%2 rows, %3 in the copy). "
                                       "Do not use the copy.")
                                        .arg(table)
                                        .arg(original->rows)
                                        .arg(copied->rows));
        }
        made.lines.append(tr("%1: %n row(s), checksum %2", nullptr, int(copied->rows))
                              .arg(table, QString::fromLatin1(copied->checksum.toHex().left(16))));
    }
    const QStringList problems = BookkeepingCheck(out).problems(target.schemaVersion());
    if (!problems.isEmpty()) {
        return Outcome::failure(tr("The bookkeeping of the copy does not check out: %1. Do not use the copy.")
                                    .arg(problems.join(QStringLiteral("; "))));
    }
    if (report)
        *report = made;
    return Outcome::success();
}

} // namespace Sekretariat
