#pragma once

#include "database/database.h"
#include "members/membersmodel.h"

#include <QFuture>
#include <QString>
#include <memory>

namespace Sekretariat {

class Workspace;

// Opens a workspace on a worker thread, as Workspace::open(path, true) does, for
// the thread that started it to take: the program's start connects to a server
// and reads the member list while its window and first page are being built.
// The workspace and its models are made on the starting thread; the connection
// changes threads once, at the end of the worker's work, and is the taking
// thread's alone after that.
class WorkspaceOpening
{
public:
    explicit WorkspaceOpening(const QString &path);
    ~WorkspaceOpening();  // waits, and closes what was not taken
    WorkspaceOpening(const WorkspaceOpening &) = delete;
    WorkspaceOpening &operator=(const WorkspaceOpening &) = delete;

    QString path() const { return m_path; }
    // The workspace being opened. Until take(), only its models may be used,
    // empty (a page may show them meanwhile): its database is the worker's.
    Workspace *workspace() const { return m_workspace; }
    // Returns when the worker is done, the thread's events (but not the user's
    // clicks and keys, which wait) served meanwhile: a window paints itself.
    void waitServingEvents() const;
    // Waits for the worker. The workspace, opened or not (its errorString()
    // says why not); taken once.
    std::unique_ptr<Workspace> take(Database::OpenResult *result);

private:
    struct Opened {
        Database::OpenResult result = Database::OpenResult::CannotOpen;
        MembersModel::Listing members;
    };
    QString m_path;
    Workspace *m_workspace;
    QFuture<Opened> m_opening;
    bool m_taken = false;
};

} // namespace Sekretariat
