#include "mainwindow.h"

#include "database/passwordstore.h"
#include "database/writeridentity.h"

#include "afterfirstpaint.h"
#include "connectserverdialog.h"
#include "registercopy.h"
#include "common/filedialogs.h"
#include "common/iconcache.h"
#include "common/registerpage.h"
#include "dues/duespage.h"
#include "events/eventspage.h"
#include "groups/groupspage.h"
#include "firstpaintprobe.h"
#include "i18n/languagemanager.h"
#include "members/memberspage.h"
#include "people/peoplepage.h"
#include "settings/networksettingsdialog.h"
#include "workspace/workspace.h"
#include "workspace/workspaceopening.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>
#include <QTableView>

namespace Sekretariat {

namespace {

const int maximumRecentFiles = 8;
const QSize navigationIconSize(24, 24);

QStringList navigationIconNames()
{
    return {QStringLiteral("nav-members"), QStringLiteral("nav-people"), QStringLiteral("nav-dues"),
            QStringLiteral("nav-events"), QStringLiteral("nav-groups")};
}

QString databaseFilter()
{
    return MainWindow::tr("Sekretariat databases (*.sqlite *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_splitter(new QSplitter(this))
    , m_navigation(new QListWidget(m_splitter))
    , m_pages(new QStackedWidget(m_splitter))
    , m_emptyState(new QLabel(m_pages))
    , m_databaseLabel(new QLabel(this))
    , m_writerLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    const QStringList icons = navigationIconNames();
    for (int page = MembersPageIndex; page <= GroupsPageIndex; ++page)
        m_navigation->addItem(new QListWidgetItem(IconCache::icon(icons.at(page)), QString()));
    m_navigation->setIconSize(navigationIconSize);
    m_navigation->setSpacing(2);
    m_navigation->setMaximumWidth(240);
    m_navigation->setMinimumWidth(120);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_pages->addWidget(m_emptyState);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({160, 1000});
    setCentralWidget(m_splitter);
    m_writerLabel->setObjectName(QStringLiteral("writerName"));
    statusBar()->addPermanentWidget(m_writerLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(Page(row));
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());

    retranslateUi();
    updateRecentFiles();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Pages show the workspace's models; they go first.
    deletePages();
    m_integrityChecks.waitForFinished();
}

void MainWindow::deletePages()
{
    for (RegisterPage *page : pages())
        delete page;
    m_membersPage = nullptr;
    m_peoplePage = nullptr;
    m_duesPage = nullptr;
    m_eventsPage = nullptr;
    m_groupsPage = nullptr;
}

QList<RegisterPage *> MainWindow::pages() const
{
    QList<RegisterPage *> pages;
    for (int which = MembersPageIndex; which <= GroupsPageIndex; ++which) {
        if (RegisterPage *page = builtPage(Page(which)))
            pages.append(page);
    }
    return pages;
}

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(this);
    m_newDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openDatabaseAction = new QAction(this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_connectServerAction = new QAction(this);
    m_connectServerAction->setObjectName(QStringLiteral("connectServerAction"));
    connect(m_connectServerAction, &QAction::triggered, this, [this] { connectToServer(); });

    m_backupAction = new QAction(this);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::saveBackupCopy);
    m_copyRegisterAction = new QAction(this);
    m_copyRegisterAction->setObjectName(QStringLiteral("copyRegisterAction"));
    connect(m_copyRegisterAction, &QAction::triggered, this, &MainWindow::copyRegister);

    m_settingsAction = new QAction(this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editNetworkSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_newItemAction = new QAction(this);
    m_newItemAction->setShortcut(QKeySequence::New);
    connect(m_newItemAction, &QAction::triggered, this, [this] {
        if (RegisterPage *page = currentPage())
            page->addNew();
    });

    m_openItemAction = new QAction(this);
    connect(m_openItemAction, &QAction::triggered, this, [this] {
        if (RegisterPage *page = currentPage())
            page->openCurrent();
    });

    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (RegisterPage *page = currentPage())
            page->deleteSelected();
    });

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (RegisterPage *page = currentPage()) {
            page->searchField()->setFocus();
            page->searchField()->selectAll();
        }
    });

    m_showMembersAction = new QAction(this);
    m_showMembersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showMembersAction, &QAction::triggered, this, [this] { showPage(MembersPageIndex); });
    m_showPeopleAction = new QAction(this);
    m_showPeopleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showPeopleAction, &QAction::triggered, this, [this] { showPage(PeoplePageIndex); });
    m_showDuesAction = new QAction(this);
    m_showDuesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_showDuesAction, &QAction::triggered, this, [this] { showPage(DuesPageIndex); });
    m_showEventsAction = new QAction(this);
    m_showEventsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_showEventsAction, &QAction::triggered, this, [this] { showPage(EventsPageIndex); });
    m_showGroupsAction = new QAction(this);
    m_showGroupsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(m_showGroupsAction, &QAction::triggered, this, [this] { showPage(GroupsPageIndex); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::availableLanguages()) {
        QAction *action = m_languageGroup->addAction(LanguageManager::displayName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == m_languages->language());
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDatabaseAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_fileMenu->addAction(m_connectServerAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_copyRegisterAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_newItemAction);
    m_editMenu->addAction(m_openItemAction);
    m_editMenu->addAction(m_deleteAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_pageMenu = menuBar()->addMenu(QString());
    m_pageMenu->menuAction()->setVisible(false);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showMembersAction);
    m_viewMenu->addAction(m_showPeopleAction);
    m_viewMenu->addAction(m_showDuesAction);
    m_viewMenu->addAction(m_showEventsAction);
    m_viewMenu->addAction(m_showGroupsAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newDatabaseAction->setText(tr("&New Database…"));
    m_openDatabaseAction->setText(tr("&Open Database…"));
    m_connectServerAction->setText(tr("Connect to Ser&ver…"));
    m_backupAction->setText(tr("Save &Backup Copy…"));
    m_copyRegisterAction->setText(tr("Cop&y Register To…"));
    m_copyRegisterAction->setStatusTip(
        tr("Copy the whole register into an empty database on a server, or a server's register into a new file"));
    m_settingsAction->setText(tr("Network &Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_newItemAction->setText(tr("&New"));
    m_openItemAction->setText(tr("&Open Selected"));
    m_openItemAction->setToolTip(tr("Open the selected row (Enter or double-click)"));
    m_deleteAction->setText(tr("&Delete…"));
    m_findAction->setText(tr("&Find"));
    m_showMembersAction->setText(tr("&Members"));
    m_showPeopleAction->setText(tr("&People"));
    m_showDuesAction->setText(tr("&Dues"));
    m_showEventsAction->setText(tr("&Events"));
    m_showGroupsAction->setText(tr("&Theme Groups"));
    m_aboutAction->setText(tr("&About Sekretariat"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_navigation->item(MembersPageIndex)->setText(tr("Members"));
    m_navigation->item(PeoplePageIndex)->setText(tr("People"));
    m_navigation->item(DuesPageIndex)->setText(tr("Dues"));
    m_navigation->item(EventsPageIndex)->setText(tr("Events"));
    m_navigation->item(GroupsPageIndex)->setText(tr("Theme Groups"));
    m_emptyState->setText(tr("No database is open. Use File ▸ Open Database… or File ▸ New Database…"));

    if (m_workspace) {
        const QString name = QFileInfo(m_workspace->path()).fileName();
        if (m_workspace->isReadOnly()) {
            setWindowTitle(tr("%1 (read-only) – Sekretariat").arg(name));
            m_databaseLabel->setText(tr("Database: %1 (read-only)").arg(name));
        } else {
            setWindowTitle(tr("%1 – Sekretariat").arg(name));
            m_databaseLabel->setText(tr("Database: %1").arg(name));
        }
        m_databaseLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(m_workspace->path()).absoluteFilePath()));
        // Every change is recorded with this name.
        m_writerLabel->setText(m_workspace->isReadOnly() ? QString() : tr("Writing as %1").arg(WriterIdentity::name()));
        m_writerLabel->setToolTip(tr("Every change is recorded with the name you are signed in to this computer with"));
    } else {
        m_writerLabel->clear();
        setWindowTitle(tr("Sekretariat"));
        m_databaseLabel->setText(tr("No database"));
    }
    updateRecentFiles();
    if (m_workspace && currentPage())
        m_pageMenu->setTitle(currentPage()->menuTitle());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

RegisterPage *MainWindow::currentPage() const
{
    return qobject_cast<RegisterPage *>(m_pages->currentWidget());
}

RegisterPage *MainWindow::page(Page which)
{
    if (!m_workspace)
        return nullptr;
    const bool existed = builtPage(which) != nullptr;
    RegisterPage *shown = buildPage(which, m_workspace.get());
    if (!existed)
        shown->setReadOnly(m_workspace->isReadOnly());
    return shown;
}

RegisterPage *MainWindow::builtPage(Page which) const
{
    switch (which) {
    case MembersPageIndex: return m_membersPage;
    case PeoplePageIndex: return m_peoplePage;
    case DuesPageIndex: return m_duesPage;
    case EventsPageIndex: return m_eventsPage;
    case GroupsPageIndex: return m_groupsPage;
    }
    return nullptr;
}

RegisterPage *MainWindow::buildPage(Page which, Workspace *workspace)
{
    if (RegisterPage *built = builtPage(which))
        return built;
    RegisterPage *created = nullptr;
    switch (which) {
    case MembersPageIndex: created = m_membersPage = new MembersPage(workspace, m_pages); break;
    case PeoplePageIndex: created = m_peoplePage = new PeoplePage(workspace, m_pages); break;
    case DuesPageIndex: created = m_duesPage = new DuesPage(workspace, m_pages); break;
    case EventsPageIndex: created = m_eventsPage = new EventsPage(workspace, m_pages); break;
    case GroupsPageIndex: created = m_groupsPage = new GroupsPage(workspace, m_pages); break;
    }
    m_pages->addWidget(created);
    created->restoreLayout();
    connect(created, &RegisterPage::statusMessage, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message, 15000);
    });
    return created;
}

MainWindow::Page MainWindow::rememberedPage() const
{
    const int page = QSettings().value(QStringLiteral("window/page"), int(MembersPageIndex)).toInt();
    return page >= MembersPageIndex && page <= GroupsPageIndex ? Page(page) : MembersPageIndex;
}

MembersPage *MainWindow::membersPage()
{
    return static_cast<MembersPage *>(page(MembersPageIndex));
}

PeoplePage *MainWindow::peoplePage()
{
    return static_cast<PeoplePage *>(page(PeoplePageIndex));
}

DuesPage *MainWindow::duesPage()
{
    return static_cast<DuesPage *>(page(DuesPageIndex));
}

EventsPage *MainWindow::eventsPage()
{
    return static_cast<EventsPage *>(page(EventsPageIndex));
}

GroupsPage *MainWindow::groupsPage()
{
    return static_cast<GroupsPage *>(page(GroupsPageIndex));
}

void MainWindow::showPage(Page which)
{
    RegisterPage *target = page(which);
    const Page page = which;
    if (!target)
        return;
    m_pages->setCurrentWidget(target);
    if (m_navigation->currentRow() != page)
        m_navigation->setCurrentRow(page);
    // What another page reported is stale here.
    statusBar()->clearMessage();
    updateActions();
    updatePageMenu();
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    for (QAction *action : {m_backupAction, m_copyRegisterAction, m_settingsAction, m_newItemAction, m_openItemAction, m_deleteAction,
                            m_findAction, m_showMembersAction, m_showPeopleAction, m_showDuesAction, m_showEventsAction,
                            m_showGroupsAction})
        action->setEnabled(open);
    // Read-only: nothing that starts a change. What a page still offers is
    // refused by SQLite with a message, and the file stays as it is.
    const bool writable = open && !m_workspace->isReadOnly();
    for (QAction *action : {m_settingsAction, m_newItemAction, m_deleteAction})
        action->setEnabled(writable);
    // A server's database is backed up on the server (pg_dump), not copied here.
    m_backupAction->setEnabled(open && !m_workspace->database().isServer());
    m_navigation->setEnabled(open);
}

void MainWindow::updatePageMenu()
{
    m_pageMenu->clear();
    RegisterPage *page = m_workspace ? currentPage() : nullptr;
    m_pageMenu->menuAction()->setVisible(page != nullptr);
    if (!page)
        return;
    m_pageMenu->setTitle(page->menuTitle());
    m_pageMenu->addActions(page->pageActions());
}

bool MainWindow::openDatabase(const QString &requested, QString *serverProblem)
{
    const bool server = ServerAddress::looksLikeUrl(requested);
    if (m_workspace && !server
        && QFileInfo(m_workspace->path()).absoluteFilePath() == QFileInfo(requested).absoluteFilePath())
        return true;
    auto workspace = std::make_unique<Workspace>();
    const Database::OpenResult result = workspace->open(requested, true);
    return adoptWorkspace(requested, std::move(workspace), result, serverProblem);
}

bool MainWindow::openDatabase(WorkspaceOpening &opening)
{
    // The window paints itself while the worker connects, saying so.
    const QString idle = m_emptyState->text();
    QString error;
    const std::optional<ServerAddress> server = ServerAddress::fromUrl(opening.path(), &error);
    const QString connecting = tr("Connecting to %1…")
                                   .arg(server ? server->displayName() : QDir::toNativeSeparators(opening.path()));
    // With nothing open, the page it opens on is shown meanwhile, on the models
    // it will show, empty until the worker is done: then only the rows are left
    // to paint. Not a page that reads models of its own (dues, events, groups):
    // their database is the worker's until then.
    const Page first = rememberedPage();
    if (!m_workspace && (first == MembersPageIndex || first == PeoplePageIndex)) {
        RegisterPage *shown = buildPage(first, opening.workspace());
        shown->clearCountUntilRead();
        m_pagesPreparedFor = opening.workspace();
        m_pages->setCurrentWidget(shown);
        statusBar()->showMessage(connecting);
    } else {
        m_emptyState->setText(connecting);
        m_pages->setCurrentWidget(m_emptyState);
    }
    // Then, once the window has painted: the icons the first frame with the
    // register shows (the navigation's so far only disabled).
    QTimer::singleShot(0, this, [] {
        IconCache::prepare(navigationIconNames(), navigationIconSize);
        IconCache::prepare(IconCache::pageIconNames(), IconCache::pageIconSize());
    });
    opening.waitServingEvents();
    m_emptyState->setText(idle);
    Database::OpenResult result = Database::OpenResult::CannotOpen;
    std::unique_ptr<Workspace> workspace = opening.take(&result);
    // Closed meanwhile (a slow server), or refused: what was built for it goes,
    // and the register is let go.
    if (m_pagesPreparedFor && (!isVisible() || result != Database::OpenResult::Ok)) {
        deletePages();
        m_pagesPreparedFor = nullptr;
        m_pages->setCurrentWidget(m_emptyState);
        statusBar()->clearMessage();
    }
    if (!isVisible())
        return false;
    return adoptWorkspace(opening.path(), std::move(workspace), result, nullptr);
}

bool MainWindow::adoptWorkspace(const QString &requested, std::unique_ptr<Workspace> workspace,
                                Database::OpenResult result, QString *serverProblem)
{
    const bool server = ServerAddress::looksLikeUrl(requested);
    // A server's address as the program shows and remembers it: no password.
    const QString path = server ? workspace->path() : requested;
    if (server && result != Database::OpenResult::Ok && serverProblem) {
        *serverProblem = workspace->errorString();
        return false;
    }
    if (server && result == Database::OpenResult::NotAuthorized) {
        QString error;
        connectToServer(ServerAddress::fromUrl(path, &error).value_or(ServerAddress{}), workspace->errorString());
        return m_workspace && m_workspace->path() == path;
    }
    if (result == Database::OpenResult::Locked && !workspace->database().lockHolder().isEmpty()) {
        // Someone else writes it: it may be read, never taken over.
        QMessageBox question(QMessageBox::Question, tr("The database is in use"),
                             tr("“%1” is open for writing by %2.\n\nOnly one program at a time may change it. Open "
                                "it read-only, to look things up without changing anything?")
                                 .arg(QDir::toNativeSeparators(path), workspace->database().lockHolder()),
                             QMessageBox::NoButton, this);
        question.setObjectName(QStringLiteral("lockedQuestion"));
        QPushButton *readOnly = question.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        question.addButton(QMessageBox::Cancel);
        question.setDefaultButton(readOnly);
        question.exec();
        if (question.clickedButton() != readOnly)
            return false;
        workspace = std::make_unique<Workspace>();
        if (workspace->open(path, true, Database::OpenMode::ExistingReadOnly) != Database::OpenResult::Ok) {
            QMessageBox::critical(this, tr("Cannot open the database"), workspace->errorString());
            return false;
        }
    } else if (result != Database::OpenResult::Ok) {
        QMessageBox::critical(this, tr("Cannot open the database"), workspace->errorString());
        return false;
    }
    // The open register's page layouts are kept before its pages go; with none
    // open there is nothing to keep yet (the window's own is kept as it closes).
    if (m_workspace)
        saveLayout();
    // Pages built while it was being opened show it already.
    if (m_pagesPreparedFor != workspace.get())
        deletePages();
    m_pagesPreparedFor = nullptr;
    m_workspace = std::move(workspace);
    for (RegisterPage *page : pages())
        page->setReadOnly(m_workspace->isReadOnly());
    m_serverPassword = server ? QUrl(requested).password() : QString();
    FileDialogs::setRegisterPath(path);
    rebuildPages();
    retranslateUi();
    updateActions();
    if (!m_workspace->database().lastBackupPath().isEmpty()) {
        statusBar()->showMessage(tr("The database was updated; the earlier version was kept as %1.")
                                     .arg(QDir::toNativeSeparators(m_workspace->database().lastBackupPath())));
    }
    // The start-up benchmark's hook; inert unless its environment variable is set.
    // The workers start once the window has painted, so they do not compete
    // with the first frame.
    AfterFirstPaint::run(this, [this, path] {
        // A settings file written is a millisecond or two: not before the first frame.
        rememberRecentFile(path);
        if (!m_workspace || m_workspace->path() != path)
            return;
        m_workspace->startBackgroundReading();
        checkIntegrityInBackground(path);
        // Another window on the file (read-only) or a command that wrote to it: followed within a second.
        m_workspace->noticeChangesElsewhere();
    });
    if (FirstPaintProbe::isRequested())
        FirstPaintProbe::arm(this);
    if (FirstPaintProbe::visitAllPagesRequested()) {
        QTimer::singleShot(0, this, [this] {
            // Every page with everything loaded: the people and the members' contacts
            // come from worker threads.
            while (m_workspace && m_workspace->isReadingInBackground())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            for (int page = MembersPageIndex; page <= GroupsPageIndex; ++page) {
                showPage(Page(page));
                repaint();
                QCoreApplication::processEvents();
            }
            FirstPaintProbe::reportPeakMemoryAndQuit();
        });
    }
    return true;
}

void MainWindow::checkIntegrityInBackground(const QString &path)
{
    auto *watcher = new QFutureWatcher<Database::Integrity>(this);
    connect(watcher, &QFutureWatcher<Database::Integrity>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (watcher->result() != Database::Integrity::Damaged || !m_workspace || m_workspace->path() != path)
            return;
        // Damaged: close it before anything is written into it.
        saveLayout();
        deletePages();
        m_workspace.reset();
        m_pages->setCurrentWidget(m_emptyState);
        updateActions();
        updatePageMenu();
        retranslateUi();
        QMessageBox::critical(this, tr("Cannot open the database"),
                              tr("The database “%1” is damaged and was closed. Nothing was written to it; open a "
                                 "backup copy instead.")
                                  .arg(QDir::toNativeSeparators(path)));
    });
    const QFuture<Database::Integrity> check = QtConcurrent::run([path] { return Database::checkIntegrity(path); });
    m_integrityChecks.addFuture(check);
    watcher->setFuture(check);
}

void MainWindow::rebuildPages()
{
    showPage(rememberedPage());
}

void MainWindow::newDatabase()
{
    QFileDialog dialog(this, tr("New Database"));
    FileDialogs::prepare(dialog, QStringLiteral("database"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(databaseFilter());
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    const QString path = FileDialogs::exec(this, dialog, QStringLiteral("database"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("New Database"),
                                 tr("“%1” already exists. A new database needs a new file name; to use the "
                                    "existing file, choose File ▸ Open Database…")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::connectToServer(const ServerAddress &address, const QString &problem)
{
    ConnectServerDialog dialog(this);
    if (address.isSet())
        dialog.setAddress(address);
    dialog.setProblem(problem);
    while (dialog.exec() == QDialog::Accepted) {
        const ServerAddress chosen = dialog.address();
        // The password travels to Database::open in the URL and no further:
        // the workspace, the window and the recent list know the address without it.
        QUrl url(chosen.toUrl());
        url.setPassword(chosen.password);
        QString refused;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool opened = openDatabase(url.toString(), &refused);
        QApplication::restoreOverrideCursor();
        if (opened) {
            if (dialog.rememberPassword())
                rememberServerPassword(chosen);
            return;
        }
        dialog.setProblem(refused);
    }
}

void MainWindow::rememberServerPassword(const ServerAddress &address)
{
    QString error;
    if (!address.password.isEmpty() && !PasswordStore::write(address.toUrl(), address.password, &error)) {
        QMessageBox::warning(this, tr("Connect to Server"),
                             tr("Connected, but the keychain would not keep the password (%1). It will "
                                "be asked for next time.")
                                 .arg(error));
    }
}

void MainWindow::copyRegister()
{
    if (!m_workspace)
        return;
    QString from = m_workspace->path();
    QString to;
    QString target;
    ServerAddress server;
    bool remember = false;
    if (m_workspace->database().isServer()) {
        if (!m_serverPassword.isEmpty()) {
            QUrl url(from);
            url.setPassword(m_serverPassword);
            from = url.toString();
        }
        const QString suggestion = tr("sekretariat-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
        to = FileDialogs::saveFile(this, tr("Copy Register to a File"), QStringLiteral("database"), suggestion,
                                   databaseFilter());
        if (to.isEmpty())
            return;
        target = QDir::toNativeSeparators(to);
    } else {
        ConnectServerDialog dialog(this);
        dialog.setPurpose(tr("Copy Register to a Server"),
                          tr("The whole register is copied into an empty database on the server, which the server's "
                             "administrator creates. The register open here stays as it is."),
                          tr("&Copy"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        server = dialog.address();
        remember = dialog.rememberPassword();
        QUrl url(server.toUrl());
        url.setPassword(server.password);
        to = url.toString();
        target = server.displayName();
    }

    DatabaseCopier::Report report;
    const Outcome copied = RegisterCopy::run(this, from, to, &report);
    if (!copied) {
        QMessageBox::warning(this, tr("Copy Register"), copied.message());
        return;
    }
    QMessageBox done(QMessageBox::Question, tr("Copy Register"),
                     tr("The register was copied to %1 and checked: each of its %n table(s) has the same rows as here, "
                        "and the bookkeeping checks out. The open register was not changed.\n\nOpen the copy now?",
                        nullptr, int(report.lines.size()))
                         .arg(target),
                     QMessageBox::Open | QMessageBox::Close, this);
    done.setObjectName(QStringLiteral("copyDoneQuestion"));
    done.setDetailedText(report.lines.join(u'\n'));
    done.setDefaultButton(QMessageBox::Close);
    if (done.exec() == QMessageBox::Open && openDatabase(to) && remember)
        rememberServerPassword(server);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = FileDialogs::openFile(this, tr("Open Database"), QStringLiteral("database"), databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveBackupCopy()
{
    if (!m_workspace)
        return;
    const QString suggestion = tr("sekretariat-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        FileDialogs::saveFile(this, tr("Save Backup Copy"), QStringLiteral("backup"), suggestion, databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspace->path()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Save Backup Copy"), tr("A backup copy cannot replace the open database."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = m_workspace->database().backupTo(path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::critical(this, tr("Save Backup Copy"),
                              tr("The backup copy could not be written: %1").arg(m_workspace->database().errorString()));
        return;
    }
    statusBar()->showMessage(tr("Backup copy saved as %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::editNetworkSettings()
{
    if (!m_workspace)
        return;
    NetworkSettingsDialog dialog(m_workspace.get(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sekretariat"),
                       tr("<h3>Sekretariat %1</h3>"
                          "<p>The member register, dues and events of a network of municipalities "
                          "working on public health.</p>"
                          "<p>Reference data: municipalities and population from Statistics Norway "
                          "(NLOD 2.0).</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::setLanguage(const QString &language)
{
    if (m_languages->setLanguage(language))
        QSettings().setValue(QStringLiteral("language"), language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->language());
}

void MainWindow::rememberRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = ServerAddress::looksLikeUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximumRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentFiles();
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(ServerAddress::looksLikeUrl(file) ? file : QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openDatabase(file); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
        connect(clear, &QAction::triggered, this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentFiles();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (m_workspace)
        settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    for (RegisterPage *page : pages())
        page->saveLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace Sekretariat
