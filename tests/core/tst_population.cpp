// Population from Statistics Norway (table 07459): the files SSB's Statbank and
// API give (../shared/samples/ssb) read to the totals their README gives;
// foreign and damaged files refused with the reason; municipalities matched to
// the official list across the reforms; the register updated in one transaction
// with the earlier figures kept in the history; the command line's dry run.
#include "members/memberrepository.h"
#include "population/populationfile.h"
#include "population/populationimportplan.h"
#include "population/populationrepository.h"
#include "reference/municipalitycatalogue.h"
#include "testutils.h"
#include "workspace/repositories.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <numeric>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

const QString samples = QStringLiteral(SEKRETARIAT_SHARED_DIR "/samples/ssb");

QByteArray sample(const QString &name)
{
    const QString path = QDir(samples).filePath(name);
    if (name.endsWith(u".gz")) {
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
        gzip.waitForFinished(30000);
        return gzip.readAllStandardOutput();
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 total(const PopulationFile &file)
{
    return std::accumulate(file.municipalities.begin(), file.municipalities.end(), qint64(0),
                           [](qint64 sum, const PopulationFigure &figure) { return sum + figure.population; });
}

const PopulationFigure *figure(const PopulationFile &file, const QString &number)
{
    for (const PopulationFigure &figure : file.municipalities) {
        if (figure.number == number)
            return &figure;
    }
    return nullptr;
}

const PopulationChange *change(const PopulationImportPlan &plan, const QString &number)
{
    for (const PopulationChange &change : plan.changes) {
        if (change.member.number == number)
            return &change;
    }
    return nullptr;
}

Member municipality(const QString &number, const QString &name, qint64 population, const QDate &date)
{
    Member member;
    member.id = number.toLongLong();
    member.number = number;
    member.name = name;
    member.population = population;
    member.populationDate = date;
    member.status = MemberStatus::Active;
    return member;
}

YearRate rate()
{
    YearRate rate;
    rate.year = 2025;
    rate.rateOre = 239;
    rate.floor = Money::fromKroner(5000);
    rate.cap = Money::fromKroner(90000);
    return rate;
}

} // namespace

class TestPopulation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(samples).exists(), qPrintable(QStringLiteral("The samples are missing at %1").arg(samples)));
        QVERIFY(m_catalogue.load());
    }

    void statbankFilesReadToTheirTotals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("municipalities");
        QTest::addColumn<qint64>("sum");
        QTest::addColumn<QString>("format");
        // Semicolons, title line, English headers, ages in rows, ISO-8859-1, CRLF.
        QTest::newRow("csv with title") << "csdata-Personer2024.csv.gz" << 2024 << 357 << qint64(5550203) << "CSV";
        // Tabs, no title line, LF.
        QTest::newRow("tab-separated") << "csdata-Personer2020.csv.gz" << 2020 << 356 << qint64(5367580) << "CSV";
        // The API's dataset CSV: commas, a year column 1986-2020 (the latest is read).
        QTest::newRow("dataset csv") << "alisonselby-pop_data-26975.csv.gz" << 2020 << 356 << qint64(5367580) << "CSV";
        QTest::newRow("json-stat") << "purplebugs-download-07459_20220914-092711.json" << 2022 << 356
                                   << qint64(5425270) << "JSON-stat 2.0";
        // Saved again by Excel on a Mac: BOM, CR only, "0301 Oslo kommune", years as headers.
        QTest::newRow("excel re-save") << "lagostra-befolkning-excel-mac-cr.csv" << 2019 << 422 << qint64(5328212) << "CSV";
    }

    void statbankFilesReadToTheirTotals()
    {
        QFETCH(QString, name);
        QFETCH(int, year);
        QFETCH(int, municipalities);
        QFETCH(qint64, sum);
        QFETCH(QString, format);
        QString error;
        const std::optional<PopulationFile> file = PopulationFileReader::read(sample(name), 0, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->year, year);
        QCOMPARE(file->date(), QDate(year, 1, 1));
        QCOMPARE(file->format, format);
        QCOMPARE(file->municipalities.size(), municipalities);
        QCOMPARE(total(*file), sum);
        QVERIFY(figure(*file, QStringLiteral("0301")));
    }

    void figuresAndLabelsAreReadAsTheFileHasThem()
    {
        QString error;
        const auto csv = PopulationFileReader::read(sample(QStringLiteral("csdata-Personer2024.csv.gz")), 0, &error);
        QVERIFY2(csv, qPrintable(error));
        QCOMPARE(csv->title, QStringLiteral("07459: Population, by region, age, contents and year"));
        QCOMPARE(figure(*csv, QStringLiteral("0301"))->population, qint64(717710));
        QCOMPARE(figure(*csv, QStringLiteral("3101"))->name, QStringLiteral("Halden"));
        // Svalbard, the continental shelf and "K-Rest" are regions, not municipalities.
        QVERIFY(csv->otherRegions.contains(QStringLiteral("K-Rest Unknown municipality")) || csv->otherRegions.size() == 3);
        QCOMPARE(csv->otherRegions.size(), 3);

        const auto json = PopulationFileReader::read(
            sample(QStringLiteral("purplebugs-download-07459_20220914-092711.json")), 0, &error);
        QVERIFY2(json, qPrintable(error));
        QCOMPARE(figure(*json, QStringLiteral("3001"))->name, QStringLiteral("Halden"));
        QCOMPARE(json->title, QStringLiteral("07459: Befolkning, etter region, statistikkvariabel og år"));

        const auto excel = PopulationFileReader::read(sample(QStringLiteral("lagostra-befolkning-excel-mac-cr.csv")), 0, &error);
        QVERIFY2(excel, qPrintable(error));
        QCOMPARE(figure(*excel, QStringLiteral("0301"))->name, QStringLiteral("Oslo"));
        QCOMPARE(excel->years, (QList<int>{2018, 2019}));
        QVERIFY(excel->otherRegions.contains(QStringLiteral("01 Østfold")));
    }

    void aYearOfSeveralCanBeChosen()
    {
        QString error;
        const QByteArray contents = sample(QStringLiteral("alisonselby-pop_data-26975.csv.gz"));
        const auto file = PopulationFileReader::read(contents, 1986, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->year, 1986);
        QCOMPARE(file->years.size(), 35);
        QVERIFY(total(*file) < 5367580);

        QVERIFY(!PopulationFileReader::read(contents, 2024, &error));
        QVERIFY2(error.contains(u"2024") && error.contains(u"1986"), qPrintable(error));
    }

    void foreignAndDamagedFilesAreRefusedWithTheReason()
    {
        QString error;
        // A classification of municipalities, not population figures.
        QVERIFY(!PopulationFileReader::read(sample(QStringLiteral("klass131-kommuner-latin1.csv")), 0, &error));
        QVERIFY2(error.contains(u"year") && error.contains(u"parentCode"), qPrintable(error));

        QVERIFY(!PopulationFileReader::read("\"region\";\"Personer 2024\"\r\n\"K-0301 Oslo\";71x710\r\n", 0, &error));
        QVERIFY2(error.contains(u"line 2") && error.contains(u"71x710"), qPrintable(error));

        QVERIFY(!PopulationFileReader::read("region;Personer 2024\n0301 Oslo;717710\nK-0301 Oslo;717710\n", 0, &error));
        QVERIFY2(error.contains(u"0301") && error.contains(u"twice"), qPrintable(error));

        QVERIFY(!PopulationFileReader::read("region;Personer 2024\n0301 Oslo;..\n", 0, &error));
        QVERIFY2(error.contains(u"no figure"), qPrintable(error));

        QVERIFY(!PopulationFileReader::read("{\"version\": \"2.0\", \"id\": [", 0, &error));
        QVERIFY2(error.contains(u"JSON"), qPrintable(error));

        QVERIFY(!PopulationFileReader::read("", 0, &error));
        QVERIFY(!error.isEmpty());
    }

    void municipalitiesRenumberedInAReformAreMatchedByName()
    {
        QString error;
        // 2020 borders: Halden is 3001 (Viken), Ålesund 1507, Deatnu-Tana 5441.
        const auto file = PopulationFileReader::read(sample(QStringLiteral("csdata-Personer2020.csv.gz")), 0, &error);
        QVERIFY2(file, qPrintable(error));
        const QList<Member> members{municipality(QStringLiteral("3101"), QStringLiteral("Halden"), 31000, QDate(2019, 1, 1)),
                                    municipality(QStringLiteral("1508"), QStringLiteral("Ålesund"), 60000, QDate(2019, 1, 1)),
                                    municipality(QStringLiteral("5628"), QStringLiteral("Tana"), 2800, QDate(2019, 1, 1)),
                                    municipality(QStringLiteral("3114"), QStringLiteral("Våler"), 5000, QDate(2019, 1, 1))};
        const PopulationImportPlan plan = PopulationImportPlanner::plan(*file, members, m_catalogue, rate());
        const PopulationChange *halden = change(plan, QStringLiteral("3101"));
        QCOMPARE(halden->result, PopulationChange::Result::Update);
        QCOMPARE(halden->source, QStringLiteral("3001 Halden"));
        QVERIFY(halden->renumbered);
        QCOMPARE(halden->population, figure(*file, QStringLiteral("3001"))->population);
        QCOMPARE(change(plan, QStringLiteral("1508"))->source, QStringLiteral("1507 Ålesund"));
        QCOMPARE(change(plan, QStringLiteral("5628"))->result, PopulationChange::Result::Update);
        // Two Våler: the one of Østfold (3018 then) is the member, not Innlandet's.
        QCOMPARE(change(plan, QStringLiteral("3114"))->source, QStringLiteral("3018 Våler (Østfold)"));
        // What the reforms leave unmatched is named, not dropped.
        for (const QString &line : plan.unmatched)
            QVERIFY2(line.startsWith(u"5006 "), qPrintable(line));   // SSB's own damaged label "teinkj"
        QCOMPARE(plan.unmatched.size(), 1);
    }

    void letterslostToTheEncodingStillMatch()
    {
        QString error;
        // The dataset CSV has U+FFFD where ø stood ("And\uFFFDy").
        const auto file = PopulationFileReader::read(sample(QStringLiteral("alisonselby-pop_data-26975.csv.gz")), 0, &error);
        QVERIFY2(file, qPrintable(error));
        const QList<Member> members{municipality(QStringLiteral("1871"), QStringLiteral("Andøy"), 4000, QDate(2019, 1, 1))};
        const PopulationImportPlan plan = PopulationImportPlanner::plan(*file, members, m_catalogue, rate());
        QCOMPARE(plan.changes.first().result, PopulationChange::Result::Update);
        QVERIFY(plan.unmatched.size() <= 1);
    }

    void theMembersFigureIsReplacedOnlyByALaterOne()
    {
        const QByteArray contents = "region;Personer 2025\n1871 Andøy;4600\n1839 Beiarn;1000\n0301 Oslo;720000\n";
        QString error;
        const auto file = PopulationFileReader::read(contents, 0, &error);
        QVERIFY2(file, qPrintable(error));
        const QList<Member> members{municipality(QStringLiteral("1871"), QStringLiteral("Andøy"), 4553, QDate(2024, 1, 1)),
                                    municipality(QStringLiteral("1839"), QStringLiteral("Beiarn"), 1100, QDate(2026, 1, 1)),
                                    municipality(QStringLiteral("0301"), QStringLiteral("Oslo"), 720000, QDate(2025, 1, 1)),
                                    municipality(QStringLiteral("1101"), QStringLiteral("Eigersund"), 15000, QDate(2024, 1, 1))};
        const PopulationImportPlan plan = PopulationImportPlanner::plan(*file, members, m_catalogue, rate());
        QCOMPARE(plan.duesYear, 2026);
        QCOMPARE(plan.updates(), 1);
        const PopulationChange *andoy = change(plan, QStringLiteral("1871"));
        QCOMPARE(andoy->result, PopulationChange::Result::Update);
        // The effect on the next dues run: 4553 x 2.39 and 4600 x 2.39, rounded to kroner.
        QCOMPARE(*andoy->duesBefore, Money::fromKroner(10882));
        QCOMPARE(*andoy->duesAfter, Money::fromKroner(10994));
        QCOMPARE(change(plan, QStringLiteral("1839"))->result, PopulationChange::Result::Older);
        QVERIFY(change(plan, QStringLiteral("1839"))->reason.contains(u"later"));
        QCOMPARE(change(plan, QStringLiteral("0301"))->result, PopulationChange::Result::Unchanged);
        QCOMPARE(change(plan, QStringLiteral("1101"))->result, PopulationChange::Result::NoFigure);
        // Without a rate for the year the effect is unknown, not zero.
        const PopulationImportPlan noRate = PopulationImportPlanner::plan(*file, members, m_catalogue, std::nullopt);
        QVERIFY(!change(noRate, QStringLiteral("1871"))->duesAfter);
    }

    void aCountyGetsTheSumOnlyWhenTheFileHasAllItsMunicipalities()
    {
        QString error;
        const auto file = PopulationFileReader::read(sample(QStringLiteral("csdata-Personer2024.csv.gz")), 0, &error);
        QVERIFY2(file, qPrintable(error));
        Member rogaland;
        rogaland.id = 11;
        rogaland.kind = MemberKind::County;
        rogaland.number = QStringLiteral("11");
        rogaland.name = QStringLiteral("Rogaland fylkeskommune");
        const PopulationImportPlan plan = PopulationImportPlanner::plan(*file, {rogaland}, m_catalogue, rate());
        QCOMPARE(plan.changes.first().result, PopulationChange::Result::Update);
        QCOMPARE(plan.changes.first().population, qint64(499417));   // counties-2024.csv

        PopulationFile partial = *file;
        partial.municipalities.removeIf([](const PopulationFigure &figure) { return figure.number == u"1101"; });
        const PopulationImportPlan incomplete = PopulationImportPlanner::plan(partial, {rogaland}, m_catalogue, rate());
        QCOMPARE(incomplete.changes.first().result, PopulationChange::Result::NoFigure);
        QVERIFY2(incomplete.changes.first().reason.contains(u"22 of the county's 23"),
                 qPrintable(incomplete.changes.first().reason));
    }

    void importingWritesEveryFigureAndKeepsTheEarlierOnes()
    {
        TemporaryWorkspace workspace;
        QVERIFY(workspace.fillWithDemo());
        Repositories repositories(&workspace.workspace().database());
        const std::optional<Member> andoy = repositories.members().findByNumber(MemberKind::Municipality, QStringLiteral("1871"));
        QVERIFY(andoy);
        QString error;
        const auto file = PopulationFileReader::read("region;Personer 2025\n1871 Andøy;4600\n", 0, &error);
        QVERIFY2(file, qPrintable(error));
        PopulationRepository populations = repositories.populations();
        const std::optional<PopulationImportPlan> plan = populations.plan(*file);
        QVERIFY2(plan, qPrintable(populations.lastError()));
        QCOMPARE(plan->updates(), 1);
        QVERIFY(populations.apply(*plan));

        const std::optional<Member> after = repositories.members().find(andoy->id);
        QCOMPARE(after->population, qint64(4600));
        QCOMPARE(after->populationDate, QDate(2025, 1, 1));
        const QList<PopulationRecord> history = populations.history(andoy->id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).population, qint64(4600));
        QCOMPARE(history.at(1).population, andoy->population);
        QCOMPARE(history.at(1).populationDate, andoy->populationDate);

        // A member changed by someone else after the preview refuses the whole file.
        const auto next = PopulationFileReader::read("region;Personer 2026\n1871 Andøy;4700\n1839 Beiarn;1100\n", 0, &error);
        const std::optional<PopulationImportPlan> stale = populations.plan(*next);
        QVERIFY(stale);
        QCOMPARE(stale->updates(), 2);
        Member edited = *after;
        edited.population = 4650;
        QVERIFY(repositories.members().update(edited));
        const Outcome refused = populations.apply(*stale);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(u"Andøy") || refused.message().contains(u"Beiarn"), qPrintable(refused.message()));
        QCOMPARE(repositories.members().findByNumber(MemberKind::Municipality, QStringLiteral("1839"))->populationDate,
                 QDate(2024, 1, 1));
        QCOMPARE(populations.history(andoy->id).size(), 3);   // the form's change, nothing of the file
    }

    void theCommandLineShowsBeforeItWrites()
    {
        TemporaryWorkspace workspace;
        QVERIFY(workspace.fillWithDemo());
        workspace.close();
        const QString file = workspace.filePath(QStringLiteral("07459.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            // ISO-8859-1, as the Statbank writes it.
            out.write(QStringLiteral("\"07459: Befolkning, etter region, alder, statistikkvariabel og år\"\r\n\r\n"
                                     "\"region\";\"alder\";\"Personer 2025\"\r\n\"K-1871 Andøy\";\"0 år\";100\r\n"
                                     "\"K-1871 Andøy\";\"1 år\";4500\r\n\"K-9999 Nowhere\";\"0 år\";1\r\n")
                          .toLatin1());
        }
        const QByteArray before = fileChecksum(workspace.path());
        const QStringList command{QStringLiteral("--database"), workspace.path(), QStringLiteral("import"),
                                  QStringLiteral("population"), file};
        const CommandLineResult dry = runCommandLine(command + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"municipality,1871,Andøy,4553,2024-01-01,4600,2025-01-01,update,1871 Andøy,,2026"),
                 qPrintable(dry.out));
        QVERIFY2(dry.err.contains(u"Not matched: 9999 Nowhere") && dry.err.contains(u"1 member updated")
                     && dry.err.contains(u"dry run"),
                 qPrintable(dry.err));
        QCOMPARE(fileChecksum(workspace.path()), before);

        const CommandLineResult real = runCommandLine(command);
        QCOMPARE(real.exitCode, 0);
        QVERIFY(workspace.reopen());
        QCOMPARE(countBySql(workspace.connection(), QStringLiteral("SELECT population FROM members WHERE number = '1871'")),
                 qint64(4600));
        QCOMPARE(countBySql(workspace.connection(),
                            QStringLiteral("SELECT count(*) FROM population_history h JOIN members m ON m.id = h.member_id"
                                           " WHERE m.number = '1871'")),
                 qint64(2));
        workspace.close();

        const CommandLineResult badYear = runCommandLine(command + QStringList{QStringLiteral("--year"), QStringLiteral("20x5")});
        QCOMPARE(badYear.exitCode, 2);
        QVERIFY2(badYear.err.contains(u"20x5"), qPrintable(badYear.err));
        const CommandLineResult foreign = runCommandLine({QStringLiteral("--database"), workspace.path(), QStringLiteral("import"),
                                                          QStringLiteral("population"),
                                                          QDir(samples).filePath(QStringLiteral("klass131-kommuner-latin1.csv"))});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains(u"klass131"), qPrintable(foreign.err));
    }

private:
    MunicipalityCatalogue m_catalogue;
};

QTEST_GUILESS_MAIN(TestPopulation)
#include "tst_population.moc"
