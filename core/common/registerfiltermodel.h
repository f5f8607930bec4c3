#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <functional>
#include <optional>

namespace Sekretariat {

// Search-as-you-type and extra filters over a register table. Every word typed
// must occur somewhere in the row's visible text (the source model's
// SearchTextRole, case-folded); extra filters are predicates on the source row.
//
// Built for 100,000 rows: each row's search text and its rank in the sort order
// are read from the source once and kept until the source changes, so a
// keystroke costs one pass of string searches and a sort that compares integers.
class RegisterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using RowPredicate = std::function<bool(int sourceRow)>;

    explicit RegisterFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Replaces the named extra filter; an empty predicate removes it.
    void setRowFilter(const QString &name, const RowPredicate &predicate);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_words;
    QList<QPair<QString, RowPredicate>> m_rowFilters;
    void forgetSourceData();
    void rankRows() const;
    void updateMatches(const QStringList &previousWords) const;
    const QCollator &collator() const;

    // Opened on the first sort by text: opening ICU's collation costs the
    // first paint milliseconds, and most lists open sorted by number.
    mutable std::optional<QCollator> m_collator;
    mutable QList<QString> m_haystacks;   // by source row, case-folded
    mutable QList<bool> m_matches;        // by source row: has every word typed
    mutable QList<int> m_ranks;           // by source row: place in the sort order
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Sekretariat
