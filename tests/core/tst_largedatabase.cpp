// The large benchmark database, in its small size: built through the repositories
// it holds what was asked for, passes SQLite's checks, and repeats from its seed.
#include "largedatabasebuilder.h"
#include "members/memberrepository.h"
#include "reference/municipalitycatalogue.h"
#include "testutils.h"

#include <QSqlQuery>
#include <QTest>

using namespace Sekretariat;

namespace {

struct Name
{
    QString first;
    QString last;
    bool operator==(const Name &) const = default;
};

Name personNamed(const QSqlDatabase &database, const QString &order)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT first_name, last_name FROM people ORDER BY id ") + order + QStringLiteral(" LIMIT 1"))
        || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

qint64 countOf(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestLargeDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsTheAskedForCounts();
    void passesTheIntegrityAndForeignKeyChecks();
    void usesTheOfficialListBeforeMadeUpMembers();
    void everyMemberPassesTheRulesWhenSavedAgain();
    void sameSeedGivesTheSameDatabase();
    void anotherSeedGivesAnotherDatabase();
    void refusesADatabaseWithMembers();

private:
    std::unique_ptr<TestUtils::TemporaryWorkspace> buildSmall(quint32 seed, Outcome *outcome);

    std::unique_ptr<TestUtils::TemporaryWorkspace> m_small;
};

std::unique_ptr<TestUtils::TemporaryWorkspace> TestLargeDatabase::buildSmall(quint32 seed, Outcome *outcome)
{
    auto workspace = std::make_unique<TestUtils::TemporaryWorkspace>();
    if (!workspace->isOpen()) {
        *outcome = Outcome::failure(QStringLiteral("the workspace did not open"));
        return workspace;
    }
    LargeDatabaseBuilder builder(workspace->connection(), workspace->workspace().catalogue());
    builder.setSize(LargeDatabaseSize::small());
    builder.setSeed(seed);
    *outcome = builder.build();
    return workspace;
}

void TestLargeDatabase::initTestCase()
{
    Outcome built = Outcome::failure({});
    m_small = buildSmall(7, &built);
    QVERIFY2(built, qPrintable(built.message()));
}

void TestLargeDatabase::holdsTheAskedForCounts()
{
    const LargeDatabaseSize size = LargeDatabaseSize::small();
    const LargeDatabaseCounts counts = LargeDatabaseCounts::of(m_small->connection());
    QCOMPARE(counts.members, qint64(size.members));
    QCOMPARE(counts.people, qint64(size.people));
    QCOMPARE(counts.invoices, qint64(size.invoices));
    // Roles, payments, reminders and credit notes come with them.
    QVERIFY(counts.roles > size.people / 2);
    QVERIFY(counts.payments > size.invoices * 8 / 10);
    QVERIFY(counts.reminders > 0);
    QCOMPARE(counts.events, qint64(size.events));
    QCOMPARE(counts.registrations, qint64(size.registrations));
    QVERIFY(counts.creditNotes >= 0);
    // Partners outside the membership, and invoice numbers without gaps.
    QVERIFY(countOf(m_small->connection(), QStringLiteral("SELECT count(*) FROM people WHERE member_id IS NULL")) > 0);
    QCOMPARE(countOf(m_small->connection(), QStringLiteral("SELECT max(number) - min(number) + 1 FROM invoices")),
             counts.invoices + counts.creditNotes);
}

void TestLargeDatabase::passesTheIntegrityAndForeignKeyChecks()
{
    const QStringList problems = m_small->workspace().database().integrityProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLargeDatabase::usesTheOfficialListBeforeMadeUpMembers()
{
    // The small size is a sample of the official list; a size beyond it adds
    // members numbered from 9000, outside the real range.
    QCOMPARE(countOf(m_small->connection(), QStringLiteral("SELECT count(*) FROM members WHERE number >= '9000'")), 0);
    TestUtils::TemporaryWorkspace beyond;
    QVERIFY(beyond.isOpen());
    const int official = int(beyond.workspace().catalogue().entries().size());
    LargeDatabaseBuilder builder(beyond.connection(), beyond.workspace().catalogue());
    builder.setSize({official + 3, 20, 0});
    const Outcome built = builder.build();
    QVERIFY2(built, qPrintable(built.message()));
    QCOMPARE(countOf(beyond.connection(), QStringLiteral("SELECT count(*) FROM members")), official + 3);
    QCOMPARE(countOf(beyond.connection(),
                     QStringLiteral("SELECT count(*) FROM members WHERE kind = 'municipality' AND number IN ('9000', '9001', '9002')")),
             3);
}

void TestLargeDatabase::everyMemberPassesTheRulesWhenSavedAgain()
{
    MemberRepository members(m_small->connection());
    for (const Member &member : members.all()) {
        const Outcome saved = members.update(member);
        QVERIFY2(saved, qPrintable(member.name + QStringLiteral(": ") + saved.message()));
    }
}

void TestLargeDatabase::sameSeedGivesTheSameDatabase()
{
    Outcome built = Outcome::failure({});
    const auto again = buildSmall(7, &built);
    QVERIFY2(built, qPrintable(built.message()));
    QCOMPARE(personNamed(again->connection(), QStringLiteral("ASC")).first,
             personNamed(m_small->connection(), QStringLiteral("ASC")).first);
    QCOMPARE(personNamed(again->connection(), QStringLiteral("ASC")).last,
             personNamed(m_small->connection(), QStringLiteral("ASC")).last);
    QCOMPARE(personNamed(again->connection(), QStringLiteral("DESC")).first,
             personNamed(m_small->connection(), QStringLiteral("DESC")).first);
    QCOMPARE(personNamed(again->connection(), QStringLiteral("DESC")).last,
             personNamed(m_small->connection(), QStringLiteral("DESC")).last);
    const QString everything = QStringLiteral(
        "SELECT (SELECT group_concat(number || name || status, ',') FROM members),"
        " (SELECT sum(amount_ore) FROM invoices), (SELECT sum(amount_ore) FROM payments),"
        " (SELECT group_concat(role || coalesce(valid_from, '') || coalesce(valid_to, ''), ',') FROM roles)");
    QSqlQuery first(m_small->connection());
    QSqlQuery second(again->connection());
    QVERIFY(first.exec(everything) && first.next());
    QVERIFY(second.exec(everything) && second.next());
    for (int column = 0; column < 4; ++column)
        QCOMPARE(second.value(column), first.value(column));
}

void TestLargeDatabase::anotherSeedGivesAnotherDatabase()
{
    Outcome built = Outcome::failure({});
    const auto other = buildSmall(8, &built);
    QVERIFY2(built, qPrintable(built.message()));
    const LargeDatabaseCounts counts = LargeDatabaseCounts::of(other->connection());
    QCOMPARE(counts.people, qint64(LargeDatabaseSize::small().people));
    QCOMPARE(counts.invoices, qint64(LargeDatabaseSize::small().invoices));
    QSqlQuery first(m_small->connection());
    QSqlQuery second(other->connection());
    const QString names = QStringLiteral("SELECT group_concat(first_name || last_name, ',') FROM people");
    QVERIFY(first.exec(names) && first.next());
    QVERIFY(second.exec(names) && second.next());
    QVERIFY(first.value(0) != second.value(0));
}

void TestLargeDatabase::refusesADatabaseWithMembers()
{
    LargeDatabaseBuilder builder(m_small->connection(), m_small->workspace().catalogue());
    builder.setSize(LargeDatabaseSize::small());
    QVERIFY(!builder.build());
    QCOMPARE(LargeDatabaseCounts::of(m_small->connection()).members, qint64(LargeDatabaseSize::small().members));
}

QTEST_GUILESS_MAIN(TestLargeDatabase)
#include "tst_largedatabase.moc"
