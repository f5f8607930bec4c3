#include "connectionfactory.h"

#include <QSqlQuery>

namespace Sekretariat {

namespace {

const QString readOnlyOption = QStringLiteral("QSQLITE_OPEN_READONLY");

} // namespace

QString ConnectionFactory::driverName()
{
    return QStringLiteral("QSQLITE");
}

bool ConnectionFactory::open(const ConnectionDescription &description, const QString &name, Use use, QSqlError *error)
{
    const bool readOnly = description.readOnly || use != Use::Writer;
    bool opened = false;
    {
        // Scoped: close() cannot remove a connection while a copy of it is alive.
        QSqlDatabase database = QSqlDatabase::addDatabase(driverName(), name);
        database.setDatabaseName(description.path);
        database.setConnectOptions(readOnly ? readOnlyOption + QStringLiteral(";QSQLITE_BUSY_TIMEOUT=5000")
                                            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        opened = database.open();
        if (!opened && error)
            *error = database.lastError();
        if (opened && use == Use::Scan)
            QSqlQuery(database).exec(QStringLiteral("PRAGMA cache_size = -256"));
    }
    if (!opened)
        close(name);
    return opened;
}

void ConnectionFactory::close(const QString &name)
{
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
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

ConnectionDescription ConnectionFactory::describe(const QSqlDatabase &database)
{
    return {database.databaseName(), isReadOnly(database)};
}

bool ConnectionFactory::isReadOnly(const QSqlDatabase &database)
{
    return database.connectOptions().contains(readOnlyOption);
}

} // namespace Sekretariat
