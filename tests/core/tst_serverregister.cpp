// A register on a PostgreSQL server: what opening it says when it cannot be
// opened, what the server itself refuses, and a register copied from a file to
// the server and back again. Runs only on the test run's server
// (tst_serverregister_postgresql); every other data-layer test runs there too.
#include "bookkeeping/bookkeepingcheck.h"
#include "database/database.h"
#include "database/serveraddress.h"
#include "demo/demodatabuilder.h"
#include "people/personrepository.h"
#include "duesfixture.h"
#include "testutils.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

class TestServerRegister : public QObject
{
    Q_OBJECT

private:
    static ServerAddress addressOf(const QString &url)
    {
        QString error;
        return *ServerAddress::fromUrl(url, &error);
    }

    static int tableCount(const QString &url)
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("probe"));
        const ServerAddress address = addressOf(url);
        probe.setHostName(address.host);
        probe.setPort(address.port);
        probe.setUserName(address.user);
        probe.setDatabaseName(address.databaseName);
        int count = -1;
        if (probe.open()) {
            QSqlQuery query(probe);
            if (query.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
                && query.next())
                count = query.value(0).toInt();
        }
        probe = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(TestServer::isActive(), "runs on the test server: ctest -R tst_serverregister_postgresql");
    }

    void addressesAreReadAndRefusedClearly()
    {
        QString error;
        const auto address = ServerAddress::fromUrl(QStringLiteral("postgresql://kari@db.example.no:5433/nettverk?sslmode=require"),
                                                    &error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->host, QStringLiteral("db.example.no"));
        QCOMPARE(address->port, 5433);
        QCOMPARE(address->user, QStringLiteral("kari"));
        QCOMPARE(address->databaseName, QStringLiteral("nettverk"));
        QCOMPARE(address->sslMode, QStringLiteral("require"));
        QCOMPARE(address->toUrl(), QStringLiteral("postgresql://kari@db.example.no:5433/nettverk?sslmode=require"));
        QVERIFY(!ServerAddress::fromUrl(QStringLiteral("postgresql://db.example.no"), &error));
        QVERIFY2(error.contains(u"needs a host and a database"), qPrintable(error));
        QVERIFY(!ServerAddress::fromUrl(QStringLiteral("postgresql://h/db?sslmode=sometimes"), &error));
        QVERIFY2(error.contains(u"sslmode"), qPrintable(error));
        const CommandLineResult typo = runCommandLine({QStringLiteral("--database"), QStringLiteral("postgresql://h:99999/db"),
                                                      QStringLiteral("check")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains(u"is not a server address"), qPrintable(typo.err));
    }

    void aNewDatabaseIsSetUpAndAWrongPasswordChangesNothing()
    {
        const QString url = TestServer::createDatabase();
        ServerAddress wrong = addressOf(url);
        wrong.password = QStringLiteral("not-the-password");
        Database database;
        QCOMPARE(database.openServer(wrong), Database::OpenResult::NotAuthorized);
        QVERIFY2(database.errorString().contains(u"refused the user name or the password"),
                 qPrintable(database.errorString()));
        QCOMPARE(tableCount(url), 0);

        // Read-only, an empty database is not a register and stays empty.
        QCOMPARE(database.open(url, Database::OpenMode::ExistingReadOnly), Database::OpenResult::NotADatabase);
        QCOMPARE(tableCount(url), 0);

        QCOMPARE(database.open(url), Database::OpenResult::Ok);
        QCOMPARE(database.schemaVersion(), database.latestSchemaVersion());
        QVERIFY(database.isServer());
        database.close();
        TestServer::dropDatabase(url);
    }

    void anUnreachableServerOrAMissingDatabaseIsSaidSo()
    {
        const int port = 1;  // tcpmux: no one answers there
        Database database;
        QCOMPARE(database.open(QStringLiteral("postgresql://sekretariat@127.0.0.1:%1/nowhere").arg(port)),
                 Database::OpenResult::CannotOpen);
        QVERIFY2(database.errorString().contains(u"cannot be reached"), qPrintable(database.errorString()));

        ServerAddress missing = addressOf(TestServer::createDatabase());
        TestServer::dropDatabase(missing.toUrl());
        QCOMPARE(database.openServer(missing), Database::OpenResult::CannotOpen);
        QVERIFY2(database.errorString().contains(u"has no database by the name"), qPrintable(database.errorString()));
    }

    void aForeignOrNewerDatabaseIsLeftAsItIs()
    {
        TemporaryWorkspace newer;
        QVERIFY(newer.isOpen());
        QVERIFY(QSqlQuery(newer.connection())
                    .exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'x', 'y')")));
        const QString url = newer.path();
        newer.close();
        Database database;
        QCOMPARE(database.open(url), Database::OpenResult::NewerSchema);
        QVERIFY2(database.errorString().contains(u"newer version"), qPrintable(database.errorString()));
        // A server has no file to speak of.
        QVERIFY2(database.errorString().contains(u"Nothing was changed") && !database.errorString().contains(u"file"),
                 qPrintable(database.errorString()));

        const QString foreign = TestServer::createDatabase();
        {
            QCOMPARE(database.open(foreign), Database::OpenResult::Ok);
            QVERIFY(QSqlQuery(database.connection()).exec(QStringLiteral("DROP TABLE schema_migrations CASCADE")));
            database.close();
        }
        const int tables = tableCount(foreign);
        QCOMPARE(database.open(foreign), Database::OpenResult::NotADatabase);
        QVERIFY2(database.errorString().contains(u"another program"), qPrintable(database.errorString()));
        QCOMPARE(tableCount(foreign), tables);
        database.close();
        TestServer::dropDatabase(foreign);
    }

    // What the program never does, the server refuses to anyone: changing,
    // deleting or emptying issued invoices; and `check` names a guard switched off.
    void theServerKeepsIssuedInvoicesAsTheyAre()
    {
        auto workspace = demoWorkspaceWith2025Rate();
        QVERIFY(workspace && workspace->isServer());
        QVERIFY(issue2025Once(workspace->connection()));
        QSqlQuery query(workspace->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE invoices SET amount_ore = 1")));
        QVERIFY2(query.lastError().text().contains(u"cannot be changed"), qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM invoices")));
        QVERIFY(!query.exec(QStringLiteral("TRUNCATE invoices CASCADE")));
        QVERIFY2(query.lastError().text().contains(u"cannot be deleted"), qPrintable(query.lastError().text()));
        const int schema = workspace->workspace().database().schemaVersion();
        QCOMPARE(BookkeepingCheck(workspace->connection()).problems(schema), QStringList());

        QVERIFY(query.exec(QStringLiteral("ALTER TABLE invoices DISABLE TRIGGER invoices_are_never_changed")));
        const CommandLineResult check = runCommandLine({QStringLiteral("--database"), workspace->path(), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(u"invoices_are_never_changed no longer protects"), qPrintable(check.err));
    }

    // A file's register to the server and back: the same rows, the bookkeeping
    // whole, the source untouched; a copy into a register that is not empty is refused.
    void aRegisterIsCopiedToTheServerAndBack()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("register.sqlite"));
        {
            // The file gets the demo's members and people, and a year's invoices.
            Workspace workspace;
            QCOMPARE(workspace.open(file), Database::OpenResult::Ok);
            DemoDataBuilder builder(workspace, workspace.catalogue());
            builder.setToday(QDate(2026, 11, 24));
            QVERIFY(builder.build());
            QVERIFY(issue2025Once(workspace.database().connection()));
        }
        const QByteArray before = fileChecksum(file);
        const QString server = TestServer::createDatabase();
        const CommandLineResult there = runCommandLine({QStringLiteral("copy-database"), QStringLiteral("--from"), file,
                                                       QStringLiteral("--to"), server});
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        QVERIFY2(there.out.contains(u"members: 40 rows"), qPrintable(there.out));
        QVERIFY2(there.out.contains(u"Copied and verified"), qPrintable(there.out));
        QCOMPARE(fileChecksum(file), before);

        const CommandLineResult again = runCommandLine({QStringLiteral("copy-database"), QStringLiteral("--from"), file,
                                                       QStringLiteral("--to"), server});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"holds a register already"), qPrintable(again.err));

        // The copy is a register like any other: the next invoice number goes on.
        {
            Workspace onServer;
            QCOMPARE(onServer.open(server), Database::OpenResult::Ok);
            QVERIFY(InvoiceRepository(onServer.database().connection()).nextNumber() > 1);
            // With the planner's statistics: a card waits for autovacuum otherwise (37 ms instead of 18).
            QSqlQuery analysed(onServer.database().connection());
            QVERIFY(analysed.exec(QStringLiteral(
                "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('people', 'roles', 'members')"
                " AND last_analyze IS NOT NULL")));
            QVERIFY(analysed.next());
            QCOMPARE(analysed.value(0).toInt(), 3);
            Person added;
            added.firstName = QStringLiteral("Etter");
            added.lastName = QStringLiteral("Kopien");
            QVERIFY(onServer.people().add(added));
        }
        const QString back = folder.filePath(QStringLiteral("back.sqlite"));
        const CommandLineResult home = runCommandLine({QStringLiteral("copy-database"), QStringLiteral("--from"), server,
                                                      QStringLiteral("--to"), back});
        QVERIFY2(home.exitCode == 0, qPrintable(home.err));
        const CommandLineResult check = runCommandLine({QStringLiteral("--database"), back, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        const CommandLineResult people = runCommandLine({QStringLiteral("--database"), back, QStringLiteral("export"),
                                                        QStringLiteral("people")});
        QVERIFY(people.out.contains(u"Kopien"));
        const CommandLineResult over = runCommandLine({QStringLiteral("copy-database"), QStringLiteral("--from"), server,
                                                      QStringLiteral("--to"), back});
        QCOMPARE(over.exitCode, 1);
        QVERIFY2(over.err.contains(u"exists already"), qPrintable(over.err));
        TestServer::dropDatabase(server);
    }
};

QTEST_GUILESS_MAIN(TestServerRegister)
#include "tst_serverregister.moc"
