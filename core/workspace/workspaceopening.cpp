#include "workspaceopening.h"

#include "workspace.h"

#include "database/passwordstore.h"
#include "database/serveraddress.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QSqlDriver>
#include <QThread>
#include <QUrl>
#include <QtConcurrent>

namespace Sekretariat {

WorkspaceOpening::WorkspaceOpening(const QString &path)
    : m_path(path)
    , m_workspace(new Workspace)
{
    QThread *taker = QThread::currentThread();
    // The keychain answers through the event loop of the asking thread: asked
    // here, as Database::open would, before the worker connects.
    QString withPassword = path;
    QString error;
    if (std::optional<ServerAddress> server = ServerAddress::fromUrl(path, &error);
        server && server->password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        if (const QString password = PasswordStore::read(server->toUrl()); !password.isEmpty()) {
            QUrl url(path);
            url.setPassword(password);
            withPassword = url.toString();
        }
    }
    Workspace *workspace = m_workspace;
    const QDate day = workspace->membersModel()->referenceDate();
    m_opening = QtConcurrent::run([workspace, withPassword, day, taker] {
        Opened opened;
        opened.result = workspace->openDatabaseReadingMembers(withPassword, day, &opened.members);
        // Qt hands a connection to the thread of its driver (Qt 6.8 has
        // QSqlDatabase::moveToThread for it); only the driver's own thread may
        // move it, so it goes from here.
        if (const QSqlDatabase connection = workspace->database().connection(); connection.isValid())
            connection.driver()->moveToThread(taker);
        return opened;
    });
}

WorkspaceOpening::~WorkspaceOpening()
{
    if (!m_taken) {
        Database::OpenResult result;
        take(&result);  // and let it go
    }
}

void WorkspaceOpening::waitServingEvents() const
{
    QEventLoop loop;
    QFutureWatcher<Opened> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(m_opening);
    if (!m_opening.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

std::unique_ptr<Workspace> WorkspaceOpening::take(Database::OpenResult *result)
{
    Q_ASSERT(!m_taken);
    m_taken = true;
    const Opened opened = m_opening.result();
    *result = opened.result;
    std::unique_ptr<Workspace> workspace(m_workspace);
    m_workspace = nullptr;
    if (opened.result == Database::OpenResult::Ok)
        workspace->takeOpenedDatabase(opened.members);
    return workspace;
}

} // namespace Sekretariat
