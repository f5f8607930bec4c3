#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Sekretariat {

// Where a shared register lives on a PostgreSQL server, written as a URL:
// postgresql://user@host:port/database?sslmode=require. The password is never
// part of the URL the program shows or remembers: it comes from the system's
// keychain, PGPASSWORD or ~/.pgpass (libpq reads the last two by itself).
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString sslMode = QStringLiteral("prefer");  // libpq's sslmode: disable, prefer, require, verify-full, ...
    QString password;                            // only in memory, for the connection being opened

    bool isSet() const { return !host.isEmpty(); }
    // postgresql://user@host:port/database?sslmode=..., without the password.
    QString toUrl() const;
    // "database on host" for windows and messages.
    QString displayName() const;

    static bool looksLikeUrl(const QString &text);
    // Nullopt with `error` (translated) when `text` is not a URL the program can use.
    static std::optional<ServerAddress> fromUrl(const QString &text, QString *error);
    static QStringList sslModes();
};

} // namespace Sekretariat
