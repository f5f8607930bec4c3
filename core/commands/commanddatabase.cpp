#include "commanddatabase.h"

#include <QTextStream>

namespace Sekretariat {

bool CommandDatabase::openForReading(Database &database, const QString &path, QTextStream &err)
{
    database.setLockPurpose(QStringLiteral("export"));
    if (database.open(path, Database::OpenMode::ExistingForReading) == Database::OpenResult::Ok)
        return true;
    err << database.errorString() << Qt::endl;
    return false;
}

bool CommandDatabase::openForImport(Database &database, const QString &path, bool dryRun, const QString &purpose,
                                    QTextStream &err)
{
    if (dryRun)
        return openForReading(database, path, err);
    database.setLockPurpose(purpose);
    if (database.open(path, Database::OpenMode::ExistingReadWrite) == Database::OpenResult::Ok)
        return true;
    err << database.errorString() << Qt::endl;
    return false;
}

} // namespace Sekretariat
