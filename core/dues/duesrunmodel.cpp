#include "duesrunmodel.h"

#include "duescalculator.h"

#include <QLocale>

namespace Sekretariat {

DuesRunModel::DuesRunModel(QObject *parent)
    : TranslatedTableModel(parent)
{
}

void DuesRunModel::setLines(const QList<DuesRunLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    emit inclusionChanged();
}

void DuesRunModel::setAllIncluded(bool included)
{
    for (DuesRunLine &line : m_lines)
        line.included = included;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, IncludedColumn), index(rowCount() - 1, IncludedColumn), {Qt::CheckStateRole});
    emit inclusionChanged();
}

int DuesRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DuesRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuesRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const DuesRunLine &line = m_lines.at(index.row());
    const DuesCalculation &calculation = line.calculation;
    const QLocale locale;
    switch (role) {
    case Qt::CheckStateRole:
        if (index.column() == IncludedColumn)
            return line.included ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case IncludedColumn:
            return line.alreadyInvoiced ? tr("invoiced already") : QString();
        case NumberColumn: return line.member.number;
        case NameColumn: return line.member.name;
        case PopulationColumn: return locale.toString(calculation.population);
        case PopulationDateColumn: return locale.toString(calculation.populationDate, QLocale::ShortFormat);
        case RawAmountColumn: return calculation.raw.toString(locale);
        case RuleColumn:
            if (calculation.months < 12)
                return tr("%1, %n month(s)", nullptr, calculation.months).arg(DuesCalculator::ruleLabel(calculation.rule));
            return DuesCalculator::ruleLabel(calculation.rule);
        case AmountColumn: return calculation.amount.toString(locale);
        case WarningsColumn: return line.warnings.join(u' ');
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WarningsColumn && !line.warnings.isEmpty())
            return line.warnings.join(u'\n');
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PopulationColumn:
        case RawAmountColumn:
        case AmountColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case IncludedColumn: return line.included;
        case PopulationColumn: return calculation.population;
        case PopulationDateColumn: return calculation.populationDate;
        case RawAmountColumn: return calculation.raw.ore();
        case AmountColumn: return calculation.amount.ore();
        }
        return data(index, Qt::DisplayRole);
    case SearchTextRole:
        return QStringList{line.member.number, line.member.name, DuesCalculator::ruleLabel(calculation.rule),
                           line.warnings.join(u' ')}
            .join(u' ')
            .toCaseFolded();
    case IdRole:
        return line.member.id;
    }
    return {};
}

bool DuesRunModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != IncludedColumn || role != Qt::CheckStateRole)
        return false;
    DuesRunLine &line = m_lines[index.row()];
    const bool included = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    if (line.included == included)
        return true;
    line.included = included;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit inclusionChanged();
    return true;
}

Qt::ItemFlags DuesRunModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = TranslatedTableModel::flags(index);
    if (index.isValid() && index.column() == IncludedColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant DuesRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IncludedColumn: return tr("Invoice");
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Member");
    case PopulationColumn: return tr("Population");
    case PopulationDateColumn: return tr("Population date");
    case RawAmountColumn: return tr("Population × rate");
    case RuleColumn: return tr("Rule");
    case AmountColumn: return tr("Amount");
    case WarningsColumn: return tr("Check before sending");
    }
    return {};
}

} // namespace Sekretariat
