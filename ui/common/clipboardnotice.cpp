#include "clipboardnotice.h"

#include <QApplication>
#include <QClipboard>
#include <QToolTip>
#include <QWidget>

namespace Sekretariat {

QString ClipboardNotice::copyAddresses(QWidget *anchor, const QString &addresses)
{
    QApplication::clipboard()->setText(addresses);
    const int count = addresses.isEmpty() ? 0 : int(addresses.count(u';')) + 1;
    const QString message = count == 0
        ? tr("No e-mail address to copy: none of these people has one.")
        : tr("%n e-mail address(es) copied to the clipboard, separated by “; ”.", "", count);
    if (anchor && anchor->isVisible())
        QToolTip::showText(anchor->mapToGlobal(QPoint(0, anchor->height())), message, anchor);
    return message;
}

} // namespace Sekretariat
