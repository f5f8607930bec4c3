#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Sekretariat {

// The folder where EHF files wait for the access point or accounting program
// that sends them on: a setting of this computer, since the path is its own.
class EhfOutbox
{
    Q_DECLARE_TR_FUNCTIONS(EhfOutbox)

public:
    static QString folder();
    static void setFolder(const QString &folder);
    // The outbox when one is set and exists; otherwise a folder the user picks
    // (empty when cancelled).
    static QString folderToWrite(QWidget *parent);
};

} // namespace Sekretariat
