#include "eventsmodel.h"

#include "eventterms.h"

#include <QHash>
#include <QLocale>

namespace Sekretariat {

EventsModel::EventsModel(EventRepository events, RegistrationRepository registrations, QObject *parent)
    : TranslatedTableModel(parent)
    , m_events(std::move(events))
    , m_registrations(std::move(registrations))
{
}

bool EventsModel::reload()
{
    const QHash<qint64, RegistrationCounts> counts = m_registrations.countsByEvent();
    m_lastError = m_registrations.lastError();
    QList<Row> rows;
    const QList<Event> all = m_events.all();
    if (m_lastError.isEmpty())
        m_lastError = m_events.lastError();
    for (const Event &event : all) {
        const RegistrationCounts count = counts.value(event.id);
        rows.append({event, count.registered, count.waitlisted, count.attended, {}});
    }
    beginResetModel();
    m_rows = rows;
    retranslate();
    endResetModel();
    return m_lastError.isEmpty();
}

int EventsModel::rowOfEvent(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).event.id == id)
            return int(i);
    }
    return -1;
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventsModel::cellText(const Row &row, int column) const
{
    const Event &event = row.event;
    switch (column) {
    case StartColumn: return EventTerms::timeSpan(event.startsAt, event.endsAt);
    case TitleColumn: return event.annualGathering ? event.title + QStringLiteral(" ★") : event.title;
    case TypeColumn: return EventTerms::label(event.type);
    case PlaceColumn: return event.place.isEmpty() ? (event.onlineLink.isEmpty() ? QString() : tr("Online")) : event.place;
    case CapacityColumn: return event.isUnlimited() ? QStringLiteral("–") : QLocale().toString(event.capacity);
    case RegisteredColumn: return QLocale().toString(row.registered);
    case WaitlistedColumn: return row.waitlisted > 0 ? QLocale().toString(row.waitlisted) : QString();
    case AttendedColumn: return row.attended > 0 ? QLocale().toString(row.attended) : QString();
    }
    return {};
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= CapacityColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case StartColumn: return row.event.startsAt;
        case CapacityColumn: return row.event.capacity;
        case RegisteredColumn: return row.registered;
        case WaitlistedColumn: return row.waitlisted;
        case AttendedColumn: return row.attended;
        }
        return cellText(row, index.column());
    case SpreadsheetValueRole:
        switch (index.column()) {
        case StartColumn: return row.event.startsAt;
        case CapacityColumn: return row.event.capacity > 0 ? QVariant(row.event.capacity) : QVariant();
        case RegisteredColumn: return row.registered;
        case WaitlistedColumn: return row.waitlisted > 0 ? QVariant(row.waitlisted) : QVariant();
        case AttendedColumn: return row.attended > 0 ? QVariant(row.attended) : QVariant();
        }
        return {};
    case ExportValueRole:
        return cellText(row, index.column());
    case SearchTextRole:
        return row.searchText;
    case IdRole:
        return row.event.id;
    case TypeRole:
        return int(row.event.type);
    case EndRole:
        return row.event.endsAt;
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn: return tr("When");
    case TitleColumn: return tr("Title");
    case TypeColumn: return tr("Type");
    case PlaceColumn: return tr("Place");
    case CapacityColumn: return tr("Seats");
    case RegisteredColumn: return tr("Registered");
    case WaitlistedColumn: return tr("Waiting");
    case AttendedColumn: return tr("Attended");
    }
    return {};
}

void EventsModel::retranslate()
{
    for (Row &row : m_rows) {
        QStringList texts;
        for (int column = 0; column < ColumnCount; ++column)
            texts.append(cellText(row, column));
        texts.append(row.event.description);
        row.searchText = texts.join(u'\n').toCaseFolded();
    }
}

} // namespace Sekretariat
