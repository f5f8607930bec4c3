#include "database/database.h"
#include "database/databasecopier.h"
#include "database/sqlscript.h"
#include "database/transaction.h"
#include "testutils.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sekretariat;
using Sekretariat::TestUtils::countBySql;
using Sekretariat::TestUtils::fileChecksum;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A folder holding the first real migration and, optionally, one more made up by
// the test, so migrating an existing file can be watched.
bool prepareMigrations(const QString &folder, const QByteArray &secondScript = {})
{
    if (!QDir().mkpath(folder))
        return false;
    const QString first = folder + QStringLiteral("/001_member_register.sql");
    QFile::remove(first);
    if (!QFile::copy(QStringLiteral(":/migrations/001_member_register.sql"), first))
        return false;
    QFile::setPermissions(first, QFile::ReadOwner | QFile::WriteOwner);
    if (secondScript.isEmpty())
        return true;
    return writeFile(folder + QStringLiteral("/002_test_change.sql"), secondScript);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_directory.isValid()); }

    void emptyFileGetsTheWholeSchema()
    {
        const QString path = m_directory.filePath(QStringLiteral("new.sqlite"));
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        QVERIFY(database.latestSchemaVersion() >= 2);
        QCOMPARE(database.schemaVersion(), database.latestSchemaVersion());
        for (const QString &table : {QStringLiteral("members"), QStringLiteral("people"), QStringLiteral("roles"),
                                     QStringLiteral("network_settings"), QStringLiteral("invoices")}) {
            QCOMPARE(countBySql(database.connection(),
                             QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(table)),
                     1);
        }
        QCOMPARE(countBySql(database.connection(), QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery journal(database.connection());
        QVERIFY(journal.exec(QStringLiteral("PRAGMA journal_mode")) && journal.next());
        QCOMPARE(journal.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(database.integrityProblems().isEmpty());
        QVERIFY(database.lastBackupPath().isEmpty());
    }

    void zeroByteFileIsTreatedAsNew()
    {
        const QString path = m_directory.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(writeFile(path, {}));
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        QCOMPARE(database.schemaVersion(), database.latestSchemaVersion());
    }

    void reopeningKeepsDataAndAppliesNothingTwice()
    {
        const QString path = m_directory.filePath(QStringLiteral("reopen.sqlite"));
        {
            Database database;
            QCOMPARE(database.open(path), Database::OpenResult::Ok);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO members (kind, number, name, status) "
                                              "VALUES ('municipality', '0301', 'Oslo', 'active')")));
        }
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        QCOMPARE(countBySql(database.connection(), QStringLiteral("SELECT count(*) FROM members")), 1);
        QCOMPARE(countBySql(database.connection(), QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 qint64(database.latestSchemaVersion()));
        QVERIFY(database.lastBackupPath().isEmpty());
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        const QString path = m_directory.filePath(QStringLiteral("future.sqlite"));
        {
            Database database;
            QCOMPARE(database.open(path), Database::OpenResult::Ok);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileChecksum(path);
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::NewerSchema);
        QVERIFY(!database.isOpen());
        QVERIFY(database.errorString().contains(QStringLiteral("999")));
        QVERIFY(database.errorString().contains(QStringLiteral("newer version")));
        QCOMPARE(fileChecksum(path), before);
    }

    void textFileIsNotADatabase()
    {
        const QString path = m_directory.filePath(QStringLiteral("letter.txt"));
        const QByteArray content("Kjære medlem,\nher er årets kontingent.\n");
        QVERIFY(writeFile(path, content));
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::NotADatabase);
        QVERIFY(database.errorString().contains(QStringLiteral("not a Sekretariat database")));
        QCOMPARE(fileChecksum(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignSqliteFileIsLeftAlone()
    {
        const QString path = m_directory.filePath(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            foreign.setDatabaseName(path);
            QVERIFY(foreign.open());
            QSqlQuery query(foreign);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            foreign.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileChecksum(path);
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::NotADatabase);
        QVERIFY(database.errorString().contains(QStringLiteral("SQLite file")));
        QCOMPARE(fileChecksum(path), before);
    }

    void damagedFileIsRefusedAndLeftUntouched()
    {
        const QString path = m_directory.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(TestUtils::writeDamagedDatabase(path));
        const QByteArray before = fileChecksum(path);

        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Damaged);
        QVERIFY(database.errorString().contains(QStringLiteral("damaged")));
        QCOMPARE(fileChecksum(path), before);
    }

    void folderIsNotAFile()
    {
        Database database;
        QCOMPARE(database.open(m_directory.path()), Database::OpenResult::CannotOpen);
        QVERIFY(!database.errorString().isEmpty());
    }

    void existingFileIsBackedUpBeforeMigration()
    {
        const QString migrations = m_directory.filePath(QStringLiteral("migrations-backup"));
        QVERIFY(prepareMigrations(migrations));
        const QString path = m_directory.filePath(QStringLiteral("old.sqlite"));
        {
            Database database;
            database.setMigrationsDirectory(migrations);
            QCOMPARE(database.open(path), Database::OpenResult::Ok);
            QCOMPARE(database.schemaVersion(), 1);
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO members (kind, number, name, status) "
                                              "VALUES ('municipality', '1103', 'Stavanger', 'active')")));
        }
        QVERIFY(writeFile(migrations + QStringLiteral("/002_test_change.sql"),
                          "ALTER TABLE members ADD COLUMN colour TEXT;\n"
                          "UPDATE members SET colour = 'blue';\n"));

        Database database;
        database.setMigrationsDirectory(migrations);
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        QCOMPARE(database.schemaVersion(), 2);
        QCOMPARE(countBySql(database.connection(), QStringLiteral("SELECT count(*) FROM members WHERE colour = 'blue'")),
                 1);
        const QString backup = database.lastBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo(backup).absolutePath() == QFileInfo(path).absolutePath());
        QVERIFY(backup.contains(QStringLiteral("schema1")));

        Database copy;
        copy.setMigrationsDirectory(prepareMigrations(m_directory.filePath(QStringLiteral("only-first")))
                                        ? m_directory.filePath(QStringLiteral("only-first"))
                                        : QString());
        QCOMPARE(copy.open(backup), Database::OpenResult::Ok);
        QCOMPARE(copy.schemaVersion(), 1);
        QCOMPARE(countBySql(copy.connection(), QStringLiteral("SELECT count(*) FROM members")), 1);
    }

    void failingMigrationChangesNothing()
    {
        const QString migrations = m_directory.filePath(QStringLiteral("migrations-failing"));
        QVERIFY(prepareMigrations(migrations));
        const QString path = m_directory.filePath(QStringLiteral("failing.sqlite"));
        {
            Database database;
            database.setMigrationsDirectory(migrations);
            QCOMPARE(database.open(path), Database::OpenResult::Ok);
        }
        // The first statement would succeed; the second fails, so neither may stay.
        QVERIFY(writeFile(migrations + QStringLiteral("/002_test_change.sql"),
                          "CREATE TABLE half_done (id INTEGER);\n"
                          "INSERT INTO no_such_table VALUES (1);\n"));
        Database database;
        database.setMigrationsDirectory(migrations);
        QCOMPARE(database.open(path), Database::OpenResult::MigrationFailed);
        QVERIFY(database.errorString().contains(QStringLiteral("no_such_table")));
        QVERIFY(database.errorString().contains(QStringLiteral("Nothing was changed")));

        QVERIFY(QFile::remove(migrations + QStringLiteral("/002_test_change.sql")));
        Database again;
        again.setMigrationsDirectory(migrations);
        QCOMPARE(again.open(path), Database::OpenResult::Ok);
        QCOMPARE(again.schemaVersion(), 1);
        QCOMPARE(countBySql(again.connection(),
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")),
                 0);
    }

    void backupCopyIsACompleteDatabase()
    {
        const QString path = m_directory.filePath(QStringLiteral("source.sqlite"));
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO members (kind, number, name, status) "
                                          "VALUES ('county', '11', 'Rogaland fylkeskommune', 'active')")));
        const QString copyPath = m_directory.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(database.backupTo(copyPath));
        QVERIFY(!QFile::exists(copyPath + QStringLiteral(".partial")));
        Database copy;
        QCOMPARE(copy.open(copyPath), Database::OpenResult::Ok);
        QCOMPARE(countBySql(copy.connection(), QStringLiteral("SELECT count(*) FROM members")), 1);
    }

    void scriptSplitsOnlyBetweenStatements()
    {
        const QString script = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE a (text TEXT DEFAULT 'x;y');\n"
            "/* block; comment */\n"
            "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN\n"
            "  SELECT CASE WHEN 1 THEN RAISE(ABORT, 'no; never') END;\n"
            "  SELECT 2;\n"
            "END;\n"
            "INSERT INTO a VALUES ('it''s; fine')\n");
        const QStringList statements = SqlScript::statements(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).trimmed().endsWith(QStringLiteral("END")));
        QVERIFY(statements.at(2).contains(QStringLiteral("it''s; fine")));
    }

    void transactionsRollBackUnlessCommitted()
    {
        const QString path = m_directory.filePath(QStringLiteral("transactions.sqlite"));
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        const QSqlDatabase connection = database.connection();
        const QString insert = QStringLiteral("INSERT INTO members (kind, number, name, status) "
                                              "VALUES ('municipality', '%1', 'M', 'active')");
        {
            Transaction outer(connection);
            QVERIFY(outer.isActive());
            QSqlQuery(connection).exec(insert.arg(QStringLiteral("0001")));
            {
                Transaction inner(connection);
                QVERIFY(inner.isActive());
                QSqlQuery(connection).exec(insert.arg(QStringLiteral("0002")));
                // Leaves without commit: only the inner row goes.
            }
            QCOMPARE(countBySql(connection, QStringLiteral("SELECT count(*) FROM members")), 1);
            {
                Transaction inner(connection);
                QSqlQuery(connection).exec(insert.arg(QStringLiteral("0003")));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(countBySql(connection, QStringLiteral("SELECT count(*) FROM members")), 2);
        {
            Transaction outer(connection);
            QSqlQuery(connection).exec(insert.arg(QStringLiteral("0004")));
            {
                Transaction inner(connection);
                QSqlQuery(connection).exec(insert.arg(QStringLiteral("0005")));
                QVERIFY(inner.commit());
            }
            // The outer one fails: the committed inner savepoint goes with it.
        }
        QCOMPARE(countBySql(connection, QStringLiteral("SELECT count(*) FROM members")), 2);
    }

    void integrityCheckReportsBrokenReferences()
    {
        const QString path = m_directory.filePath(QStringLiteral("references.sqlite"));
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO people (first_name, last_name, member_id) "
                                          "VALUES ('Kari', 'Nordmann', 4242)")));
        const QStringList problems = database.integrityProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("people")));
    }

    void aCopyStoppedOrRefusedLeavesNoNewFileBehind()
    {
        TestUtils::TemporaryWorkspace source;
        QVERIFY(source.isOpen() && source.fillWithDemo());
        const qint64 members = countBySql(source.connection(), QStringLiteral("SELECT count(*) FROM members"));
        const QString from = source.path();
        source.close();

        const QString stopped = m_directory.filePath(QStringLiteral("stopped.sqlite"));
        int told = 0;
        const Outcome halted = DatabaseCopier::copy(from, stopped, nullptr, [&told](const QString &, qint64) {
            // Stopped in the middle: after the first tables were written.
            return ++told < 5;
        });
        QVERIFY(!halted);
        QVERIFY2(halted.message().contains(u"stopped"), qPrintable(halted.message()));
        QCOMPARE(told, 5);
        QVERIFY(!QFileInfo::exists(stopped));
        QVERIFY(!QFileInfo::exists(stopped + QStringLiteral("-wal")));

        // Run to the end, the same copy is whole; a second one into it is refused and leaves it.
        DatabaseCopier::Report report;
        const Outcome copied = DatabaseCopier::copy(from, stopped, &report);
        QVERIFY2(copied, qPrintable(copied.message()));
        QCOMPARE(report.lines.size(), DatabaseCopier::tables().size());
        const Outcome again = DatabaseCopier::copy(from, stopped, nullptr);
        QVERIFY(!again);
        QVERIFY(again.message().contains(u"exists already"));
        Database copy;
        QCOMPARE(copy.open(stopped, Database::OpenMode::ExistingReadOnly), Database::OpenResult::Ok);
        QCOMPARE(countBySql(copy.connection(), QStringLiteral("SELECT count(*) FROM members")), members);
    }

private:
    QTemporaryDir m_directory;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
