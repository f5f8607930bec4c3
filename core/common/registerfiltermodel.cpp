#include "registerfiltermodel.h"

#include "modelroles.h"

#include <algorithm>
#include <numeric>

namespace Sekretariat {

RegisterFilterModel::RegisterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

const QCollator &RegisterFilterModel::collator() const
{
    if (!m_collator) {
        m_collator.emplace();
        m_collator->setCaseSensitivity(Qt::CaseInsensitive);
        m_collator->setNumericMode(true);
    }
    return *m_collator;
}

void RegisterFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const QStringList previousWords = m_words;
    m_searchText = text;
    m_words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    // A full invalidate rebuilds the mapping in one pass; removing tens of
    // thousands of rows range by range would cost seconds.
    if (m_words == previousWords)
        return;
    updateMatches(previousWords);
    invalidate();
}

void RegisterFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forgetSourceData();
    // Anything the source changes makes the kept texts and ranks stale. These
    // connections come before the base class's, so its own handling of the
    // change already reads the source afresh.
    if (model) {
        auto forget = [this] { forgetSourceData(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, forget),
            connect(model, &QAbstractItemModel::dataChanged, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void RegisterFilterModel::forgetSourceData()
{
    m_haystacks.clear();
    m_matches.clear();
    m_ranks.clear();
}

void RegisterFilterModel::sort(int column, Qt::SortOrder order)
{
    // Rows the source keeps in this order need no sorting here: filtering then
    // keeps them in place, and a keystroke on 100,000 rows sorts nothing.
    const bool natural = sourceModel() && column >= 0 && order == Qt::AscendingOrder
        && sourceModel()->headerData(column, Qt::Horizontal, NaturalOrderRole).toBool();
    if (natural) {
        m_ranks.clear();
        QSortFilterProxyModel::sort(-1, order);
        return;
    }
    if (column != sortColumn())
        m_ranks.clear();
    QSortFilterProxyModel::sort(column, order);
}

// Sorts every source row once by the sort column (numbers as numbers, text by
// the locale's collation) and keeps each row's place.
void RegisterFilterModel::rankRows() const
{
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    const int column = sortColumn();
    QList<QVariant> keys(rows);
    bool allText = rows > 0;
    for (int row = 0; row < rows; ++row) {
        keys[row] = source->index(row, column).data(sortRole());
        allText = allText && keys[row].typeId() == QMetaType::QString;
    }
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    if (allText) {
        QList<QCollatorSortKey> sortKeys;
        sortKeys.reserve(rows);
        const QCollator &textOrder = collator();
        for (int row = 0; row < rows; ++row)
            sortKeys.append(textOrder.sortKey(keys.at(row).toString()));
        std::stable_sort(order.begin(), order.end(),
                         [&sortKeys](int a, int b) { return sortKeys.at(a).compare(sortKeys.at(b)) < 0; });
    } else {
        std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) {
            return QVariant::compare(keys.at(a), keys.at(b)) == QPartialOrdering::Less;
        });
    }
    m_ranks.resize(rows);
    for (int place = 0; place < rows; ++place)
        m_ranks[order.at(place)] = place;
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
    Q_UNUSED(sourceParent)
    if (m_matches.size() != sourceModel()->rowCount())
        updateMatches({});
    return m_matches.at(sourceRow);
}

namespace {

// QString::contains, exactly, but quicker on the short words people type: the
// first letter is found with the vectorised search, then the rest compared.
bool containsWord(QStringView text, QStringView word)
{
    const qsizetype length = word.size();
    const QChar first = word.front();
    const QStringView rest = word.sliced(1);
    for (qsizetype from = 0;;) {
        const qsizetype at = text.indexOf(first, from);
        if (at < 0 || at + length > text.size())
            return false;
        if (text.sliced(at + 1, length - 1) == rest)
            return true;
        from = at + 1;
    }
}

// Every row that matches `words` matched `previous` too when each earlier word
// is part of a new one: typing on only narrows.
bool narrows(const QStringList &previous, const QStringList &words)
{
    if (previous.isEmpty())
        return false;
    return std::all_of(previous.begin(), previous.end(), [&words](const QString &earlier) {
        return std::any_of(words.begin(), words.end(), [&earlier](const QString &word) { return word.contains(earlier); });
    });
}

} // namespace

void RegisterFilterModel::updateMatches(const QStringList &previousWords) const
{
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    if (m_haystacks.size() != rows) {
        m_haystacks.resize(rows);
        for (int row = 0; row < rows; ++row)
            m_haystacks[row] = source->index(row, 0).data(SearchTextRole).toString();
        m_matches.clear();
    }
    // Only rows that matched before can match a narrower search.
    const bool narrower = m_matches.size() == rows && narrows(previousWords, m_words);
    if (!narrower)
        m_matches.fill(true, rows);
    for (int row = 0; row < rows; ++row) {
        if (!m_matches.at(row))
            continue;
        const QString &haystack = m_haystacks.at(row);
        m_matches[row] = std::all_of(m_words.begin(), m_words.end(),
                                     [&haystack](const QString &word) { return containsWord(haystack, word); });
    }
}

bool RegisterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == sortColumn() && right.column() == sortColumn()) {
        if (m_ranks.size() != sourceModel()->rowCount())
            rankRows();
        return m_ranks.at(left.row()) < m_ranks.at(right.row());
    }
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.typeId() == QMetaType::QString && rightValue.typeId() == QMetaType::QString)
        return collator().compare(leftValue.toString(), rightValue.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Sekretariat
