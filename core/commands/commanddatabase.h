#pragma once

#include "database/database.h"

class QTextStream;

namespace Sekretariat {

// How a reading command opens the register: read-only, so it may run while the
// window has the file (a file of an older schema is updated first when no one
// else writes it). A file that does not exist is never created, an empty one
// never given a schema. On failure the message goes to `err`. Writing commands
// open with Database::OpenMode::ExistingReadWrite and say who holds the lock.
class CommandDatabase
{
public:
    static bool openForReading(Database &database, const QString &path, QTextStream &err);
    // An import: read-only for a dry run, else for writing with `purpose` named in the lock.
    static bool openForImport(Database &database, const QString &path, bool dryRun, const QString &purpose,
                              QTextStream &err);
};

} // namespace Sekretariat
