#include "importreportmodel.h"

#include "importreport.h"

#include <QBrush>
#include <QColor>

namespace Sekretariat {

ImportReportModel::ImportReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportReportModel::setPlan(ImportPlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    select();
    endResetModel();
}

void ImportReportModel::setShow(Show show)
{
    beginResetModel();
    m_show = show;
    select();
    endResetModel();
}

void ImportReportModel::setDuplicateAction(ImportRow::Action action)
{
    m_plan.setDuplicateAction(action);
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_shown.size()) - 1, ColumnCount - 1));
}

void ImportReportModel::rowChanged(int modelRow)
{
    emit dataChanged(index(modelRow, 0), index(modelRow, ColumnCount - 1));
}

void ImportReportModel::select()
{
    m_shown.clear();
    m_shown.reserve(m_plan.rows.size());
    for (qsizetype row = 0; row < m_plan.rows.size(); ++row) {
        const ImportRow &each = m_plan.rows.at(row);
        const bool shown = m_show == Show::All
            || (m_show == Show::Errors && each.status == ImportRow::Status::Error)
            || (m_show == Show::Duplicates && each.status == ImportRow::Status::Duplicate)
            || (m_show == Show::Remarks && (!each.changes.isEmpty() || !each.warnings.isEmpty()));
        if (shown)
            m_shown.append(row);
    }
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_plan.rows.at(m_shown.at(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn: return row.rowNumber;
        case ResultColumn: return ImportReport::result(row);
        case NameColumn: return row.name;
        case ExistingColumn: return row.existing;
        case DetailsColumn: return ImportReport::details(row).join(QStringLiteral("; "));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn) {
        const QStringList details = ImportReport::details(row);
        return details.isEmpty() ? QVariant() : QVariant(details.join(u'\n'));
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn) {
        if (row.status == ImportRow::Status::Error)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (row.status == ImportRow::Status::Duplicate)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
    }
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return ImportReport::headers().value(section);
}

} // namespace Sekretariat
