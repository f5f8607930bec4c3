#include "workspace.h"

#include "database/changewatcher.h"

#include "dues/invoicesmodel.h"
#include "events/eventsmodel.h"
#include "events/registrationsmodel.h"
#include "events/themegroupsmodel.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "reference/municipalitycatalogue.h"

namespace Sekretariat {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , Repositories(&m_database)  // only its address: the database is made next
    , m_membersModel(new MembersModel(members(), this))
    , m_peopleModel(new PeopleModel(people(), this))
{
}

Workspace::~Workspace()
{
    // Models hold query results of the connection; they go before it closes.
    delete m_watcher;
    delete m_membersModel;
    delete m_peopleModel;
}

Database::OpenResult Workspace::open(const QString &path, bool readInBackground, Database::OpenMode mode)
{
    m_database.setDeferIntegrityCheck(readInBackground);
    const Database::OpenResult result = m_database.open(path, mode);
    if (result != Database::OpenResult::Ok)
        return result;
    readFromOpenedDatabase();
    if (readInBackground) {
        m_membersModel->reloadWithContactsLater();
        m_peopleModel->setPending();
    } else {
        m_membersModel->reload();
        m_peopleModel->reload();
    }
    return result;
}

Database::OpenResult Workspace::openDatabaseReadingMembers(const QString &path, const QDate &day,
                                                           MembersModel::Listing *members)
{
    m_database.setDeferIntegrityCheck(true);
    const Database::OpenResult result = m_database.open(path);
    if (result == Database::OpenResult::Ok)
        *members = MembersModel::readWithContactsLater(Repositories::members(), day);
    return result;
}

void Workspace::takeOpenedDatabase(const MembersModel::Listing &members)
{
    readFromOpenedDatabase();
    m_membersModel->takeWithContactsLater(members);
    m_peopleModel->setPending();
}

void Workspace::readFromOpenedDatabase()
{
    m_membersModel->setRepository(members());
    m_peopleModel->setRepository(people());
}

void Workspace::startBackgroundReading()
{
    m_membersModel->loadContactsInBackground();
    m_peopleModel->reloadInBackground();
}

bool Workspace::isReadingInBackground() const
{
    return m_peopleModel->isLoading() || m_membersModel->contactsPending();
}

EventsModel *Workspace::newEventsModel(QObject *parent) const
{
    return new EventsModel(events(), registrations(), parent);
}

InvoicesModel *Workspace::newInvoicesModel(QObject *parent) const
{
    return new InvoicesModel(invoices(), parent);
}

RegistrationsModel *Workspace::newRegistrationsModel(qint64 eventId, QObject *parent) const
{
    return new RegistrationsModel(registrations(), eventId, parent);
}

ThemeGroupsModel *Workspace::newThemeGroupsModel(QObject *parent) const
{
    return new ThemeGroupsModel(themeGroups(), people(), parent);
}

QList<GatheringReportLine> Workspace::gatheringReport(qint64 eventId, const QDateTime &now) const
{
    const std::optional<Event> event = events().find(eventId);
    if (!event)
        return {};
    return GatheringReport::evaluate(members().all(), registrations().registrationsOf(eventId), event->hasEndedBy(now),
                                     event->startsAt.date());
}

QList<GatheringReport::Attendance> Workspace::attendanceOfMember(qint64 memberId) const
{
    return registrations().attendanceOfMember(memberId);
}

const MunicipalityCatalogue &Workspace::catalogue() const
{
    // The official list never changes while the program runs; load it once.
    static MunicipalityCatalogue *catalogue = [] {
        auto *loaded = new MunicipalityCatalogue;
        loaded->load();
        return loaded;
    }();
    return *catalogue;
}

void Workspace::noticeChangesElsewhere(int intervalMs)
{
    delete m_watcher;
    m_watcher = new ChangeWatcher(m_database.connection(), intervalMs, this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, [this] {
        m_membersModel->reload();
        if (!m_peopleModel->isLoading())
            m_peopleModel->reloadInBackground();
        emit membersChanged();
        emit peopleChanged();
        emit changedElsewhere();
    });
    m_watcher->start();
}

void Workspace::memberChanged(qint64 memberId)
{
    m_membersModel->refreshMember(memberId);
    emit membersChanged();
}

void Workspace::personChanged(qint64 personId)
{
    m_peopleModel->refreshPerson(personId);
    // Roles decide the members' contact columns.
    m_membersModel->reload();
    emit peopleChanged();
}

} // namespace Sekretariat
