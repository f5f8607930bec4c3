// Two windows on one register: the second (read-only, as a second window opens
// the file) follows what the first writes within a second, and the rows its user
// had chosen stay chosen.
#include "common/registerfiltermodel.h"
#include "database/changewatcher.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "i18n/languagemanager.h"
#include "members/memberdialog.h"
#include "members/memberrepository.h"
#include "members/membersmodel.h"
#include "members/memberspage.h"
#include "people/peoplemodel.h"
#include "people/peoplepage.h"
#include "people/personrepository.h"
#include "testutils.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Sekretariat;

class TestLiveRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        QVERIFY(m_writer.isOpen());
        QVERIFY(m_writer.fillWithDemo());
        QCOMPARE(m_reader.open(m_writer.path(), false, Database::OpenMode::ExistingReadOnly), Database::OpenResult::Ok);
        m_reader.noticeChangesElsewhere(100);
    }

    void theWatcherTellsOnlyOfOthersCommits()
    {
        // Asked by the test (SQLite) or told by the server at once (PostgreSQL):
        // the signal counts either way.
        ChangeWatcher own(m_writer.connection(), 100000);
        QSignalSpy ownTold(&own, &ChangeWatcher::changedElsewhere);
        own.start();
        Member member = m_writer.workspace().members().all().first();
        member.notes = QStringLiteral("Skrevet her");
        QVERIFY(m_writer.workspace().members().update(member));
        QTest::qWait(300);  // time for a server's notice to come, were it sent
        own.check();
        QCOMPARE(ownTold.count(), 0);  // its own connection's commit is not "elsewhere"
        ChangeWatcher other(m_reader.database().connection(), 100000);
        QSignalSpy otherTold(&other, &ChangeWatcher::changedElsewhere);
        other.start();
        other.check();
        QCOMPARE(otherTold.count(), 0);
        member = *m_writer.workspace().members().find(member.id);
        member.notes = QStringLiteral("Skrevet der");
        QVERIFY(m_writer.workspace().members().update(member));
        QTRY_COMPARE((other.check(), otherTold.count()), 1);
        QTest::qWait(300);
        other.check();
        QCOMPARE(otherTold.count(), 1);  // told once
    }

    void anotherWindowsChangeAppearsWithTheSelectionKept()
    {
        MembersPage page(&m_reader);
        page.resize(1100, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        QVERIFY(view->model()->rowCount() > 20);
        // The user scrolls down and picks a member with the mouse.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        const QModelIndex chosenIndex = view->indexAt(QPoint(10, view->viewport()->height() / 2));
        QVERIFY(chosenIndex.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(chosenIndex).center());
        const qint64 chosen = page.currentId();
        QVERIFY(chosen > 0);
        const int scrolled = view->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        // The other window renames a member that is not the chosen one.
        Member renamed = m_writer.workspace().members().all().first();
        QVERIFY(renamed.id != chosen);
        renamed.name = renamed.name + QStringLiteral(" (omdøpt)");
        QVERIFY(m_writer.workspace().members().update(renamed));
        const int row = m_reader.membersModel()->rowOfMember(renamed.id);
        QTRY_COMPARE(m_reader.membersModel()->index(row, MembersModel::NameColumn).data().toString(), renamed.name);
        QCOMPARE(page.currentId(), chosen);
        QCOMPARE(page.selectedIds(), QList<qint64>{chosen});
        QTRY_COMPARE(view->verticalScrollBar()->value(), scrolled);
    }

    void peopleAndEventsFollowToo()
    {
        PeoplePage people(&m_reader);
        EventsPage events(&m_reader);
        Person added;
        added.firstName = QStringLiteral("Live");
        added.lastName = QStringLiteral("Oppdatering");
        QVERIFY(m_writer.workspace().people().add(added));
        Event event = m_writer.workspace().events().all().first();
        event.title = QStringLiteral("Flyttet møte");
        QVERIFY(m_writer.workspace().events().update(event));
        QTest::keyClicks(people.searchField(), QStringLiteral("Oppdatering"));
        QTRY_COMPARE(people.view()->model()->rowCount(), 1);
        bool found = false;
        // The page's model (its list may show only the upcoming ones).
        const QAbstractItemModel *model = events.filterModel()->sourceModel();
        QTRY_VERIFY((found = [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    if (model->index(row, column).data().toString().startsWith(u"Flyttet møte"))
                        return true;
                }
            }
            return false;
        }()));
        QVERIFY(found);
    }

    void anOpenMemberCardListsWhatWasAddedElsewhere()
    {
        const Member member = m_writer.workspace().members().all().at(5);
        MemberDialog card(&m_reader, member.id);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *people = card.findChild<QTableWidget *>(QStringLiteral("people"));
        QVERIFY(people);
        const int before = people->rowCount();
        Person added;
        added.firstName = QStringLiteral("Ny");
        added.lastName = QStringLiteral("Kontakt");
        added.memberId = member.id;
        QVERIFY(m_writer.workspace().people().add(added));
        QTRY_COMPARE(people->rowCount(), before + 1);
    }

private:
    LanguageManager m_languages;
    TestUtils::TemporaryWorkspace m_writer;
    Workspace m_reader;
};

QTEST_MAIN(TestLiveRefresh)
#include "tst_liverefresh.moc"
