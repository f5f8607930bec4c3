#include "translatedtablemodel.h"

#include <QCoreApplication>
#include <QEvent>

namespace Sekretariat {

TranslatedTableModel::TranslatedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application)
        return;
    if (application->thread() == thread()) {
        application->installEventFilter(this);
    } else {
        // Made on a worker thread for the application's (WorkspaceOpening): a
        // filter must live in the thread of what it watches. The call waits in
        // this model's queue and moves with it.
        QMetaObject::invokeMethod(
            this, [this] { QCoreApplication::instance()->installEventFilter(this); }, Qt::QueuedConnection);
    }
}

bool TranslatedTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        retranslate();
        const int columns = columnCount();
        if (columns > 0) {
            emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
            const int rows = rowCount();
            if (rows > 0)
                emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
        }
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace Sekretariat
