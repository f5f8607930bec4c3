// Events: capacity and the waiting list, the annual-gathering rule, the
// iCalendar file read by a real parser (python3-icalendar), the CSV exports.
#include "common/csvreader.h"
#include "documents/participantlistdocument.h"
#include "events/eventrepository.h"
#include "events/gatheringreport.h"
#include "events/icalendarwriter.h"
#include "events/registrationrepository.h"
#include "members/memberrepository.h"
#include "people/personrepository.h"
#include "testutils.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

qint64 addMember(const QSqlDatabase &database, const QString &number, const QString &name)
{
    Member member;
    member.number = number;
    member.name = name;
    member.status = MemberStatus::Active;
    member.activeFrom = QDate(2020, 1, 1);
    return MemberRepository(database).add(member).id();
}

qint64 addPerson(const QSqlDatabase &database, const QString &name, qint64 memberId = 0)
{
    Person person;
    person.firstName = name;
    person.lastName = QStringLiteral("Testesen");
    person.email = name.toLower() + QStringLiteral("@example.no");
    person.memberId = memberId;
    return PersonRepository(database).add(person).id();
}

Event courseFor(int capacity)
{
    Event event;
    event.type = EventType::Course;
    event.title = QStringLiteral("Kurs i folkehelsearbeid");
    event.startsAt = QDateTime(QDate(2026, 12, 16), QTime(9, 0));
    event.endsAt = QDateTime(QDate(2026, 12, 16), QTime(15, 30));
    event.place = QStringLiteral("Lillestrøm");
    event.capacity = capacity;
    return event;
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_workspace = std::make_unique<TemporaryWorkspace>();
        QVERIFY(m_workspace->isOpen());
    }

    void capacityFillsThenWaitlistsThenPromotesInOrder()
    {
        const QSqlDatabase database = m_workspace->connection();
        const Outcome event = EventRepository(database).add(courseFor(2));
        QVERIFY2(event, qPrintable(event.message()));
        RegistrationRepository registrations(database);
        QList<qint64> ids;
        const QStringList names{QStringLiteral("Anne"), QStringLiteral("Bjørn"), QStringLiteral("Cecilie"),
                                QStringLiteral("David")};
        for (int i = 0; i < names.size(); ++i) {
            registrations.setNow(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(i));
            Registration registration;
            registration.eventId = event.id();
            registration.personId = addPerson(database, names.at(i));
            const Outcome added = registrations.add(registration);
            QVERIFY2(added, qPrintable(added.message()));
            ids.append(added.id());
        }
        auto status = [&registrations](qint64 id) { return registrations.find(id)->status; };
        QCOMPARE(status(ids[0]), RegistrationStatus::Registered);
        QCOMPARE(status(ids[1]), RegistrationStatus::Registered);
        QCOMPARE(status(ids[2]), RegistrationStatus::Waitlisted);
        QCOMPARE(status(ids[3]), RegistrationStatus::Waitlisted);

        // The same person twice is refused.
        Registration again;
        again.eventId = event.id();
        again.personId = registrations.find(ids[0])->personId;
        QVERIFY(!registrations.add(again));

        // A cancellation gives the seat to the first in the queue, recorded.
        QList<qint64> promoted;
        QVERIFY(registrations.cancel(ids[1], &promoted));
        QCOMPARE(promoted, QList<qint64>{ids[2]});
        QCOMPARE(status(ids[2]), RegistrationStatus::Registered);
        QVERIFY(registrations.find(ids[2])->awaitsPromotionNotice());
        QCOMPARE(status(ids[3]), RegistrationStatus::Waitlisted);
        QVERIFY(registrations.markPromotionTold(ids[2]));
        QVERIFY(!registrations.find(ids[2])->awaitsPromotionNotice());

        // Back from a cancellation only into a free seat.
        QVERIFY(!registrations.setStatus(ids[1], RegistrationStatus::Registered));
        // Coming back as a new registration goes to the end of the queue.
        Registration returning;
        returning.eventId = event.id();
        returning.personId = registrations.find(ids[1])->personId;
        registrations.setNow(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(registrations.add(returning).id(), ids[1]);
        QCOMPARE(status(ids[1]), RegistrationStatus::Waitlisted);

        // A larger room takes the whole queue, oldest first.
        Event bigger = *EventRepository(database).find(event.id());
        bigger.capacity = 4;
        QVERIFY(EventRepository(database).update(bigger));
        QCOMPARE(status(ids[3]), RegistrationStatus::Registered);
        QCOMPARE(status(ids[1]), RegistrationStatus::Registered);

        // Check-in: attended keeps the seat; a no-show too.
        QVERIFY(registrations.setStatus(ids[0], RegistrationStatus::Attended));
        QCOMPARE(status(ids[0]), RegistrationStatus::Attended);
    }

    void guestsNeedANameAndAValidAddress()
    {
        const QSqlDatabase database = m_workspace->connection();
        const qint64 event = EventRepository(database).add(courseFor(0)).id();
        RegistrationRepository registrations(database);
        Registration guest;
        guest.eventId = event;
        QCOMPARE(registrations.add(guest).field(), QStringLiteral("guestName"));
        guest.guestName = QStringLiteral("Gjest Gjestesen");
        guest.guestEmail = QStringLiteral("gjest@");
        QCOMPARE(registrations.add(guest).field(), QStringLiteral("guestEmail"));
        guest.guestEmail = QStringLiteral("gjest@example.no");
        QVERIFY(registrations.add(guest));
        QCOMPARE(registrations.registrationsOf(event).first().name(), QStringLiteral("Gjest Gjestesen"));

        // Changing a guest follows the same rules, and a refusal changes nothing.
        Registration changed = registrations.registrationsOf(event).first();
        changed.guestName = QStringLiteral("  ");
        QCOMPARE(registrations.update(changed).field(), QStringLiteral("guestName"));
        changed.guestName = QStringLiteral("Gjest Gjestesen");
        changed.guestEmail = QStringLiteral("ikke en adresse");
        QCOMPARE(registrations.update(changed).field(), QStringLiteral("guestEmail"));
        const Registration stored = registrations.registrationsOf(event).first();
        QCOMPARE(stored.name(), QStringLiteral("Gjest Gjestesen"));
        QCOMPARE(stored.email(), QStringLiteral("gjest@example.no"));

        // Checked in at the door while the card was open: the card's edit is refused, not saved over it.
        Registration open = stored;
        QVERIFY(registrations.setStatus(stored.id, RegistrationStatus::Attended));
        open.note = QStringLiteral("Vegetar");
        const Outcome refused = registrations.update(open);
        QVERIFY(refused.isConflict());
        QVERIFY2(refused.message().contains(QStringLiteral("Gjest Gjestesen")), qPrintable(refused.message()));
        QVERIFY(registrations.find(stored.id)->note.isEmpty());
        open.version = registrations.find(stored.id)->version;
        QVERIFY(registrations.update(open));
        QCOMPARE(registrations.find(stored.id)->status, RegistrationStatus::Attended);
        QCOMPARE(registrations.find(stored.id)->note, QStringLiteral("Vegetar"));
    }

    void annualGatheringRule()
    {
        const QSqlDatabase database = m_workspace->connection();
        const qint64 both = addMember(database, QStringLiteral("0301"), QStringLiteral("Oslo"));
        const qint64 onlyAdministration = addMember(database, QStringLiteral("1103"), QStringLiteral("Stavanger"));
        const qint64 onlyPolitician = addMember(database, QStringLiteral("4601"), QStringLiteral("Bergen"));
        const qint64 none = addMember(database, QStringLiteral("5001"), QStringLiteral("Trondheim"));
        Event gathering = courseFor(0);
        gathering.type = EventType::NetworkGathering;
        gathering.title = QStringLiteral("Nettverkssamling 2026");
        gathering.annualGathering = true;
        const qint64 event = EventRepository(database).add(gathering).id();
        QVERIFY(event > 0);
        RegistrationRepository registrations(database);
        auto registerFor = [&](qint64 member, ParticipantRole role, const QString &name) {
            Registration registration;
            registration.eventId = event;
            registration.personId = addPerson(database, name, member);
            registration.memberId = member;
            registration.role = role;
            return registrations.add(registration).id();
        };
        const qint64 osloAdmin = registerFor(both, ParticipantRole::Administrative, QStringLiteral("Anne"));
        const qint64 osloPolitician = registerFor(both, ParticipantRole::Political, QStringLiteral("Per"));
        registerFor(onlyAdministration, ParticipantRole::Administrative, QStringLiteral("Siri"));
        registerFor(onlyPolitician, ParticipantRole::Political, QStringLiteral("Ola"));

        auto lineOf = [](const QList<GatheringReportLine> &lines, qint64 id) {
            return *std::find_if(lines.begin(), lines.end(), [id](const GatheringReportLine &line) { return line.member.id == id; });
        };
        const QDateTime before(QDate(2026, 12, 1), QTime(12, 0));
        QList<GatheringReportLine> lines = m_workspace->workspace().gatheringReport(event, before);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lineOf(lines, both).meetsRule());
        QVERIFY(!lineOf(lines, onlyAdministration).meetsRule());
        QVERIFY(!lineOf(lines, onlyPolitician).meetsRule());
        QVERIFY(!lineOf(lines, none).meetsRule());

        // After the event only attendance counts: Oslo's politician did not come.
        QVERIFY(registrations.setStatus(osloAdmin, RegistrationStatus::Attended));
        QVERIFY(registrations.setStatus(osloPolitician, RegistrationStatus::NoShow));
        const QDateTime after(QDate(2026, 12, 20), QTime(12, 0));
        lines = m_workspace->workspace().gatheringReport(event, after);
        QVERIFY(!lineOf(lines, both).meetsRule());
        QVERIFY(lineOf(lines, both).represented());
        QVERIFY(!lineOf(lines, onlyPolitician).represented());
        QCOMPARE(RegistrationRepository(database).attendanceOfMember(both).size(), 1);
        QCOMPARE(RegistrationRepository(database).attendanceOfMember(both).first().personName, QStringLiteral("Anne Testesen"));

        // Membership as it was on the event's day: Oslo resigned since and still
        // counts; a member active only from after the gathering does not.
        Member resigned = *MemberRepository(database).find(both);
        resigned.status = MemberStatus::Resigned;
        resigned.resignedOn = QDate(2026, 12, 18);
        QVERIFY(MemberRepository(database).update(resigned));
        const qint64 later = addMember(database, QStringLiteral("3201"), QStringLiteral("Bærum"));
        Member joinedLater = *MemberRepository(database).find(later);
        joinedLater.activeFrom = QDate(2026, 12, 17);
        QVERIFY(MemberRepository(database).update(joinedLater));
        lines = m_workspace->workspace().gatheringReport(event, after);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lineOf(lines, both).represented());
        QVERIFY(std::none_of(lines.cbegin(), lines.cend(), [later](const GatheringReportLine &line) { return line.member.id == later; }));
        resigned = *MemberRepository(database).find(both);  // as saved: its new version
        resigned.resignedOn = QDate(2026, 12, 10);  // gone before it
        QVERIFY(MemberRepository(database).update(resigned));
        QCOMPARE(m_workspace->workspace().gatheringReport(event, after).size(), 3);

        // One annual gathering a year.
        Event second = gathering;
        second.title = QStringLiteral("Enda en samling");
        QVERIFY(!EventRepository(database).add(second));
    }

    void calendarFileParsesWithARealParser()
    {
        Event event = courseFor(20);
        event.title = QStringLiteral("Folketanken: medvirkning, plan; og økonomi – en lang tittel som må brettes over flere linjer i fila");
        event.description = QStringLiteral("Første linje\nAndre linje, med komma; og semikolon");
        event.onlineLink = QStringLiteral("https://teams.example/mote");
        event.uid = QStringLiteral("test-1@sekretariat");
        const QByteArray ics = ICalendarWriter::write(event, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
        for (const QByteArray &line : ics.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(line.endsWith('\r') && line.size() <= 76, line.constData());
        }
        const QString python = TestUtils::pythonWith(QStringLiteral("icalendar"));
        QVERIFY2(!python.isEmpty(), "python3-icalendar is missing: install it (tools/install-dependencies.sh does)");
        const QString path = m_workspace->filePath(QStringLiteral("event.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ics);
        file.close();
        QProcess parser;
        parser.start(python, {QStringLiteral("-c"), QStringLiteral(
            "import sys, icalendar\n"
            "calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
            "event = [c for c in calendar.walk() if c.name == 'VEVENT'][0]\n"
            "print(str(event['SUMMARY']))\n"
            "print(event.decoded('DTSTART').isoformat())\n"
            "print(event.decoded('DTEND').isoformat())\n"
            "print(str(event['DESCRIPTION']))\n"
            "print(str(event['UID']))\n"), path});
        QVERIFY(parser.waitForFinished(60000));
        const QString output = QString::fromUtf8(parser.readAllStandardOutput());
        QVERIFY2(parser.exitCode() == 0, parser.readAllStandardError().constData());
        const QStringList lines = output.split(u'\n');
        QCOMPARE(lines.value(0), event.title);
        QCOMPARE(lines.value(1), QStringLiteral("2026-12-16T08:00:00+00:00"));  // 09:00 in Oslo, winter time
        QCOMPARE(lines.value(2), QStringLiteral("2026-12-16T14:30:00+00:00"));
        QCOMPARE(lines.value(3), QStringLiteral("Første linje"));
        QCOMPARE(lines.value(4), QStringLiteral("Andre linje, med komma; og semikolon"));
        QCOMPARE(lines.value(5), QStringLiteral("test-1@sekretariat"));
    }

    void commandLineExportsEventsRegistrationsAndCalendar()
    {
        QVERIFY(m_workspace->fillWithDemo());
        const CommandLineResult events = runCommandLine(
            {QStringLiteral("--database"), m_workspace->path(), QStringLiteral("export"), QStringLiteral("events")});
        QVERIFY2(events.exitCode == 0, qPrintable(events.err));
        const QList<QStringList> rows = CsvReader::parse(events.out);
        QCOMPARE(rows.first().value(2), QStringLiteral("title"));
        QCOMPARE(rows.size(), 6);  // the demo's five events
        const CommandLineResult registrations = runCommandLine({QStringLiteral("--database"), m_workspace->path(),
                                                                QStringLiteral("export"), QStringLiteral("registrations")});
        QVERIFY2(registrations.exitCode == 0, qPrintable(registrations.err));
        QVERIFY(CsvReader::parse(registrations.out).size() > 50);
        QVERIFY(registrations.out.contains(QStringLiteral(",waitlisted,")));  // the full course

        const CommandLineResult calendar = runCommandLine({QStringLiteral("--database"), m_workspace->path(),
                                                           QStringLiteral("export"), QStringLiteral("event"),
                                                           rows.at(1).value(0), QStringLiteral("--format"),
                                                           QStringLiteral("ics")});
        QVERIFY2(calendar.exitCode == 0, qPrintable(calendar.err));
        QVERIFY(calendar.out.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
        QVERIFY(calendar.out.contains(rows.at(1).value(2)));
        const CommandLineResult missing = runCommandLine({QStringLiteral("--database"), m_workspace->path(),
                                                          QStringLiteral("export"), QStringLiteral("event"),
                                                          QStringLiteral("999"), QStringLiteral("--format"),
                                                          QStringLiteral("ics")});
        QCOMPARE(missing.exitCode, 1);
        const CommandLineResult wrongFormat = runCommandLine({QStringLiteral("--database"), m_workspace->path(),
                                                              QStringLiteral("export"), QStringLiteral("event"),
                                                              QStringLiteral("1")});
        QCOMPARE(wrongFormat.exitCode, 2);
    }

    void participantListReadsBackInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("bokmål") << QStringLiteral("nb")
                                << QStringList{QStringLiteral("Deltakerliste"), QStringLiteral("Signatur"),
                                               QStringLiteral("Administrasjon"), QStringLiteral("Side 1 av 2")};
        QTest::newRow("nynorsk") << QStringLiteral("nn")
                                 << QStringList{QStringLiteral("Deltakarliste"), QStringLiteral("Signatur"),
                                                QStringLiteral("Administrasjon"), QStringLiteral("Side 1 av 2")};
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringList{QStringLiteral("Participant list"), QStringLiteral("Signature"),
                                                QStringLiteral("Administration"), QStringLiteral("Page 1 of 2")};
    }

    void participantListReadsBackInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, phrases);
        const QSqlDatabase database = m_workspace->connection();
        const qint64 event = EventRepository(database).add(courseFor(0)).id();
        RegistrationRepository registrations(database);
        const qint64 member = addMember(database, QStringLiteral("3905"), QStringLiteral("Færder"));
        for (int i = 0; i < 30; ++i) {
            Registration registration;
            registration.eventId = event;
            registration.personId = addPerson(database, QStringLiteral("Deltaker%1").arg(i, 2, 10, QLatin1Char('0')), member);
            registration.memberId = member;
            registration.role = ParticipantRole::Administrative;
            registration.note = i == 3 ? QStringLiteral("Vegetar") : QString();
            QVERIFY(registrations.add(registration));
        }
        const QList<Registration> all = registrations.registrationsOf(event);
        QVERIFY(registrations.cancel(all.last().id));
        const ParticipantListDocument document(*EventRepository(database).find(event), registrations.registrationsOf(event),
                                               QStringLiteral("Nettverket"), language);
        QCOMPARE(document.participants().size(), 29);  // the cancelled one is not on it
        QCOMPARE(document.pageCount(), 2);
        const QString path = m_workspace->filePath(QStringLiteral("participants-%1.pdf").arg(language));
        QString error;
        QVERIFY2(document.writePdf(path, &error), qPrintable(error));
        const QString folder = qEnvironmentVariable("SEKRETARIAT_SCREENSHOTS");
        if (!folder.isEmpty())
            QFile::copy(path, folder + QStringLiteral("/participants-%1.pdf").arg(language));
        const QString text = pdfText(path);
        for (const QString &phrase : std::as_const(phrases))
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in\n") + text));
        QVERIFY(text.contains(QStringLiteral("Deltaker00 Testesen")));
        QVERIFY(text.contains(QStringLiteral("Vegetar")));
        QVERIFY(!text.contains(all.last().personName));
        QVERIFY(text.contains(QStringLiteral("Kurs i folkehelsearbeid")));

        const QList<QStringList> rows = CsvReader::parse(QString::fromUtf8(ParticipantListDocument::csv(all)));
        QCOMPARE(rows.size(), 31);
        QCOMPARE(rows.first().value(3), QStringLiteral("participant_role"));
    }

    // Looked up at the door by name, guests among the others; a long name or
    // note wraps in its column instead of being cut off.
    void participantListWrapsAndSortsByName()
    {
        const QSqlDatabase database = m_workspace->connection();
        const qint64 event = EventRepository(database).add(courseFor(0)).id();
        RegistrationRepository registrations(database);
        const qint64 member = addMember(database, QStringLiteral("3907"), QStringLiteral("Sandefjord"));
        const QStringList names{QStringLiteral("Berit"), QStringLiteral("Petter"), QStringLiteral("Øystein")};
        for (const QString &name : names) {
            Registration registration;
            registration.eventId = event;
            registration.personId = addPerson(database, name, member);
            registration.memberId = member;
            registration.role = ParticipantRole::Administrative;
            if (name == u"Petter")
                registration.note = QStringLiteral("Vegetar, glutenfri, nøtteallergi; trenger plass nær døren");
            QVERIFY(registrations.add(registration));
        }
        Registration guest;
        guest.eventId = event;
        guest.guestName = QStringLiteral("Kristoffer Langnavnsen-Fredriksstadbakken");
        guest.guestEmail = QStringLiteral("kristoffer@example.org");
        guest.role = ParticipantRole::Other;
        QVERIFY2(registrations.add(guest), qPrintable(registrations.lastError()));

        const ParticipantListDocument document(*EventRepository(database).find(event), registrations.registrationsOf(event),
                                               QStringLiteral("Nettverket"), QStringLiteral("nb"));
        QStringList order;
        for (const Registration &participant : document.participants())
            order.append(participant.name().section(u' ', 0, 0));
        QCOMPARE(order, (QStringList{QStringLiteral("Berit"), QStringLiteral("Kristoffer"), QStringLiteral("Petter"),
                                     QStringLiteral("Øystein")}));
        const QString path = m_workspace->filePath(QStringLiteral("participants-wrapped.pdf"));
        QString error;
        QVERIFY2(document.writePdf(path, &error), qPrintable(error));
        const QString text = pdfText(path).simplified();
        QVERIFY2(!text.contains(u'…'), qPrintable(text));
        for (const QString &words : {QStringLiteral("nøtteallergi;"), QStringLiteral("døren"),
                                     QStringLiteral("Langnavnsen-"), QStringLiteral("Fredriksstadbakken")})
            QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" not in ") + text));
    }

private:
    std::unique_ptr<TemporaryWorkspace> m_workspace;
};

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
