#pragma once

#include "common/modelroles.h"
#include "common/translatedtablemodel.h"
#include "registration.h"
#include "registrationrepository.h"

namespace Sekretariat {

// One event's registrations in the order they came: name, member, capacity,
// status, e-mail and note.
class RegistrationsModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MemberColumn, RoleColumn, StatusColumn, EmailColumn, NoteColumn, ColumnCount };
    enum Role { StatusRole = FirstCustomRole, EmailRole };

    RegistrationsModel(RegistrationRepository registrations, qint64 eventId, QObject *parent = nullptr);

    // False when the rows cannot be read; lastError() says why, for the page to show.
    bool reload();
    QString lastError() const { return m_lastError; }
    int rowOfRegistration(qint64 id) const;
    const Registration &registrationAt(int row) const { return m_rows.at(row); }
    const QList<Registration> &registrations() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const Registration &registration, int column) const;

    RegistrationRepository m_registrations;
    QString m_lastError;
    qint64 m_eventId;
    QList<Registration> m_rows;
};

} // namespace Sekretariat
