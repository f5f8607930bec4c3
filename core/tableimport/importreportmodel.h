#pragma once

#include "importplan.h"

#include <QAbstractTableModel>

namespace Sekretariat {

// The rows of an import plan as the wizard's report table shows them, all or
// only those of one kind; 100,000 rows without an item each.
class ImportReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, ResultColumn, NameColumn, ExistingColumn, DetailsColumn, ColumnCount };
    enum class Show { All, Errors, Duplicates, Remarks };

    explicit ImportReportModel(QObject *parent = nullptr);

    void setPlan(ImportPlan plan);
    const ImportPlan &plan() const { return m_plan; }
    // The plan's row shown in `modelRow`, to change what it does.
    ImportRow &planRow(int modelRow) { return m_plan.rows[m_shown.at(modelRow)]; }
    // Reading it does not copy the plan (which the worker's result still shares).
    const ImportRow &rowAt(int modelRow) const { return m_plan.rows.at(m_shown.at(modelRow)); }
    void setShow(Show show);
    void setDuplicateAction(ImportRow::Action action);
    // After planRow() changed: its line again.
    void rowChanged(int modelRow);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void select();

    ImportPlan m_plan;
    Show m_show = Show::All;
    QList<qsizetype> m_shown;
};

} // namespace Sekretariat
