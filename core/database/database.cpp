#include "database.h"

#include "connectionfactory.h"
#include "migrationsteps.h"
#include "passwordstore.h"
#include "registerlock.h"
#include "sqlscript.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <optional>

namespace Sekretariat {

namespace {

QAtomicInt connectionCounter;

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("sekretariat-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(directory).filePath(QStringLiteral("sekretariat.sqlite"));
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    ConnectionFactory::close(m_connectionName);
    // The lock goes after the connection: until then the file is ours.
    m_lock.reset();
}

Database::OpenResult Database::fail(OpenResult result, const QString &message)
{
    m_errorString = message;
    close();
    return result;
}

QString Database::explainFailure(const QSqlError &error, OpenResult *result) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(m_path).absolutePath());
    // SQLite's primary result codes (the low byte of the extended code).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const bool diskFull = QStorageInfo(QFileInfo(m_path).absolutePath()).bytesAvailable() < 1024 * 1024;
    *result = OpenResult::CannotOpen;
    switch (code) {
    case 5:   // SQLITE_BUSY
    case 6:   // SQLITE_LOCKED
        *result = OpenResult::Locked;
        return tr("The database “%1” is in use by another program right now. Try again when it is done.").arg(file);
    case 3:   // SQLITE_PERM
    case 23:  // SQLITE_AUTH
        return tr("You have no permission to use the database “%1”. The file was left as it is.").arg(file);
    case 8:   // SQLITE_READONLY
        return tr("The database “%1” cannot be written: the file or its folder “%2” is read-only, or you have "
                  "no permission to change it. The file is not damaged and was left as it is.")
            .arg(file, folder);
    case 13:  // SQLITE_FULL
        return tr("The disk that holds “%1” is full. Make room on it and try again; the file was left as it is.")
            .arg(file);
    case 10:  // SQLITE_IOERR
        if (diskFull)
            return tr("The disk that holds “%1” is full. Make room on it and try again; the file was left as it is.")
                .arg(file);
        return tr("The database “%1” could not be read or written (an error of the disk or the network drive: %2). "
                  "The file was left as it is.")
            .arg(file, error.databaseText());
    case 14:  // SQLITE_CANTOPEN
        if (diskFull)
            return tr("The disk that holds “%1” is full. Make room on it and try again; the file was left as it is.")
                .arg(file);
        if (!QFileInfo(QFileInfo(m_path).absolutePath()).isWritable())
            return tr("The database “%1” cannot be opened: its folder “%2” is read-only, and the database needs "
                      "to keep working files beside it (“-wal” and “-shm”). Copy the file to a folder you can "
                      "write to. The file is not damaged and was left as it is.")
                .arg(file, folder);
        return tr("The database “%1” or a working file beside it cannot be opened: check the permissions of the "
                  "file and its folder “%2”. The file was left as it is.")
            .arg(file, folder);
    case 11:  // SQLITE_CORRUPT
        *result = OpenResult::Damaged;
        return tr("The database “%1” is damaged and cannot be used. The file was left as it is; open a backup "
                  "copy instead.")
            .arg(file);
    case 26:  // SQLITE_NOTADB
        *result = OpenResult::NotADatabase;
        return tr("“%1” is not a Sekretariat database. The file was left as it is.").arg(file);
    default:
        return tr("The database “%1” cannot be opened: %2").arg(file, error.text());
    }
}

void Database::startOpening(const QString &path, OpenMode mode)
{
    close();
    m_path = path;
    m_errorString.clear();
    m_lastBackupPath.clear();
    m_lockHolder.clear();
    m_lockHolderPurpose.clear();
    m_readOnly = mode == OpenMode::ExistingReadOnly || mode == OpenMode::Inspect;
}

bool Database::isServer() const
{
    return ServerAddress::looksLikeUrl(m_path);
}

Database::OpenResult Database::open(const QString &path, OpenMode mode)
{
    if (ServerAddress::looksLikeUrl(path)) {
        QString error;
        std::optional<ServerAddress> server = ServerAddress::fromUrl(path, &error);
        if (!server) {
            close();
            m_path = path;
            return fail(OpenResult::CannotOpen, error);
        }
        // The password the keychain keeps for this address, unless PGPASSWORD
        // was given to this one run; without either, libpq reads ~/.pgpass.
        if (server->password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD"))
            server->password = PasswordStore::read(server->toUrl());
        return openServer(*server, mode);
    }
    if (mode == OpenMode::ExistingForReading) {
        const OpenResult read = open(path, OpenMode::ExistingReadOnly);
        return read == OpenResult::NeedsUpdate ? open(path, OpenMode::ExistingReadWrite) : read;
    }
    startOpening(path, mode);

    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (info.exists() && !info.isFile())
        return fail(OpenResult::CannotOpen, tr("“%1” is not a file.").arg(file));
    if (mode != OpenMode::CreateOrUpdate) {
        if (!info.exists())
            return fail(OpenResult::CannotOpen, tr("The database “%1” does not exist.").arg(file));
        if (!existed) {
            return fail(OpenResult::NotADatabase,
                        tr("“%1” is an empty file, not a Sekretariat database. The file was left as it is.").arg(file));
        }
    }
    if (!existed && !QDir().mkpath(info.absolutePath())) {
        return fail(OpenResult::CannotOpen,
                    tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    if (!m_readOnly) {
        m_lock = std::make_unique<RegisterLock>(path);
        switch (m_lock->acquire(m_lockPurpose)) {
        case RegisterLock::Result::Acquired:
            break;
        case RegisterLock::Result::HeldByOther:
            m_lockHolder = m_lock->holder().describe();
            m_lockHolderPurpose = m_lock->holder().purpose;
            return fail(OpenResult::Locked,
                        tr("The database “%1” is open for writing by %2. Only one program at a time may change it; "
                           "it can be read meanwhile. If you are sure that program has been closed, delete the "
                           "file “%3”.")
                            .arg(file, m_lockHolder, QDir::toNativeSeparators(RegisterLock::lockPathFor(path))));
        case RegisterLock::Result::CannotCreate:
            return fail(OpenResult::CannotOpen,
                        tr("The database “%1” cannot be opened for writing: %2. The file is not damaged and was "
                           "left as it is.")
                            .arg(file, m_lock->errorString()));
        }
    }

    QSqlError openError;
    const ConnectionFactory::Use use = m_readOnly ? ConnectionFactory::Use::Reader : ConnectionFactory::Use::Writer;
    if (!ConnectionFactory::open({path, m_readOnly}, m_connectionName, use, &openError)) {
        OpenResult result = OpenResult::CannotOpen;
        const QString message = explainFailure(openError, &result);
        return fail(result, message);
    }
    return prepareOpened(existed, mode);
}

Database::OpenResult Database::prepareOpened(bool existed, OpenMode mode)
{
    const QString file = QDir::toNativeSeparators(m_path);
    QSqlQuery query(connection());
    auto failWith = [this](const QSqlError &error) {
        OpenResult result = OpenResult::CannotOpen;
        const QString message = explainFailure(error, &result);
        return fail(result, message);
    };
    // Damaged only when SQLite's check says so: a check that cannot run at all
    // (a read-only folder, a full disk) is explained as what it is.
    auto quickCheck = [&]() -> std::optional<OpenResult> {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return failWith(query.lastError());
        const bool sound = query.next() && query.value(0).toString() == u"ok";
        query.finish();
        if (!sound) {
            return fail(OpenResult::Damaged, tr("The database “%1” is damaged and cannot be used. The file was left "
                                                "as it is; open a backup copy instead.")
                                                 .arg(file));
        }
        return std::nullopt;
    };
    // The check reads the whole file; the window may defer it to a worker
    // thread (checkIntegrity()), but never when the file is about to be migrated.
    if (existed && !m_deferIntegrityCheck) {
        if (const std::optional<OpenResult> failed = quickCheck())
            return *failed;
    }

    // A foreign SQLite file (tables, but none of ours) is not ours to change.
    bool hasTables = false;
    bool hasMigrationTable = false;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return failWith(query.lastError());
    while (query.next()) {
        hasTables = true;
        if (query.value(0).toString() == u"schema_migrations")
            hasMigrationTable = true;
    }
    query.finish();
    return bringUpToDate(hasTables, hasMigrationTable, mode, [&](int version) -> std::optional<OpenResult> {
        if (QSqlError error; !ConnectionFactory::applyWriterSettings(connection(), &error))
            return failWith(error);
        if (version < latestSchemaVersion() && existed && m_deferIntegrityCheck) {
            if (const std::optional<OpenResult> failed = quickCheck())
                return *failed;
        }
        removeLeftoverBackups();
        if (version < latestSchemaVersion() && version > 0) {
            const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString backup = QStringLiteral("%1.schema%2-%3.backup").arg(m_path).arg(version).arg(stamp);
            if (!backupTo(backup)) {
                return fail(OpenResult::BackupFailed,
                            tr("The database “%1” needs an update, but the backup copy could not be written "
                               "first: %2. Nothing was changed.")
                                .arg(file, m_errorString));
            }
            m_lastBackupPath = backup;
        }
        return std::nullopt;
    });
}

Database::OpenResult Database::bringUpToDate(
    bool hasTables, bool hasMigrationTable, OpenMode mode,
    const std::function<std::optional<OpenResult>(int version)> &beforeUpdate)
{
    const QString file = isServer() ? m_path : QDir::toNativeSeparators(m_path);
    QSqlQuery query(connection());
    if (!hasTables && mode != OpenMode::CreateOrUpdate) {
        return fail(OpenResult::NotADatabase,
                    isServer() ? tr("The database “%1” is empty, not a Sekretariat register. Nothing was changed.")
                                     .arg(file)
                               : tr("“%1” is an SQLite file without tables, not a Sekretariat database. The file "
                                    "was left as it is.")
                                     .arg(file));
    }
    if (hasTables && !hasMigrationTable) {
        return fail(OpenResult::NotADatabase,
                    isServer() ? tr("The database “%1” has tables of another program, not a Sekretariat register. "
                                    "Nothing was changed.")
                                     .arg(file)
                               : tr("“%1” is an SQLite file, but not a Sekretariat database. The file was left as "
                                    "it is.")
                                     .arg(file));
    }
    const int version = hasMigrationTable ? schemaVersion() : 0;
    const int latest = latestSchemaVersion();
    if (version > latest) {
        return fail(OpenResult::NewerSchema,
                    (isServer() ? tr("The database “%1” was written by a newer version of Sekretariat (schema %2; "
                                     "this version knows up to %3). Update the program to open it. Nothing was "
                                     "changed.")
                                : tr("The database “%1” was written by a newer version of Sekretariat (schema %2; "
                                     "this version knows up to %3). Update the program to open it. The file was "
                                     "left as it is."))
                        .arg(file)
                        .arg(version)
                        .arg(latest));
    }
    if (m_readOnly) {
        if (version < latest && mode != OpenMode::Inspect) {
            return fail(OpenResult::NeedsUpdate,
                        tr("The database “%1” has schema %2 and needs an update to schema %3 before this program "
                           "can read it. It is only read here, so nothing was changed; open it for writing (in the "
                           "window, when no one else has it open) to update it.")
                            .arg(file)
                            .arg(version)
                            .arg(latest));
        }
        return OpenResult::Ok;
    }

    if (const std::optional<OpenResult> failed = beforeUpdate(version))
        return *failed;

    if (!hasMigrationTable) {
        // In a transaction of the writers: two programs setting up one empty
        // server database at once take turns.
        Transaction transaction(connection(), Transaction::Record::Nothing);
        if (!transaction.isActive() || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                                  " version INTEGER PRIMARY KEY,"
                                                                  " name TEXT NOT NULL,"
                                                                  " applied_at TEXT NOT NULL)"))
            || !transaction.commit()) {
            const QString reason = transaction.errorString().isEmpty() ? query.lastError().text()
                                                                       : transaction.errorString();
            return fail(OpenResult::MigrationFailed, tr("The database “%1” cannot be prepared: %2").arg(file, reason));
        }
    }

    for (const Migration &migration : availableMigrations()) {
        if (migration.version <= version)
            continue;
        if (!applyMigration(migration))
            return fail(OpenResult::MigrationFailed, m_errorString);
    }
    return OpenResult::Ok;
}

Database::OpenResult Database::openServer(const ServerAddress &server, OpenMode mode)
{
    // A server's database is shared by design: no lock file, and an older
    // schema is updated by whoever opens it for writing first (the migrations
    // take turns, see bringUpToDate). The server keeps its own journal; backing
    // it up is the server's business (pg_dump), not a copy beside a file.
    if (mode == OpenMode::ExistingForReading)
        mode = OpenMode::ExistingReadWrite;
    startOpening(server.toUrl(), mode);

    QSqlError openError;
    const ConnectionFactory::Use use = m_readOnly ? ConnectionFactory::Use::Reader : ConnectionFactory::Use::Writer;
    if (!ConnectionFactory::open({m_path, m_readOnly, server}, m_connectionName, use, &openError)) {
        OpenResult result = OpenResult::CannotOpen;
        const QString message = explainServerFailure(openError, &result);
        return fail(result, message);
    }
    return prepareServer(mode);
}

Database::OpenResult Database::prepareServer(OpenMode mode)
{
    QSqlQuery query(connection());
    bool hasTables = false;
    bool hasMigrationTable = false;
    // The catalogue itself: information_schema's views cost a new session a
    // millisecond more to plan, on the way to the first painted window.
    if (!query.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                   " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"))) {
        OpenResult result = OpenResult::CannotOpen;
        const QString message = explainServerFailure(query.lastError(), &result);
        return fail(result, message);
    }
    while (query.next()) {
        hasTables = true;
        if (query.value(0).toString() == u"schema_migrations")
            hasMigrationTable = true;
    }
    query.finish();
    return bringUpToDate(hasTables, hasMigrationTable, mode, [](int) { return std::nullopt; });
}

QString Database::explainServerFailure(const QSqlError &error, OpenResult *result) const
{
    // libpq says what went wrong in words only (no code for a failed
    // connection); these are its words in every version since 9.
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString server = m_path;
    *result = OpenResult::CannotOpen;
    if (!QSqlDatabase::isDriverAvailable(ConnectionFactory::serverDriverName())) {
        return tr("This installation cannot reach a PostgreSQL server: Qt's PostgreSQL driver (QPSQL) is missing. "
                  "On Debian, install the package libqt6sql6-psql.");
    }
    if (text.contains(u"password authentication failed") || text.contains(u"no password supplied")
        || text.contains(u"authentication failed")) {
        *result = OpenResult::NotAuthorized;
        return tr("The server refused the user name or the password for “%1”. Check them and try again; nothing "
                  "was changed.")
            .arg(server);
    }
    if (text.contains(u"does not exist") && text.contains(u"database")) {
        return tr("The server has no database by the name in “%1”. Ask the server's administrator to create it "
                  "(empty); the program then sets it up. Nothing was changed.")
            .arg(server);
    }
    if (text.contains(u"permission denied") || text.contains(u"no pg_hba.conf entry")) {
        *result = OpenResult::NotAuthorized;
        return tr("The server does not let this user use “%1”: %2. Nothing was changed.").arg(server, text.trimmed());
    }
    if (text.contains(u"could not connect") || text.contains(u"Connection refused") || text.contains(u"timeout")
        || text.contains(u"could not translate host name") || text.contains(u"server closed the connection")
        || text.contains(u"Connection timed out") || text.contains(u"No route to host")) {
        return tr("The server of “%1” cannot be reached. Check the host name and the port, and that the "
                  "network is up; nothing was changed. (%2)")
            .arg(server, text.trimmed());
    }
    if (text.contains(u"SSL")) {
        return tr("A secure connection to “%1” could not be made: %2. Nothing was changed.")
            .arg(server, text.trimmed());
    }
    return tr("The database “%1” cannot be opened: %2").arg(server, text.trimmed());
}

// A backup interrupted before it was renamed into place (the program killed, the
// disk full) leaves its partial file; the lock says no one is writing it now.
void Database::removeLeftoverBackups() const
{
    const QFileInfo info(m_path);
    const QStringList leftovers = info.absoluteDir().entryList(
        {info.fileName() + QStringLiteral(".schema*.backup.partial")}, QDir::Files | QDir::Hidden);
    for (const QString &leftover : leftovers)
        QFile::remove(info.absoluteDir().filePath(leftover));
}

Database::Integrity Database::checkIntegrity(const QString &path)
{
    static QAtomicInt checkers;
    const QString name = QStringLiteral("sekretariat-check-%1").arg(checkers.fetchAndAddRelaxed(1));
    Integrity integrity = Integrity::Unchecked;
    // A server checks its own pages (and has no file here to read).
    if (ServerAddress::looksLikeUrl(path))
        return Integrity::Sound;
    if (ConnectionFactory::open({path, true}, name, ConnectionFactory::Use::Scan, nullptr)) {
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
            integrity = query.next() && query.value(0).toString() == u"ok" ? Integrity::Sound : Integrity::Damaged;
        } else {
            const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
            if (code == 11 || code == 26)  // SQLITE_CORRUPT, SQLITE_NOTADB
                integrity = Integrity::Damaged;
        }
    }
    ConnectionFactory::close(name);
    return integrity;
}

QList<Database::Migration> Database::availableMigrations() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    QList<Migration> migrations;
    const QDir directory(m_migrationsDirectory);
    // The few statements that differ on a server (identity columns, bytea,
    // PL/pgSQL triggers) are in a migration of the same number and name there.
    const QDir serverDirectory(directory.filePath(QStringLiteral("postgresql")));
    const QStringList files = directory.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        const QString path = isServer() && serverDirectory.exists(file) ? serverDirectory.filePath(file)
                                                                         : directory.filePath(file);
        migrations.append({match.captured(1).toInt(), match.captured(2), path});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Database::latestSchemaVersion() const
{
    const QList<Migration> migrations = availableMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::applyMigration(const Migration &migration)
{
    QFile file(migration.fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("The update %1 cannot be read.").arg(migration.fileName);
        return false;
    }
    const QString script = QString::fromUtf8(file.readAll());

    QSqlDatabase database = connection();
    Transaction transaction(database, Transaction::Record::Nothing);
    if (!transaction.isActive()) {
        m_errorString = transaction.errorString();
        return false;
    }
    QSqlQuery query(database);
    // Another program on the same server may have applied it since we looked.
    query.prepare(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = ?"));
    query.addBindValue(migration.version);
    if (query.exec() && query.next() && query.value(0).toInt() > 0) {
        query.finish();
        return transaction.commit();
    }
    for (const QString &statement : SqlScript::statements(script)) {
        if (!query.exec(statement)) {
            m_errorString = tr("The database update %1 (%2) failed: %3. Nothing was changed.")
                                .arg(migration.version)
                                .arg(migration.name, query.lastError().text());
            return false;
        }
    }
    if (QString stepError; !MigrationSteps::runAfter(migration.version, database, &stepError)) {
        m_errorString = tr("The database update %1 (%2) failed: %3. Nothing was changed.")
                            .arg(migration.version)
                            .arg(migration.name, stepError);
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        m_errorString = tr("The database update %1 could not be recorded: %2")
                            .arg(migration.version)
                            .arg(query.lastError().text());
        return false;
    }
    if (!transaction.commit()) {
        m_errorString = transaction.errorString();
        return false;
    }
    return true;
}

bool Database::backupTo(const QString &targetPath)
{
    const QString temporary = targetPath + QStringLiteral(".partial");
    QFile::remove(temporary);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        QFile::remove(temporary);
        return false;
    }
    if (QFile::exists(targetPath) && !QFile::remove(targetPath)) {
        m_errorString = tr("“%1” cannot be replaced.").arg(QDir::toNativeSeparators(targetPath));
        QFile::remove(temporary);
        return false;
    }
    if (!QFile::rename(temporary, targetPath)) {
        m_errorString = tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(targetPath));
        QFile::remove(temporary);
        return false;
    }
    return true;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(connection());
    // The server keeps its pages and foreign keys sound by itself.
    if (isServer())
        return problems;
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(query.lastError().text());
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(query.lastError().text());
        return problems;
    }
    while (query.next()) {
        problems.append(tr("Table %1, row %2 refers to a missing row in %3.")
                            .arg(query.value(QStringLiteral("table")).toString(),
                                 query.value(QStringLiteral("rowid")).toString(),
                                 query.value(QStringLiteral("parent")).toString()));
    }
    return problems;
}

bool Database::isRegisterFile(const QString &registerPath, const QString &path)
{
    if (registerPath.isEmpty() || path.isEmpty() || ServerAddress::looksLikeUrl(registerPath))
        return false;
    const QFileInfo registerFile(registerPath);
    const QFileInfo candidate(path);
    // A link or another spelling of the same file is the same file.
    const QStringList registers{registerFile.absoluteFilePath(), registerFile.canonicalFilePath()};
    const QStringList names{candidate.absoluteFilePath(), candidate.canonicalFilePath()};
    for (const QString &base : registers) {
        if (base.isEmpty())
            continue;
        for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
            if (names.contains(base + QLatin1StringView(suffix)))
                return true;
        }
    }
    return false;
}

} // namespace Sekretariat
