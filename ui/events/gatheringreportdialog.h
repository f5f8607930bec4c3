#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace Sekretariat {

class Workspace;

// Which active members the gathering reached: for the annual network gathering,
// whether each sent an administrator and a politician (registered before the
// event, attended after it); for the general assembly, who was represented.
class GatheringReportDialog : public QDialog
{
    Q_OBJECT

public:
    GatheringReportDialog(const Workspace *workspace, qint64 eventId, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QCheckBox *shortOnly() const { return m_shortOnly; }
    QLabel *summary() const { return m_summary; }

private:
    void fill();

    const Workspace *m_workspace;
    qint64 m_eventId;
    QLabel *m_summary;
    QCheckBox *m_shortOnly;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
};

} // namespace Sekretariat
