#pragma once

#include <QStyledItemDelegate>

namespace Sekretariat {

// Cells elide long text in the middle (the view's elide mode); this delegate
// shows the whole text as a tool tip when, and only when, a cell was cut.
class ElidingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    static bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace Sekretariat
