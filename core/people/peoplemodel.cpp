#include "peoplemodel.h"

#include "roleterms.h"

#include <QCollator>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QHash>
#include <algorithm>
#include <numeric>

namespace Sekretariat {

namespace {

// The role types set in a bit mask, in the types' order.
QList<RoleType> rolesIn(quint8 mask)
{
    QList<RoleType> types;
    for (int type = 0; type <= int(RoleType::Other); ++type) {
        if (mask & (1u << type))
            types.append(RoleType(type));
    }
    return types;
}

} // namespace

PeopleModel::PeopleModel(PersonRepository people, QObject *parent)
    : TranslatedTableModel(parent)
    , m_people(std::move(people))
{
}

PeopleModel::~PeopleModel()
{
    m_loader.waitForFinished();
}

QList<PeopleModel::Row> PeopleModel::query(qint64 onlyId) const
{
    const QDate today = m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
    return packRows([&](const std::function<void(const PersonListing &)> &row, qint64 *expected) {
        const bool read = m_people.scanListing(today, onlyId, row, expected);
        if (!read)
            m_lastError = m_people.lastError();
        return read;
    });
}

QList<PeopleModel::Row> PeopleModel::packRows(const Scan &scan)
{
    QList<Row> rows;
    // Titles and member names repeat across thousands of rows: one shared copy
    // each keeps 100,000 people small.
    QHash<QString, QString> shared;
    auto intern = [&shared](const QString &text) {
        if (text.isEmpty())
            return QString();
        const auto found = shared.constFind(text);
        if (found != shared.constEnd())
            return *found;
        shared.insert(text, text);
        return text;
    };
    qint64 expected = 0;
    bool reserved = false;
    scan([&](const PersonListing &person) {
        if (!reserved) {
            rows.reserve(expected);
            reserved = true;
        }
        Row row;
        row.id = person.id;
        row.title = intern(person.title);
        row.memberId = person.memberId;
        row.memberOrOrganisation = intern(person.memberOrOrganisation);
        row.setParts({person.lastName, person.firstName, person.email, person.phone});
        if (!person.roleKeys.isEmpty()) {
            for (const QString &key : person.roleKeys.split(u',')) {
                const RoleType type = RoleTerms::fromKey(key);
                row.currentRoles |= quint8(1u << int(type));
            }
        }
        rows.append(std::move(row));
    }, &expected);
    return rows;
}

void PeopleModel::reloadInBackground()
{
    const ConnectionDescription where = m_people.connectionDescription();
    const QDate today = m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;  // a later reload replaced this one
        LoadResult result = watcher->result();
        m_lastError = result.error;
        beginResetModel();
        m_rows = std::move(result.rows);
        endResetModel();
        m_loading = false;
        emit loaded();
    });
    m_loading = true;
    m_loader = QtConcurrent::run([where, today] {
        LoadResult result;
        result.rows = packRows([&](const std::function<void(const PersonListing &)> &row, qint64 *expected) {
            return PersonRepository::scanListingOnOwnConnection(where, today, row, expected, &result.error);
        });
        rankRows(result.rows);
        return result;
    });
    watcher->setFuture(m_loader);
}

bool PeopleModel::reload()
{
    ++m_generation;
    m_loading = false;
    m_lastError.clear();
    QList<Row> rows = query(0);
    beginResetModel();
    m_rows = std::move(rows);
    rankNames();
    endResetModel();
    return m_lastError.isEmpty();
}

void PeopleModel::rankNames()
{
    rankRows(m_rows);
}

void PeopleModel::rankRows(QList<Row> &rows)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);

    auto rank = [&](auto key, auto store) {
        // A sort key per name, made once, compares far quicker than the collator.
        std::vector<QCollatorSortKey> keys;
        keys.reserve(rows.size());
        for (const Row &row : std::as_const(rows))
            keys.push_back(collator.sortKey(key(row)));
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[a].compare(keys[b]) < 0; });
        for (std::size_t position = 0; position < order.size(); ++position)
            store(rows[order[position]], int(position));
    };
    rank([](const Row &row) { return row.part(Row::LastName) + u'\t' + row.part(Row::FirstName); },
         [](Row &row, int position) { row.lastNameRank = position; });
    // The rows themselves stand in last-name order, so a view sorted that way
    // needs no sorting at all (NaturalOrderRole). Swapped in place: no copy.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        while (rows.at(i).lastNameRank != i)
            std::swap(rows[i], rows[rows.at(i).lastNameRank]);
    }
}

int PeopleModel::rowOfPerson(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

void PeopleModel::refreshPerson(qint64 id)
{
    // While the register is still being read, read it again: it will hold the change.
    if (m_loading) {
        reloadInBackground();
        return;
    }
    const QList<Row> fresh = query(id);
    const int row = rowOfPerson(id);
    if (row >= 0 && fresh.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (row >= 0) {
        m_rows[row] = fresh.first();
    } else if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(fresh.first());
        endInsertRows();
    } else {
        return;
    }
    const int changed = rowOfPerson(id);
    emit dataChanged(index(changed, 0), index(changed, ColumnCount - 1));
    // A changed name moves in the order; re-ranking is cheap next to a reload.
    restoreNaturalOrder();
}

void PeopleModel::restoreNaturalOrder()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).id);
    rankRows(m_rows);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfPerson(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PeopleModel::retranslate()
{
    // Role labels are made when shown; nothing is kept in the old language.
}

// Made when asked, not kept: the search keeps what it reads, and only once
// someone searches, so 100,000 people cost no second copy of their text before.
QString PeopleModel::searchText(const Row &row) const
{
    QString text;
    for (int column = 0; column < ColumnCount; ++column) {
        text += cellText(row, column);
        text += u'\n';
    }
    return text.toCaseFolded();
}

QString PeopleModel::cellText(const Row &row, int column) const
{
    switch (column) {
    case LastNameColumn: return row.part(Row::LastName);
    case FirstNameColumn: return row.part(Row::FirstName);
    case TitleColumn: return row.title;
    case MemberColumn: return row.memberOrOrganisation;
    case RolesColumn: {
        QStringList labels;
        for (RoleType type : rolesIn(row.currentRoles))
            labels.append(RoleTerms::label(type));
        return labels.join(QStringLiteral(", "));
    }
    case EmailColumn: return row.part(Row::Email);
    case PhoneColumn: return row.part(Row::Phone);
    }
    return {};
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case IdRole:
        return row.id;
    case SortRole:
        switch (index.column()) {
        case LastNameColumn: return row.lastNameRank;
        // Ranked by the filter model, and only when someone sorts by it.
        case FirstNameColumn: return QString(row.part(Row::FirstName) + u'\t' + row.part(Row::LastName));
        default: return cellText(row, index.column());
        }
    case ExportValueRole:
        if (index.column() == RolesColumn) {
            QStringList keys;
            for (RoleType type : rolesIn(row.currentRoles))
                keys.append(RoleTerms::key(type));
            return keys.join(u';');
        }
        return cellText(row, index.column());
    case SearchTextRole:
        return searchText(row);
    case MemberIdRole:
        return row.memberId;
    case EmailRole:
        return row.part(Row::Email);
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == NaturalOrderRole)
        return section == LastNameColumn;
    if (role == ExportKeyRole) {
        static const char *const keys[] = {"last_name", "first_name", "title", "member", "roles", "email", "phone"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LastNameColumn: return tr("Last name");
    case FirstNameColumn: return tr("First name");
    case TitleColumn: return tr("Title");
    case MemberColumn: return tr("Member or organisation");
    case RolesColumn: return tr("Current roles");
    case EmailColumn: return tr("E-mail");
    case PhoneColumn: return tr("Phone");
    }
    return {};
}

} // namespace Sekretariat
