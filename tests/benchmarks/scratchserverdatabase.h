#pragma once

// A database of its own on the server a benchmark is given (a postgresql://
// URL), made when constructed and dropped when destroyed, so that a benchmark
// that writes can run against a server as it runs against a new file. The
// password comes from PGPASSWORD or ~/.pgpass, as libpq finds it.
#include "database/serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace Sekretariat::Benchmark {

class ScratchServerDatabase
{
public:
    ScratchServerDatabase(const QString &serverUrl, const QString &prefix)
    {
        QString error;
        const std::optional<ServerAddress> server = ServerAddress::fromUrl(serverUrl, &error);
        if (!server) {
            QTextStream(stderr) << error << Qt::endl;
            return;
        }
        m_server = *server;
        m_name = QStringLiteral("%1_%2").arg(prefix).arg(QCoreApplication::applicationPid());
        m_valid = run(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }

    ~ScratchServerDatabase()
    {
        if (m_valid)
            run(QStringLiteral("DROP DATABASE %1").arg(m_name));
    }

    ScratchServerDatabase(const ScratchServerDatabase &) = delete;
    ScratchServerDatabase &operator=(const ScratchServerDatabase &) = delete;

    bool isValid() const { return m_valid; }
    QString url() const
    {
        ServerAddress scratch = m_server;
        scratch.databaseName = m_name;
        return scratch.toUrl();
    }

private:
    // On a connection of its own to the database of the URL given.
    bool run(const QString &statement) const
    {
        const QString connectionName = QStringLiteral("scratch-server-admin");
        bool done = false;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
            connection.setHostName(m_server.host);
            connection.setPort(m_server.port);
            connection.setDatabaseName(m_server.databaseName);
            connection.setUserName(m_server.user);
            connection.setConnectOptions(QStringLiteral("sslmode=%1").arg(m_server.sslMode));
            QSqlQuery query(connection);
            done = connection.open() && query.exec(statement);
            if (!done)
                QTextStream(stderr) << statement << ": " << query.lastError().text() << connection.lastError().text()
                                    << Qt::endl;
        }
        QSqlDatabase::removeDatabase(connectionName);
        return done;
    }

    ServerAddress m_server;
    QString m_name;
    bool m_valid = false;
};

} // namespace Sekretariat::Benchmark
