#include "writeridentity.h"

#include <QDir>
#include <QMutex>

namespace Sekretariat {

namespace {

QMutex nameMutex;
QString chosenName;

} // namespace

QString WriterIdentity::name()
{
    QMutexLocker locker(&nameMutex);
    if (!chosenName.isEmpty())
        return chosenName;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    // A service or a container may not say: the home folder is named after the user.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("?") : home;
}

void WriterIdentity::setName(const QString &name)
{
    QMutexLocker locker(&nameMutex);
    chosenName = name.trimmed();
}

} // namespace Sekretariat
