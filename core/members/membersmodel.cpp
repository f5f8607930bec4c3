#include "membersmodel.h"

#include "common/checkdigits.h"

#include "memberterms.h"

#include <QBrush>
#include <QColor>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace Sekretariat {

MembersModel::MembersModel(MemberRepository members, QObject *parent)
    : TranslatedTableModel(parent)
    , m_members(std::move(members))
{
}

MembersModel::~MembersModel()
{
    m_contactsLoader.waitForFinished();
}

bool MembersModel::requiresContacts(MemberStatus status)
{
    return status == MemberStatus::Decided || status == MemberStatus::Active;
}

bool MembersModel::Row::missingContacts() const
{
    return !contactsPending && requiresContacts(status) && (administrativeContacts.isEmpty() || politicalContacts.isEmpty());
}

QDate MembersModel::referenceDate() const
{
    return m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
}

QList<MembersModel::Row> MembersModel::rowsOf(const QList<MemberListing> &listing, MemberRepository::Contacts contacts)
{
    QList<Row> rows;
    rows.reserve(listing.size());
    for (const MemberListing &member : listing) {
        Row row;
        static_cast<MemberListing &>(row) = member;
        row.contactsPending = contacts == MemberRepository::Contacts::Later;
        rows.append(row);
    }
    return rows;
}

QList<MembersModel::Row> MembersModel::query(qint64 onlyId) const
{
    const QList<MemberListing> listing = m_members.listing(referenceDate(), onlyId);
    m_lastError = m_members.lastError();
    return rowsOf(listing, MemberRepository::Contacts::Included);
}

bool MembersModel::reload()
{
    ++m_generation;
    m_contactsPending = false;
    m_lastError.clear();
    QList<Row> rows = query(0);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return m_lastError.isEmpty();
}

bool MembersModel::reloadWithContactsLater()
{
    return takeWithContactsLater(readWithContactsLater(m_members, referenceDate()));
}

MembersModel::Listing MembersModel::readWithContactsLater(const MemberRepository &members, const QDate &day)
{
    Listing read;
    read.members = members.listing(day, 0, MemberRepository::Contacts::Later);
    read.error = members.lastError();
    return read;
}

bool MembersModel::takeWithContactsLater(const Listing &listing)
{
    ++m_generation;
    m_lastError = listing.error;
    QList<Row> rows = rowsOf(listing.members, MemberRepository::Contacts::Later);
    m_contactsPending = m_lastError.isEmpty();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return m_lastError.isEmpty();
}

void MembersModel::loadContactsInBackground()
{
    if (!m_contactsPending || m_contactsLoader.isRunning())
        return;
    const ConnectionDescription where = m_members.connectionDescription();
    const QDate today = referenceDate();
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<ContactsResult>(this);
    connect(watcher, &QFutureWatcher<ContactsResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;  // a reload since has read them itself
        const ContactsResult result = watcher->result();
        if (!result.names) {
            // Read on the window's own connection, which says what is wrong.
            reload();
        } else {
            takeContacts(*result.names);
        }
        emit contactsLoaded();
    });
    m_contactsLoader = QtConcurrent::run([where, today] {
        ContactsResult result;
        result.names = MemberRepository::contactNamesOnOwnConnection(where, today, &result.error);
        return result;
    });
    watcher->setFuture(m_contactsLoader);
}

void MembersModel::takeContacts(const QHash<qint64, MemberContactNames> &names)
{
    m_contactsPending = false;
    for (Row &row : m_rows) {
        // A member re-read since (refreshMember) came with its contacts.
        if (!row.contactsPending)
            continue;
        const MemberContactNames contacts = names.value(row.id);
        row.administrativeContacts = contacts.administrative;
        row.politicalContacts = contacts.political;
        row.contactsPending = false;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MembersModel::rowOfMember(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

// The list's own order (MemberRepository::listing's): by number, counties' two
// digits before municipalities' four, which is also the order of their values.
bool MembersModel::standsBefore(const Row &left, const Row &right)
{
    if (left.number.size() != right.number.size())
        return left.number.size() < right.number.size();
    return left.number < right.number;
}

void MembersModel::refreshMember(qint64 id)
{
    const QList<Row> fresh = query(id);
    const int row = rowOfMember(id);
    if (row >= 0 && fresh.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (fresh.isEmpty())
        return;
    const Row &member = fresh.first();
    // Where it stands among the others: the rows keep their number order, so
    // that a view sorted by number needs no sorting (NaturalOrderRole).
    int place = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (i != row && standsBefore(m_rows.at(i), member))
            ++place;
    }
    if (row < 0) {
        beginInsertRows({}, place, place);
        m_rows.insert(place, member);
        endInsertRows();
        return;
    }
    m_rows[row] = member;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (place != row) {
        beginMoveRows({}, row, row, {}, place > row ? place + 1 : place);
        m_rows.move(row, place);
        endMoveRows();
    }
}

QString MembersModel::searchText(const Row &row) const
{
    QStringList parts;
    for (int column = 0; column < ColumnCount; ++column)
        parts.append(cellText(row, column));
    // Found as typed, grouped or not.
    parts.append(row.organisationNumber);
    return parts.join(u'\n').toCaseFolded();
}

QString MembersModel::cellText(const Row &row, int column) const
{
    switch (column) {
    case NumberColumn: return row.number;
    case NameColumn: return row.name;
    case KindColumn: return MemberTerms::label(row.kind);
    case CountyColumn: return row.countyName;
    case PopulationColumn: return QLocale().toString(row.population);
    case StatusColumn: return MemberTerms::label(row.status);
    case AdministrativeContactColumn:
        if (row.administrativeContacts.isEmpty() && !row.contactsPending && requiresContacts(row.status))
            return tr("Missing");
        return row.administrativeContacts;
    case PoliticalContactColumn:
        if (row.politicalContacts.isEmpty() && !row.contactsPending && requiresContacts(row.status))
            return tr("Missing");
        return row.politicalContacts;
    case OrganisationNumberColumn: return CheckDigits::groupedOrganisationNumber(row.organisationNumber);
    case InvoiceEmailColumn: return row.invoiceEmail;
    }
    return {};
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool missingHere = (column == AdministrativeContactColumn && row.administrativeContacts.isEmpty())
        || (column == PoliticalContactColumn && row.politicalContacts.isEmpty());

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (role == Qt::ToolTipRole && !(missingHere && row.missingContacts()))
            return {};
        if (role == Qt::ToolTipRole)
            return tr("An active member must have a current administrative and political contact.");
        return cellText(row, column);
    case Qt::ForegroundRole:
        if (missingHere && row.missingContacts())
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (row.status == MemberStatus::Resigned)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::TextAlignmentRole:
        if (column == PopulationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case SortRole:
        switch (column) {
        case PopulationColumn: return row.population;
        case StatusColumn: return int(row.status);
        default: return cellText(row, column);
        }
    case SpreadsheetValueRole:
        return column == PopulationColumn ? QVariant(row.population) : QVariant();
    case ExportValueRole:
        switch (column) {
        case KindColumn: return MemberTerms::key(row.kind);
        case StatusColumn: return MemberTerms::key(row.status);
        case PopulationColumn: return row.population;
        case AdministrativeContactColumn: return row.administrativeContacts;
        case OrganisationNumberColumn: return row.organisationNumber;
        case PoliticalContactColumn: return row.politicalContacts;
        default: return cellText(row, column);
        }
    case SearchTextRole:
        return searchText(row);
    case StatusRole:
        return int(row.status);
    case KindRole:
        return int(row.kind);
    case MissingContactsRole:
        return row.missingContacts();
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == NaturalOrderRole)
        return section == NumberColumn;
    if (role == ExportKeyRole) {
        static const char *const keys[] = {"number", "name", "kind", "county", "population", "status",
                                           "administrative_contact", "political_contact",
                                           "organisation_number", "invoice_email"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Type");
    case CountyColumn: return tr("County");
    case PopulationColumn: return tr("Population");
    case StatusColumn: return tr("Status");
    case AdministrativeContactColumn: return tr("Administrative contact");
    case PoliticalContactColumn: return tr("Political contact");
    case OrganisationNumberColumn: return tr("Organisation no.");
    case InvoiceEmailColumn: return tr("Invoice e-mail");
    }
    return {};
}

} // namespace Sekretariat
