// File ▸ Connect to Server, as a person uses it: the address typed in, a wrong
// password refused in the dialog (which stays, with what was typed), the right
// one opening the shared register; the recent list remembers the address and
// never the password. Runs on the test run's server (tst_connectserver_postgresql).
#include "database/serveraddress.h"
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
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Sekretariat;

class TestConnectServer : public QObject
{
    Q_OBJECT

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
        QFile passwordFile(QDir(qEnvironmentVariable("SEKRETARIAT_TEST_SERVER")).filePath(QStringLiteral("password")));
        QVERIFY(passwordFile.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed();

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
                QTest::keyClicks(field("password"), QStringLiteral("wrong"));
                QTest::keyClick(field("password"), Qt::Key_Return);
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
        const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        QCOMPARE(recent.value(0), expected.toUrl());
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(password.toUtf8()));
        TestUtils::grabTo(&window, QStringLiteral("connect-server-window.png"));
        TestUtils::TestServer::dropDatabase(url);
    }
};

QTEST_MAIN(TestConnectServer)
#include "tst_connectserver.moc"
