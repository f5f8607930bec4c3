#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Sekretariat {

// The one SQLite file of the secretariat. Opening checks the file before touching
// it, refuses files it does not understand, backs up before migrating, and brings
// the schema up to date through the numbered migrations in resources.
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
    OpenResult open(const QString &path);
    // SQLite's quick_check on a connection of its own, safe on any thread.
    static bool checkIntegrity(const QString &path);
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

private:
    struct Migration {
        int version = 0;
        QString name;
        QString fileName;
    };

    QList<Migration> availableMigrations() const;
    bool hasSqliteHeader(const QString &path) const;
    static bool passesQuickCheck(const QSqlDatabase &database);
    OpenResult prepareOpened(bool existed);
    bool applyMigration(const Migration &migration);
    OpenResult fail(OpenResult result, const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_errorString;
    QString m_lastBackupPath;
    QString m_migrationsDirectory = QStringLiteral(":/migrations");
    bool m_deferIntegrityCheck = false;
};

} // namespace Sekretariat
