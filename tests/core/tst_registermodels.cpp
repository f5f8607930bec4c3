// The register's item models: consistent under QAbstractItemModelTester, the
// missing-contacts flag, search over visible text, filters, Norwegian sorting.
#include "common/modelroles.h"
#include "common/registerfiltermodel.h"
#include "members/memberrepository.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "people/personrepository.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

const QDate referenceDate(2026, 6, 1);

qint64 addMember(const QSqlDatabase &database, const QString &number, const QString &name, MemberStatus status)
{
    Member member;
    member.number = number;
    member.name = name;
    member.population = 1000;
    member.status = status;
    if (status == MemberStatus::Active)
        member.activeFrom = QDate(2020, 1, 1);
    return MemberRepository(database).add(member).id();
}

qint64 addPerson(const QSqlDatabase &database, const QString &first, const QString &last, qint64 memberId,
                 const QList<Role> &roles = {})
{
    Person person;
    person.firstName = first;
    person.lastName = last;
    person.memberId = memberId;
    person.roles = roles;
    return PersonRepository(database).add(person).id();
}

Role role(qint64 memberId, RoleType type, const QDate &from = {}, const QDate &to = {})
{
    Role role;
    role.memberId = memberId;
    role.type = type;
    role.validFrom = from;
    role.validTo = to;
    return role;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class TestRegisterModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway)); }

    void demoModelsAreConsistent()
    {
        TemporaryWorkspace workspace;
        QVERIFY(workspace.fillWithDemo());
        MembersModel *members = workspace.workspace().membersModel();
        PeopleModel *people = workspace.workspace().peopleModel();
        QAbstractItemModelTester membersTester(members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester peopleTester(people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RegisterFilterModel filter;
        filter.setSourceModel(people);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(members->rowCount(), 40);
        QVERIFY(people->rowCount() > 80);
        filter.sort(PeopleModel::LastNameColumn);
        filter.setSearchText(QStringLiteral("a"));
        QVERIFY(members->reload());
        QVERIFY(people->reload());
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), people->rowCount());
    }

    void membersWithoutBothContactsAreFlagged()
    {
        TemporaryWorkspace workspace;
        const QSqlDatabase database = workspace.connection();
        const qint64 both = addMember(database, QStringLiteral("0301"), QStringLiteral("Oslo"), MemberStatus::Active);
        const qint64 onlyAdministrative =
            addMember(database, QStringLiteral("1103"), QStringLiteral("Stavanger"), MemberStatus::Active);
        const qint64 expired = addMember(database, QStringLiteral("4601"), QStringLiteral("Bergen"), MemberStatus::Active);
        const qint64 prospect =
            addMember(database, QStringLiteral("5001"), QStringLiteral("Trondheim"), MemberStatus::Prospect);
        addPerson(database, QStringLiteral("Anne"), QStringLiteral("Admin"), both,
                  {role(both, RoleType::AdministrativeContact)});
        addPerson(database, QStringLiteral("Per"), QStringLiteral("Politiker"), both,
                  {role(both, RoleType::PoliticalContact, QDate(2023, 10, 1))});
        addPerson(database, QStringLiteral("Siri"), QStringLiteral("Saksbehandler"), onlyAdministrative,
                  {role(onlyAdministrative, RoleType::AdministrativeContact)});
        // Roles that ended before the reference date do not count.
        addPerson(database, QStringLiteral("Geir"), QStringLiteral("Gammel"), expired,
                  {role(expired, RoleType::AdministrativeContact, {}, QDate(2025, 12, 31)),
                   role(expired, RoleType::PoliticalContact, {}, QDate(2025, 12, 31))});

        MembersModel model{MemberRepository(database)};
        model.setReferenceDate(referenceDate);
        QVERIFY(model.reload());
        auto missing = [&model](qint64 id) {
            return model.index(model.rowOfMember(id), 0).data(MembersModel::MissingContactsRole).toBool();
        };
        QVERIFY(!missing(both));
        QVERIFY(missing(onlyAdministrative));
        QVERIFY(missing(expired));
        QVERIFY(!missing(prospect));  // a prospect needs no contacts yet
        QCOMPARE(model.index(model.rowOfMember(both), MembersModel::AdministrativeContactColumn).data().toString(),
                 QStringLiteral("Anne Admin"));
        QCOMPARE(model.index(model.rowOfMember(expired), MembersModel::PoliticalContactColumn).data().toString(),
                 MembersModel::tr("Missing"));

        RegisterFilterModel filter;
        filter.setSourceModel(&model);
        filter.setRowFilter(QStringLiteral("missing"), [&model](int row) {
            return model.index(row, 0).data(MembersModel::MissingContactsRole).toBool();
        });
        filter.sort(MembersModel::NameColumn);
        QCOMPARE(column(filter, MembersModel::NameColumn), (QStringList{QStringLiteral("Bergen"), QStringLiteral("Stavanger")}));
        filter.setRowFilter(QStringLiteral("missing"), {});
        QCOMPARE(filter.rowCount(), 4);
    }

    // The window shows the list first and the contacts a moment later: until
    // they come, no member is called out of compliance for want of them.
    void contactsReadLaterFlagNothingUntilTheyArrive()
    {
        TemporaryWorkspace workspace;
        const QSqlDatabase database = workspace.connection();
        const qint64 both = addMember(database, QStringLiteral("0301"), QStringLiteral("Oslo"), MemberStatus::Active);
        const qint64 onlyAdministrative =
            addMember(database, QStringLiteral("1103"), QStringLiteral("Stavanger"), MemberStatus::Active);
        const qint64 refreshed = addMember(database, QStringLiteral("4601"), QStringLiteral("Bergen"), MemberStatus::Active);
        addPerson(database, QStringLiteral("Anne"), QStringLiteral("Admin"), both,
                  {role(both, RoleType::AdministrativeContact), role(both, RoleType::PoliticalContact)});
        addPerson(database, QStringLiteral("Siri"), QStringLiteral("Saksbehandler"), onlyAdministrative,
                  {role(onlyAdministrative, RoleType::AdministrativeContact)});
        addPerson(database, QStringLiteral("Berit"), QStringLiteral("Bergseth"), refreshed,
                  {role(refreshed, RoleType::AdministrativeContact)});

        MembersModel model{MemberRepository(database)};
        model.setReferenceDate(referenceDate);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RegisterFilterModel filter;
        filter.setSourceModel(&model);
        filter.setRowFilter(QStringLiteral("missing"), [&model](int row) {
            return model.index(row, 0).data(MembersModel::MissingContactsRole).toBool();
        });
        QVERIFY(model.reloadWithContactsLater());
        QVERIFY(model.contactsPending());
        QCOMPARE(model.rowCount(), 3);
        const int siri = model.rowOfMember(onlyAdministrative);
        QCOMPARE(model.index(siri, MembersModel::AdministrativeContactColumn).data().toString(), QString());
        QCOMPARE(model.index(siri, MembersModel::PoliticalContactColumn).data().toString(), QString());
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QStringLiteral("siri"));
        QCOMPARE(filter.rowCount(), 0);

        // A member re-read meanwhile comes whole, and stays so.
        model.refreshMember(refreshed);
        QCOMPARE(model.index(model.rowOfMember(refreshed), MembersModel::AdministrativeContactColumn).data().toString(),
                 QStringLiteral("Berit Bergseth"));
        QVERIFY(model.index(model.rowOfMember(refreshed), 0).data(MembersModel::MissingContactsRole).toBool());

        QSignalSpy loaded(&model, &MembersModel::contactsLoaded);
        model.loadContactsInBackground();
        QVERIFY(loaded.wait());
        QVERIFY(!model.contactsPending());
        QCOMPARE(model.index(siri, MembersModel::AdministrativeContactColumn).data().toString(),
                 QStringLiteral("Siri Saksbehandler"));
        QCOMPARE(model.index(siri, MembersModel::PoliticalContactColumn).data().toString(), MembersModel::tr("Missing"));
        QCOMPARE(model.index(model.rowOfMember(both), MembersModel::PoliticalContactColumn).data().toString(),
                 QStringLiteral("Anne Admin"));
        QCOMPARE(model.index(model.rowOfMember(refreshed), MembersModel::AdministrativeContactColumn).data().toString(),
                 QStringLiteral("Berit Bergseth"));
        // Both the search and the filter see what came in.
        QCOMPARE(column(filter, MembersModel::NameColumn), QStringList{QStringLiteral("Stavanger")});
        filter.setSearchText({});
        QCOMPARE(column(filter, MembersModel::NameColumn), (QStringList{QStringLiteral("Stavanger"), QStringLiteral("Bergen")}));
    }

    void searchMatchesEveryWordAnywhereInTheRow()
    {
        TemporaryWorkspace workspace;
        const QSqlDatabase database = workspace.connection();
        const qint64 oslo = addMember(database, QStringLiteral("0301"), QStringLiteral("Oslo"), MemberStatus::Active);
        const qint64 bergen = addMember(database, QStringLiteral("4601"), QStringLiteral("Bergen"), MemberStatus::Active);
        addPerson(database, QStringLiteral("Kari"), QStringLiteral("Nordmann"), oslo,
                  {role(oslo, RoleType::PoliticalContact)});
        addPerson(database, QStringLiteral("Kari"), QStringLiteral("Bergesen"), bergen);
        addPerson(database, QStringLiteral("Ola"), QStringLiteral("Nordmann"), bergen);

        PeopleModel people{PersonRepository(database)};
        people.setReferenceDate(referenceDate);
        QVERIFY(people.reload());
        RegisterFilterModel filter;
        filter.setSourceModel(&people);
        filter.sort(PeopleModel::FirstNameColumn);

        filter.setSearchText(QStringLiteral("kari"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("KARI nord"));  // both words, any case, any column
        QCOMPARE(column(filter, PeopleModel::LastNameColumn), QStringList{QStringLiteral("Nordmann")});
        QCOMPARE(filter.index(0, PeopleModel::MemberColumn).data().toString(), QStringLiteral("Oslo"));
        filter.setSearchText(QStringLiteral("bergen"));  // the member's name is visible text too
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("berge"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("nordmann ola"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("zzz"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QStringLiteral("  "));
        QCOMPARE(filter.rowCount(), 3);
    }

    void namesSortTheNorwegianWay()
    {
        TemporaryWorkspace workspace;
        const QSqlDatabase database = workspace.connection();
        for (const QString &name : {QStringLiteral("Åsheim"), QStringLiteral("Ødegård"), QStringLiteral("berg"),
                                    QStringLiteral("Zahl"), QStringLiteral("Ærø"), QStringLiteral("Berg")}) {
            addPerson(database, QStringLiteral("X"), name, 0);
        }
        PeopleModel people{PersonRepository(database)};
        QVERIFY(people.reload());
        RegisterFilterModel filter;
        filter.setSourceModel(&people);
        filter.sort(PeopleModel::LastNameColumn, Qt::AscendingOrder);
        const QStringList ascending = column(filter, PeopleModel::LastNameColumn);
        QCOMPARE(ascending.mid(2), (QStringList{QStringLiteral("Zahl"), QStringLiteral("Ærø"), QStringLiteral("Ødegård"),
                                                QStringLiteral("Åsheim")}));
        QCOMPARE(ascending.first().toCaseFolded(), QStringLiteral("berg"));
        filter.sort(PeopleModel::LastNameColumn, Qt::DescendingOrder);
        QCOMPARE(column(filter, PeopleModel::LastNameColumn).first(), QStringLiteral("Åsheim"));
    }

    void membersSortByNumberAndPopulationAsNumbers()
    {
        TemporaryWorkspace workspace;
        const QSqlDatabase database = workspace.connection();
        for (const auto &[number, population] :
             {std::pair{QStringLiteral("0301"), 709037}, std::pair{QStringLiteral("1103"), 149048},
              std::pair{QStringLiteral("3905"), 9000}}) {
            Member member;
            member.number = number;
            member.name = QStringLiteral("M") + number;
            member.population = population;
            QVERIFY(MemberRepository(database).add(member));
        }
        MembersModel members{MemberRepository(database)};
        QVERIFY(members.reload());
        RegisterFilterModel filter;
        filter.setSourceModel(&members);
        filter.sort(MembersModel::PopulationColumn, Qt::AscendingOrder);
        QCOMPARE(column(filter, MembersModel::NumberColumn),
                 (QStringList{QStringLiteral("3905"), QStringLiteral("1103"), QStringLiteral("0301")}));
        // Shown with a Norwegian thousands separator, sorted by value.
        QCOMPARE(filter.index(2, MembersModel::PopulationColumn).data().toString(),
                 QLocale().toString(709037));
        filter.sort(MembersModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(column(filter, MembersModel::NumberColumn).first(), QStringLiteral("0301"));
    }

    // The rows stand in number order as numbers, so the list opens sorted by
    // number without sorting; a member added or renumbered takes its place.
    void membersStandInNumberOrder()
    {
        TemporaryWorkspace workspace;
        const QSqlDatabase database = workspace.connection();
        auto add = [&database](const QString &number, MemberKind kind) {
            Member member;
            member.number = number;
            member.kind = kind;
            member.name = QStringLiteral("M") + number;
            member.population = 1000;
            return MemberRepository(database).add(member).id();
        };
        add(QStringLiteral("1103"), MemberKind::Municipality);
        add(QStringLiteral("46"), MemberKind::County);
        const qint64 oslo = add(QStringLiteral("0301"), MemberKind::Municipality);
        add(QStringLiteral("03"), MemberKind::County);
        MembersModel model{MemberRepository(database)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        const QStringList numeric{QStringLiteral("03"), QStringLiteral("46"), QStringLiteral("0301"), QStringLiteral("1103")};
        QCOMPARE(column(model, MembersModel::NumberColumn), numeric);
        QVERIFY(model.headerData(MembersModel::NumberColumn, Qt::Horizontal, NaturalOrderRole).toBool());
        QVERIFY(!model.headerData(MembersModel::NameColumn, Qt::Horizontal, NaturalOrderRole).toBool());

        // The same order as sorting the numbers by the locale's collation does.
        RegisterFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(MembersModel::NumberColumn, Qt::DescendingOrder);
        QStringList collated = column(filter, MembersModel::NumberColumn);
        std::reverse(collated.begin(), collated.end());
        QCOMPARE(collated, numeric);
        filter.sort(MembersModel::NumberColumn, Qt::AscendingOrder);

        model.refreshMember(add(QStringLiteral("0101"), MemberKind::Municipality));
        QCOMPARE(column(filter, MembersModel::NumberColumn),
                 (QStringList{QStringLiteral("03"), QStringLiteral("46"), QStringLiteral("0101"), QStringLiteral("0301"),
                              QStringLiteral("1103")}));
        Member renumbered = *MemberRepository(database).find(oslo);
        renumbered.number = QStringLiteral("5001");
        QVERIFY(MemberRepository(database).update(renumbered));
        model.refreshMember(oslo);
        QCOMPARE(column(filter, MembersModel::NumberColumn),
                 (QStringList{QStringLiteral("03"), QStringLiteral("46"), QStringLiteral("0101"), QStringLiteral("1103"),
                              QStringLiteral("5001")}));
        QCOMPARE(model.index(model.rowOfMember(oslo), MembersModel::NumberColumn).data().toString(), QStringLiteral("5001"));
    }

    void refreshingOneMemberKeepsTheRest()
    {
        TemporaryWorkspace workspace;
        const QSqlDatabase database = workspace.connection();
        const qint64 oslo = addMember(database, QStringLiteral("0301"), QStringLiteral("Oslo"), MemberStatus::Active);
        MembersModel model{MemberRepository(database)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        const qint64 bergen = addMember(database, QStringLiteral("4601"), QStringLiteral("Bergen"), MemberStatus::Active);
        model.refreshMember(bergen);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOfMember(bergen) >= 0);

        Member changed = *MemberRepository(database).find(oslo);
        changed.name = QStringLiteral("Oslo kommune");
        QVERIFY(MemberRepository(database).update(changed));
        model.refreshMember(oslo);
        QCOMPARE(model.index(model.rowOfMember(oslo), MembersModel::NameColumn).data().toString(),
                 QStringLiteral("Oslo kommune"));

        QVERIFY(MemberRepository(database).remove(bergen));
        model.refreshMember(bergen);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfMember(bergen), -1);
    }
};

QTEST_GUILESS_MAIN(TestRegisterModels)
#include "tst_registermodels.moc"
