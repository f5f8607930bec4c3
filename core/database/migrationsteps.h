#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Sekretariat {

// The parts of a migration that SQL cannot do, run in the migration's own
// transaction right after its script: schema 5 links the bookkeeping rows
// written before it into the chain of hashes.
class MigrationSteps
{
public:
    static bool runAfter(int version, const QSqlDatabase &database, QString *error);
};

} // namespace Sekretariat
