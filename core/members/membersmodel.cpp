#include "membersmodel.h"

#include "common/checkdigits.h"

#include "memberterms.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Sekretariat {

MembersModel::MembersModel(MemberRepository members, QObject *parent)
    : TranslatedTableModel(parent)
    , m_members(std::move(members))
{
}

bool MembersModel::requiresContacts(MemberStatus status)
{
    return status == MemberStatus::Decided || status == MemberStatus::Active;
}

bool MembersModel::Row::missingContacts() const
{
    return requiresContacts(status) && (administrativeContacts.isEmpty() || politicalContacts.isEmpty());
}

QList<MembersModel::Row> MembersModel::query(qint64 onlyId) const
{
    const QDate today = m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
    const QList<MemberListing> listing = m_members.listing(today, onlyId);
    m_lastError = m_members.lastError();
    QList<Row> rows;
    rows.reserve(listing.size());
    for (const MemberListing &member : listing) {
        Row row;
        static_cast<MemberListing &>(row) = member;
        buildSearchText(row);
        rows.append(row);
    }
    return rows;
}

bool MembersModel::reload()
{
    m_lastError.clear();
    QList<Row> rows = query(0);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return m_lastError.isEmpty();
}

int MembersModel::rowOfMember(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

void MembersModel::refreshMember(qint64 id)
{
    const QList<Row> fresh = query(id);
    const int row = rowOfMember(id);
    if (row >= 0 && fresh.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (row >= 0) {
        m_rows[row] = fresh.first();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(fresh.first());
        endInsertRows();
    }
}

void MembersModel::retranslate()
{
    for (Row &row : m_rows)
        buildSearchText(row);
}

void MembersModel::buildSearchText(Row &row) const
{
    QStringList parts;
    for (int column = 0; column < ColumnCount; ++column)
        parts.append(cellText(row, column));
    // Found as typed, grouped or not.
    parts.append(row.organisationNumber);
    row.searchText = parts.join(u'\n').toCaseFolded();
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
        if (row.administrativeContacts.isEmpty() && requiresContacts(row.status))
            return tr("Missing");
        return row.administrativeContacts;
    case PoliticalContactColumn:
        if (row.politicalContacts.isEmpty() && requiresContacts(row.status))
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
        return row.searchText;
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
