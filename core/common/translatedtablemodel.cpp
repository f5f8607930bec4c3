#include "translatedtablemodel.h"

#include <QCoreApplication>
#include <QEvent>

namespace Sekretariat {

TranslatedTableModel::TranslatedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
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
