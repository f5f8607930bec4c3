#include "registerfiltermodel.h"

#include "modelroles.h"

namespace Sekretariat {

RegisterFilterModel::RegisterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void RegisterFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const QStringList previousWords = m_words;
    m_searchText = text;
    m_words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (m_words != previousWords)
        invalidateRowsFilter();
}

void RegisterFilterModel::setRowFilter(const QString &name, const RowPredicate &predicate)
{
    for (qsizetype i = 0; i < m_rowFilters.size(); ++i) {
        if (m_rowFilters.at(i).first == name) {
            m_rowFilters.removeAt(i);
            break;
        }
    }
    if (predicate)
        m_rowFilters.append({name, predicate});
    invalidateRowsFilter();
}

bool RegisterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    for (const auto &filter : m_rowFilters) {
        if (!filter.second(sourceRow))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()->index(sourceRow, 0, sourceParent).data(SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool RegisterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.typeId() == QMetaType::QString && rightValue.typeId() == QMetaType::QString)
        return m_collator.compare(leftValue.toString(), rightValue.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Sekretariat
