// File ▸ Connect to Server, as a person uses it: the address typed in, a wrong
// password refused in the dialog (which stays, with what was typed), the right
// one opening the shared register; the recent list remembers the address and
// never the password. File ▸ Copy Register To moves a file's register to an empty
// server database and back. Runs on the test run's server (tst_connectserver_postgresql).
#include "database/serveraddress.h"
#include "demo/demodatabuilder.h"
#include "filedialoganswerer.h"
#include "members/memberrepository.h"
#include "i18n/languagemanager.h"
#include "mainwindow/connectserverdialog.h"
#include "mainwindow/mainwindow.h"
#include "screenshots.h"
#include "testutils.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Sekretariat;

class TestConnectServer : public QObject
{
    Q_OBJECT

private:
    static QString testServerPassword()
    {
        QFile passwordFile(QDir(qEnvironmentVariable("SEKRETARIAT_TEST_SERVER")).filePath(QStringLiteral("password")));
        return passwordFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(passwordFile.readAll()).trimmed() : QString();
    }

    // Types the address and the password into the dialog and presses Return.
    static void typeAddress(ConnectServerDialog *dialog, const ServerAddress &server, const QString &password)
    {
        auto field = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QString::fromLatin1(name)); };
        for (const char *name : {"host", "database", "user", "password"}) {
            field(name)->setFocus();
            field(name)->selectAll();
            QTest::keyClick(field(name), Qt::Key_Delete);
        }
        QTest::keyClicks(field("host"), server.host);
        auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("port"));
        port->setFocus();
        QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(port, QString::number(server.port));
        QTest::keyClicks(field("database"), server.databaseName);
        QTest::keyClicks(field("user"), server.user);
        auto *security = dialog->findChild<QComboBox *>(QStringLiteral("sslMode"));
        security->setFocus();
        QTest::keyClicks(security, QStringLiteral("N"));  // "Not encrypted": the test server is local
        QTest::keyClicks(field("password"), password);
        QTest::keyClick(field("password"), Qt::Key_Return);
    }

    static qint64 rowsOf(const QSqlDatabase &database, const QString &table)
    {
        QSqlQuery query(database);
        return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(TestUtils::TestServer::isActive(), "runs on the test server: ctest -R tst_connectserver_postgresql");
    }

    void aWrongPasswordIsSaidInTheDialogAndTheRightOneConnects()
    {
        const QString url = TestUtils::TestServer::createDatabase();
        QString error;
        const ServerAddress server = *ServerAddress::fromUrl(url, &error);
        const QString password = testServerPassword();
        QVERIFY(!password.isEmpty());

        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *connectAction = window.findChild<QAction *>(QStringLiteral("connectServerAction"));
        QVERIFY(connectAction);

        int step = 0;
        QString problemShown;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ConnectServerDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            auto field = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QString::fromLatin1(name)); };
            if (step == 0) {
                step = 1;
                typeAddress(dialog, server, QStringLiteral("wrong"));
            } else if (step == 1) {
                auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
                if (!problem->isVisible())
                    return;
                step = 2;
                problemShown = problem->text();
                TestUtils::grabTo(dialog, QStringLiteral("connect-server-refused.png"));
                QCOMPARE(field("host")->text(), server.host);  // what was typed is still there
                field("password")->selectAll();
                QTest::keyClicks(field("password"), password);
                QTest::keyClick(field("password"), Qt::Key_Return);
            }
        });
        driver.start(20);
        QTimer::singleShot(0, connectAction, &QAction::trigger);
        QTRY_COMPARE_WITH_TIMEOUT(step, 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace() && window.workspace()->database().isServer(), 20000);
        driver.stop();
        QVERIFY2(problemShown.contains(u"refused the user name or the password"), qPrintable(problemShown));

        ServerAddress expected = server;
        expected.sslMode = QStringLiteral("disable");
        QCOMPARE(window.workspace()->path(), expected.toUrl());
        QCOMPARE(window.workspace()->database().schemaVersion(), window.workspace()->database().latestSchemaVersion());
        // Written once the window has painted.
        QTRY_COMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), expected.toUrl());
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(password.toUtf8()));
        TestUtils::grabTo(&window, QStringLiteral("connect-server-window.png"));
        TestUtils::TestServer::dropDatabase(url);
    }

    void aFileRegisterIsCopiedToTheServerAndBack()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString file = folder.filePath(QStringLiteral("register.sqlite"));
        {
            Workspace demo;
            QCOMPARE(demo.open(file), Database::OpenResult::Ok);
            DemoDataBuilder builder(demo, demo.catalogue());
            QVERIFY(builder.build());
        }
        const QString url = TestUtils::TestServer::createDatabase();
        QString error;
        const ServerAddress server = *ServerAddress::fromUrl(url, &error);

        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(file));
        const qint64 members = rowsOf(window.workspace()->database().connection(), QStringLiteral("members"));
        const qint64 people = rowsOf(window.workspace()->database().connection(), QStringLiteral("people"));
        QVERIFY(members > 0 && people > 0);
        auto *copyAction = window.findChild<QAction *>(QStringLiteral("copyRegisterAction"));
        QVERIFY(copyAction && copyAction->isEnabled());

        // To the server: the address typed, the progress shown, the copy opened.
        bool typed = false;
        bool progressSeen = false;
        QString said;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ConnectServerDialog *>(modal); dialog && !typed) {
                typed = true;
                QCOMPARE(dialog->windowTitle(), QStringLiteral("Copy Register to a Server"));
                TestUtils::grabTo(dialog, QStringLiteral("copy-register-to-server.png"));
                typeAddress(dialog, server, testServerPassword());
            } else if (qobject_cast<QProgressDialog *>(modal)) {
                if (!progressSeen)
                    TestUtils::grabTo(modal, QStringLiteral("copy-register-progress.png"));
                progressSeen = true;
            } else if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->objectName() == u"copyDoneQuestion") {
                said = box->text();
                TestUtils::grabTo(box, QStringLiteral("copy-register-done.png"));
                box->button(QMessageBox::Open)->click();
            }
        });
        driver.start(10);
        QTimer::singleShot(0, copyAction, &QAction::trigger);
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace() && window.workspace()->database().isServer(), 60000);
        driver.stop();
        QVERIFY(typed);
        QVERIFY2(said.contains(u"was copied to") && said.contains(u"not changed"), qPrintable(said));
        ServerAddress expected = server;
        expected.sslMode = QStringLiteral("disable");
        QCOMPARE(window.workspace()->path(), expected.toUrl());
        QCOMPARE(rowsOf(window.workspace()->database().connection(), QStringLiteral("members")), members);
        QCOMPARE(rowsOf(window.workspace()->database().connection(), QStringLiteral("people")), people);
        {
            Database original;
            QCOMPARE(original.open(file, Database::OpenMode::ExistingReadOnly), Database::OpenResult::Ok);
            QCOMPARE(rowsOf(original.connection(), QStringLiteral("members")), members);
        }

        // And back, from the server to a new file; this time the copy is not opened.
        const QString back = folder.filePath(QStringLiteral("from-the-server.sqlite"));
        TestUtils::FileDialogAnswerer answerer(back);
        said.clear();
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                box && box->objectName() == u"copyDoneQuestion") {
                said = box->text();
                box->button(QMessageBox::Close)->click();
            }
        });
        closer.start(10);
        QTimer::singleShot(0, copyAction, &QAction::trigger);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 60000);
        closer.stop();
        QVERIFY(window.workspace()->database().isServer());
        Database copy;
        QCOMPARE(copy.open(back, Database::OpenMode::ExistingReadOnly), Database::OpenResult::Ok);
        QCOMPARE(rowsOf(copy.connection(), QStringLiteral("members")), members);
        QCOMPARE(rowsOf(copy.connection(), QStringLiteral("people")), people);
        copy.close();
        window.openDatabase(file);
        TestUtils::TestServer::dropDatabase(url);
    }

    void aCopyIntoARegisterThatHasRowsIsRefused()
    {
        const QString url = TestUtils::TestServer::createDatabase();
        {
            Workspace full;
            QCOMPARE(full.open(url), Database::OpenResult::Ok);
            DemoDataBuilder builder(full, full.catalogue());
            QVERIFY(builder.build());
        }
        QString error;
        const ServerAddress server = *ServerAddress::fromUrl(url, &error);
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("register.sqlite"));
        {
            Workspace demo;
            QCOMPARE(demo.open(file), Database::OpenResult::Ok);
        }
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        QVERIFY(window.openDatabase(file));
        const qint64 membersThere = [&] {
            Database there;
            return there.open(url) == Database::OpenResult::Ok ? rowsOf(there.connection(), QStringLiteral("members"))
                                                               : -1;
        }();

        QString warned;
        bool typed = false;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ConnectServerDialog *>(modal); dialog && !typed) {
                typed = true;
                typeAddress(dialog, server, testServerPassword());
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                warned = box->text();
                box->button(QMessageBox::Ok)->click();
            }
        });
        driver.start(10);
        QTimer::singleShot(0, window.findChild<QAction *>(QStringLiteral("copyRegisterAction")), &QAction::trigger);
        QTRY_VERIFY_WITH_TIMEOUT(!warned.isEmpty(), 60000);
        driver.stop();
        QVERIFY2(warned.contains(u"holds a register already"), qPrintable(warned));
        QVERIFY(!window.workspace()->database().isServer());
        Database there;
        QCOMPARE(there.open(url), Database::OpenResult::Ok);
        QCOMPARE(rowsOf(there.connection(), QStringLiteral("members")), membersThere);
        there.close();
        TestUtils::TestServer::dropDatabase(url);
    }
};

QTEST_MAIN(TestConnectServer)
#include "tst_connectserver.moc"
