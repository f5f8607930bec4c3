#pragma once

#include "database/database.h"

class QTextStream;

namespace Sekretariat {

// How a command opens the register: reading commands read-only (so they may run
// while the window has the file), writing ones with the lock. A file that does
// not exist is never created, an empty one never given a schema. On failure the
// message goes to `err`.
class CommandDatabase
{
public:
    static bool openForReading(Database &database, const QString &path, QTextStream &err);
    static bool openForWriting(Database &database, const QString &path, const QString &purpose, QTextStream &err);
};

} // namespace Sekretariat
