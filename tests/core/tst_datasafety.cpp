// The register under faults: a second program while the window has the file,
// SQLite's locks dropped by a handle of our own, a read-only folder, a full disk,
// outside tools that edit the bookkeeping, interrupted runs and backups. Through
// the real executable where a user would meet it.
#include "duesfixture.h"

#include "bookkeeping/bookkeepingcheck.h"
#include "commands/commandrunner.h"
#include "database/registerlock.h"
#include "demo/demodatabuilder.h"
#include "documents/invoicebatchwriter.h"
#include "dues/issuedaterule.h"
#include "i18n/languagemanager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

CommandLineResult runWrapped(const QStringList &prefix, const QStringList &arguments)
{
    return runCommandLineTo(arguments, {}, prefix);
}

// A rate for 2026, so that a second year's run can be issued.
bool add2026Rate(const QString &path)
{
    Database database;
    if (database.open(path) != Database::OpenResult::Ok)
        return false;
    RateEntry entry;
    entry.year = 2026;
    entry.deflatorBasisPoints = 300;
    return bool(DuesRepository(database.connection()).saveRateEntry(entry));
}

bool runsAsRoot()
{
#ifdef Q_OS_WIN
    return false;
#else
    return ::geteuid() == 0;
#endif
}

// Root may write anywhere: a folder is read-only only for another user.
QStringList asOrdinaryUser()
{
    if (!runsAsRoot())
        return {};
    return {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups")};
}

bool execute(const QSqlDatabase &database, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// An outside tool's change, on a connection of its own (python3's sqlite3).
bool outsideTool(const QString &path, const QString &script)
{
    QProcess process;
    process.start(QStringLiteral("python3"),
                  {QStringLiteral("-c"),
                   QStringLiteral("import sqlite3, sys\n"
                                  "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                  "c.executescript(sys.argv[2])\n"
                                  "c.close()\n"),
                   path, script});
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lockNamesItsHolderAndGoesWithTheLastUser();
    void staleLocksAreTakenOverOthersNever();
    void lostPosixLocksLoseNothing();
    void readOnlyRegisterRefusesChangesPlainly();
    void simultaneousDuesRunsGiveOneClearMessage();
    void readOnlyFolderIsNotCalledDamaged();
    void fullDiskIsNotCalledDamaged();
    void checkNeverChangesTheFile();
    void emptyAndTablelessFilesAreRefused();
    void interruptedBackupLeavesNoPartialFile();
    void replaceCannotOverwriteBookkeeping();
    void checkFindsBookkeepingChangedOutside_data();
    void checkFindsBookkeepingChangedOutside();
    void issueDatesGoUpAndStayNearToday();
    void pdfsOfIssuedDocumentsCanBeWrittenAgain();
    void unwritableOutputFailsEveryCommand();
    void bokmalUiShowsNoNynorsk();

private:
    // A demo register with the 2025 run issued, a payment and a reminder; closed.
    QString issuedRegister(QTemporaryDir &directory);
};

void TestDataSafety::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(SEKRETARIAT_EXECUTABLE)), "build the sekretariat target first");
}

QString TestDataSafety::issuedRegister(QTemporaryDir &directory)
{
    const QString path = directory.filePath(QStringLiteral("register.sqlite"));
    Workspace workspace;
    if (workspace.open(path) != Database::OpenResult::Ok)
        return {};
    DemoDataBuilder builder(workspace, workspace.catalogue());
    builder.setToday(QDate(2026, 11, 24));
    if (!builder.build())
        return {};
    RateEntry entry;
    entry.year = 2025;
    entry.deflatorBasisPoints = 420;
    if (!DuesRepository(workspace.database().connection()).saveRateEntry(entry))
        return {};
    InvoiceRepository invoices(workspace.database().connection());
    QList<qint64> ids;
    if (!invoices.issue(2025, planDuesRun(workspace.database().connection(), 2025), duesIssueDate, false, &ids) || ids.size() < 3)
        return {};
    if (!invoices.registerPayment(ids.at(0), duesIssueDate.addDays(10), Money::fromKroner(100), {}))
        return {};
    if (!invoices.recordReminder(ids.at(1), duesIssueDate.addDays(40)))
        return {};
    if (!invoices.issueCreditNote(ids.at(2), Money::fromKroner(50), duesIssueDate.addDays(41), QStringLiteral("x")))
        return {};
    return path;
}

void TestDataSafety::lockNamesItsHolderAndGoesWithTheLastUser()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("d.sqlite"));
    const QString lockPath = RegisterLock::lockPathFor(path);
    {
        Database first;
        QCOMPARE(first.open(path), Database::OpenResult::Ok);
        QVERIFY(QFileInfo::exists(lockPath));
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject lock = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(lock.value(QStringLiteral("host")).toString(), QSysInfo::machineHostName());
        QCOMPARE(qint64(lock.value(QStringLiteral("pid")).toDouble()), QCoreApplication::applicationPid());
        QVERIFY(!lock.value(QStringLiteral("user")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(lock.value(QStringLiteral("since")).toString(), Qt::ISODate).isValid());
        QCOMPARE(lock.value(QStringLiteral("purpose")).toString(), QStringLiteral("window"));
        {
            // A second user in the same process shares it.
            Database second;
            QCOMPARE(second.open(path), Database::OpenResult::Ok);
        }
        QVERIFY2(QFileInfo::exists(lockPath), "the first user still has the file");

        // Another program: refused for writing with the holder named, allowed to read.
        const CommandLineResult writing = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"),
                                                          QStringLiteral("--year"), QStringLiteral("2024"),
                                                          QStringLiteral("--issue")});
        QCOMPARE(writing.exitCode, 1);
        QVERIFY2(writing.err.contains(QSysInfo::machineHostName()), qPrintable(writing.err));
        QVERIFY2(writing.err.contains(QStringLiteral("d.sqlite.lock")), qPrintable(writing.err));
        const CommandLineResult reading =
            runCommandLine({QStringLiteral("--database"), path, QStringLiteral("check")});
        QVERIFY2(reading.exitCode == 0, qPrintable(reading.err));
        QVERIFY2(reading.out.contains(QStringLiteral("Open for writing by")), qPrintable(reading.out));
    }
    QVERIFY2(!QFileInfo::exists(lockPath), "the lock goes with the last user");
}

void TestDataSafety::staleLocksAreTakenOverOthersNever()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("d.sqlite"));
    {
        Database create;
        QCOMPARE(create.open(path), Database::OpenResult::Ok);
    }
    // A process that has ended: its pid is free.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    QVERIFY(ended.waitForFinished());
    const qint64 deadPid = ended.processId() > 0 ? ended.processId() : 999999;
    auto writeLock = [&](const QString &host, qint64 pid) {
        QFile file(RegisterLock::lockPathFor(path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QJsonObject lock;
        lock.insert(QStringLiteral("user"), QStringLiteral("kari"));
        lock.insert(QStringLiteral("host"), host);
        lock.insert(QStringLiteral("pid"), double(pid));
        lock.insert(QStringLiteral("boot"), QString::fromLatin1(QSysInfo::bootUniqueId()));
        lock.insert(QStringLiteral("since"), QStringLiteral("2026-11-30T08:00:00Z"));
        lock.insert(QStringLiteral("purpose"), QStringLiteral("window"));
        file.write(QJsonDocument(lock).toJson());
    };

    writeLock(QSysInfo::machineHostName(), deadPid);
    {
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);  // stale: its process is gone
    }
    QVERIFY(!QFileInfo::exists(RegisterLock::lockPathFor(path)));

    // A live process of this computer, and any process of another: never taken over.
    QProcess alive;
    alive.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(alive.waitForStarted());
    for (const auto &[host, pid] : {std::pair{QSysInfo::machineHostName(), alive.processId()},
                                    std::pair{QStringLiteral("kontor-pc-2"), deadPid}}) {
        writeLock(host, pid);
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Locked);
        QVERIFY2(database.errorString().contains(QStringLiteral("kari")), qPrintable(database.errorString()));
        QVERIFY2(database.errorString().contains(host), qPrintable(database.errorString()));
        QVERIFY(database.lockHolder().contains(host));
        // Read-only still works, and never touches the lock.
        Database reader;
        QCOMPARE(reader.open(path, Database::OpenMode::ExistingReadOnly), Database::OpenResult::Ok);
        QVERIFY(QFileInfo::exists(RegisterLock::lockPathFor(path)));
    }
    alive.kill();
    alive.waitForFinished();

    // A lock file that cannot be read is held by someone unknown, not stale.
    QFile garbage(RegisterLock::lockPathFor(path));
    QVERIFY(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
    garbage.write("not a lock");
    garbage.close();
    Database database;
    QCOMPARE(database.open(path), Database::OpenResult::Locked);
    QVERIFY(database.errorString().contains(QStringLiteral("unknown program")));
}

// The data loss seen in testing: the window writes, a handle of the process opens
// and closes the register's files (a file dialog did), which drops SQLite's POSIX
// locks; then another program opens and closes the register and, believing
// itself alone, used to checkpoint and delete the write-ahead log the window still
// wrote into. Our own programs are now kept out by the lock, or only read.
void TestDataSafety::lostPosixLocksLoseNothing()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("d.db"));
    {
        Workspace window;
        QCOMPARE(window.open(path), Database::OpenResult::Ok);
        const QSqlDatabase database = window.database().connection();
        QVERIFY(execute(database, QStringLiteral("INSERT INTO members (kind, number, name, status) VALUES "
                                                 "('municipality', '3101', 'Halden', 'active')")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile handle(path + suffix);
            QVERIFY(handle.open(QIODevice::ReadOnly));
            handle.read(100);
            handle.close();
        }
        // Every mode of the program, in another process, one after the other.
        const CommandLineResult check = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        const CommandLineResult exported =
            runCommandLine({QStringLiteral("--database"), path, QStringLiteral("export"), QStringLiteral("members")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("Halden")));
        const CommandLineResult issue = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"),
                                                        QStringLiteral("--year"), QStringLiteral("2024"),
                                                        QStringLiteral("--issue")});
        QCOMPARE(issue.exitCode, 1);
        QVERIFY2(issue.err.contains(QStringLiteral("open for writing by")), qPrintable(issue.err));

        // The window writes on; nothing of it may be lost.
        QVERIFY(execute(database, QStringLiteral("INSERT INTO members (kind, number, name, status) VALUES "
                                                 "('municipality', '3103', 'Moss', 'active')")));
    }
    Database reopened;
    QCOMPARE(reopened.open(path), Database::OpenResult::Ok);
    QCOMPARE(countBySql(reopened.connection(), QStringLiteral("SELECT count(*) FROM members")), qint64(2));
    QVERIFY(reopened.integrityProblems().isEmpty());
}

void TestDataSafety::readOnlyRegisterRefusesChangesPlainly()
{
    QTemporaryDir directory;
    const QString path = issuedRegister(directory);
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileChecksum(path);
    Database database;
    QCOMPARE(database.open(path, Database::OpenMode::ExistingReadOnly), Database::OpenResult::Ok);
    QVERIFY(database.isReadOnly());
    InvoiceRepository invoices(database.connection());
    const Invoice first = invoices.invoicesOfYear(2025).first();
    const Outcome paid = invoices.registerPayment(first.id, QDate::currentDate(), Money::fromKroner(10), {});
    QVERIFY(!paid);
    QVERIFY2(paid.message().contains(QStringLiteral("read-only")), qPrintable(paid.message()));
    QVERIFY2(!paid.message().contains(QStringLiteral("readonly database")), qPrintable(paid.message()));
    database.close();
    QCOMPARE(fileChecksum(path), before);
}

void TestDataSafety::simultaneousDuesRunsGiveOneClearMessage()
{
    QTemporaryDir directory;
    const QString path = issuedRegister(directory);
    QVERIFY(!path.isEmpty());
    QVERIFY(add2026Rate(path));
    const QStringList arguments{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--database"), path,
                                QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("2026"),
                                QStringLiteral("--issue")};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second}) {
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(SEKRETARIAT_EXECUTABLE), arguments);
    }
    QVERIFY(first.waitForFinished(120000) && second.waitForFinished(120000));
    const QList<int> codes{first.exitCode(), second.exitCode()};
    QCOMPARE(codes.count(0), 1);
    QCOMPARE(codes.count(1), 1);
    QProcess &loser = first.exitCode() == 1 ? first : second;
    QProcess &winner = first.exitCode() == 1 ? second : first;
    const qsizetype issued = QString::fromUtf8(winner.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).size();
    QVERIFY(issued > 0);
    const QString message = QString::fromUtf8(loser.readAllStandardError());
    QVERIFY2(message.contains(QStringLiteral("Another dues run is being issued"))
                 || message.contains(QStringLiteral("were issued already")),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("locked")), qPrintable(message));
    QVERIFY2(message.size() < 600, qPrintable(message));
    Database database;
    QCOMPARE(database.open(path), Database::OpenResult::Ok);
    QCOMPARE(countBySql(database.connection(), QStringLiteral("SELECT count(*) FROM invoices WHERE year = 2026")),
             qint64(issued));
    QCOMPARE(countBySql(database.connection(), QStringLiteral("SELECT count(DISTINCT member_id) FROM invoices WHERE year = 2026")),
             qint64(issued));
    QVERIFY(BookkeepingCheck(database.connection()).problems(database.schemaVersion()).isEmpty());
}

void TestDataSafety::readOnlyFolderIsNotCalledDamaged()
{
    if (runsAsRoot() && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv: no way to be a user whom a folder refuses");
    // The build may sit in a folder an ordinary user cannot enter (root's home):
    // a copy of the program in a folder everyone may read runs instead.
    QTemporaryDir programFolder;
    const QString program = programFolder.filePath(QStringLiteral("sekretariat"));
    QVERIFY(QFile::copy(QStringLiteral(SEKRETARIAT_EXECUTABLE), program));
    const auto everyoneMayRun = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(program, everyoneMayRun));
    QVERIFY(QFile::setPermissions(programFolder.path(), everyoneMayRun));
    const CommandLineResult probe = runCommandLineTo({QStringLiteral("--version")}, {}, asOrdinaryUser(), program);
    QVERIFY2(probe.exitCode == 0, qPrintable(probe.err));
    QTemporaryDir directory;
    const QString path = issuedRegister(directory);
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileChecksum(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(directory.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QStringList commands[] = {
        {QStringLiteral("check")},
        {QStringLiteral("export"), QStringLiteral("invoices")},
        {QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--issue")},
    };
    for (const QStringList &command : commands) {
        const CommandLineResult result =
            runCommandLineTo(QStringList{QStringLiteral("--database"), path} + command, {}, asOrdinaryUser(), program);
        QVERIFY2(result.exitCode >= 0, "the program ran");
        QVERIFY2(!result.err.contains(QStringLiteral("is damaged")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("backup")), qPrintable(result.err));
        if (result.exitCode != 0)
            QVERIFY2(result.err.contains(QStringLiteral("read-only")) || result.err.contains(QStringLiteral("create files")),
                     qPrintable(result.err));
    }
    QFile::setPermissions(directory.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(fileChecksum(path), before);
}

void TestDataSafety::fullDiskIsNotCalledDamaged()
{
    // A file size limit makes every write past it fail, as a full disk does;
    // the working file "-shm" (32 KB) cannot be made.
    QTemporaryDir directory;
    const QString path = issuedRegister(directory);
    QVERIFY(!path.isEmpty());
    const QByteArray before = fileChecksum(path);
    const QStringList full{QStringLiteral("bash"), QStringLiteral("-c"),
                           QStringLiteral("ulimit -f 8; trap '' XFSZ; exec \"$0\" \"$@\"")};
    const QStringList commands[] = {
        {QStringLiteral("check")},
        {QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--issue")},
    };
    for (const QStringList &command : commands) {
        const CommandLineResult result = runWrapped(full, QStringList{QStringLiteral("--database"), path} + command);
        QVERIFY2(result.exitCode == 1, qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("is damaged")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("open a backup")), qPrintable(result.err));
    }
    QCOMPARE(fileChecksum(path), before);
    const CommandLineResult afterwards = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("check")});
    QVERIFY2(afterwards.exitCode == 0, qPrintable(afterwards.err));
}

void TestDataSafety::checkNeverChangesTheFile()
{
    // A register of schema 4, written by the migrations of that version.
    QTemporaryDir directory;
    const QString migrations = directory.filePath(QStringLiteral("migrations-v4"));
    QVERIFY(QDir().mkpath(migrations));
    for (const QString &file : QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("00[1-4]_*.sql")}))
        QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + file, QDir(migrations).filePath(file)));
    const QString path = directory.filePath(QStringLiteral("old.sqlite"));
    {
        Database old;
        old.setMigrationsDirectory(migrations);
        QCOMPARE(old.open(path), Database::OpenResult::Ok);
        QCOMPARE(old.schemaVersion(), 4);
        QVERIFY(execute(old.connection(), QStringLiteral("INSERT INTO members (kind, number, name, status) VALUES "
                                                         "('municipality', '3101', 'Halden', 'active')")));
        QVERIFY(execute(old.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileChecksum(path);
    const QStringList filesBefore = QDir(directory.path()).entryList(QDir::Files);
    const CommandLineResult result = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("check")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("Schema version: 4")));
    QVERIFY(result.out.contains(QStringLiteral("leaves it as it is")));
    QCOMPARE(fileChecksum(path), before);
    QStringList filesAfter = QDir(directory.path()).entryList(QDir::Files);
    filesAfter.removeAll(QStringLiteral("old.sqlite-shm"));
    filesAfter.removeAll(QStringLiteral("old.sqlite-wal"));
    QCOMPARE(filesAfter, filesBefore);  // no backup, no lock left
}

void TestDataSafety::emptyAndTablelessFilesAreRefused()
{
    QTemporaryDir directory;
    const QString empty = directory.filePath(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString tableless = directory.filePath(QStringLiteral("tableless.sqlite"));
    QVERIFY(outsideTool(tableless, QStringLiteral("PRAGMA user_version = 3;")));
    QVERIFY(QFileInfo(tableless).size() > 0);
    for (const QString &path : {empty, tableless}) {
        const QByteArray before = fileChecksum(path);
        for (const QStringList &command : {QStringList{QStringLiteral("check")},
                                           QStringList{QStringLiteral("export"), QStringLiteral("members")},
                                           QStringList{QStringLiteral("export"), QStringLiteral("invoices")}}) {
            const CommandLineResult result = runCommandLine(QStringList{QStringLiteral("--database"), path} + command);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QStringLiteral("not a Sekretariat database")), qPrintable(result.err));
            QVERIFY(result.out.isEmpty());
        }
        QCOMPARE(fileChecksum(path), before);
    }
}

void TestDataSafety::interruptedBackupLeavesNoPartialFile()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("d.sqlite"));
    {
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        // A backup that cannot be written leaves nothing behind.
        QVERIFY(!database.backupTo(directory.filePath(QStringLiteral("missing-folder/copy.sqlite"))));
    }
    // What a killed migration backup left: removed when the file is next opened for writing.
    const QString leftover = path + QStringLiteral(".schema4-20261201-101500.backup.partial");
    QFile partial(leftover);
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write("half a copy");
    partial.close();
    Database reader;
    QCOMPARE(reader.open(path, Database::OpenMode::ExistingReadOnly), Database::OpenResult::Ok);
    QVERIFY2(QFileInfo::exists(leftover), "reading changes nothing");
    reader.close();
    Database writer;
    QCOMPARE(writer.open(path), Database::OpenResult::Ok);
    QVERIFY(!QFileInfo::exists(leftover));
    const QStringList partials = QDir(directory.path()).entryList({QStringLiteral("*.partial")}, QDir::Files);
    QVERIFY2(partials.isEmpty(), qPrintable(partials.join(u' ')));
}

void TestDataSafety::replaceCannotOverwriteBookkeeping()
{
    QTemporaryDir directory;
    const QString path = issuedRegister(directory);
    QVERIFY(!path.isEmpty());
    Database database;
    QCOMPARE(database.open(path), Database::OpenResult::Ok);
    const QSqlDatabase connection = database.connection();
    const qint64 invoices = countBySql(connection, QStringLiteral("SELECT count(*) FROM invoices"));
    const QStringList replaces{
        QStringLiteral("REPLACE INTO invoices SELECT id, number, kind, credits_invoice_id, member_id, year, issue_date,"
                       " due_date, kid, buyer_name, buyer_number, buyer_organisation_number, buyer_address, buyer_email,"
                       " buyer_reference, language, population, population_date, rate_ore, rule, months, note,"
                       " amount_ore + 100, created_at, issued_content FROM invoices WHERE number = 1"),
        QStringLiteral("INSERT OR REPLACE INTO invoices (id, number, kind, member_id, year, issue_date, due_date, kid,"
                       " buyer_name, buyer_number, amount_ore) SELECT 999, number, kind, member_id, year, issue_date,"
                       " due_date, kid, buyer_name, buyer_number, 1 FROM invoices WHERE number = 2"),
        QStringLiteral("REPLACE INTO payments SELECT id, invoice_id, paid_on, 1, note, created_at FROM payments"),
        QStringLiteral("REPLACE INTO reminders SELECT id, invoice_id, '2025-01-01', new_due_date, created_at,"
                       " issued_content, step, fee_ore FROM reminders"),
        QStringLiteral("REPLACE INTO bookkeeping_chain SELECT seq, table_name, row_id, format, 'x' FROM bookkeeping_chain"),
        QStringLiteral("UPDATE reminders SET new_due_date = '2030-01-01'"),
        QStringLiteral("DELETE FROM reminders"),
        QStringLiteral("DELETE FROM bookkeeping_chain"),
    };
    for (const QString &sql : replaces) {
        QString error;
        QVERIFY2(!execute(connection, sql, &error), qPrintable(sql));
        QVERIFY2(error.contains(QStringLiteral("cannot be")), qPrintable(error));
    }
    QCOMPARE(countBySql(connection, QStringLiteral("SELECT count(*) FROM invoices")), invoices);
    QVERIFY(BookkeepingCheck(connection).problems(database.schemaVersion()).isEmpty());
}

void TestDataSafety::checkFindsBookkeepingChangedOutside_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("amount changed") << QStringLiteral("DROP TRIGGER invoices_are_never_changed;"
                                                      "UPDATE invoices SET amount_ore = amount_ore - 100 WHERE number = 2;")
                                    << QStringList{QStringLiteral("invoice 2"), QStringLiteral("changed outside"),
                                                   QStringLiteral("invoices_are_never_changed")};
    QTest::newRow("issued content changed")
        << QStringLiteral("DROP TRIGGER invoices_are_never_changed;"
                          "UPDATE invoices SET issued_content = replace(issued_content, '86011117947', '12345678903')"
                          " WHERE number = 2;")
        << QStringList{QStringLiteral("invoice 2"), QStringLiteral("changed outside"),
                       QStringLiteral("invoices_are_never_changed")};
    // Format 3 of the chain covers a reminder's fee and step (schema 11).
    QTest::newRow("reminder fee added") << QStringLiteral("DROP TRIGGER reminders_are_never_changed;"
                                                          "UPDATE reminders SET fee_ore = 7000;")
                                        << QStringList{QStringLiteral("reminder of invoice"), QStringLiteral("changed outside"),
                                                       QStringLiteral("reminders_are_never_changed")};
    QTest::newRow("payment removed") << QStringLiteral("DROP TRIGGER payments_are_never_deleted; DELETE FROM payments;")
                                     << QStringList{QStringLiteral("removed outside"), QStringLiteral("payments")};
    QTest::newRow("payment added") << QStringLiteral("INSERT INTO payments (invoice_id, paid_on, amount_ore) "
                                                     "SELECT id, '2025-03-01', 500 FROM invoices WHERE number = 3;")
                                   << QStringList{QStringLiteral("payment on invoice 3"), QStringLiteral("added outside")};
    QTest::newRow("number gap") << QStringLiteral("DROP TRIGGER invoices_are_never_changed;"
                                                  "UPDATE invoices SET number = number + 5 WHERE number = (SELECT max(number) FROM invoices);")
                                << QStringList{QStringLiteral("missing"), QStringLiteral("next invoice number")};
    QTest::newRow("sequence set back") << QStringLiteral("UPDATE number_sequences SET next_value = 2;")
                                       << QStringList{QStringLiteral("the next invoice number is 2")};
    QTest::newRow("trigger disarmed") << QStringLiteral("DROP TRIGGER invoices_are_never_replaced;"
                                                        "CREATE TRIGGER invoices_are_never_replaced BEFORE INSERT ON "
                                                        "invoices BEGIN SELECT 1; END;")
                                      << QStringList{QStringLiteral("no longer protects")};
}

void TestDataSafety::checkFindsBookkeepingChangedOutside()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QTemporaryDir directory;
    const QString path = issuedRegister(directory);
    QVERIFY(!path.isEmpty());
    const CommandLineResult sound = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("check")});
    QVERIFY2(sound.exitCode == 0, qPrintable(sound.err));
    QVERIFY2(sound.out.contains(QStringLiteral("Bookkeeping check: ok")), qPrintable(sound.out));

    QVERIFY(outsideTool(path, script));
    const CommandLineResult result = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("check")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("Bookkeeping check found")), qPrintable(result.err));
    for (const QString &word : std::as_const(expected))
        QVERIFY2(result.err.contains(word), qPrintable(result.err));
}

void TestDataSafety::issueDatesGoUpAndStayNearToday()
{
    const QDate today(2026, 12, 1);
    using Verdict = IssueDateRule::Verdict;
    QCOMPARE(IssueDateRule::check(today, QDate(2026, 11, 30), today).verdict, Verdict::Ok);
    QCOMPARE(IssueDateRule::check(QDate(2026, 11, 29), QDate(2026, 11, 30), today).verdict, Verdict::Refused);
    QCOMPARE(IssueDateRule::check(QDate(2027, 1, 5), {}, today).verdict, Verdict::Refused);
    QCOMPARE(IssueDateRule::check(QDate(2026, 12, 31), {}, today).verdict, Verdict::Ok);
    QCOMPARE(IssueDateRule::check(QDate(2001, 1, 5), {}, today).verdict, Verdict::Refused);
    QCOMPARE(IssueDateRule::check(QDate(2099, 1, 5), {}, today).verdict, Verdict::Refused);
    QCOMPARE(IssueDateRule::check(QDate(2026, 9, 1), {}, today).verdict, Verdict::NeedsConfirmation);
    QVERIFY(!IssueDateRule::check(QDate(2026, 9, 1), {}, today).reason.isEmpty());

    // The repository keeps numbers and dates in step, whoever calls it.
    QTemporaryDir directory;
    const QString path = issuedRegister(directory);
    QVERIFY(!path.isEmpty());
    Database database;
    QCOMPARE(database.open(path), Database::OpenResult::Ok);
    InvoiceRepository invoices(database.connection());
    const QDate latest = invoices.latestDocumentDate();
    QCOMPARE(latest, duesIssueDate.addDays(41));
    const qint64 next = invoices.nextNumber();
    const Invoice first = invoices.invoicesOfYear(2025).first();
    const Outcome early = invoices.issueCreditNote(first.id, Money::fromKroner(1), latest.addDays(-1), {});
    QVERIFY(!early);
    QCOMPARE(early.field(), QStringLiteral("date"));
    QCOMPARE(invoices.nextNumber(), next);
    database.close();

    // The command line refuses what the window refuses.
    QVERIFY(add2026Rate(path));
    for (const QString &date : {latest.addDays(-1).toString(Qt::ISODate), QStringLiteral("1996-01-15"),
                                QDate::currentDate().addYears(1).toString(Qt::ISODate)}) {
        const CommandLineResult result = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"),
                                                         QStringLiteral("--year"), QStringLiteral("2026"),
                                                         QStringLiteral("--issue"), QStringLiteral("--issue-date"), date});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Nothing was issued")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    Database after;
    QCOMPARE(after.open(path), Database::OpenResult::Ok);
    QCOMPARE(InvoiceRepository(after.connection()).nextNumber(), next);
}

void TestDataSafety::pdfsOfIssuedDocumentsCanBeWrittenAgain()
{
    QTemporaryDir directory;
    const QString path = issuedRegister(directory);
    QVERIFY(!path.isEmpty());
    const QString folder = directory.filePath(QStringLiteral("again"));
    const CommandLineResult all = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("export"),
                                                  QStringLiteral("invoices"), QStringLiteral("--year"),
                                                  QStringLiteral("2025"), QStringLiteral("--pdf"), folder});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    Database database;
    QCOMPARE(database.open(path, Database::OpenMode::ExistingReadOnly), Database::OpenResult::Ok);
    const qint64 documents = countBySql(database.connection(), QStringLiteral("SELECT count(*) FROM invoices"));
    database.close();
    // One per invoice and credit note, and the combined file.
    QCOMPARE(qint64(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size()), documents + 1);

    const QString chosen = directory.filePath(QStringLiteral("chosen"));
    const CommandLineResult some = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("export"),
                                                   QStringLiteral("invoices"), QStringLiteral("--numbers"),
                                                   QStringLiteral("1,3-4"), QStringLiteral("--pdf"), chosen});
    QVERIFY2(some.exitCode == 0, qPrintable(some.err));
    QCOMPARE(some.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 4);  // header and three rows
    const QStringList files = QDir(chosen).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QCOMPARE(files.size(), 4);
    QVERIFY(files.contains(QStringLiteral("invoices-00001-00004.pdf")));

    const CommandLineResult unknown = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("export"),
                                                      QStringLiteral("invoices"), QStringLiteral("--numbers"),
                                                      QStringLiteral("2,9999"), QStringLiteral("--pdf"),
                                                      directory.filePath(QStringLiteral("none"))});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("9999")), qPrintable(unknown.err));
    QVERIFY(!QFileInfo::exists(directory.filePath(QStringLiteral("none"))));

    // A file that cannot be written names what is missing, to write it again.
    Database reader;
    QCOMPARE(reader.open(path, Database::OpenMode::ExistingReadOnly), Database::OpenResult::Ok);
    QString error;
    const QList<qint64> ids{InvoiceRepository(reader.connection()).findByNumber(2)->id,
                            InvoiceRepository(reader.connection()).findByNumber(3)->id};
    const std::optional<QList<InvoiceDocumentData>> loaded =
        Repositories(&reader).documents(ids, DocumentKind::Invoice, &error);
    QVERIFY2(loaded, qPrintable(error));
    const QString blocked = directory.filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(QDir(blocked).filePath(InvoiceDocument(loaded->at(1)).fileName())));
    InvoiceBatchWriter writer(*loaded, blocked);
    const Outcome written = writer.run();
    QVERIFY(!written);
    QVERIFY2(written.message().contains(QStringLiteral("missing: 3")), qPrintable(written.message()));
    QVERIFY2(written.message().contains(QStringLiteral("--numbers 3")), qPrintable(written.message()));
}

void TestDataSafety::unwritableOutputFailsEveryCommand()
{
#ifdef Q_OS_LINUX
    QTemporaryDir directory;
    const QString path = issuedRegister(directory);
    QVERIFY(!path.isEmpty());
    const QStringList commands[] = {
        {QStringLiteral("check")},
        {QStringLiteral("export"), QStringLiteral("members")},
        {QStringLiteral("export"), QStringLiteral("people")},
        {QStringLiteral("export"), QStringLiteral("invoices")},
        {QStringLiteral("export"), QStringLiteral("events")},
        {QStringLiteral("export"), QStringLiteral("registrations")},
        {QStringLiteral("export"), QStringLiteral("event"), QStringLiteral("1"), QStringLiteral("--format"),
         QStringLiteral("ics")},
        {QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("2025")},
    };
    for (const QStringList &command : commands) {
        const CommandLineResult result =
            runCommandLineTo(QStringList{QStringLiteral("--database"), path} + command, QStringLiteral("/dev/full"));
        QVERIFY2(result.exitCode == 1, qPrintable(command.join(u' ') + u' ' + result.err));
        QVERIFY2(result.err.contains(QStringLiteral("could not be written")), qPrintable(result.err));
    }
#else
    QSKIP("/dev/full is Linux's");
#endif
}

void TestDataSafety::bokmalUiShowsNoNynorsk()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("nb")));
    // Qt's own dialogs: bokmål where we translated them, never Qt's nynorsk.
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Se i:"));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Create New Folder"), QStringLiteral("Lag ny mappe"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    const QString sqlite = QCoreApplication::translate("QSQLiteResult", "Unable to fetch row");
    QVERIFY2(!sqlite.contains(QStringLiteral("Kan ikkje")), qPrintable(sqlite));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Look in:"));
}

QTEST_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
