// The official list of municipalities shipped as a resource, and the demo built
// from it.
#include "demo/demodatabuilder.h"
#include "members/memberrepository.h"
#include "members/membervalidator.h"
#include "reference/municipalitycatalogue.h"
#include "testutils.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

QString dumpOf(const QSqlDatabase &database)
{
    QString dump;
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT m.number, m.name, m.status, p.first_name, p.last_name, p.email, r.role "
                              "FROM members m LEFT JOIN people p ON p.member_id = m.id "
                              "LEFT JOIN roles r ON r.person_id = p.id ORDER BY m.number, p.last_name, p.first_name, r.role"));
    while (query.next()) {
        for (int i = 0; i < 7; ++i)
            dump += query.value(i).toString() + u'|';
        dump += u'\n';
    }
    return dump;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void holdsEveryMunicipalityAndCounty()
    {
        MunicipalityCatalogue catalogue;
        QVERIFY2(catalogue.load(), qPrintable(catalogue.errorString()));
        const auto &entries = catalogue.entries();
        const auto municipalities = std::count_if(entries.begin(), entries.end(), [](const ReferenceEntry &entry) {
            return entry.kind == MemberKind::Municipality;
        });
        QCOMPARE(municipalities, 357);
        QCOMPARE(entries.size() - municipalities, 14);

        const std::optional<ReferenceEntry> stavanger = catalogue.find(MemberKind::Municipality, QStringLiteral("1103"));
        QVERIFY(stavanger);
        QCOMPARE(stavanger->name, QStringLiteral("Stavanger"));
        QCOMPARE(stavanger->population, 149048);
        QCOMPARE(stavanger->organisationNumber, QStringLiteral("964965226"));
        QCOMPARE(stavanger->countyNumber, QStringLiteral("11"));
        QVERIFY(stavanger->populationDate.isValid());

        const std::optional<ReferenceEntry> rogaland = catalogue.find(MemberKind::County, QStringLiteral("11"));
        QVERIFY(rogaland);
        QCOMPARE(rogaland->name, QStringLiteral("Rogaland fylkeskommune"));

        // What a completer hands back finds the entry again.
        const QString shown = MunicipalityCatalogue::displayText(*stavanger);
        QVERIFY(shown.contains(QStringLiteral("1103")));
        QCOMPARE(catalogue.findByDisplayText(shown)->number, QStringLiteral("1103"));
        QCOMPARE(catalogue.rowCount(), int(entries.size()));
    }

    void everyOrganisationNumberPassesItsCheckDigit()
    {
        MunicipalityCatalogue catalogue;
        QVERIFY(catalogue.load());
        for (const ReferenceEntry &entry : catalogue.entries()) {
            Member member;
            member.kind = entry.kind;
            member.number = entry.number;
            member.name = entry.name;
            member.organisationNumber = entry.organisationNumber;
            member.population = entry.population;
            const QString context = entry.number + u' ' + entry.name;
            const Outcome valid = MemberValidator::validate(member);
            QVERIFY2(valid, qPrintable(context + u' ' + valid.message()));
        }
    }

    void brokenFileGivesAMessage()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("broken.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this,is\nnot,the,list\n");
        file.close();
        MunicipalityCatalogue catalogue;
        QVERIFY(!catalogue.load(path, path));
        QVERIFY(!catalogue.errorString().isEmpty());
        QVERIFY(catalogue.entries().isEmpty());
    }

    void demoIsRepeatableAndRealistic()
    {
        TemporaryWorkspace first;
        TemporaryWorkspace second;
        QVERIFY(first.fillWithDemo());
        QVERIFY(second.fillWithDemo());
        const QString dump = dumpOf(first.connection());
        QVERIFY(dump.size() > 1000);
        QCOMPARE(dumpOf(second.connection()), dump);

        QSqlQuery query(first.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT status), sum(kind = 'county') FROM members")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 40);
        QCOMPARE(query.value(1).toInt(), 5);  // every status shows up
        QVERIFY(query.value(2).toInt() >= 1);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM people WHERE member_id IS NULL")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 1);  // partners outside the membership

        // Real names and numbers from the official list.
        MunicipalityCatalogue catalogue;
        QVERIFY(catalogue.load());
        for (const Member &member : MemberRepository(first.connection()).all()) {
            const std::optional<ReferenceEntry> entry = catalogue.find(member.kind, member.number);
            QVERIFY2(entry, qPrintable(member.number));
            QCOMPARE(member.name, entry->name);
        }
    }

    // A newcomer's first dues run, for this year or the next, needs no rate typed in.
    void demoHasRatesForThisYearAndTheNext()
    {
        TemporaryWorkspace workspace;
        QVERIFY(workspace.fillWithDemo());  // "today" is 24 November 2026 there
        const RateTable rates = workspace.workspace().dues().rateTable();
        for (int year = 2024; year <= 2027; ++year)
            QVERIFY2(rates.rateFor(year), qPrintable(QString::number(year)));
        QVERIFY(!rates.rateFor(2028));
        QCOMPARE(rates.rateFor(2025)->rateOre, qint64(232));  // 2.23 x 1.042
        QCOMPARE(rates.rateFor(2027)->rateOre, qint64(246));  // then 3.1 % a year

        workspace.close();
        const CommandLineResult preview = runCommandLine(
            {QStringLiteral("--database"), workspace.path(), QStringLiteral("dues-run"), QStringLiteral("--year"),
             QStringLiteral("2027")});
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QVERIFY(preview.out.count(u'\n') > 10);
    }

    void demoRefusesADatabaseWithMembers()
    {
        TemporaryWorkspace workspace;
        QVERIFY(workspace.fillWithDemo());
        DemoDataBuilder again(workspace.workspace(), workspace.workspace().catalogue());
        const Outcome refused = again.build();
        QVERIFY(!refused);
        QVERIFY(!refused.message().isEmpty());
        QSqlQuery query(workspace.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM members")) && query.next());
        QCOMPARE(query.value(0).toInt(), 40);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
