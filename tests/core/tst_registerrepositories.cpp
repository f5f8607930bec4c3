// The rules of the member and people repositories: validation that names the
// field, one member per number, no deletion with history, roles written with
// their person, and all-or-nothing writes.
#include "members/memberrepository.h"
#include "people/personrepository.h"
#include "testutils.h"
#include "database/transaction.h"
#include "database/writeridentity.h"

#include <QSqlQuery>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

Member stavanger()
{
    Member member;
    member.number = QStringLiteral("1103");
    member.name = QStringLiteral("Stavanger");
    member.countyNumber = QStringLiteral("11");
    member.countyName = QStringLiteral("Rogaland");
    member.population = 149048;
    member.organisationNumber = QStringLiteral("964965226");
    member.status = MemberStatus::Active;
    member.activeFrom = QDate(2020, 1, 1);
    return member;
}

Person coordinator(qint64 memberId)
{
    Person person;
    person.firstName = QStringLiteral("Kari");
    person.lastName = QStringLiteral("Nordmann");
    person.email = QStringLiteral("kari.nordmann@stavanger.kommune.no");
    person.memberId = memberId;
    Role role;
    role.memberId = memberId;
    role.type = RoleType::PublicHealthCoordinator;
    role.validFrom = QDate(2023, 8, 1);
    person.roles = {role};
    return person;
}

qint64 countOf(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestRegisterRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_workspace = std::make_unique<TemporaryWorkspace>();
        QVERIFY(m_workspace->isOpen());
    }

    void memberIsAddedAndReadBack()
    {
        MemberRepository members(m_workspace->connection());
        Member member = stavanger();
        member.decisionReference = QStringLiteral("19/01234");
        member.invoiceAddress = QStringLiteral("Postboks 8001\n4068 Stavanger");
        member.documentLanguage = QStringLiteral("nn");
        const Outcome added = members.add(member);
        QVERIFY2(added, qPrintable(added.message()));
        const std::optional<Member> read = members.find(added.id());
        QVERIFY(read);
        QCOMPARE(read->name, member.name);
        QCOMPARE(read->population, member.population);
        QCOMPARE(read->activeFrom, member.activeFrom);
        QCOMPARE(read->invoiceAddress, member.invoiceAddress);
        QCOMPARE(read->documentLanguage, QStringLiteral("nn"));
        QCOMPARE(members.findByNumber(MemberKind::Municipality, QStringLiteral("1103"))->id, added.id());
        QVERIFY(!members.findByNumber(MemberKind::County, QStringLiteral("1103")));
    }

    void invalidMemberNamesTheField_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("organisation number check digit") << QStringLiteral("org") << QStringLiteral("organisationNumber");
        QTest::newRow("negative population") << QStringLiteral("population") << QStringLiteral("population");
        QTest::newRow("three-digit number") << QStringLiteral("number") << QStringLiteral("number");
        QTest::newRow("no name") << QStringLiteral("name") << QStringLiteral("name");
        QTest::newRow("bad invoice e-mail") << QStringLiteral("email") << QStringLiteral("invoiceEmail");
        QTest::newRow("active without date") << QStringLiteral("active") << QStringLiteral("activeFrom");
        QTest::newRow("resigned before active") << QStringLiteral("resigned") << QStringLiteral("resignedOn");
    }

    void invalidMemberNamesTheField()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        Member member = stavanger();
        if (change == u"org")
            member.organisationNumber = QStringLiteral("964965227");
        else if (change == u"population")
            member.population = -1;
        else if (change == u"number")
            member.number = QStringLiteral("110");
        else if (change == u"name")
            member.name = QStringLiteral("  ");
        else if (change == u"email")
            member.invoiceEmail = QStringLiteral("faktura@");
        else if (change == u"active")
            member.activeFrom = {};
        else if (change == u"resigned") {
            member.status = MemberStatus::Resigned;
            member.resignedOn = QDate(2019, 12, 31);
        }
        const Outcome added = MemberRepository(m_workspace->connection()).add(member);
        QVERIFY(!added);
        QCOMPARE(added.field(), field);
        QVERIFY(!added.message().isEmpty());
        QCOMPARE(countOf(m_workspace->connection(), QStringLiteral("members")), 0);
    }

    void oneMemberPerMunicipalityNumber()
    {
        MemberRepository members(m_workspace->connection());
        QVERIFY(members.add(stavanger()));
        Member again = stavanger();
        again.name = QStringLiteral("Stavanger igjen");
        const Outcome refused = members.add(again);
        QVERIFY(!refused);
        QCOMPARE(refused.field(), QStringLiteral("number"));
        QVERIFY(refused.message().contains(QStringLiteral("Stavanger")));

        // The county with the same digits is a different member.
        Member county;
        county.kind = MemberKind::County;
        county.number = QStringLiteral("11");
        county.name = QStringLiteral("Rogaland fylkeskommune");
        QVERIFY(members.add(county));

        // Changing one member onto another's number is refused as well.
        Member sandnes = stavanger();
        sandnes.number = QStringLiteral("1108");
        sandnes.name = QStringLiteral("Sandnes");
        sandnes.organisationNumber.clear();
        const Outcome added = members.add(sandnes);
        QVERIFY(added);
        sandnes.id = added.id();
        sandnes.number = QStringLiteral("1103");
        QVERIFY(!members.update(sandnes));
        QCOMPARE(members.find(added.id())->number, QStringLiteral("1108"));
    }

    void memberWithHistoryIsNeverDeleted()
    {
        MemberRepository members(m_workspace->connection());
        const Outcome empty = members.add(stavanger());
        QVERIFY(empty);
        QVERIFY(!members.hasHistory(empty.id()));

        Member other = stavanger();
        other.number = QStringLiteral("1108");
        other.name = QStringLiteral("Sandnes");
        other.organisationNumber.clear();
        const Outcome withPeople = members.add(other);
        QVERIFY(withPeople);
        QVERIFY(PersonRepository(m_workspace->connection()).add(coordinator(withPeople.id())));
        QVERIFY(members.hasHistory(withPeople.id()));

        const Outcome refused = members.remove(withPeople.id());
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(QStringLiteral("Resigned")));
        QVERIFY(members.find(withPeople.id()));

        QVERIFY(members.remove(empty.id()));
        QVERIFY(!members.find(empty.id()));
        QVERIFY(!members.remove(empty.id()));
    }

    void databaseRefusesDeletingAMemberWithPeople()
    {
        // The rule holds below the repository too: the foreign key restricts.
        const Outcome member = MemberRepository(m_workspace->connection()).add(stavanger());
        QVERIFY(PersonRepository(m_workspace->connection()).add(coordinator(member.id())));
        QSqlQuery query(m_workspace->connection());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM members WHERE id = %1").arg(member.id())));
        QCOMPARE(countOf(m_workspace->connection(), QStringLiteral("members")), 1);
    }

    void personIsWrittenWithRoles()
    {
        const Outcome member = MemberRepository(m_workspace->connection()).add(stavanger());
        PersonRepository people(m_workspace->connection());
        Person person = coordinator(member.id());
        Role political;
        political.memberId = member.id();
        political.type = RoleType::PoliticalContact;
        political.validFrom = QDate(2023, 10, 1);
        political.validTo = QDate(2027, 9, 30);
        person.roles.append(political);
        const Outcome added = people.add(person);
        QVERIFY2(added, qPrintable(added.message()));
        std::optional<Person> read = people.find(added.id());
        QVERIFY(read);
        QCOMPARE(read->roles.size(), 2);
        QCOMPARE(read->fullName(), QStringLiteral("Kari Nordmann"));

        // Saving replaces the roles: one removed, the other kept.
        read->roles.removeIf([](const Role &role) { return role.type == RoleType::PublicHealthCoordinator; });
        QVERIFY(people.update(*read));
        read = people.find(added.id());
        QCOMPARE(read->roles.size(), 1);
        QCOMPARE(read->roles.first().type, RoleType::PoliticalContact);
        QCOMPARE(read->roles.first().validTo, QDate(2027, 9, 30));
        QCOMPARE(people.peopleOfMember(member.id()).size(), 1);
    }

    void aMembersPeopleAreItsOwnAndThoseWithARoleThere()
    {
        MemberRepository members(m_workspace->connection());
        const Outcome stavangerAdded = members.add(stavanger());
        Member sandnesMember = stavanger();
        sandnesMember.number = QStringLiteral("1108");
        sandnesMember.name = QStringLiteral("Sandnes");
        sandnesMember.organisationNumber = QStringLiteral("964965137");
        const Outcome sandnesAdded = members.add(sandnesMember);
        QVERIFY2(stavangerAdded && sandnesAdded, qPrintable(sandnesAdded.message()));
        PersonRepository people(m_workspace->connection());

        // Kari belongs to Stavanger and also sits on the board for Sandnes.
        Person kari = coordinator(stavangerAdded.id());
        Role board;
        board.memberId = sandnesAdded.id();
        board.type = RoleType::BoardMember;
        kari.roles.append(board);
        QVERIFY(people.add(kari));
        // Ola belongs to Sandnes and is Stavanger's political contact.
        Person ola = coordinator(sandnesAdded.id());
        ola.firstName = QStringLiteral("Ola");
        ola.email = QStringLiteral("ola@sandnes.kommune.no");
        ola.roles.first().memberId = stavangerAdded.id();
        ola.roles.first().type = RoleType::PoliticalContact;
        QVERIFY(people.add(ola));
        // Per belongs to Sandnes alone.
        Person per = coordinator(sandnesAdded.id());
        per.firstName = QStringLiteral("Per");
        per.email = QStringLiteral("per@sandnes.kommune.no");
        QVERIFY(people.add(per));

        const QList<Person> atStavanger = people.peopleOfMember(stavangerAdded.id());
        QCOMPARE(atStavanger.size(), 2);
        QCOMPARE(atStavanger.at(0).firstName, QStringLiteral("Kari"));
        QCOMPARE(atStavanger.at(0).roles.size(), 2);
        QCOMPARE(atStavanger.at(1).firstName, QStringLiteral("Ola"));
        QCOMPARE(atStavanger.at(1).roles.size(), 1);
        QCOMPARE(atStavanger.at(1).roles.first().type, RoleType::PoliticalContact);

        const QList<Person> atSandnes = people.peopleOfMember(sandnesAdded.id());
        QCOMPARE(atSandnes.size(), 3);
        QCOMPARE(atSandnes.at(0).firstName, QStringLiteral("Kari"));
        QCOMPARE(atSandnes.at(0).roles.size(), 1);
        QCOMPARE(atSandnes.at(0).roles.first().type, RoleType::BoardMember);
        QCOMPARE(atSandnes.at(1).firstName, QStringLiteral("Ola"));
        QCOMPARE(atSandnes.at(2).firstName, QStringLiteral("Per"));
    }

    void invalidPersonChangesNothing_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QStringLiteral("name") << QStringLiteral("firstName");
        QTest::newRow("bad e-mail") << QStringLiteral("email") << QStringLiteral("email");
        QTest::newRow("letters in phone") << QStringLiteral("phone") << QStringLiteral("phone");
        QTest::newRow("role without member") << QStringLiteral("roleMember") << QStringLiteral("roles");
        QTest::newRow("role ends before it starts") << QStringLiteral("roleDates") << QStringLiteral("roles");
    }

    void invalidPersonChangesNothing()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        const Outcome member = MemberRepository(m_workspace->connection()).add(stavanger());
        Person person = coordinator(member.id());
        if (change == u"name") {
            person.firstName.clear();
            person.lastName = QStringLiteral(" ");
        } else if (change == u"email") {
            person.email = QStringLiteral("kari@@stavanger");
        } else if (change == u"phone") {
            person.phone = QStringLiteral("ring meg");
        } else if (change == u"roleMember") {
            person.roles.first().memberId = 0;
        } else if (change == u"roleDates") {
            person.roles.first().validTo = QDate(2020, 1, 1);
        }
        const Outcome added = PersonRepository(m_workspace->connection()).add(person);
        QVERIFY(!added);
        QCOMPARE(added.field(), field);
        QCOMPARE(countOf(m_workspace->connection(), QStringLiteral("people")), 0);
        QCOMPARE(countOf(m_workspace->connection(), QStringLiteral("roles")), 0);
    }

    void removingManyIsAllOrNothing()
    {
        const Outcome member = MemberRepository(m_workspace->connection()).add(stavanger());
        PersonRepository people(m_workspace->connection());
        const Outcome first = people.add(coordinator(member.id()));
        const Outcome second = people.add(coordinator(member.id()));
        QVERIFY(first && second);
        QVERIFY(!people.removeMany({first.id(), 987654}));
        QCOMPARE(countOf(m_workspace->connection(), QStringLiteral("people")), 2);
        QCOMPARE(countOf(m_workspace->connection(), QStringLiteral("roles")), 2);
        QVERIFY(people.removeMany({first.id(), second.id()}));
        QCOMPARE(countOf(m_workspace->connection(), QStringLiteral("people")), 0);
        QCOMPARE(countOf(m_workspace->connection(), QStringLiteral("roles")), 0);
        // With nobody left, the member has no history and may go.
        QVERIFY(MemberRepository(m_workspace->connection()).remove(member.id()));
    }

    void partnerBelongsToNoMember()
    {
        Person partner;
        partner.firstName = QStringLiteral("Ola");
        partner.lastName = QStringLiteral("Forsker");
        partner.organisation = QStringLiteral("Folkehelseinstituttet");
        const Outcome added = PersonRepository(m_workspace->connection()).add(partner);
        QVERIFY2(added, qPrintable(added.message()));
        const std::optional<Person> read = PersonRepository(m_workspace->connection()).find(added.id());
        QCOMPARE(read->memberId, 0);
        QCOMPARE(read->organisation, QStringLiteral("Folkehelseinstituttet"));
    }

    // Two forms read the same member; the second to save is refused, not quietly
    // written over the first, and may save again over what it now reads.
    void aSaveOverSomeoneElsesChangeIsRefused()
    {
        MemberRepository members(m_workspace->connection());
        const Outcome added = members.add(stavanger());
        QVERIFY(added);
        Member first = *members.find(added.id());
        Member second = first;
        first.notes = QStringLiteral("Ringt om vedtaket");
        QVERIFY(members.update(first));
        second.website = QStringLiteral("https://www.stavanger.kommune.no");
        const Outcome refused = members.update(second);
        QVERIFY(!refused);
        QVERIFY(refused.isConflict());
        QCOMPARE(refused.message(), QStringLiteral("Stavanger was changed by someone else after you opened it."));
        const Member stored = *members.find(added.id());
        QCOMPARE(stored.notes, QStringLiteral("Ringt om vedtaket"));
        QVERIFY(stored.website.isEmpty());
        QVERIFY(stored.version > first.version);
        second.version = stored.version;  // saved knowingly over it
        QVERIFY(members.update(second));
        QCOMPARE(members.find(added.id())->website, QStringLiteral("https://www.stavanger.kommune.no"));

        // A write that is not a form's (a population import, SQL) makes a form stale too.
        Member third = *members.find(added.id());
        QSqlQuery query(m_workspace->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE members SET population = 150000 WHERE id = %1").arg(added.id())));
        third.notes = QStringLiteral("x");
        QVERIFY(members.update(third).isConflict());

        // A person likewise; deleted meanwhile is said as that, not as a change.
        PersonRepository people(m_workspace->connection());
        const Outcome person = people.add(coordinator(added.id()));
        QVERIFY2(person, qPrintable(person.message()));
        Person mine = *people.find(person.id());
        Person theirs = mine;
        theirs.phone = QStringLiteral("51 50 70 90");
        QVERIFY(people.update(theirs));
        mine.title = QStringLiteral("Rådgiver");
        const Outcome stale = people.update(mine);
        QVERIFY(stale.isConflict());
        QCOMPARE(people.find(person.id())->title, QString());
        QVERIFY(people.remove(person.id()));
        const Outcome gone = people.update(mine);
        QVERIFY(!gone);
        QVERIFY(!gone.isConflict());
        QVERIFY2(gone.message().contains(QStringLiteral("no longer exists")), qPrintable(gone.message()));
    }

    // Who did it: one row for every user action, however many statements and
    // nested writes it took, with the name of the user signed in.
    void everyWriteRecordsWhoMadeIt()
    {
        const QSqlDatabase database = m_workspace->connection();
        WriterIdentity::setName(QStringLiteral("anna"));
        const auto logged = [&database] {
            return TestUtils::countBySql(database, QStringLiteral("SELECT count(*) FROM write_log"));
        };
        const qint64 before = logged();
        MemberRepository members(database);
        const Outcome added = members.add(stavanger());
        QVERIFY(added);
        QCOMPARE(logged(), before + 1);
        PersonRepository people(database);
        const Outcome first = people.add(coordinator(added.id()));
        Person second = coordinator(added.id());
        second.firstName = QStringLiteral("Per");
        second.email = QStringLiteral("per@stavanger.kommune.no");
        const Outcome other = people.add(second);
        QVERIFY(first && other);
        QCOMPARE(logged(), before + 3);
        WriterIdentity::setName(QStringLiteral("bjørn"));
        QVERIFY(people.removeMany({first.id(), other.id()}));  // two deletes, one action
        QCOMPARE(logged(), before + 4);
        QSqlQuery last(database);
        QVERIFY(last.exec(QStringLiteral("SELECT user_name, written_at FROM write_log ORDER BY id DESC LIMIT 1")) && last.next());
        QCOMPARE(last.value(0).toString(), QStringLiteral("bjørn"));
        QVERIFY(last.value(1).toString().startsWith(QString::number(QDate::currentDate().year())));
        // Writes inside one larger action (a dues run, the demo) are one row too.
        {
            Transaction action(database);
            Member county = stavanger();
            county.kind = MemberKind::County;
            county.number = QStringLiteral("11");
            county.name = QStringLiteral("Rogaland fylkeskommune");
            county.organisationNumber.clear();
            QVERIFY(members.add(county));
            QVERIFY(people.add(coordinator(added.id())));
            QVERIFY(action.commit());
        }
        QCOMPARE(logged(), before + 5);
        // A refused write records nothing.
        Member duplicate = stavanger();
        QVERIFY(!members.add(duplicate));
        QCOMPARE(logged(), before + 5);
        WriterIdentity::setName(QString());
    }

private:
    std::unique_ptr<TemporaryWorkspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestRegisterRepositories)
#include "tst_registerrepositories.moc"
