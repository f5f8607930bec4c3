// The window as a user meets it: it opens on a database, switches pages and
// languages while running, refuses bad files without losing what is open, and
// remembers its layout.
#include "common/registerfiltermodel.h"
#include "common/registerpage.h"
#include "database/database.h"
#include "database/registerlock.h"
#include "screenshots.h"
#include "dues/duespage.h"
#include "events/eventspage.h"
#include "groups/groupspage.h"
#include "duesfixture.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "members/membersmodel.h"
#include "members/memberspage.h"
#include "people/peoplemodel.h"
#include "people/peoplepage.h"
#include "largedatabasebuilder.h"
#include "testutils.h"
#include "messageboxanswerer.h"
#include "workspace/workspaceopening.h"
#include "database/writeridentity.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QHash>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace Sekretariat;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensOnTheDemoDatabase();
    void keyboardSwitchesPages();
    void searchFieldFiltersTheMembers();
    void languageSwitchRetranslatesWithoutRestart();
    void refusesATextFileAndKeepsTheOpenDatabase();
    void opensWhatAWorkerOpened();
    void saysItConnectsWhileTheServerIsSilent();
    void closesADamagedDatabaseFoundByTheBackgroundCheck();
    void closingWaitsForTheBackgroundWork();
    void offersReadOnlyWhenAnotherProgramWrites();
    void pagesSayWhatCouldNotBeRead();
    void remembersColumnWidths();
    void screenshots();

private:
    void closeNextMessageBox();
    // Shows the window on the demo database and waits for the people, read in the background.
    bool showOnDemo(MainWindow &window);
    QMenu *menuTitled(MainWindow &window, const QString &title);
    // No two entries of a menu (or titles of the menu bar) answer to the same Alt+letter.
    static bool mnemonicsAreUnique(const QList<QAction *> &actions);
    static bool menusHaveUniqueMnemonics(MainWindow &window);

    std::unique_ptr<TestUtils::TemporaryWorkspace> m_demo;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = std::make_unique<TestUtils::TemporaryWorkspace>();
    QVERIFY(m_demo->isOpen());
    QVERIFY(m_demo->fillWithDemo());
    m_path = m_demo->path();
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::closesADamagedDatabaseFoundByTheBackgroundCheck()
{
    // A real file with its later pages overwritten: the schema reads, the data does not.
    const QString path = m_demo->filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(TestUtils::writeDamagedDatabase(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString said;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    watcher.start(10);
    window.openDatabase(path);  // refused at once, or closed when the check finds the damage
    QTRY_VERIFY(!said.isEmpty());
    QTRY_VERIFY(window.workspace() == nullptr);
    QVERIFY(said.contains(QStringLiteral("damaged")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

// The integrity check and the people loader read on worker threads after the
// first paint; a window closed while they read must wait for them, or the
// program ends under a thread still inside SQLite and crashes (it did, on
// quitting a large register at once).
void TestMainWindow::closingWaitsForTheBackgroundWork()
{
    const QString path = m_demo->filePath(QStringLiteral("larger.sqlite"));
    {
        Workspace workspace;
        QCOMPARE(workspace.open(path), Database::OpenResult::Ok);
        LargeDatabaseBuilder builder(workspace.database().connection(), workspace.catalogue());
        LargeDatabaseSize size = LargeDatabaseSize::small();
        size.people = 30000;
        builder.setSize(size);
        const Outcome built = builder.build();
        QVERIFY2(built, qPrintable(built.message()));
    }
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    auto window = std::make_unique<MainWindow>(&languages);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->openDatabase(path));
    QTRY_VERIFY_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount() > 0, 10000);
    window.reset();
    // A finished job leaves its thread a moment later: a few milliseconds, not
    // the check's hundreds.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20));
}

void TestMainWindow::offersReadOnlyWhenAnotherProgramWrites()
{
    TestUtils::TemporaryWorkspace other;
    QVERIFY(other.isOpen());
    const QString path = other.path();
    other.close();
    // The lock of a window on another computer: never taken over.
    QFile lock(RegisterLock::lockPathFor(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    QJsonObject holder;
    holder.insert(QStringLiteral("user"), QStringLiteral("kari"));
    holder.insert(QStringLiteral("host"), QStringLiteral("kontor-pc-2"));
    holder.insert(QStringLiteral("pid"), 4242);
    holder.insert(QStringLiteral("since"), QStringLiteral("2026-12-01T07:45:00Z"));
    holder.insert(QStringLiteral("purpose"), QStringLiteral("window"));
    lock.write(QJsonDocument(holder).toJson());
    lock.close();
    const QByteArray lockBefore = [&] {
        QFile file(lock.fileName());
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        LanguageManager languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString said;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"lockedQuestion")
                return;
            said = box->text();
            TestUtils::grabTo(box, QStringLiteral("locked-question-%1.png").arg(language));
            // The button a user clicks: the first, and the default.
            QCOMPARE(box->defaultButton(), box->buttons().value(0) == box->button(QMessageBox::Cancel)
                                               ? box->buttons().value(1)
                                               : box->buttons().value(0));
            box->defaultButton()->click();
        });
        answer.start(10);
        QVERIFY(window.openDatabase(path));
        answer.stop();
        QVERIFY2(said.contains(QStringLiteral("kari")) && said.contains(QStringLiteral("kontor-pc-2")), qPrintable(said));
        QVERIFY(window.workspace());
        QVERIFY(window.workspace()->isReadOnly());
        QVERIFY2(window.windowTitle().contains(language == u"en" ? QStringLiteral("read-only")
                                                                 : QStringLiteral("skrivebeskyttet")),
                 qPrintable(window.windowTitle()));
        // Nothing in the menus starts a change.
        const QList<QAction *> actions = window.findChildren<QAction *>();
        const auto newAction = std::find_if(actions.cbegin(), actions.cend(), [](const QAction *action) {
            return action->shortcut() == QKeySequence(QKeySequence::New);
        });
        QVERIFY(newAction != actions.cend());
        QVERIFY(!(*newAction)->isEnabled());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("writerName"))->text().isEmpty());  // it writes nothing
        QTest::qWait(100);
        TestUtils::grabTo(&window, QStringLiteral("read-only-window-%1.png").arg(language));
    }
    QFile after(lock.fileName());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), lockBefore);
}

void TestMainWindow::pagesSayWhatCouldNotBeRead()
{
    TestUtils::TemporaryWorkspace broken;
    QVERIFY(broken.isOpen());
    QVERIFY(broken.fillWithDemo());
    const QString path = broken.path();
    broken.close();
    {
        // Tables another tool renamed: every read of them fails.
        Database database;
        QCOMPARE(database.open(path), Database::OpenResult::Ok);
        QSqlQuery query(database.connection());
        for (const char *table : {"members", "people", "invoices", "events", "theme_groups"}) {
            QVERIFY2(query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(QLatin1StringView(table))),
                     qPrintable(query.lastError().text()));
        }
    }
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(path));
    QTRY_VERIFY(!window.workspace()->peopleModel()->isLoading());
    const QList<QPair<QString, RegisterPage *>> pages{
        {QStringLiteral("members"), window.membersPage()}, {QStringLiteral("people"), window.peoplePage()},
        {QStringLiteral("dues"), window.duesPage()},       {QStringLiteral("events"), window.eventsPage()},
        {QStringLiteral("groups"), window.groupsPage()}};
    for (const auto &[name, page] : pages) {
        QVERIFY(page);
        QVERIFY2(page->loadError().contains(QStringLiteral("could not be read")), qPrintable(name));
        QVERIFY2(page->loadError().contains(QStringLiteral("no such table")), qPrintable(name + u' ' + page->loadError()));
        auto *banner = page->findChild<QLabel *>(QStringLiteral("loadError"));
        QVERIFY(banner);
        QVERIFY2(!banner->isHidden(), qPrintable(name));
    }
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(3);
    QTest::qWait(50);
    TestUtils::grabTo(&window, QStringLiteral("read-error-events.png"));
}

bool TestMainWindow::showOnDemo(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openDatabase(m_path))
        return false;
    // The people and the members' contacts are read once the window has painted.
    return QTest::qWaitFor([&window] {
        return !window.workspace()->isReadingInBackground();
    });
}

void TestMainWindow::closeNextMessageBox()
{
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
}

bool TestMainWindow::mnemonicsAreUnique(const QList<QAction *> &actions)
{
    QHash<QChar, QString> taken;
    bool unique = true;
    for (const QAction *action : actions) {
        const QString text = action->text();
        const qsizetype mark = text.indexOf(u'&');
        if (action->isSeparator() || mark < 0 || mark + 1 >= text.size())
            continue;
        const QChar letter = text.at(mark + 1).toLower();
        if (taken.contains(letter)) {
            qWarning("“%s” and “%s” both answer to Alt+%s", qPrintable(taken.value(letter)), qPrintable(text),
                     qPrintable(QString(letter)));
            unique = false;
        }
        taken.insert(letter, text);
    }
    return unique;
}

bool TestMainWindow::menusHaveUniqueMnemonics(MainWindow &window)
{
    const QList<QAction *> titles = window.menuBar()->actions();
    bool unique = mnemonicsAreUnique(titles);
    for (const QAction *title : titles) {
        if (title->menu())
            unique = mnemonicsAreUnique(title->menu()->actions()) && unique;
    }
    return unique;
}

QMenu *TestMainWindow::menuTitled(MainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}

void TestMainWindow::opensOnTheDemoDatabase()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_path));
    QVERIFY(window.membersPage());
    QCOMPARE(window.membersPage()->view()->model()->rowCount(), 40);
    // The list first; the contacts a moment after the window has painted.
    const QAbstractItemModel *members = window.membersPage()->view()->model();
    auto contactsShown = [members] {
        int shown = 0;
        for (int row = 0; row < members->rowCount(); ++row)
            shown += members->index(row, MembersModel::AdministrativeContactColumn).data().toString().isEmpty() ? 0 : 1;
        return shown;
    };
    QCOMPARE(contactsShown(), 0);
    TestUtils::grabTo(&window, QStringLiteral("members-before-contacts.png"));
    MembersModel readAtOnce{MemberRepository(window.workspace()->database().connection())};
    QVERIFY(readAtOnce.reload());
    int expected = 0;
    for (int row = 0; row < readAtOnce.rowCount(); ++row)
        expected += readAtOnce.index(row, MembersModel::AdministrativeContactColumn).data().toString().isEmpty() ? 0 : 1;
    QVERIFY(expected > 0);
    QTRY_COMPARE(contactsShown(), expected);
    TestUtils::grabTo(&window, QStringLiteral("members-with-contacts.png"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("test.sqlite")));
    QCOMPARE(window.currentPage(), window.membersPage());
    // Who the changes are recorded as.
    const auto *writer = window.findChild<QLabel *>(QStringLiteral("writerName"));
    QVERIFY(writer && writer->isVisible());
    QCOMPARE(writer->text(), QStringLiteral("Writing as %1").arg(WriterIdentity::name()));
}

void TestMainWindow::keyboardSwitchesPages()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), window.peoplePage());
    QVERIFY(window.peoplePage()->view()->model()->rowCount() > 80);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), window.membersPage());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.membersPage()->searchField()->hasFocus());
}

void TestMainWindow::searchFieldFiltersTheMembers()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    QTableView *view = window.membersPage()->view();
    const QString name = view->model()->index(3, MembersModel::NameColumn).data().toString();
    QTest::keyClicks(window.membersPage()->searchField(), name);
    QVERIFY(view->model()->rowCount() >= 1);
    QVERIFY(view->model()->rowCount() < 40);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString text = view->model()->index(row, 0).data(SearchTextRole).toString();
        QVERIFY2(text.contains(name.toCaseFolded()), qPrintable(text));
    }
    QTest::keyClick(window.membersPage()->searchField(), Qt::Key_Escape);
    QCOMPARE(view->model()->rowCount(), 40);
}

void TestMainWindow::languageSwitchRetranslatesWithoutRestart()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    QVERIFY(menuTitled(window, QStringLiteral("&File")));
    QVERIFY(menusHaveUniqueMnemonics(window));
    menuTitled(window, QStringLiteral("&File"))->adjustSize();
    TestUtils::grabTo(menuTitled(window, QStringLiteral("&File")), QStringLiteral("file-menu-en.png"));
    QTableView *view = window.membersPage()->view();
    QCOMPARE(view->model()->headerData(MembersModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));

    QMenu *languageMenu = menuTitled(window, QStringLiteral("&Language"));
    QVERIFY(languageMenu);
    QAction *norwegian = nullptr;
    for (QAction *action : languageMenu->actions()) {
        if (action->data().toString() == u"nb")
            norwegian = action;
    }
    QVERIFY(norwegian);
    norwegian->trigger();
    QCOMPARE(languages.language(), QStringLiteral("nb"));

    // Qt posts LanguageChange to the windows; the models hear it at once.
    QTRY_VERIFY(menuTitled(window, QStringLiteral("&Fil")));
    QVERIFY(!menuTitled(window, QStringLiteral("&File")));
    QVERIFY(menusHaveUniqueMnemonics(window));
    menuTitled(window, QStringLiteral("&Fil"))->adjustSize();
    TestUtils::grabTo(menuTitled(window, QStringLiteral("&Fil")), QStringLiteral("file-menu-nb.png"));
    QCOMPARE(view->model()->headerData(MembersModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Navn"));
    QCOMPARE(window.membersPage()->searchField()->placeholderText(), QStringLiteral("Søk (Ctrl+F)…"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("nb"));

    // Qt's own buttons follow too.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
    QDialogButtonBox save(QDialogButtonBox::Save);
    QCOMPARE(save.button(QDialogButtonBox::Save)->text(), QStringLiteral("Lagre"));
    // In bokmål, not Qt's nynorsk ("Fil&namn:").
    QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"), QStringLiteral("Fil&navn:"));

    languages.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(menuTitled(window, QStringLiteral("&File")));
    QCOMPARE(view->model()->headerData(MembersModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void TestMainWindow::refusesATextFileAndKeepsTheOpenDatabase()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));

    const QString textFile = m_demo->filePath(QStringLiteral("notes.sqlite"));
    QFile file(textFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();

    closeNextMessageBox();
    QVERIFY(!window.openDatabase(textFile));
    QCOMPARE(window.membersPage()->view()->model()->rowCount(), 40);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("These are my notes, not a database.\n"));
}

// The program's start on a server: the register opened on a worker thread
// while the window was built, refused or taken as openDatabase(path) would.
void TestMainWindow::opensWhatAWorkerOpened()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);

    const QString textFile = m_demo->filePath(QStringLiteral("notes-of-a-worker.sqlite"));
    QFile file(textFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Notes.\n");
    file.close();
    {
        TestUtils::MessageBoxAnswerer answerer({QMessageBox::Ok});
        WorkspaceOpening refused(textFile);
        QVERIFY(!window.openDatabase(refused));
        QCOMPARE(answerer.texts.size(), 1);
        QVERIFY2(answerer.texts.first().contains(QStringLiteral("notes-of-a-worker.sqlite")),
                 qPrintable(answerer.texts.first()));
    }
    QVERIFY(!window.workspace());
    auto *empty = qobject_cast<QLabel *>(pages->currentWidget());
    QVERIFY(empty);
    QVERIFY2(empty->text().startsWith(QStringLiteral("No database is open")), qPrintable(empty->text()));

    WorkspaceOpening opening(m_path);
    QVERIFY(window.openDatabase(opening));
    QCOMPARE(window.currentPage(), window.membersPage());
    // The page built while the worker opened it is the one shown.
    QCOMPARE(window.findChildren<MembersPage *>().size(), 1);
    TestUtils::grabTo(&window, QStringLiteral("opened-by-worker.png"));
    QCOMPARE(window.membersPage()->view()->model()->rowCount(), 40);
    QVERIFY(window.windowTitle().contains(QStringLiteral("test.sqlite")));
    QTRY_VERIFY(!window.workspace()->membersModel()->contactsPending());
    QTRY_VERIFY(!window.workspace()->peopleModel()->isLoading());
    QVERIFY(window.workspace()->peopleModel()->rowCount() > 80);

    // A window closed while the worker connected takes nothing.
    const Workspace *open = window.workspace();
    window.close();
    WorkspaceOpening late(textFile);
    QVERIFY(!window.openDatabase(late));
    QCOMPARE(window.workspace(), open);
}

// A server that takes the connection and says nothing, then hangs up: the
// window paints meanwhile and says what it waits for, then why it gave up. The
// members page it was left on stands meanwhile, empty; a page that reads its
// own models (dues) waits for the register, and the window says it in its middle.
void TestMainWindow::saysItConnectsWhileTheServerIsSilent()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver is not installed");
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    connect(&silent, &QTcpServer::newConnection, &silent, [&silent] {
        QTcpSocket *caller = silent.nextPendingConnection();
        QTimer::singleShot(600, caller, [caller] { caller->abort(); });
    });
    const QString expected = QStringLiteral("Kobler til register på 127.0.0.1:%1…").arg(silent.serverPort());
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("nb"));
    for (const MainWindow::Page leftOn : {MainWindow::MembersPageIndex, MainWindow::DuesPageIndex}) {
        QSettings().setValue(QStringLiteral("window/page"), int(leftOn));
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QStackedWidget *>();
        QVERIFY(pages);

        QString saidWhileWaiting;
        QString countWhileWaiting = QStringLiteral("(no members page)");
        QTimer::singleShot(300, &window, [&] {
            if (auto *label = qobject_cast<QLabel *>(pages->currentWidget()))
                saidWhileWaiting = label->text();
            if (auto *page = qobject_cast<MembersPage *>(pages->currentWidget())) {
                saidWhileWaiting = window.statusBar()->currentMessage();
                if (page->isVisible() && page->view()->model()->rowCount() == 0)
                    countWhileWaiting = page->findChild<QLabel *>(QStringLiteral("count"))->text();
            }
            TestUtils::grabTo(&window, leftOn == MainWindow::MembersPageIndex ? QStringLiteral("connecting-nb.png")
                                                                              : QStringLiteral("connecting-dues-nb.png"));
        });
        TestUtils::MessageBoxAnswerer answerer({QMessageBox::Ok});
        WorkspaceOpening opening(QStringLiteral("postgresql://sekretariat:secret@127.0.0.1:%1/register?sslmode=disable")
                                     .arg(silent.serverPort()));
        QVERIFY(!window.openDatabase(opening));
        QCOMPARE(saidWhileWaiting, expected);
        // "0 members" would be wrong: none has been read.
        QCOMPARE(countWhileWaiting, leftOn == MainWindow::MembersPageIndex ? QString() : QStringLiteral("(no members page)"));
        QCOMPARE(answerer.texts.size(), 1);
        QVERIFY(!window.workspace());
        // Refused: what was built for it is gone with it.
        QVERIFY(!window.findChild<MembersPage *>());
        auto *empty = qobject_cast<QLabel *>(pages->currentWidget());
        QVERIFY(empty);
        QVERIFY2(!empty->text().startsWith(QStringLiteral("Kobler til")), qPrintable(empty->text()));
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }
}

void TestMainWindow::remembersColumnWidths()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    {
        MainWindow window(&languages);
        QVERIFY(showOnDemo(window));
        window.membersPage()->view()->horizontalHeader()->resizeSection(MembersModel::NameColumn, 333);
        window.showPage(MainWindow::PeoplePageIndex);
        window.close();
    }
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    QCOMPARE(window.membersPage()->view()->horizontalHeader()->sectionSize(MembersModel::NameColumn), 333);
    QCOMPARE(window.currentPage(), window.peoplePage());
}

void TestMainWindow::screenshots()
{
    const QByteArray directory = qgetenv("SEKRETARIAT_SCREENSHOTS");
    if (directory.isEmpty())
        QSKIP("Set SEKRETARIAT_SCREENSHOTS to a folder to write screenshots.");
    QDir().mkpath(QString::fromLocal8Bit(directory));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        LanguageManager languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        window.resize(1280, 760);
        QVERIFY(showOnDemo(window));
        window.showPage(MainWindow::MembersPageIndex);
        QVERIFY(window.grab().save(QString::fromLocal8Bit(directory) + QStringLiteral("/main-members-%1.png").arg(language)));
        window.showPage(MainWindow::PeoplePageIndex);
        QVERIFY(window.grab().save(QString::fromLocal8Bit(directory) + QStringLiteral("/main-people-%1.png").arg(language)));

        const QSqlDatabase database = window.workspace()->database().connection();
        QVERIFY(TestUtils::issue2025Once(database));
        window.showPage(MainWindow::DuesPageIndex);
        window.duesPage()->reload();
        window.duesPage()->yearFilter()->setCurrentIndex(window.duesPage()->yearFilter()->findData(2025));
        QVERIFY(window.grab().save(QString::fromLocal8Bit(directory) + QStringLiteral("/main-dues-%1.png").arg(language)));
        window.showPage(MainWindow::EventsPageIndex);
        QVERIFY(window.grab().save(QString::fromLocal8Bit(directory) + QStringLiteral("/main-events-%1.png").arg(language)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
