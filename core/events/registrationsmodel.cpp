#include "registrationsmodel.h"

#include "eventterms.h"

#include <QBrush>
#include <QColor>

namespace Sekretariat {

RegistrationsModel::RegistrationsModel(RegistrationRepository registrations, qint64 eventId, QObject *parent)
    : TranslatedTableModel(parent)
    , m_registrations(std::move(registrations))
    , m_eventId(eventId)
{
    reload();
}

bool RegistrationsModel::reload()
{
    QList<Registration> rows = m_eventId > 0 ? m_registrations.registrationsOf(m_eventId) : QList<Registration>();
    m_lastError = m_eventId > 0 ? m_registrations.lastError() : QString();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return m_lastError.isEmpty();
}

int RegistrationsModel::rowOfRegistration(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int RegistrationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistrationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegistrationsModel::cellText(const Registration &registration, int column) const
{
    switch (column) {
    case NameColumn: return registration.isGuest() ? tr("%1 (guest)").arg(registration.name()) : registration.name();
    case MemberColumn: return registration.memberName;
    case RoleColumn: return EventTerms::label(registration.role);
    case StatusColumn:
        if (registration.awaitsPromotionNotice())
            return tr("%1 – from the waiting list, tell them").arg(EventTerms::label(registration.status));
        return EventTerms::label(registration.status);
    case EmailColumn: return registration.email();
    case NoteColumn: return registration.note;
    }
    return {};
}

QVariant RegistrationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Registration &registration = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ExportValueRole:
        return cellText(registration, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && registration.status == RegistrationStatus::Attended)
            return QBrush(QColor(0x1f, 0x6f, 0x5c));
        if (registration.status == RegistrationStatus::Cancelled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case SortRole:
        return cellText(registration, index.column());
    case SearchTextRole:
        return QStringList{registration.name(), registration.memberName, registration.email(), registration.note}
            .join(u'\n')
            .toCaseFolded();
    case IdRole:
        return registration.id;
    case StatusRole:
        return int(registration.status);
    case EmailRole:
        return registration.email();
    }
    return {};
}

QVariant RegistrationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case MemberColumn: return tr("Member or organisation");
    case RoleColumn: return tr("Comes as");
    case StatusColumn: return tr("Status");
    case EmailColumn: return tr("E-mail");
    case NoteColumn: return tr("Note (diet, access)");
    }
    return {};
}

} // namespace Sekretariat
