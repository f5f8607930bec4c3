#pragma once

#include "database/serveraddress.h"

#include "database/database.h"

#include <QFutureSynchronizer>
#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace Sekretariat {

class LanguageManager;
class DuesPage;
class EventsPage;
class GroupsPage;
class MembersPage;
class PeoplePage;
class RegisterPage;
class Workspace;
class WorkspaceOpening;

// The window: a navigation on the left, one page per area on the right, and the
// menus. It composes pages; what a page does lives in the page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { MembersPageIndex, PeoplePageIndex, DuesPageIndex, EventsPageIndex, GroupsPageIndex };

    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file or the server's database (a URL), or tells the user why
    // not and keeps what was open. With `serverProblem`, a server's refusal is
    // given there instead of in a message (the connect dialog shows it).
    bool openDatabase(const QString &path, QString *serverProblem = nullptr);
    // The same, with the register being opened on a worker thread meanwhile;
    // the window paints (saying it connects) while it waits, and a window closed
    // meanwhile lets the register go.
    bool openDatabase(WorkspaceOpening &opening);
    Workspace *workspace() const { return m_workspace.get(); }
    // Pages are built when first shown or asked for: opening a file builds one.
    MembersPage *membersPage();
    PeoplePage *peoplePage();
    DuesPage *duesPage();
    EventsPage *eventsPage();
    GroupsPage *groupsPage();
    RegisterPage *currentPage() const;
    void showPage(Page page);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Background checks of the files opened; the window waits for them when it
    // goes, as a check still reading while the program ends crashes it.
    QFutureSynchronizer<Database::Integrity> m_integrityChecks;
    void createActions();
    void createMenus();
    void retranslateUi();
    void rebuildPages();
    void checkIntegrityInBackground(const QString &path);
    void deletePages();
    QList<RegisterPage *> pages() const;
    // The page, built if need be, of the open workspace.
    RegisterPage *page(Page which);
    RegisterPage *builtPage(Page which) const;
    RegisterPage *buildPage(Page which, Workspace *workspace);
    // The page the window was left on.
    Page rememberedPage() const;
    void updateActions();
    void updatePageMenu();
    void updateRecentFiles();
    void rememberRecentFile(const QString &path);
    void saveLayout() const;

    void newDatabase();
    void openDatabaseDialog();
    bool adoptWorkspace(const QString &requested, std::unique_ptr<Workspace> workspace, Database::OpenResult result,
                        QString *serverProblem);
    // File ▸ Connect to Server, with `address` and `problem` filled in when a
    // recent server refused the password it had.
    void connectToServer(const ServerAddress &address = {}, const QString &problem = {});
    void saveBackupCopy();
    // File ▸ Copy Register To: a file's register to an empty server database,
    // a server's to a new file; the open register is never changed.
    void copyRegister();
    void rememberServerPassword(const ServerAddress &address);
    void editNetworkSettings();
    void showAbout();
    void setLanguage(const QString &language);

    LanguageManager *m_languages;
    std::unique_ptr<Workspace> m_workspace;
    MembersPage *m_membersPage = nullptr;
    PeoplePage *m_peoplePage = nullptr;
    DuesPage *m_duesPage = nullptr;
    EventsPage *m_eventsPage = nullptr;
    GroupsPage *m_groupsPage = nullptr;
    // The workspace being opened that the pages were built for (openDatabase(WorkspaceOpening &)).
    Workspace *m_pagesPreparedFor = nullptr;

    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_emptyState;
    QLabel *m_databaseLabel;
    QLabel *m_writerLabel;  // who the writes are recorded as

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    // The current page's own actions, titled after the page.
    QMenu *m_pageMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_connectServerAction = nullptr;
    QAction *m_backupAction = nullptr;
    // The password the open server register was connected with, for a copy
    // from it; in memory only, as long as it is open.
    QString m_serverPassword;
    QAction *m_copyRegisterAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_newItemAction = nullptr;
    QAction *m_openItemAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_showMembersAction = nullptr;
    QAction *m_showPeopleAction = nullptr;
    QAction *m_showDuesAction = nullptr;
    QAction *m_showEventsAction = nullptr;
    QAction *m_showGroupsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Sekretariat
