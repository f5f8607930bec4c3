#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <functional>

namespace Sekretariat {

// Search-as-you-type and extra filters over a register table. Every word typed
// must occur somewhere in the row's visible text (the source model's
// SearchTextRole, case-folded); extra filters are predicates on the source row.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_words;
    QList<QPair<QString, RowPredicate>> m_rowFilters;
    QCollator m_collator;
};

} // namespace Sekretariat
