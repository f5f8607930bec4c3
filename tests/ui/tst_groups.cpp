// Theme groups: made and changed through the dialog, names unique, the person
// card lists the groups, the BCC list of a group.
#include "events/themegrouprepository.h"
#include "events/themegroupsmodel.h"
#include "groups/groupdialog.h"
#include "groups/groupspage.h"
#include "people/persondialog.h"
#include "people/personrepository.h"
#include "screenshots.h"
#include "testutils.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

class TestGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_workspace.fillWithDemo()); }

    void demoGroupsAreListed()
    {
        GroupsPage page(&m_workspace.workspace());
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QTest::keyClicks(page.searchField(), QStringLiteral("aldring"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
    }

    void groupIsMadeThroughTheDialog()
    {
        const QSqlDatabase database = m_workspace.connection();
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT id, email FROM people WHERE email <> '' ORDER BY id LIMIT 3")));
        QList<qint64> people;
        QStringList emails;
        while (query.next()) {
            people.append(query.value(0).toLongLong());
            emails.append(query.value(1).toString());
        }
        GroupDialog dialog(&m_workspace.workspace(), 0);
        dialog.show();
        // The same name as a demo group is refused, with the dialog left open.
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Aktiv aldring"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().contains(QStringLiteral("Aktiv aldring")));

        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->clear();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Friluftsliv"));
        for (qint64 person : people)
            dialog.addParticipant(person);
        dialog.addParticipant(people.first());  // twice is once
        dialog.setLeader(people.at(1));
        QCOMPARE(dialog.participants()->count(), 3);
        grabTo(&dialog, QStringLiteral("group-dialog.png"));
        for (const QString &email : emails)
            QVERIFY(dialog.emailList().contains(email));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const std::optional<ThemeGroup> saved = ThemeGroupRepository(database).find(dialog.groupId());
        QVERIFY(saved);
        QCOMPARE(saved->participantIds.size(), 3);
        QCOMPARE(saved->leaderId, people.at(1));
        QCOMPARE(ThemeGroupRepository(database).emailsOf(saved->id).size(), 3);

        PersonDialog card(&m_workspace.workspace(), people.first());
        QVERIFY(card.findChild<QLabel *>(QStringLiteral("groups"))->text().contains(QStringLiteral("Friluftsliv")));
    }

private:
    TemporaryWorkspace m_workspace;
};

QTEST_MAIN(TestGroups)
#include "tst_groups.moc"
