#include "filedialogs.h"

#include "database/database.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>

namespace Sekretariat {

namespace {

QString registerPath;

// Icons and type names from the file's name and kind alone: it never opens a file.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override
    {
        QStyle *style = QApplication::style();
        switch (type) {
        case Folder:
            return style->standardIcon(QStyle::SP_DirIcon);
        case Drive:
            return style->standardIcon(QStyle::SP_DriveHDIcon);
        case Computer:
            return style->standardIcon(QStyle::SP_ComputerIcon);
        default:
            return style->standardIcon(QStyle::SP_FileIcon);
        }
    }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return icon(Drive);
        return icon(info.isDir() ? Folder : File);
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return FileDialogs::tr("Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? FileDialogs::tr("File") : FileDialogs::tr("%1 file").arg(suffix.toUpper());
    }
};

NameOnlyIconProvider *iconProvider()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

QString settingsKey(const QString &kind)
{
    return QStringLiteral("fileDialogs/%1").arg(kind);
}

} // namespace

void FileDialogs::setRegisterPath(const QString &path)
{
    registerPath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

bool FileDialogs::isRegisterFile(const QString &path)
{
    return Database::isRegisterFile(registerPath, path);
}

QString FileDialogs::startFolder(const QString &kind)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString folder = QSettings().value(settingsKey(kind)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = documents.isEmpty() ? QDir::homePath() : documents;
    // The register's folder only when the user went there for this kind of file.
    if (!registerPath.isEmpty() && kind != u"database"
        && QFileInfo(folder).absoluteFilePath() == QFileInfo(registerPath).absolutePath())
        folder = documents.isEmpty() ? QDir::homePath() : documents;
    return folder;
}

void FileDialogs::rememberFolder(const QString &kind, const QString &chosenPath)
{
    const QFileInfo info(chosenPath);
    QSettings().setValue(settingsKey(kind), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

void FileDialogs::prepare(QFileDialog &dialog, const QString &kind)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(iconProvider());
    dialog.setDirectory(startFolder(kind));
}

QString FileDialogs::safeFileName(const QString &name)
{
    static const QRegularExpression refused(QStringLiteral("[:/\\\\*?\"<>|\\x00-\\x1f]"));
    QString safe = name;
    safe.replace(refused, QStringLiteral("-"));
    safe = safe.trimmed();
    while (safe.endsWith(u'.') || safe.endsWith(u' '))
        safe.chop(1);
    return safe.isEmpty() ? QStringLiteral("-") : safe;
}

QString FileDialogs::exec(QWidget *parent, QFileDialog &dialog, const QString &kind)
{
    for (;;) {
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        const QString path = dialog.selectedFiles().constFirst();
        if (isRegisterFile(path)) {
            QMessageBox::warning(parent, dialog.windowTitle(),
                                 tr("“%1” belongs to the open register and cannot be used here. Choose another file.")
                                     .arg(QDir::toNativeSeparators(path)));
            continue;
        }
        rememberFolder(kind, path);
        return path;
    }
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &kind,
                              const QString &suggestedName, const QString &filter)
{
    QFileDialog dialog(parent, caption);
    prepare(dialog, kind);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(filter);
    dialog.selectFile(safeFileName(suggestedName));
    return exec(parent, dialog, kind);
}

QString FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &kind, const QString &filter)
{
    QFileDialog dialog(parent, caption);
    prepare(dialog, kind);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilter(filter);
    return exec(parent, dialog, kind);
}

QString FileDialogs::existingFolder(QWidget *parent, const QString &caption, const QString &kind)
{
    QFileDialog dialog(parent, caption);
    prepare(dialog, kind);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return exec(parent, dialog, kind);
}

} // namespace Sekretariat
