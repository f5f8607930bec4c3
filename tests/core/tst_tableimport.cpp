// Importing people and members from other programs' files: the real Norwegian
// member register in ../shared/samples/csvimport read with every fault it has
// found, CSV dialects, Excel workbooks (written by openpyxl, a real reader's
// counterpart), duplicates merged, skipped or added, mappings, and an import
// that fails while writing leaving the register as it was.
#include "common/shownlist.h"
#include "common/spreadsheetworkbook.h"
#include "i18n/languagemanager.h"
#include "members/memberrepository.h"
#include "people/personrepository.h"
#include "tableimport/importmapping.h"
#include "tableimport/importreport.h"
#include "tableimport/membersimportplanner.h"
#include "tableimport/peopleimportplanner.h"
#include "tableimport/tablefile.h"
#include "tableimport/tableimportwriter.h"
#include "testutils.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTest>

using namespace Sekretariat;

namespace {

const QString samples = QStringLiteral(SEKRETARIAT_SHARED_DIR "/samples/csvimport");
const QDate today(2026, 12, 2);

const ImportRow *rowNumbered(const ImportPlan &plan, int number)
{
    for (const ImportRow &row : plan.rows) {
        if (row.rowNumber == number)
            return &row;
    }
    return nullptr;
}

QString allOf(const ImportRow &row)
{
    return ImportReport::details(row).join(u'\n');
}

} // namespace

class TestTableImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTheSampleRegisterAsExcelWroteIt();
    void guessesTheColumnsFromNorwegianAndEnglishHeaders();
    void findsEachFaultOfTheSampleRegister();
    void readsCsvDialects();
    void readsAWorkbookWrittenByExcelsLibrary();
    void readsOurOwnWorkbookBack();
    void aMappingFileIsReadAndRefusedWhenWrong();
    void duplicatesAreSkippedMergedOrAdded();
    void repeatsWithinTheFileAreErrors();
    void aMemberMustBeInTheRegister();
    void theMappingsMemberAndRoleFillRowsWithoutThem();
    void membersComeFromTheOfficialList();
    void aFailureWhileWritingWritesNothing();
    void cancellingStopsThePlan();

private:
    std::optional<ImportPlan> planPeople(const QByteArray &csv, const ImportMapping *mapping = nullptr);

    std::unique_ptr<TestUtils::TemporaryWorkspace> m_demo;
    Member m_member;
    LanguageManager m_languages;
};

void TestTableImport::initTestCase()
{
    QVERIFY2(QDir(samples).exists(), qPrintable(QStringLiteral("The samples are missing at %1").arg(samples)));
    m_languages.setLanguage(QStringLiteral("en"));
    m_demo = std::make_unique<TestUtils::TemporaryWorkspace>();
    QVERIFY(m_demo->isOpen());
    QVERIFY(m_demo->fillWithDemo());
    m_member = MemberRepository(m_demo->connection()).all().first();
}

std::optional<ImportPlan> TestTableImport::planPeople(const QByteArray &csv, const ImportMapping *mapping)
{
    QString error;
    const std::optional<TableFile> table = TableFileReader::read(csv, {}, &error);
    if (!table) {
        qWarning() << error;
        return std::nullopt;
    }
    const ImportMapping used = mapping ? *mapping : ImportMapping::guess(ImportKind::People, table->headers);
    return PeopleImportPlanner(m_demo->connection(), today).plan(*table, used, {}, &error);
}

void TestTableImport::readsTheSampleRegisterAsExcelWroteIt()
{
    QString error;
    const std::optional<TableFile> table =
        TableFileReader::readFile(QDir(samples).filePath(QStringLiteral("espenhoh-medlemmer-iso8859-1.csv")), {}, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->format, TableFile::Format::Csv);
    QCOMPARE(table->encoding, DecodedText::Encoding::Windows1252);
    QCOMPARE(table->separator, QChar(u';'));
    QCOMPARE(table->headers.value(3), QStringLiteral("Fødselsdato"));
    QCOMPARE(table->size(), 99);
    QCOMPARE(table->rowNumbers.first(), 2);
    bool saebo = false;
    for (const QStringList &row : table->rows)
        saebo = saebo || row.contains(QStringLiteral("Sæbø"));
    QVERIFY(saebo);
}

void TestTableImport::guessesTheColumnsFromNorwegianAndEnglishHeaders()
{
    const ImportMapping sample = ImportMapping::guess(
        ImportKind::People, {QStringLiteral("Medlemsnummer"), QStringLiteral("Fornavn"), QStringLiteral("Etternavn"),
                             QStringLiteral("Fødselsdato"), QStringLiteral("Kjønn"), QStringLiteral("Medlemstype"),
                             QStringLiteral("Gateadresse"), QStringLiteral("Postnummer"), QStringLiteral("Poststed")});
    QCOMPARE(sample.columns,
             (QList<ImportField>{ImportField::Reference, ImportField::FirstName, ImportField::LastName,
                                 ImportField::Ignore, ImportField::Ignore, ImportField::Ignore, ImportField::Address,
                                 ImportField::PostalCode, ImportField::City}));
    const ImportMapping contacts = ImportMapping::guess(
        ImportKind::People, {QStringLiteral("E-post"), QStringLiteral("Mobil"), QStringLiteral("Kommune"),
                             QStringLiteral("Rolle"), QStringLiteral("Last Name"), QStringLiteral("Job title"),
                             QStringLiteral("Telefon")});
    QCOMPARE(contacts.columns,
             (QList<ImportField>{ImportField::Email, ImportField::Phone, ImportField::Member, ImportField::Role,
                                 ImportField::LastName, ImportField::Title, ImportField::Ignore}));
    const ImportMapping members = ImportMapping::guess(
        ImportKind::Members, {QStringLiteral("Kommunenr."), QStringLiteral("Kommune"), QStringLiteral("Org.nr."),
                              QStringLiteral("Deres ref.")});
    QCOMPARE(members.columns, (QList<ImportField>{ImportField::Number, ImportField::Name,
                                                  ImportField::OrganisationNumber, ImportField::BuyerReference}));
    QCOMPARE(ImportMapping::shapeKey(ImportKind::People, {QStringLiteral("Fornavn "), QStringLiteral("E-POST")}),
             ImportMapping::shapeKey(ImportKind::People, {QStringLiteral("fornavn"), QStringLiteral("e-post")}));
    QVERIFY(ImportMapping::shapeKey(ImportKind::People, {QStringLiteral("Fornavn")})
            != ImportMapping::shapeKey(ImportKind::Members, {QStringLiteral("Fornavn")}));
}

void TestTableImport::findsEachFaultOfTheSampleRegister()
{
    QString error;
    const std::optional<TableFile> table =
        TableFileReader::readFile(QDir(samples).filePath(QStringLiteral("espenhoh-medlemmer-iso8859-1.csv")), {}, &error);
    QVERIFY2(table, qPrintable(error));
    // The register keeps no birth dates; read into a role's start, the dates are checked as dates.
    ImportMapping mapping = ImportMapping::guess(ImportKind::People, table->headers);
    mapping.columns[3] = ImportField::RoleFrom;
    mapping.columns[5] = ImportField::Title;
    mapping.defaultMember = m_member.number;
    mapping.defaultRole = RoleType::Other;
    const std::optional<ImportPlan> plan = PeopleImportPlanner(m_demo->connection(), today).plan(*table, mapping, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->rows.size(), 99);

    // Member number 42 four times: the first is read, the three others are errors.
    int repeatedKey = 0;
    for (const ImportRow &row : plan->rows)
        repeatedKey += allOf(row).contains(QStringLiteral("Key in the file: 42 is also the key of row 54"));
    QCOMPARE(repeatedKey, 3);
    QCOMPARE(rowNumbered(*plan, 54)->status, ImportRow::Status::New);

    // The impossible date of member 2 and the implausible ones of 22 and 48.
    QVERIFY2(allOf(*rowNumbered(*plan, 52)).contains(QStringLiteral("“14.14.1908” is not a date")),
             qPrintable(allOf(*rowNumbered(*plan, 52))));
    QVERIFY(allOf(*rowNumbered(*plan, 35)).contains(QStringLiteral("22.05.1836 is not a plausible date")));
    QVERIFY(allOf(*rowNumbered(*plan, 14)).contains(QStringLiteral("22.06.2049 is not a plausible date")));
    QCOMPARE(plan->count(ImportRow::Status::Error), 6);

    // The postcode that lost its zero gets it back, and says so.
    const ImportRow *oslo = rowNumbered(*plan, 16);
    QCOMPARE(oslo->person.postalCode, QStringLiteral("0554"));
    QVERIFY(oslo->changes.join(u' ').contains(QStringLiteral("554 read as 0554")));

    // Trailing spaces are removed, each said.
    int trimmed = 0;
    for (const ImportRow &row : plan->rows) {
        for (const QString &street : {QStringLiteral("Kviknebronaveien"), QStringLiteral("Brevadsæterveien"),
                                      QStringLiteral("Stølen")}) {
            if (row.changes.contains(QStringLiteral("Address: the spaces around “%1” removed").arg(street))) {
                ++trimmed;
                QCOMPARE(row.person.address, street);
            }
        }
    }
    QVERIFY2(trimmed >= 3, qPrintable(QString::number(trimmed)));

    // Member 90 has neither a last name nor a town: imported, with both said.
    const ImportRow *noSurname = nullptr;
    for (const ImportRow &row : plan->rows) {
        if (row.person.firstName == u"Marie" && row.person.lastName.isEmpty())
            noSurname = &row;
    }
    QVERIFY(noSurname);
    QVERIFY(noSurname->warnings.contains(QStringLiteral("Last name: empty.")));
    QVERIFY(noSurname->warnings.contains(QStringLiteral("Town: empty, although the postcode is 6601.")));
    QCOMPARE(noSurname->status, ImportRow::Status::New);

    // "veteran" and "Veteran", "senior" and "Senior": the rarer spelling is asked about, not changed.
    int spelling = 0;
    for (const ImportRow &row : plan->rows) {
        for (const QString &warning : row.warnings) {
            if (warning.startsWith(QStringLiteral("Title: “")) && warning.contains(QStringLiteral("the same, or two different?"))) {
                ++spelling;
                QVERIFY(row.person.title == u"Veteran" || row.person.title == u"veteran" || row.person.title == u"Senior"
                        || row.person.title == u"senior");
            }
        }
    }
    QVERIFY(spelling > 0);
    QVERIFY(spelling < 50);

    // The report, as a file for Excel, says the same.
    const QByteArray report = ImportReport::csv(*plan);
    QVERIFY(report.startsWith("\xEF\xBB\xBFRow;Result;Name"));
    QVERIFY(report.contains("14.14.1908"));
    QCOMPARE(ImportReport::summary(*plan),
             QStringLiteral("99 rows read: 93 to add, 0 to merge, 0 duplicates skipped, 6 with errors."));
}

void TestTableImport::readsCsvDialects()
{
    // UTF-8 with a BOM, commas, CRLF and a quoted line break.
    std::optional<ImportPlan> plan = planPeople(
        "\xEF\xBB\xBF" "Fornavn,Etternavn,E-post,Merknad\r\nÅse,Ødegård,ase@example.no,\"Første linje\r\nandre\"\r\n");
    QVERIFY(plan);
    QCOMPARE(plan->rows.size(), 1);
    QCOMPARE(plan->rows.first().person.lastName, QStringLiteral("Ødegård"));
    QCOMPARE(plan->rows.first().person.notes, QStringLiteral("Første linje\r\nandre"));
    // Old Mac Excel: CR alone, and a tab between the cells.
    plan = planPeople("First name\tLast name\rKari\tNordmann\rOla\tHansen\r");
    QVERIFY(plan);
    QCOMPARE(plan->rows.size(), 2);
    QCOMPARE(plan->rows.at(1).person.fullName(), QStringLiteral("Ola Hansen"));
    QCOMPARE(plan->rows.at(1).rowNumber, 3);
    // The user's separator when the guess was wrong.
    TableFileOptions options;
    options.separator = u',';
    const std::optional<TableFile> table = TableFileReader::read("a;b,c\n1;2,3\n", options, nullptr);
    QVERIFY(table);
    QCOMPARE(table->headers, (QStringList{QStringLiteral("a;b"), QStringLiteral("c")}));
    // Neither text nor a workbook.
    QString error;
    QVERIFY(!TableFileReader::read(QByteArray("\x00\x01\x02", 3), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!TableFileReader::read("PK\x03\x04 broken", {}, &error));
    QVERIFY2(error.contains(QStringLiteral("Excel")), qPrintable(error));
}

void TestTableImport::readsAWorkbookWrittenByExcelsLibrary()
{
    const QString python = TestUtils::pythonWith(QStringLiteral("openpyxl"));
    if (python.isEmpty())
        QSKIP("python3-openpyxl is not installed");
    const QString path = m_demo->filePath(QStringLiteral("kontakter.xlsx"));
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral(R"(
import sys, datetime, openpyxl
workbook = openpyxl.Workbook()
sheet = workbook.active
sheet.title = "Kontakter"
sheet.append(["Fornavn", "Etternavn", "E-post", "Postnr.", "Rolle fra", "Notat"])
sheet.append(["Kari", "Nordmann", "kari@example.no", 554, datetime.date(2024, 3, 1), "=tekst"])
sheet.append([None, None, None, None, None, None])
sheet.append(["Ola", "Ås ", "ola@example.no", "0150", None, 12.5])
workbook.create_sheet("Andre").append(["ikke", "lest"])
workbook.save(sys.argv[1])
)"), path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QString error;
    const std::optional<TableFile> table = TableFileReader::readFile(path, {}, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->format, TableFile::Format::Xlsx);
    QCOMPARE(table->headers.first(), QStringLiteral("Fornavn"));
    QCOMPARE(table->size(), 2);
    QCOMPARE(table->rowNumbers, (QList<int>{2, 4}));
    QCOMPARE(table->rows.at(0).at(3), QStringLiteral("554"));
    QCOMPARE(table->rows.at(0).at(4), QStringLiteral("2024-03-01"));
    QCOMPARE(table->rows.at(1).at(1), QStringLiteral("Ås "));
    QCOMPARE(table->rows.at(1).at(5), QStringLiteral("12.5"));

    ImportMapping mapping = ImportMapping::guess(ImportKind::People, table->headers);
    mapping.defaultMember = m_member.number;
    mapping.defaultRole = RoleType::BoardMember;
    const std::optional<ImportPlan> plan = PeopleImportPlanner(m_demo->connection(), today).plan(*table, mapping, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    const ImportRow &kari = plan->rows.at(0);
    QCOMPARE(kari.person.postalCode, QStringLiteral("0554"));
    QCOMPARE(kari.person.roles.value(0).validFrom, QDate(2024, 3, 1));
    QCOMPARE(kari.person.roles.value(0).type, RoleType::BoardMember);
    QCOMPARE(plan->rows.at(1).person.lastName, QStringLiteral("Ås"));
}

void TestTableImport::readsOurOwnWorkbookBack()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Fornavn"), QStringLiteral("Etternavn")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Kari")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("Nordmann")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("=Ola")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("Hansen")));
    const QString path = m_demo->filePath(QStringLiteral("own.xlsx"));
    QString error;
    QVERIFY2(SpreadsheetWorkbook::write(ShownList::of(model, {0, 1}), QStringLiteral("Folk"), path, &error), qPrintable(error));
    const std::optional<TableFile> table = TableFileReader::readFile(path, {}, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->headers, (QStringList{QStringLiteral("Fornavn"), QStringLiteral("Etternavn")}));
    QCOMPARE(table->rows.at(0), (QStringList{QStringLiteral("Kari"), QStringLiteral("Nordmann")}));
    // Written as text, not a formula: read back as the text it is.
    QCOMPARE(table->rows.at(1).at(0), QStringLiteral("=Ola"));
}

void TestTableImport::aMappingFileIsReadAndRefusedWhenWrong()
{
    const QStringList headers{QStringLiteral("Navn"), QStringLiteral("Epost"), QStringLiteral("Kjønn")};
    ImportMapping mapping = ImportMapping::guess(ImportKind::People, headers);
    mapping.defaultRole = RoleType::PoliticalContact;
    mapping.defaultMember = QStringLiteral("0301");
    const QJsonObject json = mapping.toJson(headers);
    QCOMPARE(json.value(QStringLiteral("columns")).toObject().value(QStringLiteral("Navn")).toString(),
             QStringLiteral("full_name"));
    QString error;
    const std::optional<ImportMapping> back = ImportMapping::fromJson(json, ImportKind::People, headers, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->columns, mapping.columns);
    QCOMPARE(back->defaultRole, mapping.defaultRole);
    QCOMPARE(back->defaultMember, QStringLiteral("0301"));

    QJsonObject unknownField = json;
    unknownField.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("Kjønn"), QStringLiteral("gender")}});
    QVERIFY(!ImportMapping::fromJson(unknownField, ImportKind::People, headers, &error));
    QVERIFY2(error.contains(QStringLiteral("“gender” is not a field")), qPrintable(error));
    QJsonObject missingHeader = json;
    missingHeader.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("Mobil"), QStringLiteral("phone")}});
    QVERIFY(!ImportMapping::fromJson(missingHeader, ImportKind::People, headers, &error));
    QVERIFY2(error.contains(QStringLiteral("“Mobil”")), qPrintable(error));
    QVERIFY(!ImportMapping::fromJson(json, ImportKind::Members, headers, &error));
    QJsonObject twice = json;
    twice.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("Navn"), QStringLiteral("email")},
                                                        {QStringLiteral("Epost"), QStringLiteral("email")}});
    QVERIFY(!ImportMapping::fromJson(twice, ImportKind::People, headers, &error));
}

void TestTableImport::duplicatesAreSkippedMergedOrAdded()
{
    PersonRepository people(m_demo->connection());
    Person existing;
    existing.firstName = QStringLiteral("Dina");
    existing.lastName = QStringLiteral("Duplikat");
    existing.email = QStringLiteral("dina@example.no");
    existing.phone = QStringLiteral("22 22 22 22");
    existing.memberId = m_member.id;
    const Outcome added = people.add(existing);
    QVERIFY(added);
    const qint64 before = TestUtils::countBySql(m_demo->connection(), QStringLiteral("SELECT count(*) FROM people"));

    const QByteArray file = "Fornavn;Etternavn;E-post;Telefon;Tittel\n"
                            "Dina;Duplikat;DINA@example.no;33 33 33 33;Rådgiver\n"
                            "Nils;Ny;nils@example.no;;\n";
    std::optional<ImportPlan> plan = planPeople(file);
    QVERIFY(plan);
    const ImportRow &dina = plan->rows.at(0);
    QCOMPARE(dina.status, ImportRow::Status::Duplicate);
    QCOMPARE(dina.action, ImportRow::Action::Skip);
    QCOMPARE(dina.existingId, added.id());
    QVERIFY2(dina.existing.contains(QStringLiteral("dina@example.no")), qPrintable(dina.existing));
    QList<ImportField> fields;
    for (const FieldChange &change : dina.merge)
        fields.append(change.field);
    QCOMPARE(fields, (QList<ImportField>{ImportField::Title, ImportField::Email, ImportField::Phone}));

    // Skipped: Nils is added, Dina is left as she was.
    QVERIFY(TableImportWriter::apply(m_demo->connection(), *plan));
    QCOMPARE(TestUtils::countBySql(m_demo->connection(), QStringLiteral("SELECT count(*) FROM people")), before + 1);
    QCOMPARE(people.find(added.id())->phone, QStringLiteral("22 22 22 22"));

    // Merged, keeping the register's e-mail: the phone and title come from the file.
    plan = planPeople(file);
    plan->setDuplicateAction(ImportRow::Action::Merge);
    QCOMPARE(plan->rows.at(1).status, ImportRow::Status::Duplicate);  // Nils is in the register now
    plan->rows[0].merge[1].take = false;
    QVERIFY(TableImportWriter::apply(m_demo->connection(), *plan));
    const Person merged = *people.find(added.id());
    QCOMPARE(merged.phone, QStringLiteral("33 33 33 33"));
    QCOMPARE(merged.title, QStringLiteral("Rådgiver"));
    QCOMPARE(merged.email, QStringLiteral("dina@example.no"));
    QCOMPARE(TestUtils::countBySql(m_demo->connection(), QStringLiteral("SELECT count(*) FROM people")), before + 1);

    // Added: two of them now.
    plan = planPeople(file);
    plan->setDuplicateAction(ImportRow::Action::Add);
    QVERIFY(TableImportWriter::apply(m_demo->connection(), *plan));
    QCOMPARE(TestUtils::countBySql(m_demo->connection(), QStringLiteral("SELECT count(*) FROM people")), before + 3);
}

void TestTableImport::repeatsWithinTheFileAreErrors()
{
    const std::optional<ImportPlan> plan = planPeople("Fornavn;Etternavn;E-post\n"
                                                      "Per;En;per@example.no\n"
                                                      "Pål;To;PER@example.no\n"
                                                      "Espen;;ikke-en-adresse\n"
                                                      ";;\n"
                                                      " ; ;x@example.no\n");
    QVERIFY(plan);
    QCOMPARE(plan->rows.size(), 4);  // the empty row is no row
    QCOMPARE(plan->rows.at(0).status, ImportRow::Status::New);
    QVERIFY2(allOf(plan->rows.at(1)).contains(QStringLiteral("PER@example.no is also on row 2")), qPrintable(allOf(plan->rows.at(1))));
    QVERIFY(allOf(plan->rows.at(2)).contains(QStringLiteral("“ikke-en-adresse” is not a valid e-mail address")));
    QVERIFY(allOf(plan->rows.at(3)).contains(QStringLiteral("Name: the person needs a first or last name.")));
    QCOMPARE(plan->rows.at(3).rowNumber, 6);
}

void TestTableImport::aMemberMustBeInTheRegister()
{
    const QString inRegister = m_member.number;
    QString official;
    for (const QString &number : {QStringLiteral("1804"), QStringLiteral("4601"), QStringLiteral("0301"), QStringLiteral("5001")}) {
        if (!MemberRepository(m_demo->connection()).findByNumber(MemberKind::Municipality, number))
            official = number;
    }
    QVERIFY(!official.isEmpty());
    const QByteArray file = QStringLiteral("Fornavn;Etternavn;Kommune;Rolle\n"
                                           "Anne;A;%1;Styremedlem\n"
                                           "Berit;B;%2;political contact\n"
                                           "Cato;C;Atlantis;\n"
                                           "Dag;D;;Folkehelsekoordinator\n"
                                           "Eva;E;%3;sjef\n")
                                .arg(inRegister, official, m_member.name)
                                .toUtf8();
    const std::optional<ImportPlan> plan = planPeople(file);
    QVERIFY(plan);
    QCOMPARE(plan->rows.at(0).person.memberId, m_member.id);
    QCOMPARE(plan->rows.at(0).person.roles.value(0).type, RoleType::BoardMember);
    QVERIFY(allOf(plan->rows.at(1)).contains(QStringLiteral("is not in the register yet")));
    QVERIFY(allOf(plan->rows.at(2)).contains(QStringLiteral("“Atlantis” is neither a member's number nor its name")));
    QVERIFY(allOf(plan->rows.at(3)).contains(QStringLiteral("held at a member, and the row names none")));
    QVERIFY(allOf(plan->rows.at(4)).contains(QStringLiteral("Role: “sjef” is not a role")));
}

void TestTableImport::theMappingsMemberAndRoleFillRowsWithoutThem()
{
    QString error;
    const std::optional<TableFile> table = TableFileReader::read("Fornavn;Etternavn;Rolle;Kommune\n"
                                                                 "Ida;Ingen;;\n"
                                                                 "Jon;Styre;Styremedlem;\n",
                                                                 {}, &error);
    QVERIFY(table);
    ImportMapping mapping = ImportMapping::guess(ImportKind::People, table->headers);
    mapping.defaultMember = m_member.name;
    mapping.defaultRole = RoleType::PublicHealthCoordinator;
    const std::optional<ImportPlan> plan = PeopleImportPlanner(m_demo->connection(), today).plan(*table, mapping, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->rows.at(0).person.memberId, m_member.id);
    QCOMPARE(plan->rows.at(0).person.roles.value(0).type, RoleType::PublicHealthCoordinator);
    QCOMPARE(plan->rows.at(1).person.roles.value(0).type, RoleType::BoardMember);
    QCOMPARE(plan->rows.at(1).person.roles.size(), 1);
}

void TestTableImport::membersComeFromTheOfficialList()
{
    const QList<Member> registered = MemberRepository(m_demo->connection()).all();
    QSet<QString> numbers;
    for (const Member &member : registered)
        numbers.insert(member.number);
    QString newOne;
    for (const QString &number : {QStringLiteral("0301"), QStringLiteral("1804"), QStringLiteral("4601"), QStringLiteral("5001")}) {
        if (!numbers.contains(number))
            newOne = number;
    }
    QVERIFY(!newOne.isEmpty());
    const QString shortNumber = newOne.startsWith(u'0') ? newOne.mid(1) : newOne;
    const QByteArray file = QStringLiteral("Kommunenr;Kommune;Status;Medlem fra;Postnr;Org.nr.\n"
                                           "%1;;Aktiv;01.02.2024;150;\n"
                                           "9999;Atlantis;;;;\n"
                                           ";Herøy;;;;\n"
                                           "%2;%3;Har søkt;;;\n"
                                           "%4;;aktiv;;;\n"
                                           ";;;;;123\n")
                                .arg(shortNumber, registered.first().number, registered.first().name,
                                     registered.last().number)
                                .toUtf8();
    QString error;
    const std::optional<TableFile> table = TableFileReader::read(file, {}, &error);
    QVERIFY(table);
    const ImportMapping mapping = ImportMapping::guess(ImportKind::Members, table->headers);
    std::optional<ImportPlan> plan = MembersImportPlanner(m_demo->connection(), today).plan(*table, mapping, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    const ImportRow &added = plan->rows.at(0);
    QCOMPARE(added.status, ImportRow::Status::New);
    QCOMPARE(added.member->number, newOne);
    QCOMPARE(added.member->status, MemberStatus::Active);
    QCOMPARE(added.member->activeFrom, QDate(2024, 2, 1));
    QCOMPARE(added.member->invoicePostalCode, QStringLiteral("0150"));
    QVERIFY(added.member->population > 0);
    if (shortNumber != newOne)
        QVERIFY(added.changes.join(u' ').contains(QStringLiteral("%1 read as %2").arg(shortNumber, newOne)));
    QVERIFY(allOf(plan->rows.at(1)).contains(QStringLiteral("9999 is no municipality")));
    QVERIFY(allOf(plan->rows.at(2)).contains(QStringLiteral("there are 2 municipalities called Herøy")));
    QCOMPARE(plan->rows.at(3).status, ImportRow::Status::Duplicate);
    QCOMPARE(plan->rows.at(3).merge.value(0).field, ImportField::Status);
    // An active member without its start date is refused as the form refuses it.
    QVERIFY2(allOf(plan->rows.at(4)).contains(QStringLiteral("Active from")), qPrintable(allOf(plan->rows.at(4))));
    QVERIFY(allOf(plan->rows.at(5)).contains(QStringLiteral("neither the member's number nor its name")));

    // Members cannot be added twice: "add" skips them.
    plan->setDuplicateAction(ImportRow::Action::Add);
    QCOMPARE(plan->rows.at(3).action, ImportRow::Action::Skip);
    plan->rows.erase(plan->rows.begin() + 1, plan->rows.begin() + 3);
    plan->rows.erase(plan->rows.begin() + 2, plan->rows.end());
    plan->setDuplicateAction(ImportRow::Action::Merge);
    QVERIFY(TableImportWriter::apply(m_demo->connection(), *plan));
    const std::optional<Member> written = MemberRepository(m_demo->connection()).findByNumber(MemberKind::Municipality, newOne);
    QVERIFY(written);
    QCOMPARE(written->status, MemberStatus::Active);
    QCOMPARE(MemberRepository(m_demo->connection()).find(registered.first().id)->status, MemberStatus::Applied);
}

void TestTableImport::aFailureWhileWritingWritesNothing()
{
    PersonRepository people(m_demo->connection());
    Person gone;
    gone.firstName = QStringLiteral("Gunnar");
    gone.lastName = QStringLiteral("Gone");
    gone.email = QStringLiteral("gunnar@example.no");
    const Outcome added = people.add(gone);
    QVERIFY(added);
    std::optional<ImportPlan> plan = planPeople("Fornavn;Etternavn;E-post;Telefon\n"
                                                "Først;Skrevet;forst@example.no;\n"
                                                "Gunnar;Gone;gunnar@example.no;44 44 44 44\n");
    QVERIFY(plan);
    QCOMPARE(plan->rows.at(1).status, ImportRow::Status::Duplicate);
    plan->setDuplicateAction(ImportRow::Action::Merge);
    // Someone deletes Gunnar between the report and the import. The first row,
    // written before his, may get his id (SQLite gives the highest id again):
    // that is not him, and he is not merged into it.
    QVERIFY(people.remove(added.id()));
    const qint64 before = TestUtils::countBySql(m_demo->connection(), QStringLiteral("SELECT count(*) FROM people"));
    const Outcome applied = TableImportWriter::apply(m_demo->connection(), *plan);
    QVERIFY(!applied);
    QVERIFY2(applied.message().startsWith(QStringLiteral("Row 3:")), qPrintable(applied.message()));
    QCOMPARE(TestUtils::countBySql(m_demo->connection(), QStringLiteral("SELECT count(*) FROM people")), before);
    QCOMPARE(TestUtils::countBySql(m_demo->connection(),
                                   QStringLiteral("SELECT count(*) FROM people WHERE email = 'forst@example.no'")),
             0);

    // Changed meanwhile: the merge would overwrite what someone else wrote, so nothing is written.
    Person changed;
    changed.firstName = QStringLiteral("Hanne");
    changed.lastName = QStringLiteral("Endret");
    changed.email = QStringLiteral("hanne@example.no");
    const Outcome hanne = people.add(changed);
    QVERIFY(hanne);
    plan = planPeople("Fornavn;Etternavn;E-post;Telefon\nHanne;Endret;hanne@example.no;55 55 55 55\n");
    QVERIFY(plan);
    plan->setDuplicateAction(ImportRow::Action::Merge);
    changed = *people.find(hanne.id());
    changed.phone = QStringLiteral("66 66 66 66");
    QVERIFY(people.update(changed));
    const Outcome stale = TableImportWriter::apply(m_demo->connection(), *plan);
    QVERIFY(!stale);
    QVERIFY2(stale.message().contains(QStringLiteral("changed")), qPrintable(stale.message()));
    QCOMPARE(people.find(hanne.id())->phone, QStringLiteral("66 66 66 66"));
}

void TestTableImport::cancellingStopsThePlan()
{
    QByteArray file = "Fornavn;Etternavn\n";
    for (int i = 0; i < 2000; ++i)
        file += "Navn;Nummer" + QByteArray::number(i) + "\n";
    QString error;
    const std::optional<TableFile> table = TableFileReader::read(file, {}, &error);
    QVERIFY(table);
    qsizetype reached = 0;
    const std::optional<ImportPlan> plan = PeopleImportPlanner(m_demo->connection(), today)
        .plan(*table, ImportMapping::guess(ImportKind::People, table->headers),
              [&reached](qsizetype done, qsizetype) {
                  reached = done;
                  return done < 1000;
              },
              &error);
    QVERIFY(!plan);
    QVERIFY(error.isEmpty());
    QCOMPARE(reached, 1000);
}

QTEST_MAIN(TestTableImport)
#include "tst_tableimport.moc"
