// The events as the secretariat meets them: the list with its filters, the
// event card, check-in at the door with the keyboard, the BCC list.
#include "common/modelroles.h"
#include "events/eventdialog.h"
#include "events/gatheringreportdialog.h"
#include "events/eventrepository.h"
#include "events/eventsmodel.h"
#include "events/eventspage.h"
#include "events/eventterms.h"
#include "events/registrationrepository.h"
#include "events/registrationsmodel.h"
#include "members/memberdialog.h"
#include "screenshots.h"
#include "messageboxanswerer.h"
#include "modalscript.h"
#include "documents/participantlistdocument.h"
#include "filedialoganswerer.h"
#include "testutils.h"
#include "tableimport/tablefile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QDir>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QTest>
#include <QLabel>

using namespace Sekretariat;
using Sekretariat::TestUtils::MessageBoxAnswerer;
using namespace Sekretariat::TestUtils;

class TestEventsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        QVERIFY(m_workspace.fillWithDemo());
    }

    void listsAndFiltersTheEvents()
    {
        EventsPage page(&m_workspace.workspace());
        page.resize(1300, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.view()->model()->rowCount(), 5);
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(int(EventType::NetworkGathering)));
        QCOMPARE(page.view()->model()->rowCount(), 2);
        page.typeFilter()->setCurrentIndex(0);
        QTest::keyClicks(page.searchField(), QStringLiteral("folketanken"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        page.searchField()->clear();
        grabTo(&page, QStringLiteral("events-page.png"));
    }

    void checkInAtTheDoorWithTheKeyboard()
    {
        const QSqlDatabase database = m_workspace.connection();
        const QList<Event> events = EventRepository(database).all();
        const auto course = std::find_if(events.begin(), events.end(),
                                         [](const Event &event) { return event.type == EventType::Folketanken; });
        QVERIFY(course != events.end());
        EventDialog dialog(&m_workspace.workspace(), course->id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        RegistrationsModel *registrations = dialog.registrations();
        QVERIFY(registrations->rowCount() > course->capacity);  // a waiting list
        const auto first = std::find_if(registrations->registrations().begin(), registrations->registrations().end(),
                                        [](const Registration &r) { return r.status == RegistrationStatus::Registered; });
        QVERIFY(first != registrations->registrations().end());
        const qint64 id = first->id;
        const QString email = first->email();

        // Type part of the name, press Enter: attended (before the event's day, once asked).
        QVERIFY(course->startsAt.date() > QDate::currentDate());
        {
            MessageBoxAnswerer early({QMessageBox::Yes});
            QTest::keyClicks(dialog.checkInField(), first->name().section(u' ', -1).left(5) + u' '
                                                        + first->name().section(u' ', 0, 0));
            QTest::keyClick(dialog.checkInField(), Qt::Key_Return);
            QCOMPARE(early.texts.size(), 1);
            QVERIFY2(early.texts.first().contains(QStringLiteral("starts on")), qPrintable(early.texts.first()));
            QCOMPARE(early.defaults.first(), QMessageBox::No);
        }
        QCOMPARE(RegistrationRepository(database).find(id)->status, RegistrationStatus::Attended);
        QVERIFY(dialog.checkInField()->text().isEmpty());  // ready for the next one

        // Space in the list undoes it.
        dialog.registrationView()->setFocus();
        QTest::keyClick(dialog.registrationView(), Qt::Key_Space);
        QCOMPARE(RegistrationRepository(database).find(id)->status, RegistrationStatus::Registered);

        QVERIFY(dialog.emailList().contains(email));
        const auto waiting = std::find_if(registrations->registrations().begin(), registrations->registrations().end(),
                                          [](const Registration &r) { return r.status == RegistrationStatus::Waitlisted; });
        QVERIFY(waiting != registrations->registrations().end());
        QVERIFY(!dialog.emailList().contains(waiting->email()));  // not coming (yet)
        grabTo(&dialog, QStringLiteral("event-dialog.png"));

        // The first on the waiting list comes to the door: checked in, once confirmed, past the capacity.
        const qint64 waitingId = waiting->id;
        QTest::keyClicks(dialog.checkInField(), waiting->name());
        {
            MessageBoxAnswerer door({QMessageBox::Yes});
            QTest::keyClick(dialog.checkInField(), Qt::Key_Return);
            QCOMPARE(door.texts.size(), 1);
            QVERIFY2(door.texts.first().contains(QStringLiteral("number 1 on the waiting list")), qPrintable(door.texts.first()));
        }
        QCOMPARE(RegistrationRepository(database).find(waitingId)->status, RegistrationStatus::Attended);

        // A new registration at the full event says its place in the queue.
        MessageBoxAnswerer told({QMessageBox::Ok});
        QVERIFY(dialog.registerGuest(QStringLiteral("Sen Ankomst"), QStringLiteral("sen@example.no")));
        QCOMPARE(told.texts.size(), 1);
        QVERIFY2(told.texts.first().contains(QStringLiteral("Sen Ankomst is number")), qPrintable(told.texts.first()));
    }

    void newEventIsValidatedAndSaved()
    {
        EventDialog dialog(&m_workspace.workspace(), 0);
        dialog.show();
        QVERIFY(!dialog.saveEvent());  // no title
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("error"))->isVisible());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("title")), QStringLiteral("Webinar om levekår"));
        // The start typed as people type a day: 15.3.27, and the time.
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *start = dialog.findChild<QWidget *>(QStringLiteral("startsAt"));
        auto *day = start->findChild<QLineEdit *>(QStringLiteral("dateText"));
        QTest::mouseClick(day, Qt::LeftButton);
        QTest::qWait(1);
        QTest::keyClicks(day, QStringLiteral("15.3.27"));
        QTest::keyClick(day, Qt::Key_Tab);
        auto *time = start->findChild<QLineEdit *>(QStringLiteral("time"));
        QTest::mouseClick(time, Qt::LeftButton);
        QTest::qWait(1);
        QTest::keyClicks(time, QStringLiteral("930"));
        QTest::keyClick(time, Qt::Key_Tab);
        QCOMPARE(time->text(), QStringLiteral("09:30"));
        auto *end = dialog.findChild<QWidget *>(QStringLiteral("endsAt"))->findChild<QLineEdit *>(QStringLiteral("dateText"));
        QTest::mouseClick(end, Qt::LeftButton);
        QTest::qWait(1);
        QTest::keyClicks(end, QStringLiteral("15.03.2027"));
        QTest::keyClick(end, Qt::Key_Tab);
        QVERIFY(dialog.saveEvent());
        const Event typed = *EventRepository(m_workspace.connection()).find(dialog.eventId());
        QCOMPARE(typed.startsAt, QDateTime(QDate(2027, 3, 15), QTime(9, 30)));
        QCOMPARE(typed.endsAt.date(), QDate(2027, 3, 15));
        // An end that is not a day is refused and named.
        QTest::mouseClick(end, Qt::LeftButton);
        QTest::qWait(1);
        QTest::keyClicks(end, QStringLiteral("32.13"));
        QTest::keyClick(end, Qt::Key_Tab);
        QVERIFY(!dialog.saveEvent());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().contains(QStringLiteral("32.13")));
        QTest::mouseClick(end, Qt::LeftButton);
        QTest::qWait(1);
        QTest::keyClicks(end, QStringLiteral("15.03.2027"));
        QTest::keyClick(end, Qt::Key_Tab);
        QVERIFY(dialog.saveEvent());
        QVERIFY(dialog.eventId() > 0);
        QVERIFY(dialog.registerGuest(QStringLiteral("Gjest Gjestesen"), QStringLiteral("gjest@example.no")));
        QCOMPARE(dialog.registrations()->rowCount(), 1);

        // A fee typed in the shown form is kept; a word is refused.
        auto *fee = dialog.findChild<QLineEdit *>(QStringLiteral("fee"));
        QTest::keyClicks(fee, QStringLiteral("gratis"));
        QVERIFY(!dialog.saveEvent());
        fee->clear();
        QTest::keyClicks(fee, QStringLiteral("1 500"));
        QVERIFY(dialog.saveEvent());
        QCOMPARE(EventRepository(m_workspace.connection()).find(dialog.eventId())->fee, Money::fromKroner(1500));

        // The language of its documents, chosen with the keyboard; bokmål unless chosen.
        QCOMPARE(EventRepository(m_workspace.connection()).find(dialog.eventId())->language, QStringLiteral("nb"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language);
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QVERIFY(dialog.saveEvent());
        const std::optional<Event> saved = EventRepository(m_workspace.connection()).find(dialog.eventId());
        QCOMPARE(saved->language, QStringLiteral("nn"));
        // The participant list follows it: nynorsk.
        const ParticipantListDocument list(*saved, dialog.registrations()->registrations(), QStringLiteral("Nettverket"),
                                           saved->language);
        const QString path = m_workspace.filePath(QStringLiteral("nynorsk.pdf"));
        QString error;
        QVERIFY2(list.writePdf(path, &error), qPrintable(error));
        QVERIFY(pdfText(path).contains(QStringLiteral("Deltakarliste")));
        EventDialog reopened(&m_workspace.workspace(), dialog.eventId());
        QCOMPARE(reopened.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(), QStringLiteral("nn"));
        grabTo(&reopened, QStringLiteral("event-dialog-language.png"));
    }

    void memberCardShowsTheEventsItsPeopleAttended()
    {
        const QSqlDatabase database = m_workspace.connection();
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT member_id, count(*) FROM event_registrations WHERE status = 'attended'"
                                          " AND member_id IS NOT NULL GROUP BY member_id ORDER BY 2 DESC LIMIT 1")));
        QVERIFY(query.next());
        const qint64 memberId = query.value(0).toLongLong();
        const int attended = query.value(1).toInt();
        MemberDialog dialog(&m_workspace.workspace(), memberId);
        auto *tabs = dialog.findChild<QTabWidget *>();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("memberAttendance"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), attended);
        QVERIFY(tabs->tabText(tabs->indexOf(table)).contains(QString::number(attended)));
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("Nettverkssamling"))
                || table->item(0, 1)->text().contains(QStringLiteral("Webinar")));
        tabs->setCurrentWidget(table);
        dialog.show();
        grabTo(&dialog, QStringLiteral("member-events.png"));
    }

    void theGatheringReportExportsWhatItShows()
    {
        QSqlQuery query(m_workspace.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM events WHERE annual_gathering = 1 ORDER BY starts_at LIMIT 1")));
        QVERIFY(query.next());
        GatheringReportDialog dialog(&m_workspace.workspace(), query.value(0).toLongLong());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.shortOnly(), Qt::LeftButton, {}, QPoint(8, dialog.shortOnly()->height() / 2));
        QVERIFY(dialog.shortOnly()->isChecked());
        const int shown = dialog.view()->model()->rowCount();
        const QString path = m_workspace.filePath(QStringLiteral("report.csv"));
        TestUtils::FileDialogAnswerer answerer(path);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportList")), Qt::LeftButton);
        QVERIFY(answerer.answered);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // The header and the rows the filter leaves, no more.
        QCOMPARE(bytes.count("\r\n"), shown + 1);
        if (shown > 0)
            QVERIFY(bytes.contains(dialog.view()->model()->index(0, 0).data().toString().toUtf8()));
    }

    void theRegistrationsExportAsAWorkbook()
    {
        const QList<Event> events = EventRepository(m_workspace.connection()).all();
        const auto course = std::find_if(events.begin(), events.end(),
                                         [](const Event &event) { return event.type == EventType::Folketanken; });
        QVERIFY(course != events.end());
        EventDialog dialog(&m_workspace.workspace(), course->id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = m_workspace.filePath(QStringLiteral("registrations.xlsx"));
        TestUtils::FileDialogAnswerer answerer(path);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportList")), Qt::LeftButton);
        QVERIFY(answerer.answered);
        QString error;
        const std::optional<TableFile> workbook = TableFileReader::readFile(path, {}, &error);
        QVERIFY2(workbook, qPrintable(error));
        QCOMPARE(workbook->format, TableFile::Format::Xlsx);
        QCOMPARE(workbook->size(), dialog.registrationView()->model()->rowCount());
        QCOMPARE(workbook->headers.first(),
                 dialog.registrationView()->model()->headerData(0, Qt::Horizontal).toString());
        QCOMPARE(workbook->rows.first().first(), dialog.registrationView()->model()->index(0, 0).data().toString());
    }

    // Someone else moved the event while the card was open: said, and kept.
    void anEventChangedMeanwhileIsNotOverwritten()
    {
        EventRepository events(m_workspace.connection());
        const Event before = events.all().constLast();
        EventDialog dialog(&m_workspace.workspace(), before.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Event theirs = before;
        theirs.place = QStringLiteral("Kulturhuset, sal 2");
        QVERIFY(events.update(theirs));
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
        title->setFocus();
        QTest::keyClick(title, Qt::Key_End);
        QTest::keyClicks(title, QStringLiteral(" (endret)"));
        QString shown;
        TestUtils::ModalScript reload({{"QMessageBox", [&shown](QWidget *widget) {
                                            auto *box = static_cast<QMessageBox *>(widget);
                                            shown = box->objectName() + u'\n' + box->informativeText();
                                            if (auto *take = box->findChild<QPushButton *>(QStringLiteral("reload")))
                                                QTest::mouseClick(take, Qt::LeftButton);
                                            else
                                                box->reject();
                                        }}});
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QVERIFY(reload.done());
        QVERIFY2(shown.startsWith(QStringLiteral("conflictQuestion")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("→ Kulturhuset, sal 2")), qPrintable(shown));
        QCOMPARE(events.find(before.id)->place, QStringLiteral("Kulturhuset, sal 2"));
        QCOMPARE(events.find(before.id)->title, before.title);
        QCOMPARE(title->text(), before.title);
    }

private:
    TemporaryWorkspace m_workspace;
};

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
