// A workspace opened on a worker thread (the program's start on a server) and
// taken by this one: the connection, the models and their language all work
// here afterwards, and a refusal comes back as Workspace::open gives it.
#include "members/memberrepository.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "testutils.h"
#include "workspace/workspace.h"
#include "workspace/workspaceopening.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

class TestWorkspaceOpening : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // "does not belong to the calling thread", "Cannot filter events for
        // objects in a different thread", ...: any of Qt's thread warnings.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("thread")));
    }

    void theTakenWorkspaceIsThisThreads()
    {
        TemporaryWorkspace temporary;
        QVERIFY(temporary.fillWithDemo());
        temporary.close();  // the worker opens it for writing in its turn

        WorkspaceOpening opening(temporary.path());
        Database::OpenResult result = Database::OpenResult::CannotOpen;
        const std::unique_ptr<Workspace> workspace = opening.take(&result);
        QCOMPARE(result, Database::OpenResult::Ok);
        QCOMPARE(workspace->thread(), QThread::currentThread());
        QCOMPARE(workspace->membersModel()->thread(), QThread::currentThread());
        QVERIFY(workspace->database().connection().isOpen());
        QCOMPARE(workspace->membersModel()->rowCount(), 40);
        QVERIFY(workspace->membersModel()->contactsPending());
        QVERIFY(workspace->peopleModel()->isLoading());

        QSignalSpy contacts(workspace->membersModel(), &MembersModel::contactsLoaded);
        workspace->startBackgroundReading();
        QVERIFY(contacts.wait());
        QTRY_VERIFY(!workspace->peopleModel()->isLoading());
        QVERIFY(workspace->peopleModel()->rowCount() > 80);

        // Written here, on the connection the worker opened.
        Member member;
        member.number = QStringLiteral("9999");
        member.name = QStringLiteral("Prøvekommune");
        member.population = 1234;
        const Outcome added = workspace->members().add(member);
        QVERIFY2(added, qPrintable(added.message()));
        workspace->memberChanged(added.id());
        QCOMPARE(workspace->membersModel()->rowCount(), 41);

        // The models follow the language, as models made here do.
        QSignalSpy headers(workspace->membersModel(), &QAbstractItemModel::headerDataChanged);
        QCoreApplication::processEvents();
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        QCOMPARE(headers.count(), 1);
    }

    // A page may show the models while the worker opens the register: they are
    // this thread's from the start, empty, and the same once taken, with the rows.
    void theModelsStandWhileTheWorkerOpens()
    {
        TemporaryWorkspace temporary;
        QVERIFY(temporary.fillWithDemo());
        temporary.close();

        WorkspaceOpening opening(temporary.path());
        MembersModel *members = opening.workspace()->membersModel();
        PeopleModel *people = opening.workspace()->peopleModel();
        QCOMPARE(members->thread(), QThread::currentThread());
        QCOMPARE(people->thread(), QThread::currentThread());
        QCOMPARE(members->rowCount(), 0);
        QSignalSpy reset(members, &QAbstractItemModel::modelReset);

        Database::OpenResult result = Database::OpenResult::CannotOpen;
        const std::unique_ptr<Workspace> workspace = opening.take(&result);
        QCOMPARE(result, Database::OpenResult::Ok);
        QCOMPARE(workspace->membersModel(), members);
        QCOMPARE(workspace->peopleModel(), people);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(members->rowCount(), 40);
        QVERIFY(members->lastError().isEmpty());
        QVERIFY(people->isLoading());
        // And they read from the register from then on.
        QVERIFY(members->reload());
        QCOMPARE(members->rowCount(), 40);
        QVERIFY(people->reload());
        QVERIFY(people->rowCount() > 80);
    }

    void aRefusalComesBackAsOpenGivesIt()
    {
        TemporaryWorkspace temporary;
        // A file that is no database; on a server, a database that is not there.
        QString path = temporary.filePath(QStringLiteral("notes.txt"));
        if (temporary.isServer()) {
            path = temporary.path();
            path.replace(QRegularExpression(QStringLiteral("/([^/?]+)(\\?|$)")), QStringLiteral("/no_such_database\\2"));
        } else {
            QFile notes(path);
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("Not a register.\n");
        }
        Workspace direct;
        const Database::OpenResult expected = direct.open(path, true);
        QVERIFY(expected != Database::OpenResult::Ok);

        WorkspaceOpening opening(path);
        Database::OpenResult result = Database::OpenResult::Ok;
        const std::unique_ptr<Workspace> workspace = opening.take(&result);
        QCOMPARE(result, expected);
        QCOMPARE(workspace->errorString(), direct.errorString());
        QCOMPARE(workspace->thread(), QThread::currentThread());
    }

    void anOpeningNotTakenIsClosed()
    {
        TemporaryWorkspace temporary;
        temporary.close();
        {
            WorkspaceOpening opening(temporary.path());
        }
        // Its writer's lock and connection are gone: the register opens again.
        QVERIFY(temporary.reopen());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOpening)
#include "tst_workspaceopening.moc"
