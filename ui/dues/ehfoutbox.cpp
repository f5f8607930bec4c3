#include "ehfoutbox.h"

#include "common/filedialogs.h"

#include <QDir>
#include <QSettings>

namespace Sekretariat {

namespace {

const QString key = QStringLiteral("documents/ehfOutbox");

} // namespace

QString EhfOutbox::folder()
{
    return QSettings().value(key).toString();
}

void EhfOutbox::setFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        QSettings().remove(key);
    else
        QSettings().setValue(key, QDir::cleanPath(folder.trimmed()));
}

QString EhfOutbox::folderToWrite(QWidget *parent)
{
    const QString outbox = folder();
    if (!outbox.isEmpty() && QDir(outbox).exists())
        return outbox;
    return FileDialogs::existingFolder(parent, tr("Save EHF Files in Folder"), QStringLiteral("ehf"));
}

} // namespace Sekretariat
