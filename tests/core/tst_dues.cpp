// The dues rules: the formula at each of its edges, the deflator chain, the
// rates and settings as stored, and who a year's run covers.
#include "dues/ageingreport.h"
#include "dues/duescalculator.h"
#include "dues/duesrepository.h"
#include "dues/reminderfeerule.h"
#include "dues/duesrunplanner.h"
#include "dues/ratetable.h"
#include "testutils.h"

#include <QTest>

using namespace Sekretariat;

Q_DECLARE_METATYPE(Sekretariat::MemberKind)
Q_DECLARE_METATYPE(Sekretariat::DuesRule)
Q_DECLARE_METATYPE(Sekretariat::MemberStatus)

namespace {

YearRate rateOf(qint64 rateOre, qint64 floorKroner = 5000, qint64 capKroner = 90000)
{
    YearRate rate;
    rate.year = 2024;
    rate.rateOre = rateOre;
    rate.floor = Money::fromKroner(floorKroner);
    rate.cap = Money::fromKroner(capKroner);
    return rate;
}

RateEntry rateEntry(int year, std::optional<qint64> rateOre, std::optional<int> deflator = std::nullopt)
{
    RateEntry entry;
    entry.year = year;
    entry.rateOre = rateOre;
    entry.deflatorBasisPoints = deflator;
    return entry;
}

Member activeMember(qint64 id, const QString &name)
{
    Member member;
    member.id = id;
    member.name = name;
    member.number = QStringLiteral("4601");
    member.status = MemberStatus::Active;
    member.population = 20000;
    member.populationDate = QDate(2024, 1, 1);
    member.organisationNumber = QStringLiteral("964338531");
    member.invoiceAddress = QStringLiteral("Postboks 7700");
    member.invoicePostalCode = QStringLiteral("5020");
    member.invoiceCity = QStringLiteral("Bergen");
    member.buyerReference = QStringLiteral("4711");
    return member;
}

} // namespace

class TestDues : public QObject
{
    Q_OBJECT

private slots:
    void formula_data();
    void formula();
    void domainExamples();
    void proRata_data();
    void proRata();
    void monthsCharged_data();
    void monthsCharged();
    void deflatorChainRoundsHalfUpToWholeOre();
    void floorAndCapCarryOver();
    void missingYearIsExplained();

    void repositoryStartsWith2024();
    void repositorySavesAndReplacesAYear();
    void repositoryRefusesBadEntries_data();
    void repositoryRefusesBadEntries();
    void repositoryKeepsLaterYearsInOrder();
    void repositoryRemovesAYearWithoutInvoices();
    void settingsRoundTrip();

    void coversYear_data();
    void coversYear();
    void planComputesIncludesAndWarns();
    void planWarnsAboutMissingInvoiceData();
    void planTotalsCountIncludedOnly();
    void ageingSortsWhatIsOwedByDaysOverdue();
};

void TestDues::formula_data()
{
    QTest::addColumn<MemberKind>("kind");
    QTest::addColumn<qint64>("population");
    QTest::addColumn<qint64>("rateOre");
    QTest::addColumn<DuesRule>("rule");
    QTest::addColumn<qint64>("amountOre");

    const MemberKind m = MemberKind::Municipality;
    // With a rate of NOK 1.00 the edges fall on whole inhabitants.
    QTest::newRow("one krone below the floor") << m << qint64(4999) << qint64(100) << DuesRule::Floor << qint64(500000);
    QTest::newRow("exactly at the floor") << m << qint64(5000) << qint64(100) << DuesRule::Rate << qint64(500000);
    QTest::newRow("one krone above the floor") << m << qint64(5001) << qint64(100) << DuesRule::Rate << qint64(500100);
    QTest::newRow("one krone below the cap") << m << qint64(89999) << qint64(100) << DuesRule::Rate << qint64(8999900);
    QTest::newRow("exactly at the cap") << m << qint64(90000) << qint64(100) << DuesRule::Rate << qint64(9000000);
    QTest::newRow("one krone above the cap") << m << qint64(90001) << qint64(100) << DuesRule::Cap << qint64(9000000);
    QTest::newRow("at the floor with 2.50") << m << qint64(2000) << qint64(250) << DuesRule::Rate << qint64(500000);
    QTest::newRow("at the cap with 2.50") << m << qint64(36000) << qint64(250) << DuesRule::Rate << qint64(9000000);
    QTest::newRow("no inhabitants") << m << qint64(0) << qint64(223) << DuesRule::Floor << qint64(500000);

    // NOK 2.23: the edges are reached by rounding to whole kroner.
    QTest::newRow("4,997.43 -> floor") << m << qint64(2241) << qint64(223) << DuesRule::Floor << qint64(500000);
    QTest::newRow("4,999.66 rounds up to the floor") << m << qint64(2242) << qint64(223) << DuesRule::Rate << qint64(500000);
    QTest::newRow("5,001.89 -> 5,002") << m << qint64(2243) << qint64(223) << DuesRule::Rate << qint64(500200);
    QTest::newRow("89,998.34 -> 89,998") << m << qint64(40358) << qint64(223) << DuesRule::Rate << qint64(8999800);
    QTest::newRow("90,000.57 -> cap") << m << qint64(40359) << qint64(223) << DuesRule::Cap << qint64(9000000);
    QTest::newRow("44,600 exactly") << m << qint64(20000) << qint64(223) << DuesRule::Rate << qint64(4460000);
    QTest::newRow("44,602.23 rounds down") << m << qint64(20001) << qint64(223) << DuesRule::Rate << qint64(4460200);
    QTest::newRow("44,740.49 rounds down") << m << qint64(20063) << qint64(223) << DuesRule::Rate << qint64(4474000);
    QTest::newRow("44,711.50 rounds half up") << m << qint64(20050) << qint64(223) << DuesRule::Rate << qint64(4471200);

    const MemberKind c = MemberKind::County;
    QTest::newRow("county, small") << c << qint64(5) << qint64(223) << DuesRule::County << qint64(9000000);
    QTest::newRow("county, none") << c << qint64(0) << qint64(223) << DuesRule::County << qint64(9000000);
    QTest::newRow("county, large") << c << qint64(650000) << qint64(223) << DuesRule::County << qint64(9000000);
}

void TestDues::formula()
{
    QFETCH(MemberKind, kind);
    QFETCH(qint64, population);
    QFETCH(qint64, rateOre);
    QFETCH(DuesRule, rule);
    QFETCH(qint64, amountOre);

    const DuesCalculation result = DuesCalculator::calculate(kind, population, QDate(2024, 1, 1), rateOf(rateOre));
    QCOMPARE(result.raw.ore(), population * rateOre);
    QCOMPARE(result.rule, rule);
    QCOMPARE(result.fullYear.ore(), amountOre);
    QCOMPARE(result.amount.ore(), amountOre);
    QCOMPARE(result.months, 12);
    QCOMPARE(result.rateOre, rateOre);
}

void TestDues::domainExamples()
{
    const YearRate rate = rateOf(223);
    const auto amount = [&](qint64 population) {
        return DuesCalculator::calculate(MemberKind::Municipality, population, {}, rate).amount;
    };
    QCOMPARE(amount(52000), Money::fromKroner(90000));
    QCOMPARE(DuesCalculator::calculate(MemberKind::Municipality, 52000, {}, rate).raw, Money::fromKroner(115960));
    QCOMPARE(amount(1800), Money::fromKroner(5000));
    QCOMPARE(DuesCalculator::calculate(MemberKind::Municipality, 1800, {}, rate).raw, Money::fromKroner(4014));
    QCOMPARE(amount(20000), Money::fromKroner(44600));
}

void TestDues::proRata_data()
{
    QTest::addColumn<MemberKind>("kind");
    QTest::addColumn<qint64>("population");
    QTest::addColumn<int>("months");
    QTest::addColumn<qint64>("amountOre");

    QTest::newRow("full year") << MemberKind::Municipality << qint64(20000) << 12 << qint64(4460000);
    QTest::newRow("9 months, exact") << MemberKind::Municipality << qint64(20000) << 9 << qint64(3345000);
    QTest::newRow("7 months, 26,016.67 -> 26,017") << MemberKind::Municipality << qint64(20000) << 7 << qint64(2601700);
    QTest::newRow("1 month, 3,716.67 -> 3,717") << MemberKind::Municipality << qint64(20000) << 1 << qint64(371700);
    QTest::newRow("floor, half a year") << MemberKind::Municipality << qint64(1800) << 6 << qint64(250000);
    QTest::newRow("county, a quarter") << MemberKind::County << qint64(100) << 3 << qint64(2250000);
    QTest::newRow("0 months counts as 1") << MemberKind::Municipality << qint64(20000) << 0 << qint64(371700);
}

void TestDues::proRata()
{
    QFETCH(MemberKind, kind);
    QFETCH(qint64, population);
    QFETCH(int, months);
    QFETCH(qint64, amountOre);
    const DuesCalculation result = DuesCalculator::calculate(kind, population, {}, rateOf(223), months);
    QCOMPARE(result.amount.ore(), amountOre);
    QCOMPARE(result.months, std::clamp(months, 1, 12));
}

void TestDues::monthsCharged_data()
{
    QTest::addColumn<QDate>("activeFrom");
    QTest::addColumn<bool>("proRata");
    QTest::addColumn<int>("months");

    QTest::newRow("not pro rata") << QDate(2025, 4, 15) << false << 12;
    QTest::newRow("from January") << QDate(2025, 1, 1) << true << 12;
    QTest::newRow("from April") << QDate(2025, 4, 15) << true << 9;
    QTest::newRow("from December") << QDate(2025, 12, 31) << true << 1;
    QTest::newRow("an earlier year") << QDate(2019, 6, 1) << true << 12;
    QTest::newRow("no date") << QDate() << true << 12;
}

void TestDues::monthsCharged()
{
    QFETCH(QDate, activeFrom);
    QFETCH(bool, proRata);
    QFETCH(int, months);
    QCOMPARE(DuesCalculator::monthsCharged(2025, activeFrom, proRata), months);
}

void TestDues::deflatorChainRoundsHalfUpToWholeOre()
{
    RateTable table;
    RateEntry first = rateEntry(2024, 223);
    first.floor = Money::fromKroner(5000);
    first.cap = Money::fromKroner(90000);
    // 223 x 1.0420 = 232.366 -> 232; 232 x 1.0310 = 239.192 -> 239.
    table.setEntries({rateEntry(2026, std::nullopt, 310), first, rateEntry(2025, std::nullopt, 420)});
    QCOMPARE(table.rateFor(2024)->rateOre, qint64(223));
    QVERIFY(!table.rateFor(2024)->derivedFromDeflator);
    QCOMPARE(table.rateFor(2025)->rateOre, qint64(232));
    QVERIFY(table.rateFor(2025)->derivedFromDeflator);
    QCOMPARE(table.rateFor(2026)->rateOre, qint64(239));
    QCOMPARE(DuesCalculator::calculate(MemberKind::Municipality, 20000, {}, *table.rateFor(2026)).amount,
             Money::fromKroner(47800));

    // A half øre rounds up: 200 x 1.0025 = 200.5 -> 201; 200 x 0.99975 = 199.95 -> 200.
    RateEntry base = rateEntry(2030, 200);
    base.floor = Money::fromKroner(5000);
    base.cap = Money::fromKroner(90000);
    table.setEntries({base, rateEntry(2031, std::nullopt, 25)});
    QCOMPARE(table.rateFor(2031)->rateOre, qint64(201));
    table.setEntries({base, rateEntry(2031, std::nullopt, -25)});
    QCOMPARE(table.rateFor(2031)->rateOre, qint64(200));
    table.setEntries({base, rateEntry(2031, std::nullopt, -24)});
    QCOMPARE(table.rateFor(2031)->rateOre, qint64(200)); // 199.952 -> 200
}

void TestDues::floorAndCapCarryOver()
{
    RateEntry first = rateEntry(2024, 223);
    first.floor = Money::fromKroner(5000);
    first.cap = Money::fromKroner(90000);
    RateEntry second = rateEntry(2025, std::nullopt, 420);
    second.cap = Money::fromKroner(95000);
    RateTable table;
    table.setEntries({first, second, rateEntry(2026, 250)});
    QCOMPARE(table.rateFor(2025)->floor, Money::fromKroner(5000));
    QCOMPARE(table.rateFor(2025)->cap, Money::fromKroner(95000));
    QCOMPARE(table.rateFor(2026)->cap, Money::fromKroner(95000));
    QCOMPARE(table.rateFor(2026)->rateOre, qint64(250));
}

void TestDues::missingYearIsExplained()
{
    RateEntry first = rateEntry(2024, 223);
    first.floor = Money::fromKroner(5000);
    first.cap = Money::fromKroner(90000);
    RateTable table;
    table.setEntries({first, rateEntry(2026, std::nullopt, 310)});
    QVERIFY(!table.rateFor(2030));
    QVERIFY(table.whyNoRate(2030).contains(QStringLiteral("2030")));
    // 2026 builds on 2025, which is missing.
    QVERIFY(!table.rateFor(2026));
    QVERIFY(table.whyNoRate(2026).contains(QStringLiteral("2025")));
}

void TestDues::repositoryStartsWith2024()
{
    TestUtils::TemporaryWorkspace workspace;
    QVERIFY(workspace.isOpen());
    DuesRepository repository(workspace.connection());
    const std::optional<YearRate> rate = repository.rateTable().rateFor(2024);
    QVERIFY(rate);
    QCOMPARE(rate->rateOre, qint64(223));
    QCOMPARE(rate->floor, Money::fromKroner(5000));
    QCOMPARE(rate->cap, Money::fromKroner(90000));
    QVERIFY(!repository.rateTable().rateFor(2025));
}

void TestDues::repositorySavesAndReplacesAYear()
{
    TestUtils::TemporaryWorkspace workspace;
    DuesRepository repository(workspace.connection());
    QVERIFY(repository.saveRateEntry(rateEntry(2025, std::nullopt, 420)));
    QVERIFY(repository.saveRateEntry(rateEntry(2026, std::nullopt, 310)));
    QCOMPARE(repository.rateTable().rateFor(2026)->rateOre, qint64(239));

    RateEntry replaced = rateEntry(2025, 240);
    replaced.cap = Money::fromKroner(100000);
    QVERIFY(repository.saveRateEntry(replaced));
    const QList<RateEntry> entries = repository.rateEntries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).year, 2025);
    QCOMPARE(entries.at(1).rateOre, std::optional<qint64>(240));
    QVERIFY(!entries.at(1).deflatorBasisPoints);
    QVERIFY(!entries.at(1).floor);
    QCOMPARE(entries.at(1).cap, std::optional<Money>(Money::fromKroner(100000)));
    QCOMPARE(repository.rateTable().rateFor(2026)->rateOre, qint64(247)); // 240 x 1.031 = 247.44
    QCOMPARE(repository.rateTable().rateFor(2026)->cap, Money::fromKroner(100000));
}

void TestDues::repositoryRefusesBadEntries_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("rateOre");       // 0: none
    QTest::addColumn<int>("deflator");         // 0: none
    QTest::addColumn<qint64>("floorKroner");   // -1: none
    QTest::addColumn<qint64>("capKroner");     // -1: none
    QTest::addColumn<QString>("field");

    QTest::newRow("year too early") << 1999 << qint64(223) << 0 << qint64(-1) << qint64(-1) << QStringLiteral("year");
    QTest::newRow("year too late") << 2201 << qint64(223) << 0 << qint64(-1) << qint64(-1) << QStringLiteral("year");
    QTest::newRow("neither rate nor deflator") << 2025 << qint64(0) << 0 << qint64(-1) << qint64(-1) << QStringLiteral("rate");
    QTest::newRow("both rate and deflator") << 2025 << qint64(230) << 420 << qint64(-1) << qint64(-1) << QStringLiteral("rate");
    QTest::newRow("negative rate") << 2025 << qint64(-5) << 0 << qint64(-1) << qint64(-1) << QStringLiteral("rate");
    QTest::newRow("absurd deflator") << 2025 << qint64(0) << 7500 << qint64(-1) << qint64(-1) << QStringLiteral("deflator");
    QTest::newRow("floor above cap") << 2025 << qint64(230) << 0 << qint64(9000) << qint64(8000) << QStringLiteral("floor");
    QTest::newRow("floor above inherited cap") << 2025 << qint64(230) << 0 << qint64(95000) << qint64(-1) << QStringLiteral("floor");
    QTest::newRow("zero cap") << 2025 << qint64(230) << 0 << qint64(-1) << qint64(0) << QStringLiteral("cap");
}

void TestDues::repositoryRefusesBadEntries()
{
    QFETCH(int, year);
    QFETCH(qint64, rateOre);
    QFETCH(int, deflator);
    QFETCH(qint64, floorKroner);
    QFETCH(qint64, capKroner);
    QFETCH(QString, field);

    RateEntry entry;
    entry.year = year;
    if (rateOre != 0)
        entry.rateOre = rateOre;
    if (deflator != 0)
        entry.deflatorBasisPoints = deflator;
    if (floorKroner >= 0)
        entry.floor = Money::fromKroner(floorKroner);
    if (capKroner >= 0)
        entry.cap = Money::fromKroner(capKroner);

    TestUtils::TemporaryWorkspace workspace;
    DuesRepository repository(workspace.connection());
    const Outcome saved = repository.saveRateEntry(entry);
    QVERIFY(!saved);
    QCOMPARE(saved.field(), field);
    QVERIFY(!saved.message().isEmpty());
    QCOMPARE(repository.rateEntries().size(), 1);
}

void TestDues::repositoryKeepsLaterYearsInOrder()
{
    TestUtils::TemporaryWorkspace workspace;
    DuesRepository repository(workspace.connection());
    RateEntry later = rateEntry(2026, 250);
    later.floor = Money::fromKroner(10000);
    QVERIFY(repository.saveRateEntry(later));
    // A 2025 cap below 2026's own floor would carry into 2026.
    RateEntry middle = rateEntry(2025, 230);
    middle.cap = Money::fromKroner(8000);
    middle.floor = Money::fromKroner(4000);
    const Outcome saved = repository.saveRateEntry(middle);
    QVERIFY(!saved);
    QCOMPARE(saved.field(), QStringLiteral("floor"));
    QVERIFY(saved.message().contains(QStringLiteral("2026")));
}

void TestDues::repositoryRemovesAYearWithoutInvoices()
{
    TestUtils::TemporaryWorkspace workspace;
    DuesRepository repository(workspace.connection());
    QVERIFY(repository.saveRateEntry(rateEntry(2025, std::nullopt, 420)));
    QVERIFY(repository.removeRateEntry(2025));
    QCOMPARE(repository.rateEntries().size(), 1);
    const Outcome again = repository.removeRateEntry(2025);
    QVERIFY(!again);
    QVERIFY(again.message().contains(QStringLiteral("2025")));
}

void TestDues::settingsRoundTrip()
{
    TestUtils::TemporaryWorkspace workspace;
    DuesRepository repository(workspace.connection());
    const DuesSettings defaults = repository.loadSettings();
    QCOMPARE(defaults.paymentTermsDays, 30);
    QCOMPARE(defaults.reminderTermsDays, 14);
    QVERIFY(!defaults.proRataNewMembers);
    QVERIFY(!defaults.vatRegistered);

    DuesSettings changed;
    changed.paymentTermsDays = 21;
    changed.reminderTermsDays = 10;
    changed.proRataNewMembers = true;
    changed.vatRegistered = true;
    changed.firstReminderDays = 10;
    changed.secondReminderDays = 21;
    changed.handOverDays = 30;
    changed.secondReminderText = QStringLiteral("  Andre purring på faktura {invoice}.  ");
    changed.reminderFee = Money::fromKroner(35);
    const Outcome saved = repository.saveSettings(changed);
    QVERIFY2(saved, qPrintable(saved.message()));
    const DuesSettings loaded = repository.loadSettings();
    QCOMPARE(loaded.paymentTermsDays, 21);
    QCOMPARE(loaded.reminderTermsDays, 10);
    QVERIFY(loaded.proRataNewMembers);
    QVERIFY(loaded.vatRegistered);
    QCOMPARE(loaded.firstReminderDays, 10);
    QCOMPARE(loaded.secondReminderDays, 21);
    QCOMPARE(loaded.handOverDays, 30);
    QCOMPARE(loaded.firstReminderText, QString());
    QCOMPARE(loaded.secondReminderText, QStringLiteral("Andre purring på faktura {invoice}."));
    QCOMPARE(loaded.reminderFee, Money::fromKroner(35));

    // The law's cap on the fee, and days within a year.
    DuesSettings tooMuch = changed;
    tooMuch.reminderFee = ReminderFeeRule::legalMaximum() + Money::fromOre(1);
    const Outcome overCap = repository.saveSettings(tooMuch);
    QVERIFY(!overCap);
    QCOMPARE(overCap.field(), QStringLiteral("reminderFee"));
    tooMuch.reminderFee = Money();
    tooMuch.handOverDays = 400;
    QCOMPARE(repository.saveSettings(tooMuch).field(), QStringLiteral("handOverDays"));
    QCOMPARE(repository.loadSettings().reminderFee, Money::fromKroner(35));

    changed.paymentTermsDays = 400;
    const Outcome refused = repository.saveSettings(changed);
    QVERIFY(!refused);
    QCOMPARE(refused.field(), QStringLiteral("paymentTermsDays"));
    QCOMPARE(repository.loadSettings().paymentTermsDays, 21);
}

void TestDues::coversYear_data()
{
    QTest::addColumn<MemberStatus>("status");
    QTest::addColumn<QDate>("activeFrom");
    QTest::addColumn<QDate>("resignedOn");
    QTest::addColumn<bool>("covered");

    QTest::newRow("active, no dates") << MemberStatus::Active << QDate() << QDate() << true;
    QTest::newRow("active for years") << MemberStatus::Active << QDate(2019, 1, 1) << QDate() << true;
    QTest::newRow("active from 31 December") << MemberStatus::Active << QDate(2025, 12, 31) << QDate() << true;
    QTest::newRow("active from next year") << MemberStatus::Active << QDate(2026, 1, 1) << QDate() << false;
    QTest::newRow("resigned during the year") << MemberStatus::Resigned << QDate(2019, 1, 1) << QDate(2025, 6, 30) << true;
    QTest::newRow("resigned on 1 January") << MemberStatus::Resigned << QDate(2019, 1, 1) << QDate(2025, 1, 1) << true;
    QTest::newRow("resigned the year before") << MemberStatus::Resigned << QDate(2019, 1, 1) << QDate(2024, 12, 31) << false;
    QTest::newRow("resigned, no date") << MemberStatus::Resigned << QDate(2019, 1, 1) << QDate() << false;
    QTest::newRow("active, leaving earlier") << MemberStatus::Active << QDate(2019, 1, 1) << QDate(2024, 12, 31) << false;
    QTest::newRow("decided") << MemberStatus::Decided << QDate() << QDate() << false;
    QTest::newRow("applied") << MemberStatus::Applied << QDate() << QDate() << false;
    QTest::newRow("prospect") << MemberStatus::Prospect << QDate() << QDate() << false;
}

void TestDues::coversYear()
{
    QFETCH(MemberStatus, status);
    QFETCH(QDate, activeFrom);
    QFETCH(QDate, resignedOn);
    QFETCH(bool, covered);
    Member member = activeMember(1, QStringLiteral("Bergen"));
    member.status = status;
    member.activeFrom = activeFrom;
    member.resignedOn = resignedOn;
    QCOMPARE(DuesRunPlanner::coversYear(member, 2025), covered);
}

void TestDues::planComputesIncludesAndWarns()
{
    Member bergen = activeMember(1, QStringLiteral("Bergen"));
    Member newcomer = activeMember(2, QStringLiteral("Voss"));
    newcomer.activeFrom = QDate(2025, 4, 1);
    Member future = activeMember(3, QStringLiteral("Stord"));
    future.activeFrom = QDate(2026, 1, 1);
    Member invoiced = activeMember(4, QStringLiteral("Odda"));
    Member county = activeMember(5, QStringLiteral("Vestland fylkeskommune"));
    county.kind = MemberKind::County;
    county.populationDate = QDate(2020, 1, 1); // irrelevant for a county

    DuesSettings settings;
    settings.proRataNewMembers = true;
    const QList<DuesRunLine> lines = DuesRunPlanner::plan(2025, {bergen, newcomer, future, invoiced, county},
                                                          rateOf(232), settings, {4});
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).member.name, QStringLiteral("Bergen"));
    QCOMPARE(lines.at(0).calculation.amount, Money::fromKroner(46400));
    QVERIFY(lines.at(0).included);
    QVERIFY(!lines.at(0).alreadyInvoiced);
    QVERIFY2(lines.at(0).warnings.isEmpty(), qPrintable(lines.at(0).warnings.join(u'\n')));
    QCOMPARE(lines.at(1).calculation.months, 9);
    QCOMPARE(lines.at(1).calculation.amount, Money::fromKroner(34800));
    QCOMPARE(lines.at(2).member.name, QStringLiteral("Odda"));
    QVERIFY(lines.at(2).alreadyInvoiced);
    QVERIFY(!lines.at(2).included);
    QCOMPARE(lines.at(3).calculation.rule, DuesRule::County);
    QVERIFY(lines.at(3).warnings.isEmpty());
}

void TestDues::planWarnsAboutMissingInvoiceData()
{
    Member member = activeMember(1, QStringLiteral("Bergen"));
    QVERIFY(DuesRunPlanner::warningsFor(member, 2025).isEmpty());
    // The figure of 1 January of the year before is expected.
    QCOMPARE(DuesRunPlanner::warningsFor(member, 2026).size(), 1);
    member.populationDate = QDate();
    QCOMPARE(DuesRunPlanner::warningsFor(member, 2025).size(), 1);
    member.populationDate = QDate(2024, 1, 1);
    member.buyerReference.clear();
    member.invoiceAddress = QStringLiteral("  ");
    member.invoicePostalCode.clear();
    member.invoiceCity.clear();
    member.organisationNumber.clear();
    QCOMPARE(DuesRunPlanner::warningsFor(member, 2025).size(), 3);
    // An address without its town is reported for an EHF receiver only.
    member = activeMember(1, QStringLiteral("Bergen"));
    member.invoiceCity.clear();
    const QStringList warnings = DuesRunPlanner::warningsFor(member, 2025);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("the town")), qPrintable(warnings.first()));
    member.receivesEhf = false;
    QVERIFY(DuesRunPlanner::warningsFor(member, 2025).isEmpty());
    member.receivesEhf = true;
    member.invoiceCity = QStringLiteral("Bergen");
    member.electronicAddress = QStringLiteral("0192:964338532");  // a wrong check digit
    QCOMPARE(DuesRunPlanner::warningsFor(member, 2025).size(), 1);
}

void TestDues::ageingSortsWhatIsOwedByDaysOverdue()
{
    const QDate today(2026, 6, 30);
    auto invoice = [](qint64 member, const QString &name, const QDate &due, qint64 kroner) {
        Invoice i;
        i.kind = InvoiceKind::Invoice;
        i.memberId = member;
        i.buyerNumber = QString::number(1000 + member);
        i.buyerName = name;
        i.dueDate = due;
        i.amount = Money::fromKroner(kroner);
        return i;
    };
    QList<Invoice> invoices{invoice(1, QStringLiteral("Bergen kommune"), today, 100),                 // due today: current
                            invoice(1, QStringLiteral("Bergen kommune"), today.addDays(-30), 200),    // 30 days
                            invoice(2, QStringLiteral("Voss kommune"), today.addDays(-31), 300),
                            invoice(2, QStringLiteral("Voss kommune"), today.addDays(-91), 400),
                            invoice(3, QStringLiteral("Odda kommune"), today.addDays(-90), 500)};
    invoices[2].paid = Money::fromKroner(300);                 // paid: not owed
    invoices[4].credited = Money::fromKroner(-100);            // partly credited
    Invoice credit = invoice(3, QStringLiteral("Odda kommune"), today.addDays(-200), -100);
    credit.kind = InvoiceKind::CreditNote;
    invoices.append(credit);

    const QList<AgeingReport::Row> rows = AgeingReport::of(invoices, today);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).memberName, QStringLiteral("Voss kommune"));  // owes the oldest
    QCOMPARE(rows.at(0).amounts[AgeingReport::Over90], Money::fromKroner(400));
    QCOMPARE(rows.at(0).amounts[AgeingReport::Days31To60], Money());
    QCOMPARE(rows.at(1).memberName, QStringLiteral("Odda kommune"));
    QCOMPARE(rows.at(1).amounts[AgeingReport::Days61To90], Money::fromKroner(400));
    QCOMPARE(rows.at(2).amounts[AgeingReport::Current], Money::fromKroner(100));
    QCOMPARE(rows.at(2).amounts[AgeingReport::Days1To30], Money::fromKroner(200));
    const AgeingReport::Row total = AgeingReport::totalOf(rows);
    QCOMPARE(total.total, Money::fromKroner(1100));
    const QStringList csv = QString::fromUtf8(AgeingReport::csv(rows)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(csv.size(), 5);
    QCOMPARE(csv.first(), QStringLiteral("member_number,member,current,days_1_30,days_31_60,days_61_90,over_90,total"));
    QVERIFY2(csv.last().endsWith(QStringLiteral(",1100.00")), qPrintable(csv.last()));
}

void TestDues::planTotalsCountIncludedOnly()
{
    Member first = activeMember(1, QStringLiteral("Bergen"));
    Member second = activeMember(2, QStringLiteral("Voss"));
    second.buyerReference.clear();
    Member third = activeMember(3, QStringLiteral("Odda"));
    QList<DuesRunLine> lines = DuesRunPlanner::plan(2025, {first, second, third}, rateOf(223), {}, {3});
    DuesRunTotals totals = DuesRunPlanner::totals(lines);
    QCOMPARE(totals.lines, 3);
    QCOMPARE(totals.included, 2);
    QCOMPARE(totals.alreadyInvoiced, 1);
    QCOMPARE(totals.withWarnings, 1);
    QCOMPARE(totals.amount, Money::fromKroner(89200));
    lines[0].included = false;
    totals = DuesRunPlanner::totals(lines);
    QCOMPARE(totals.included, 1);
    QCOMPARE(totals.amount, Money::fromKroner(44600));
}

QTEST_GUILESS_MAIN(TestDues)
#include "tst_dues.moc"
