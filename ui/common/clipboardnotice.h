#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Sekretariat {

// Copies e-mail addresses ("a@x.no; b@y.no") to the clipboard and says so
// beside the button that did it: how many, and that they are on the clipboard.
class ClipboardNotice
{
    Q_DECLARE_TR_FUNCTIONS(ClipboardNotice)

public:
    // Returns what was said, for a status bar as well.
    static QString copyAddresses(QWidget *anchor, const QString &addresses);
};

} // namespace Sekretariat
