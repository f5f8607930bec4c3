// The models the events, theme groups and dues-run views show, each under Qt's
// QAbstractItemModelTester while they load, reload and change.
#include "dues/duesrunmodel.h"
#include "duesfixture.h"
#include "events/eventsmodel.h"
#include "events/registrationsmodel.h"
#include "events/themegroupsmodel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

class TestEventModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_workspace = std::make_unique<TemporaryWorkspace>();
        QVERIFY(m_workspace->isOpen());
        QVERIFY(m_workspace->fillWithDemo());
    }

    void eventsModel()
    {
        EventsModel model(m_workspace->workspace().events(), m_workspace->workspace().registrations());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), int(rowCountOf(m_workspace->connection(), QStringLiteral("events"))));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(EventsModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(model.reload());
    }

    void registrationsModelOfEachEvent()
    {
        QSqlQuery events(m_workspace->connection());
        QVERIFY(events.exec(QStringLiteral("SELECT id, (SELECT count(*) FROM event_registrations r WHERE r.event_id = e.id) "
                                           "FROM events e")));
        int seen = 0;
        while (events.next()) {
            RegistrationsModel model(m_workspace->workspace().registrations(), events.value(0).toLongLong());
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model.reload());
            QCOMPARE(model.rowCount(), events.value(1).toInt());
            QVERIFY(model.reload());
            seen += model.rowCount();
        }
        QVERIFY(seen > 0);
    }

    void themeGroupsModel()
    {
        ThemeGroupsModel model(m_workspace->workspace().themeGroups(), m_workspace->workspace().people());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), int(rowCountOf(m_workspace->connection(), QStringLiteral("theme_groups"))));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.reload());
    }

    void duesRunModel()
    {
        RateEntry entry;
        entry.year = 2025;
        entry.deflatorBasisPoints = 420;
        QVERIFY(DuesRepository(m_workspace->connection()).saveRateEntry(entry));
        const QList<DuesRunLine> lines = planDuesRun(m_workspace->connection(), 2025);
        QVERIFY(lines.size() > 3);
        DuesRunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLines(lines);
        QCOMPARE(model.rowCount(), int(lines.size()));
        model.setAllIncluded(false);
        QCOMPARE(model.totals().included, 0);
        QVERIFY(model.setData(model.index(1, DuesRunModel::IncludedColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.totals().included, 1);
        model.setAllIncluded(true);
        QCOMPARE(model.totals().included, int(lines.size()));
        model.setLines({});
        QCOMPARE(model.rowCount(), 0);
    }

private:
    std::unique_ptr<TemporaryWorkspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestEventModels)
#include "tst_eventmodels.moc"
