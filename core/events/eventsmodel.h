#pragma once

#include "common/modelroles.h"
#include "common/translatedtablemodel.h"
#include "event.h"
#include "eventrepository.h"
#include "registrationrepository.h"

namespace Sekretariat {

// The events with how many registered, wait and came; read in two queries.
class EventsModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { StartColumn, TitleColumn, TypeColumn, PlaceColumn, CapacityColumn, RegisteredColumn,
                  WaitlistedColumn, AttendedColumn, ColumnCount };
    enum Role { TypeRole = FirstCustomRole, EndRole };

    EventsModel(EventRepository events, RegistrationRepository registrations, QObject *parent = nullptr);

    // False when the rows cannot be read; lastError() says why, for the page to show.
    bool reload();
    QString lastError() const { return m_lastError; }
    int rowOfEvent(qint64 id) const;
    const Event &eventAt(int row) const { return m_rows.at(row).event; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void retranslate() override;

private:
    struct Row {
        Event event;
        int registered = 0;
        int waitlisted = 0;
        int attended = 0;
        QString searchText;
    };
    QString cellText(const Row &row, int column) const;

    EventRepository m_events;
    RegistrationRepository m_registrations;
    QString m_lastError;
    QList<Row> m_rows;
};

} // namespace Sekretariat
