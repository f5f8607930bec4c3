// Three writers on one register at once, each on a connection and a thread of
// its own (as three windows or a window and its import): every registration is
// taken, no event is overbooked, and no member's change is lost, whoever saves
// first; and the invoices they issue at once are numbered without a gap.
#include "bookkeeping/bookkeepingcheck.h"
#include "database/connectionfactory.h"
#include "duesfixture.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "members/memberrepository.h"
#include "testutils.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

constexpr int writers = 3;
constexpr int eventCount = 20;
constexpr int seats = 2;
constexpr int editsEach = 25;

struct WriterResult
{
    int refusedRegistrations = 0;
    int savedEdits = 0;
    int conflicts = 0;
    QStringList failures;
};

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void threeWritersLoseNothingAndOverbookNothing()
    {
        TestUtils::TemporaryWorkspace workspace;
        QVERIFY(workspace.isOpen());
        Member member;
        member.number = QStringLiteral("3301");
        member.name = QStringLiteral("Drammen");
        const Outcome added = workspace.workspace().members().add(member);
        QVERIFY2(added, qPrintable(added.message()));
        QList<qint64> events;
        for (int i = 0; i < eventCount; ++i) {
            Event event;
            event.type = EventType::Course;
            event.title = QStringLiteral("Kurs %1").arg(i + 1);
            event.startsAt = QDateTime(QDate::currentDate().addDays(30 + i), QTime(9, 0));
            event.endsAt = event.startsAt.addSecs(6 * 3600);
            event.capacity = seats;
            const Outcome made = workspace.workspace().events().add(event);
            QVERIFY2(made, qPrintable(made.message()));
            events.append(made.id());
        }
        const ConnectionDescription where = ConnectionFactory::describe(workspace.connection());
        const qint64 memberId = added.id();

        QList<WriterResult> results(writers);
        std::atomic<int> ready{0};
        std::vector<std::thread> threads;
        for (int writer = 0; writer < writers; ++writer) {
            threads.emplace_back([&, writer] {
                WriterResult &result = results[writer];
                const QString name = QStringLiteral("concurrent-writer-%1").arg(writer);
                QSqlError error;
                if (!ConnectionFactory::open(where, name, ConnectionFactory::Use::Writer, &error)
                    || !ConnectionFactory::applyWriterSettings(QSqlDatabase::database(name, false), &error)) {
                    result.failures.append(error.text());
                    ++ready;
                    return;
                }
                {
                    const QSqlDatabase database = QSqlDatabase::database(name, false);
                    RegistrationRepository registrations(database);
                    MemberRepository members(database);
                    ++ready;
                    while (ready.load() < writers)
                        std::this_thread::yield();
                    for (int round = 0; round < editsEach || round < eventCount; ++round) {
                        if (round < eventCount) {
                            Registration guest;
                            guest.eventId = events.at(round);
                            guest.guestName = QStringLiteral("Gjest %1-%2").arg(writer).arg(round);
                            guest.guestEmail = QStringLiteral("gjest%1-%2@example.no").arg(writer).arg(round);
                            if (const Outcome registered = registrations.add(guest); !registered)
                                result.failures.append(registered.message());
                        }
                        if (round < editsEach) {
                            // Read, change, save; refused as a conflict: read again and redo the change.
                            for (;;) {
                                Member mine = *members.find(memberId);
                                mine.notes += QStringLiteral("[%1:%2]").arg(writer).arg(round);
                                const Outcome saved = members.update(mine);
                                if (saved) {
                                    ++result.savedEdits;
                                    break;
                                }
                                if (!saved.isConflict()) {
                                    result.failures.append(saved.message());
                                    break;
                                }
                                ++result.conflicts;
                            }
                        }
                    }
                }
                ConnectionFactory::close(name);
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        int conflicts = 0;
        for (const WriterResult &result : results) {
            QVERIFY2(result.failures.isEmpty(), qPrintable(result.failures.join(u'\n')));
            QCOMPARE(result.savedEdits, editsEach);
            conflicts += result.conflicts;
        }
        qInfo() << "conflicts resolved by reading again:" << conflicts;
        RegistrationRepository registrations(workspace.connection());
        for (qint64 event : std::as_const(events)) {
            const QList<Registration> all = registrations.registrationsOf(event);
            QCOMPARE(all.size(), writers);
            const auto registered = std::count_if(all.cbegin(), all.cend(), [](const Registration &registration) {
                return registration.status == RegistrationStatus::Registered;
            });
            QCOMPARE(int(registered), seats);  // the last seat went to one of them, the other waits
        }
        // Every change of every writer is in the member: none was saved over.
        const QString notes = workspace.workspace().members().find(memberId)->notes;
        for (int writer = 0; writer < writers; ++writer) {
            for (int round = 0; round < editsEach; ++round)
                QVERIFY2(notes.contains(QStringLiteral("[%1:%2]").arg(writer).arg(round)), qPrintable(notes));
        }
    }

    // The three issue the year's invoices at once, member by member, each a
    // dues run of its own: every number is used once, none is skipped, and the
    // bookkeeping check finds the chain whole.
    void threeWritersIssueInvoicesWithoutAGap()
    {
        TestUtils::TemporaryWorkspace workspace;
        QVERIFY(workspace.fillWithDemo());
        RateEntry rate;
        rate.year = 2025;
        rate.deflatorBasisPoints = 420;
        QVERIFY(workspace.workspace().dues().saveRateEntry(rate));
        const QList<DuesRunLine> lines = planDuesRun(workspace.connection(), 2025);
        QVERIFY2(lines.size() >= 12, qPrintable(QString::number(lines.size())));
        const ConnectionDescription where = ConnectionFactory::describe(workspace.connection());

        QList<QStringList> failures(writers);
        std::atomic<int> ready{0};
        std::vector<std::thread> threads;
        for (int writer = 0; writer < writers; ++writer) {
            threads.emplace_back([&, writer] {
                const QString name = QStringLiteral("concurrent-issuer-%1").arg(writer);
                QSqlError error;
                if (!ConnectionFactory::open(where, name, ConnectionFactory::Use::Writer, &error)
                    || !ConnectionFactory::applyWriterSettings(QSqlDatabase::database(name, false), &error)) {
                    failures[writer].append(error.text());
                    ++ready;
                    return;
                }
                {
                    InvoiceRepository invoices(QSqlDatabase::database(name, false));
                    ++ready;
                    while (ready.load() < writers)
                        std::this_thread::yield();
                    for (qsizetype line = writer; line < lines.size(); line += writers) {
                        if (const Outcome issued = invoices.issue(2025, {lines.at(line)}, duesIssueDate, false); !issued)
                            failures[writer].append(issued.message());
                    }
                }
                ConnectionFactory::close(name);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (const QStringList &failed : std::as_const(failures))
            QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));

        QSqlQuery numbers(workspace.connection());
        QVERIFY(numbers.exec(QStringLiteral("SELECT number FROM invoices ORDER BY number")));
        qint64 expected = 1;
        while (numbers.next())
            QCOMPARE(numbers.value(0).toLongLong(), expected++);
        QCOMPARE(expected - 1, qint64(lines.size()));
        QCOMPARE(InvoiceRepository(workspace.connection()).nextNumber(), qint64(lines.size() + 1));
        QCOMPARE(BookkeepingCheck(workspace.connection()).problems(workspace.workspace().database().schemaVersion()),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
