#include "themegroupsmodel.h"

#include <QLocale>

namespace Sekretariat {

ThemeGroupsModel::ThemeGroupsModel(ThemeGroupRepository groups, PersonRepository people, QObject *parent)
    : TranslatedTableModel(parent)
    , m_groups(std::move(groups))
    , m_people(std::move(people))
{
}

bool ThemeGroupsModel::reload()
{
    QList<Row> rows;
    const QList<ThemeGroup> all = m_groups.all();
    m_lastError = m_groups.lastError();
    for (const ThemeGroup &group : all) {
        Row row{group, {}};
        if (group.leaderId > 0) {
            if (const std::optional<Person> leader = m_people.find(group.leaderId))
                row.leaderName = leader->fullName();
            else if (m_lastError.isEmpty())
                m_lastError = m_people.lastError();
        }
        rows.append(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return m_lastError.isEmpty();
}

int ThemeGroupsModel::rowOfGroup(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).group.id == id)
            return int(i);
    }
    return -1;
}

int ThemeGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThemeGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ThemeGroupsModel::cellText(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn: return row.group.name;
    case ThemeColumn: return row.group.theme;
    case LeaderColumn: return row.leaderName;
    case PeopleColumn: return locale.toString(row.group.participantIds.size());
    case PeriodColumn: {
        const QString from = locale.toString(row.group.startsOn, QLocale::ShortFormat);
        const QString to = locale.toString(row.group.endsOn, QLocale::ShortFormat);
        return from.isEmpty() && to.isEmpty() ? QString() : QStringLiteral("%1 – %2").arg(from, to);
    }
    }
    return {};
}

QVariant ThemeGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ExportValueRole:
        return cellText(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PeopleColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SpreadsheetValueRole:
        return index.column() == PeopleColumn ? QVariant(int(row.group.participantIds.size())) : QVariant();
    case SortRole:
        if (index.column() == PeopleColumn)
            return int(row.group.participantIds.size());
        if (index.column() == PeriodColumn)
            return row.group.startsOn;
        return cellText(row, index.column());
    case SearchTextRole: {
        QStringList texts;
        for (int column = 0; column < ColumnCount; ++column)
            texts.append(cellText(row, column));
        texts.append(row.group.description);
        return texts.join(u'\n').toCaseFolded();
    }
    case IdRole:
        return row.group.id;
    }
    return {};
}

QVariant ThemeGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Group");
    case ThemeColumn: return tr("Theme");
    case LeaderColumn: return tr("Leader");
    case PeopleColumn: return tr("People");
    case PeriodColumn: return tr("Period");
    }
    return {};
}

} // namespace Sekretariat
