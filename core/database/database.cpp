#include "database.h"

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

namespace Sekretariat {

namespace {

QAtomicInt connectionCounter;

const QByteArray sqliteHeader("SQLite format 3\0", 16);

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
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::OpenResult Database::fail(OpenResult result, const QString &message)
{
    m_errorString = message;
    close();
    return result;
}

bool Database::hasSqliteHeader(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(sqliteHeader.size()) == sqliteHeader;
}

Database::OpenResult Database::open(const QString &path)
{
    close();
    m_path = path;
    m_errorString.clear();
    m_lastBackupPath.clear();

    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (info.exists() && !info.isFile())
        return fail(OpenResult::CannotOpen, tr("“%1” is not a file.").arg(QDir::toNativeSeparators(path)));
    if (existed && !hasSqliteHeader(path)) {
        return fail(OpenResult::NotADatabase,
                    tr("“%1” is not a Sekretariat database. The file was left as it is.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (!existed && !QDir().mkpath(info.absolutePath())) {
        return fail(OpenResult::CannotOpen, tr("The folder “%1” cannot be created.")
                                                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QString openError;
    {
        // Scoped: close() cannot remove a connection while a copy of it is alive.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open())
            openError = database.lastError().text();
    }
    if (!openError.isEmpty()) {
        return fail(OpenResult::CannotOpen,
                    tr("The database “%1” cannot be opened: %2").arg(QDir::toNativeSeparators(path), openError));
    }
    return prepareOpened(existed);
}

Database::OpenResult Database::prepareOpened(bool existed)
{
    const QString &path = m_path;
    QSqlQuery query(connection());
    // The check reads the whole file; the window may defer it to a worker
    // thread (checkIntegrity()), but never when the file is about to be migrated.
    auto damaged = [this, &path] {
        return fail(OpenResult::Damaged, tr("The database “%1” is damaged and cannot be used. The file was left as it "
                                            "is; open a backup copy instead.")
                                             .arg(QDir::toNativeSeparators(path)));
    };
    if (existed && !m_deferIntegrityCheck) {
        if (!passesQuickCheck(connection()))
            return damaged();
    }

    // A foreign SQLite file (tables, but none of ours) is not ours to change.
    bool hasTables = false;
    bool hasMigrationTable = false;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return fail(OpenResult::Damaged, tr("The database “%1” cannot be read: %2")
                                             .arg(QDir::toNativeSeparators(path), query.lastError().text()));
    }
    while (query.next()) {
        hasTables = true;
        if (query.value(0).toString() == u"schema_migrations")
            hasMigrationTable = true;
    }
    if (hasTables && !hasMigrationTable) {
        return fail(OpenResult::NotADatabase,
                    tr("“%1” is an SQLite file, but not a Sekretariat database. The file was left as it is.")
                        .arg(QDir::toNativeSeparators(path)));
    }

    const int version = hasMigrationTable ? schemaVersion() : 0;
    const int latest = latestSchemaVersion();
    if (version > latest) {
        return fail(OpenResult::NewerSchema,
                    tr("The database “%1” was written by a newer version of Sekretariat (schema %2; this "
                       "version knows up to %3). Update the program to open it. The file was left as it is.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(latest));
    }

    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.finish();

    if (version < latest && existed && m_deferIntegrityCheck && !passesQuickCheck(connection()))
        return damaged();
    if (version < latest && version > 0) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString backup = QStringLiteral("%1.schema%2-%3.backup").arg(path).arg(version).arg(stamp);
        if (!backupTo(backup)) {
            return fail(OpenResult::BackupFailed,
                        tr("The database “%1” needs an update, but the backup copy could not be written "
                           "first: %2. Nothing was changed.")
                            .arg(QDir::toNativeSeparators(path), m_errorString));
        }
        m_lastBackupPath = backup;
    }

    if (!hasMigrationTable) {
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       " version INTEGER PRIMARY KEY,"
                                       " name TEXT NOT NULL,"
                                       " applied_at TEXT NOT NULL)"))) {
            return fail(OpenResult::MigrationFailed, tr("The database “%1” cannot be prepared: %2")
                                                         .arg(QDir::toNativeSeparators(path),
                                                              query.lastError().text()));
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

bool Database::passesQuickCheck(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    return query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() && query.value(0).toString() == u"ok";
}

bool Database::checkIntegrity(const QString &path)
{
    static QAtomicInt checkers;
    const QString name = QStringLiteral("sekretariat-check-%1").arg(checkers.fetchAndAddRelaxed(1));
    bool sound = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        // A small page cache: the check reads every page once.
        sound = database.open() && QSqlQuery(database).exec(QStringLiteral("PRAGMA cache_size = -256"))
            && passesQuickCheck(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return sound;
}

QList<Database::Migration> Database::availableMigrations() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    QList<Migration> migrations;
    const QDir directory(m_migrationsDirectory);
    const QStringList files = directory.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), directory.filePath(file)});
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
    Transaction transaction(database);
    if (!transaction.isActive()) {
        m_errorString = transaction.errorString();
        return false;
    }
    QSqlQuery query(database);
    for (const QString &statement : SqlScript::statements(script)) {
        if (!query.exec(statement)) {
            m_errorString = tr("The database update %1 (%2) failed: %3. Nothing was changed.")
                                .arg(migration.version)
                                .arg(migration.name, query.lastError().text());
            return false;
        }
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
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString()));
    }
    return problems;
}

} // namespace Sekretariat
