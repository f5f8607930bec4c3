#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

#include "serveraddress.h"

class QSqlError;

namespace Sekretariat {

class RegisterLock;

// The one SQLite file of the secretariat. Opening checks the file before touching
// it, refuses files it does not understand, backs up before migrating, and brings
// the schema up to date through the numbered migrations in resources. Nothing
// but SQLite opens the file: a handle of our own, closed, would drop SQLite's
// POSIX locks for every connection of the process. A program that writes holds
// the RegisterLock, so a second one cannot take the file over.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenResult {
        Ok,
        CannotOpen,
        NotADatabase,
        Damaged,
        NewerSchema,
        BackupFailed,
        MigrationFailed,
        Locked,       // another program has it open for writing
        NeedsUpdate,  // opened read-only, but the schema is older than this program's
        NotAuthorized,  // the server refused the user or the password
    };

    enum class OpenMode {
        CreateOrUpdate,      // the window: a new file gets the schema, an old one is migrated
        ExistingReadWrite,   // writing commands: the file must be a register already
        ExistingReadOnly,    // a second window: never changes the file; an older schema is refused
        ExistingForReading,  // export and preview: read-only, but an older schema is updated
                             // first when no one else has the file open for writing
        Inspect,             // check: read-only, any schema up to ours, never changes the file
    };

    Database();
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Where the migrations are read from; ":/migrations" unless a test says otherwise.
    void setMigrationsDirectory(const QString &directory) { m_migrationsDirectory = directory; }

    // The window opens at once and checks a large file's integrity on a worker
    // thread afterwards (checkIntegrity); a file that needs migrating is always
    // checked first.
    void setDeferIntegrityCheck(bool defer) { m_deferIntegrityCheck = defer; }
    // What a lock names as the reason ("window", or the command's name).
    void setLockPurpose(const QString &purpose) { m_lockPurpose = purpose; }
    // `path` is a SQLite file, or a PostgreSQL server's database as a URL
    // (postgresql://user@host:port/database; see ServerAddress).
    OpenResult open(const QString &path, OpenMode mode = OpenMode::CreateOrUpdate);
    // A server's database, with the password when it is known (the keychain's).
    OpenResult openServer(const ServerAddress &server, OpenMode mode = OpenMode::CreateOrUpdate);
    bool isServer() const;
    bool isReadOnly() const { return m_readOnly; }
    // After Locked: who holds the file, in words, and what for ("window", a command).
    QString lockHolder() const { return m_lockHolder; }
    QString lockHolderPurpose() const { return m_lockHolderPurpose; }
    // SQLite's quick_check on a connection of its own, safe on any thread.
    // Unchecked: the check could not run (no permission, a full disk): no damage found.
    enum class Integrity { Sound, Damaged, Unchecked };
    static Integrity checkIntegrity(const QString &path);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_errorString; }

    int schemaVersion() const;
    int latestSchemaVersion() const;
    // The copy written beside the file before the last migration, if any.
    QString lastBackupPath() const { return m_lastBackupPath; }

    // A consistent copy of the whole database, written atomically.
    bool backupTo(const QString &targetPath);
    // Problems found by SQLite's integrity and foreign-key checks; empty when sound.
    QStringList integrityProblems() const;

    static QString defaultPath();
    // True when `path` is the register at `registerPath` or one of SQLite's or
    // our working files beside it: nothing but SQLite may open those.
    static bool isRegisterFile(const QString &registerPath, const QString &path);

    // What went wrong with the file, said plainly: a read-only folder, a full disk,
    // a missing permission or another program are not damage. `result` gets the kind.
    QString explainFailure(const QSqlError &error, OpenResult *result) const;

private:
    struct Migration {
        int version = 0;
        QString name;
        QString fileName;
    };

    QList<Migration> availableMigrations() const;
    // Forgets the last register and what was said of it; `path` is the next.
    void startOpening(const QString &path, OpenMode mode);
    OpenResult prepareOpened(bool existed, OpenMode mode);
    OpenResult prepareServer(OpenMode mode);
    // The tables there are decide: a new register is set up, a foreign database
    // refused, an older schema updated (after `beforeUpdate`, the file's backup).
    OpenResult bringUpToDate(bool hasTables, bool hasMigrationTable, OpenMode mode,
                             const std::function<std::optional<OpenResult>(int version)> &beforeUpdate);
    QString explainServerFailure(const QSqlError &error, OpenResult *result) const;
    void removeLeftoverBackups() const;
    bool applyMigration(const Migration &migration);
    OpenResult fail(OpenResult result, const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_errorString;
    QString m_lastBackupPath;
    QString m_migrationsDirectory = QStringLiteral(":/migrations");
    QString m_lockPurpose = QStringLiteral("window");
    QString m_lockHolder;
    QString m_lockHolderPurpose;
    std::unique_ptr<RegisterLock> m_lock;
    bool m_deferIntegrityCheck = false;
    bool m_readOnly = false;
};

} // namespace Sekretariat
