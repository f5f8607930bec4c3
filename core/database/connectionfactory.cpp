#include "connectionfactory.h"

#include <QMutex>
#include <QSet>
#include <QSqlQuery>

namespace Sekretariat {

namespace {

const QString readOnlyOption = QStringLiteral("QSQLITE_OPEN_READONLY");

// A server connection says nothing of being read-only in its options; the
// names of those opened so are kept here.
QMutex readOnlyMutex;
QSet<QString> readOnlyServerConnections;

QString serverOptions(const ServerAddress &server)
{
    return QStringLiteral("sslmode=%1;connect_timeout=10;application_name=Sekretariat").arg(server.sslMode);
}

bool setUpServerConnection(QSqlDatabase &database, bool readOnly, QSqlError *error)
{
    QSqlQuery query(database);
    // Moments the program records are UTC text it writes itself; the notices of
    // "IF NOT EXISTS" are not news. A register of 100,000 people sits in the
    // server's memory: at the default random_page_cost of 4 (a spinning disk's)
    // the planner reads all 70,000 roles to find a member's 250 (13 ms a card,
    // 0.7 ms with index lookups). The setting is this session's, no one else's.
    QStringList statements{QStringLiteral("SET client_min_messages = warning"),
                           QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET random_page_cost = 1.1")};
    if (readOnly)
        statements << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

QString ConnectionFactory::driverName()
{
    return QStringLiteral("QSQLITE");
}

QString ConnectionFactory::serverDriverName()
{
    return QStringLiteral("QPSQL");
}

bool ConnectionFactory::isServer(const QSqlDatabase &database)
{
    return database.driverName() == serverDriverName();
}

bool ConnectionFactory::open(const ConnectionDescription &description, const QString &name, Use use, QSqlError *error)
{
    const bool readOnly = description.readOnly || use != Use::Writer;
    const bool server = description.server.isSet();
    bool opened = false;
    {
        // Scoped: close() cannot remove a connection while a copy of it is alive.
        QSqlDatabase database = QSqlDatabase::addDatabase(server ? serverDriverName() : driverName(), name);
        if (server) {
            database.setHostName(description.server.host);
            database.setPort(description.server.port);
            database.setDatabaseName(description.server.databaseName);
            database.setUserName(description.server.user);
            // Empty: libpq looks in PGPASSWORD and ~/.pgpass.
            database.setPassword(description.server.password);
            database.setConnectOptions(serverOptions(description.server));
        } else {
            database.setDatabaseName(description.path);
            database.setConnectOptions(readOnly ? readOnlyOption + QStringLiteral(";QSQLITE_BUSY_TIMEOUT=5000")
                                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        opened = database.open();
        if (!opened && error)
            *error = database.lastError();
        if (opened && server)
            opened = setUpServerConnection(database, readOnly, error);
        if (opened && !server && use == Use::Scan)
            QSqlQuery(database).exec(QStringLiteral("PRAGMA cache_size = -256"));
    }
    if (opened && server && readOnly) {
        QMutexLocker locker(&readOnlyMutex);
        readOnlyServerConnections.insert(name);
    }
    if (!opened)
        close(name);
    return opened;
}

void ConnectionFactory::close(const QString &name)
{
    {
        QMutexLocker locker(&readOnlyMutex);
        readOnlyServerConnections.remove(name);
    }
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool ConnectionFactory::applyWriterSettings(const QSqlDatabase &database, QSqlError *error)
{
    // The server keeps its own journal and always checks foreign keys.
    if (isServer(database))
        return true;
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

ConnectionDescription ConnectionFactory::describe(const QSqlDatabase &database)
{
    if (!isServer(database))
        return {database.databaseName(), isReadOnly(database), {}};
    ServerAddress server;
    server.host = database.hostName();
    server.port = database.port();
    server.databaseName = database.databaseName();
    server.user = database.userName();
    server.password = database.password();
    for (const QString &option : database.connectOptions().split(u';')) {
        if (option.startsWith(u"sslmode="))
            server.sslMode = option.mid(8);
    }
    return {server.toUrl(), isReadOnly(database), server};
}

bool ConnectionFactory::isReadOnly(const QSqlDatabase &database)
{
    if (isServer(database)) {
        QMutexLocker locker(&readOnlyMutex);
        return readOnlyServerConnections.contains(database.connectionName());
    }
    return database.connectOptions().contains(readOnlyOption);
}

} // namespace Sekretariat
