#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDialog;
class QWidget;

namespace Sekretariat {

// Every file dialog of the program goes through here, because a file dialog can
// lose the register's data. Qt's standard dialog (and the platform's) open each
// file they list to guess its type from its first bytes; on POSIX systems closing
// any handle to a file drops every lock the process holds on it, SQLite's among
// them, and the next program to open the register then deletes the write-ahead
// log that the window still writes into. So: Qt's own dialog, never the
// platform's, with an icon provider that goes by the name alone; the register's
// own files cannot be chosen for anything; and the folder first shown is the
// one last used for that kind of file (Documents at first), not the register's.
class FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    // The open register: its file and the working files beside it are refused.
    static void setRegisterPath(const QString &path);
    static bool isRegisterFile(const QString &path);

    // `kind` names the folder remembered ("pdf", "calendar", "database", ...).
    static QString saveFile(QWidget *parent, const QString &caption, const QString &kind,
                            const QString &suggestedName, const QString &filter);
    static QString openFile(QWidget *parent, const QString &caption, const QString &kind, const QString &filter);
    static QString existingFolder(QWidget *parent, const QString &caption, const QString &kind);

    // For dialogs built by hand: the safe icon provider, Qt's own dialog, the start
    // folder; exec() runs it, refusing the register's files, and remembers the folder.
    static void prepare(QFileDialog &dialog, const QString &kind);
    static QString exec(QWidget *parent, QFileDialog &dialog, const QString &kind);
    static QString startFolder(const QString &kind);
    static void rememberFolder(const QString &kind, const QString &chosenPath);

    // A file name without the characters Windows refuses (: / \ * ? " < > |).
    static QString safeFileName(const QString &name);
};

} // namespace Sekretariat
