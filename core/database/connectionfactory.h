#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include "serveraddress.h"

namespace Sekretariat {

// Where the register is: a SQLite file (path), or a PostgreSQL database when
// `server` is set.
struct ConnectionDescription
{
    QString path;
    bool readOnly = false;
    ServerAddress server;
};

// The back-end seam: the only code that names the drivers (QSQLITE, QPSQL) and
// sets a connection up. Every connection of the program, the window's and the
// worker threads', is opened here.
class ConnectionFactory
{
public:
    enum class Use {
        Writer,  // the window's or a command's own connection: foreign keys, WAL
        Reader,  // read-only
        Scan,    // read-only, on a worker thread, reading a table once: a small page cache
    };

    // Adds and opens the connection `name`; on failure it is removed again and
    // `error` says why. The caller removes it with close(name) when done.
    static bool open(const ConnectionDescription &description, const QString &name, Use use, QSqlError *error);
    static void close(const QString &name);

    // After open() for a writer, once the file is known to be ours.
    static bool applyWriterSettings(const QSqlDatabase &database, QSqlError *error);
    static bool isReadOnly(const QSqlDatabase &database);
    // Where an open connection reads, for a worker thread's connection of its own.
    static ConnectionDescription describe(const QSqlDatabase &database);
    static QString driverName();
    static QString serverDriverName();
    // True for a connection to a PostgreSQL server.
    static bool isServer(const QSqlDatabase &database);
};

} // namespace Sekretariat
