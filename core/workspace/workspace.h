#pragma once

#include "database/database.h"
#include "events/gatheringreport.h"
#include "members/membersmodel.h"
#include "repositories.h"

#include <QObject>
#include <memory>

namespace Sekretariat {

class ChangeWatcher;
class EventsModel;
class InvoicesModel;
class MunicipalityCatalogue;
class PeopleModel;
class RegistrationsModel;
class ThemeGroupsModel;

// One open database with the models the pages show and the repositories the
// window reads and writes through. The window makes a new workspace for every
// file it opens; pages never reach for a global.
class Workspace : public QObject, public Repositories
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // With readInBackground the people model stays empty (and isLoading()) and the
    // members come without their contacts (contactsPending()) until the caller
    // starts their reading in the background, startBackgroundReading(): the
    // window does, once it has painted. Otherwise all is read before the call
    // returns.
    Database::OpenResult open(const QString &path, bool readInBackground = false,
                              Database::OpenMode mode = Database::OpenMode::CreateOrUpdate);
    // open(path, true) in two halves for two threads (WorkspaceOpening). The
    // first opens the database and reads the member list on the calling
    // thread, and touches nothing else of the workspace: its models, empty,
    // may be shown by a page on the workspace's thread meanwhile.
    Database::OpenResult openDatabaseReadingMembers(const QString &path, const QDate &day,
                                                    MembersModel::Listing *members);
    // The second, on the workspace's thread once the first has returned Ok
    // (and the connection's driver has come to this thread): the models take
    // what was read.
    void takeOpenedDatabase(const MembersModel::Listing &members);
    // After open(path, true): reads the people and the members' contacts on
    // worker threads.
    void startBackgroundReading();
    // Until the people and the members' contacts are in.
    bool isReadingInBackground() const;
    bool isReadOnly() const { return m_database.isReadOnly(); }
    QString errorString() const { return m_database.errorString(); }

    Database &database() { return m_database; }
    const Database &database() const { return m_database; }
    QString path() const { return m_database.path(); }

    // Models of a page or a card, owned by `parent`.
    EventsModel *newEventsModel(QObject *parent) const;
    InvoicesModel *newInvoicesModel(QObject *parent) const;
    RegistrationsModel *newRegistrationsModel(qint64 eventId, QObject *parent) const;
    ThemeGroupsModel *newThemeGroupsModel(QObject *parent) const;
    QList<GatheringReportLine> gatheringReport(qint64 eventId, const QDateTime &now) const;
    QList<GatheringReport::Attendance> attendanceOfMember(qint64 memberId) const;

    MembersModel *membersModel() const { return m_membersModel; }
    PeopleModel *peopleModel() const { return m_peopleModel; }
    const MunicipalityCatalogue &catalogue() const;

    // Tell every model that a member or person changed.
    void memberChanged(qint64 memberId);
    void personChanged(qint64 personId);

    // Another program (or a worker thread) wrote to the register: the members
    // and people are read again, and the pages with models of their own follow
    // changedElsewhere(). Asked every second while the workspace is open.
    void noticeChangesElsewhere(int intervalMs = 1000);

signals:
    void membersChanged();
    void peopleChanged();
    void changedElsewhere();

private:
    void readFromOpenedDatabase();

    Database m_database;
    MembersModel *m_membersModel = nullptr;
    PeopleModel *m_peopleModel = nullptr;
    ChangeWatcher *m_watcher = nullptr;
};

} // namespace Sekretariat
