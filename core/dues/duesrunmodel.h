#pragma once

#include "common/modelroles.h"
#include "common/translatedtablemodel.h"
#include "duesrunplanner.h"

namespace Sekretariat {

// The preview of a dues run: one checkable row per member with the population,
// its date, the raw amount, the rule that applied and the amount. Unchecking a
// row leaves the member out; nothing is issued from here.
class DuesRunModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column {
        IncludedColumn,
        NumberColumn,
        NameColumn,
        PopulationColumn,
        PopulationDateColumn,
        RawAmountColumn,
        RuleColumn,
        AmountColumn,
        WarningsColumn,
        ColumnCount
    };

    explicit DuesRunModel(QObject *parent = nullptr);

    void setLines(const QList<DuesRunLine> &lines);
    const QList<DuesRunLine> &lines() const { return m_lines; }
    DuesRunTotals totals() const { return DuesRunPlanner::totals(m_lines); }
    void setAllIncluded(bool included);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void inclusionChanged();

private:
    QList<DuesRunLine> m_lines;
};

} // namespace Sekretariat
