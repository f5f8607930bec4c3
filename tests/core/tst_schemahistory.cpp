// Registers written by each earlier version of the program (by its own code,
// see tests/data/schema-history/make.sh) are brought up to the current schema by
// the real migrations, with every row intact and the bookkeeping sound.
#include "bookkeeping/bookkeepingcheck.h"
#include "common/postaladdress.h"
#include "duesfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

const QString historyFolder = QStringLiteral(SEKRETARIAT_SOURCE_DIR "/tests/data/schema-history");

using Columns = QList<QPair<QString, QStringList>>;  // table, its columns

// The tables an old version had, with the columns it had.
Columns columnsOf(const QSqlDatabase &database)
{
    Columns columns;
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "AND name <> 'schema_migrations' ORDER BY name"));
    while (query.next()) {
        const QSqlRecord record = database.record(query.value(0).toString());
        QStringList names;
        for (int i = 0; i < record.count(); ++i)
            names.append(record.fieldName(i));
        columns.append({query.value(0).toString(), names});
    }
    return columns;
}

// A digest of every row of those tables, in those columns.
QByteArray digestOf(const QSqlDatabase &database, const Columns &columns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[table, names] : columns) {
        QSqlQuery query(database);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(names.join(u','), table)))
            return {};
        hash.addData(table.toUtf8());
        while (query.next()) {
            for (int i = 0; i < names.size(); ++i)
                hash.addData((query.value(i).toString() + u'\x1f').toUtf8());
        }
    }
    return hash.result();
}

// Schema 9 splits the members' free-text invoice addresses into lines, postcode
// and town: that column is compared as the address it prints, not byte for byte.
void setAsideSplitAddresses(Columns &columns, int version)
{
    if (version >= 9)
        return;
    for (auto &[table, names] : columns) {
        if (table == u"members")
            names.removeAll(QStringLiteral("invoice_address"));
    }
}

QHash<qint64, QString> printedAddresses(const QSqlDatabase &database, bool split)
{
    QHash<qint64, QString> addresses;
    QSqlQuery query(database);
    query.exec(split ? QStringLiteral("SELECT id, invoice_address, invoice_postal_code, invoice_city, invoice_country"
                                      " FROM members")
                     : QStringLiteral("SELECT id, invoice_address FROM members"));
    while (query.next()) {
        const PostalAddress address = split ? PostalAddress{query.value(1).toString(), query.value(2).toString(),
                                                            query.value(3).toString(), query.value(4).toString()}
                                            : PostalAddress{query.value(1).toString(), {}, {}, QStringLiteral("NO")};
        addresses.insert(query.value(0).toLongLong(), address.text());
    }
    return addresses;
}

} // namespace

class TestSchemaHistory : public QObject
{
    Q_OBJECT

private slots:
    void everyEarlierVersionIsUpgradedIntact_data()
    {
        QTest::addColumn<int>("version");
        // Every version before the current one has its file; a new migration
        // needs the file of the version it replaces (make.sh).
        const int latest = Database().latestSchemaVersion();
        QVERIFY(latest > 1);
        for (int version = 1; version < latest; ++version)
            QTest::newRow(qPrintable(QStringLiteral("schema %1").arg(version))) << version;
    }

    void everyEarlierVersionIsUpgradedIntact()
    {
        QFETCH(int, version);
        const QString original = QDir(historyFolder).filePath(QStringLiteral("schema%1.sqlite").arg(version));
        QVERIFY2(QFile::exists(original), qPrintable(original));
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(original, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        Columns tables;
        QByteArray before;
        QHash<qint64, QString> addressesBefore;
        {
            Database inspect;
            QCOMPARE(inspect.open(path, Database::OpenMode::Inspect), Database::OpenResult::Ok);
            QCOMPARE(inspect.schemaVersion(), version);
            tables = columnsOf(inspect.connection());
            setAsideSplitAddresses(tables, version);
            before = digestOf(inspect.connection(), tables);
            addressesBefore = printedAddresses(inspect.connection(), version >= 9);
            QVERIFY(!before.isEmpty());
            QVERIFY(rowCountOf(inspect.connection(), QStringLiteral("members")) > 10);
            QVERIFY(rowCountOf(inspect.connection(), QStringLiteral("people")) > 10);
            if (version >= 2)
                QVERIFY(rowCountOf(inspect.connection(), QStringLiteral("invoices")) > 10);
            if (version >= 3)
                QVERIFY(rowCountOf(inspect.connection(), QStringLiteral("events")) > 0);
        }

        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        QCOMPARE(database.schemaVersion(), database.latestSchemaVersion());
        QVERIFY(QFile::exists(database.lastBackupPath()));
        QCOMPARE(digestOf(database.connection(), tables), before);
        QCOMPARE(printedAddresses(database.connection(), true), addressesBefore);
        if (version < 9) {
            // The demo's addresses end in "NNNN Town": every one was split.
            QSqlQuery unsplit(database.connection());
            QVERIFY(unsplit.exec(QStringLiteral("SELECT COUNT(*) FROM members WHERE invoice_address <> ''"
                                                " AND invoice_postal_code = ''")));
            QVERIFY(unsplit.next());
            QCOMPARE(unsplit.value(0).toInt(), 0);
        }
        QVERIFY(database.integrityProblems().isEmpty());
        const QStringList bookkeeping = BookkeepingCheck(database.connection()).problems(database.schemaVersion());
        QVERIFY2(bookkeeping.isEmpty(), qPrintable(bookkeeping.join(u'\n')));
        if (version >= 2) {
            // The documents issued before are frozen by the update, with the settings of then.
            const Repositories repositories(&database);
            QList<qint64> ids;
            for (const Invoice &invoice : repositories.invoices().invoicesOfYear(0))
                ids.append(invoice.id);
            QVERIFY(!ids.isEmpty());
            QString error;
            const auto documents = repositories.documents(ids, DocumentKind::Invoice, &error);
            QVERIFY2(documents, qPrintable(error));
            QVERIFY(!documents->first().seller.name.isEmpty());
            QCOMPARE(documents->first().seller.name, repositories.networkSettings().load().name);
        }
        database.close();

        const CommandLineResult check = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY2(check.out.contains(QStringLiteral("Bookkeeping check: ok")), qPrintable(check.out));
    }
};

QTEST_GUILESS_MAIN(TestSchemaHistory)
#include "tst_schemahistory.moc"
