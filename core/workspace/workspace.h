#pragma once

#include "database/database.h"
#include "documents/invoicedocumentdata.h"
#include "dues/duesrepository.h"
#include "dues/invoicerepository.h"
#include "events/eventrepository.h"
#include "events/gatheringreport.h"
#include "events/registrationrepository.h"
#include "events/themegrouprepository.h"
#include "members/memberrepository.h"
#include "people/personrepository.h"
#include "settings/networksettingsrepository.h"

#include <QObject>
#include <memory>

namespace Sekretariat {

class EventsModel;
class InvoicesModel;
class MembersModel;
class MunicipalityCatalogue;
class PeopleModel;
class RegistrationsModel;
class ThemeGroupsModel;

// One open database with the models the pages show. The window makes a new
// workspace for every file it opens; pages never reach for a global.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // With peopleInBackground the people model stays empty (and isLoading()) until
    // the caller starts its reloadInBackground(): the window does, once it has
    // painted. Otherwise the people are read before the call returns.
    Database::OpenResult open(const QString &path, bool peopleInBackground = false,
                              Database::OpenMode mode = Database::OpenMode::CreateOrUpdate);
    bool isReadOnly() const { return m_database.isReadOnly(); }
    QString errorString() const { return m_database.errorString(); }

    Database &database() { return m_database; }
    QSqlDatabase connection() const { return m_database.connection(); }
    QString path() const { return m_database.path(); }

    // The repositories of the open database: what the window reads and writes
    // goes through these, never through a connection of its own.
    MemberRepository members() const { return MemberRepository(connection()); }
    PersonRepository people() const { return PersonRepository(connection()); }
    DuesRepository dues() const { return DuesRepository(connection()); }
    InvoiceRepository invoices() const { return InvoiceRepository(connection()); }
    EventRepository events() const { return EventRepository(connection()); }
    RegistrationRepository registrations() const { return RegistrationRepository(connection()); }
    ThemeGroupRepository themeGroups() const { return ThemeGroupRepository(connection()); }
    NetworkSettingsRepository networkSettings() const { return NetworkSettingsRepository(connection()); }

    // Models of a page or a card, owned by `parent`.
    EventsModel *newEventsModel(QObject *parent) const;
    InvoicesModel *newInvoicesModel(QObject *parent) const;
    RegistrationsModel *newRegistrationsModel(qint64 eventId, QObject *parent) const;
    ThemeGroupsModel *newThemeGroupsModel(QObject *parent) const;
    // What the documents of these invoices show (see InvoiceBatchWriter::load).
    std::optional<QList<InvoiceDocumentData>> documents(const QList<qint64> &invoiceIds, DocumentKind kind,
                                                        QString *error) const;
    QList<GatheringReportLine> gatheringReport(qint64 eventId, const QDateTime &now) const;
    QList<GatheringReport::Attendance> attendanceOfMember(qint64 memberId) const;

    MembersModel *membersModel() const { return m_membersModel; }
    PeopleModel *peopleModel() const { return m_peopleModel; }
    const MunicipalityCatalogue &catalogue() const;

    // Tell every model that a member or person changed.
    void memberChanged(qint64 memberId);
    void personChanged(qint64 personId);

signals:
    void membersChanged();
    void peopleChanged();

private:
    Database m_database;
    MembersModel *m_membersModel = nullptr;
    PeopleModel *m_peopleModel = nullptr;
};

} // namespace Sekretariat
