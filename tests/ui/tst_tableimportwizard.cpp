// Importing people and members as a secretariat user does: People ▸ Import
// People… picks the file, the wizard shows it as read (the encoding can be put
// right), the columns are chosen by keyboard, every row is checked before
// anything is written, a duplicate is merged field by field, and the choices
// are remembered for the next file of the same shape.
#include "common/tableimportwizard.h"
#include "common/importmergedialog.h"
#include "i18n/languagemanager.h"
#include "members/memberrepository.h"
#include "members/memberspage.h"
#include "members/membersmodel.h"
#include "people/peoplepage.h"
#include "people/personrepository.h"
#include "tableimport/importreportmodel.h"
#include "filedialoganswerer.h"
#include "modalscript.h"
#include "screenshots.h"
#include "testutils.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Sekretariat;

namespace {

const QString sample = QStringLiteral(SEKRETARIAT_SHARED_DIR "/samples/csvimport/espenhoh-medlemmer-iso8859-1.csv");

// Chooses an item of a closed combo box as the keyboard does: focus, then type
// its first letters (no space: a space opens the list).
void typeInto(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClicks(combo, text);
}

bool previewShows(QTableWidget *preview, const QString &text)
{
    for (int row = 0; row < preview->rowCount(); ++row) {
        for (int column = 0; column < preview->columnCount(); ++column) {
            if (preview->item(row, column) && preview->item(row, column)->text() == text)
                return true;
        }
    }
    return false;
}

void clickNext(QWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace

class TestTableImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theMenusOpenTheWizardOnTheChosenFile();
    void importsTheSampleRegisterLeavingOutTheRowsWithErrors();
    void remembersTheColumnsForAFileOfTheSameShape();
    void mergesADuplicateFieldByField();
    void refusesTwoColumnsIntoOneField();
    void importsMembers();
    void stopLeavesTheRegisterAsItWas();
    void screenshots();

private:
    qint64 count(const QString &sql) { return TestUtils::countBySql(m_demo->connection(), sql); }
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<TestUtils::TemporaryWorkspace> m_demo;
    LanguageManager m_languages;
    Member m_member;
};

void TestTableImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("import"));
    m_languages.setLanguage(QStringLiteral("en"));
    m_demo = std::make_unique<TestUtils::TemporaryWorkspace>();
    QVERIFY(m_demo->isOpen());
    QVERIFY(m_demo->fillWithDemo());
    m_member = MemberRepository(m_demo->connection()).all().first();
    QVERIFY2(QFile::exists(sample), qPrintable(sample));
}

QString TestTableImportWizard::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_demo->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestTableImportWizard::theMenusOpenTheWizardOnTheChosenFile()
{
    PeoplePage page(&m_demo->workspace());
    QAction *import = page.findChild<QAction *>(QStringLiteral("importPeopleAction"));
    QVERIFY(import);
    QVERIFY(page.pageActions().contains(import));
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM people"));
    QString title;
    TestUtils::FileDialogAnswerer answerer(sample);
    TestUtils::ModalScript script({{"Sekretariat::TableImportWizard", [&title](QWidget *wizard) {
                                        title = wizard->windowTitle();
                                        QTest::mouseClick(static_cast<QWizard *>(wizard)->button(QWizard::CancelButton),
                                                          Qt::LeftButton);
                                    }}});
    import->trigger();
    QVERIFY(answerer.answered);
    QVERIFY(script.done());
    QCOMPARE(title, QStringLiteral("Import People – espenhoh-medlemmer-iso8859-1.csv"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people")), before);

    MembersPage members(&m_demo->workspace());
    QVERIFY(members.findChild<QAction *>(QStringLiteral("importMembersAction")));
}

void TestTableImportWizard::importsTheSampleRegisterLeavingOutTheRowsWithErrors()
{
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM people"));
    TableImportWizard wizard(&m_demo->workspace(), ImportKind::People, sample);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("fileSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("99 rows")), qPrintable(summary->text()));
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("preview"));
    QVERIFY(previewShows(preview, QStringLiteral("Sæbø")));
    auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("encoding"));
    QCOMPARE(encoding->currentText(), QStringLiteral("Windows-1252 / ISO-8859-1"));

    // Read as UTF-8 the letters break; put back, they are right again.
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Home);
    QVERIFY(!previewShows(preview, QStringLiteral("Sæbø")));
    QTest::keyClick(encoding, Qt::Key_End);
    QVERIFY(previewShows(preview, QStringLiteral("Sæbø")));

    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(TableImportWizard::MappingPage));
    auto *columns = wizard.findChild<QTableWidget *>(QStringLiteral("columns"));
    QCOMPARE(columns->rowCount(), 9);
    auto *fornavn = qobject_cast<QComboBox *>(columns->cellWidget(1, 2));
    QCOMPARE(fornavn->currentText(), QStringLiteral("First name"));
    auto *birthDate = qobject_cast<QComboBox *>(columns->cellWidget(3, 2));
    typeInto(birthDate, QStringLiteral("Role"));
    QTest::keyClick(birthDate, Qt::Key_Down);
    QCOMPARE(birthDate->currentText(), QStringLiteral("Role from"));
    typeInto(qobject_cast<QComboBox *>(columns->cellWidget(5, 2)), QStringLiteral("Title"));
    typeInto(wizard.findChild<QComboBox *>(QStringLiteral("defaultMember")), m_member.name);
    typeInto(wizard.findChild<QComboBox *>(QStringLiteral("defaultRole")), QStringLiteral("Other"));

    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(TableImportWizard::ReportPage));
    QTRY_VERIFY(!wizard.isChecking());
    auto *report = wizard.findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY2(report->text().contains(QStringLiteral("93 to add")), qPrintable(report->text()));
    QVERIFY(report->text().contains(QStringLiteral("6 with errors")));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());

    typeInto(wizard.findChild<QComboBox *>(QStringLiteral("show")), QStringLiteral("Rows"));
    auto *view = wizard.findChild<QTableView *>(QStringLiteral("report"));
    QCOMPARE(view->model()->rowCount(), 6);
    QCOMPARE(view->model()->index(0, ImportReportModel::ResultColumn).data().toString(), QStringLiteral("Error"));
    // A row chosen: all that is said about it below the table, not cut off.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 2)).center());
    const QString details = wizard.findChild<QLabel *>(QStringLiteral("rowDetails"))->text();
    QVERIFY2(details.startsWith(QStringLiteral("Row 14: Error\n")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("22.06.2049 is not a plausible date (before 1900 or more than ten years ahead).")),
             qPrintable(details));

    // The report as a file before anything is written.
    const QString reportPath = m_demo->filePath(QStringLiteral("report.csv"));
    {
        TestUtils::FileDialogAnswerer answerer(reportPath);
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("saveReport")), Qt::LeftButton);
        QVERIFY(answerer.answered);
    }
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    QVERIFY(reportFile.readAll().contains("14.14.1908"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people")), before);

    auto *leaveOut = wizard.findChild<QCheckBox *>(QStringLiteral("leaveOutErrors"));
    QVERIFY(leaveOut->isVisible());
    QVERIFY(leaveOut->text().contains(QStringLiteral("6 rows")));
    QTest::mouseClick(leaveOut, Qt::LeftButton, {}, QPoint(8, leaveOut->height() / 2));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.written(), 93);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people")), before + 93);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE first_name = 'Oliver' AND last_name = 'BERG'"
                                  " AND postal_code = '0554' AND city = 'Oslo' AND member_id = %1")
                       .arg(m_member.id)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE address = 'Stølen'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people WHERE last_name = 'JOHANSEN' AND first_name = 'Johan'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM roles r JOIN people p ON p.id = r.person_id"
                                  " WHERE p.last_name = 'BERG' AND p.first_name = 'Oliver' AND r.role = 'other'")),
             1);
}

void TestTableImportWizard::remembersTheColumnsForAFileOfTheSameShape()
{
    // The file of the test before, whose columns were chosen there.
    TableImportWizard wizard(&m_demo->workspace(), ImportKind::People, sample);
    wizard.show();
    clickNext(wizard);
    auto *columns = wizard.findChild<QTableWidget *>(QStringLiteral("columns"));
    QCOMPARE(qobject_cast<QComboBox *>(columns->cellWidget(3, 2))->currentText(), QStringLiteral("Role from"));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("defaultRole"))->currentText(), QStringLiteral("Other"));
    // Now all of them are duplicates: skipped unless chosen otherwise.
    clickNext(wizard);
    QTRY_VERIFY(!wizard.isChecking());
    QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("93 duplicates skipped")),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("summary"))->text()));
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
}

void TestTableImportWizard::mergesADuplicateFieldByField()
{
    PersonRepository people(m_demo->connection());
    Person existing;
    existing.firstName = QStringLiteral("Dina");
    existing.lastName = QStringLiteral("Duplikat");
    existing.email = QStringLiteral("dina@example.no");
    existing.phone = QStringLiteral("22 22 22 22");
    const Outcome added = people.add(existing);
    QVERIFY(added);
    const QString path = writeFile(QStringLiteral("dina.csv"), "Fornavn;Etternavn;E-post;Mobil;Tittel\r\n"
                                                               "Dina;Duplikat;dina@example.no;99 99 99 99;Rådgiver\r\n");
    TableImportWizard wizard(&m_demo->workspace(), ImportKind::People, path);
    wizard.show();
    clickNext(wizard);
    clickNext(wizard);
    QTRY_VERIFY(!wizard.isChecking());
    // Nothing to write while the one row is skipped.
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    auto *view = wizard.findChild<QTableView *>(QStringLiteral("report"));
    QCOMPARE(view->model()->index(0, ImportReportModel::ResultColumn).data().toString(),
             QStringLiteral("Skipped (duplicate)"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 2)).center());
    auto *decide = wizard.findChild<QPushButton *>(QStringLiteral("decide"));
    QVERIFY(decide->isEnabled());
    QStringList fields;
    TestUtils::ModalScript script({{"Sekretariat::ImportMergeDialog", [&fields](QWidget *widget) {
                                        auto *dialog = static_cast<ImportMergeDialog *>(widget);
                                        typeInto(dialog->action(), QStringLiteral("Merge"));
                                        QTableWidget *table = dialog->fields();
                                        for (int row = 0; row < table->rowCount(); ++row)
                                            fields.append(table->item(row, 0)->text());
                                        // The phone stays the register's: its tick taken off.
                                        const int phone = int(fields.indexOf(QStringLiteral("Phone")));
                                        const QRect cell = table->visualItemRect(table->item(phone, 2));
                                        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                                          QPoint(cell.left() + 12, cell.center().y()));
                                        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                                                          Qt::LeftButton);
                                    }}});
    QTest::mouseClick(decide, Qt::LeftButton);
    QVERIFY(script.done());
    QCOMPARE(fields, (QStringList{QStringLiteral("Title"), QStringLiteral("Phone")}));
    QCOMPARE(view->model()->index(0, ImportReportModel::ResultColumn).data().toString(), QStringLiteral("Merged"));
    QVERIFY(view->model()->index(0, ImportReportModel::DetailsColumn).data().toString().contains(
        QStringLiteral("Phone: 22 22 22 22 kept")));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard.isVisible());
    const Person merged = *people.find(added.id());
    QCOMPARE(merged.title, QStringLiteral("Rådgiver"));
    QCOMPARE(merged.phone, QStringLiteral("22 22 22 22"));
}

void TestTableImportWizard::refusesTwoColumnsIntoOneField()
{
    const QString path = writeFile(QStringLiteral("two.csv"), "Fornavn;Etternavn;E-post\nA;B;a@example.no\n");
    TableImportWizard wizard(&m_demo->workspace(), ImportKind::People, path);
    wizard.show();
    clickNext(wizard);
    auto *columns = wizard.findChild<QTableWidget *>(QStringLiteral("columns"));
    typeInto(qobject_cast<QComboBox *>(columns->cellWidget(1, 2)), QStringLiteral("First"));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(TableImportWizard::MappingPage));
    auto *error = wizard.findChild<QLabel *>(QStringLiteral("mappingError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Two columns go into “First name”; choose one of them."));
}

void TestTableImportWizard::importsMembers()
{
    QStringList registered;
    for (const Member &member : MemberRepository(m_demo->connection()).all())
        registered.append(member.number);
    QString newOne;
    for (const QString &number : {QStringLiteral("0301"), QStringLiteral("1804"), QStringLiteral("4601"), QStringLiteral("5001")}) {
        if (!registered.contains(number))
            newOne = number;
    }
    QVERIFY(!newOne.isEmpty());
    const QString path = writeFile(QStringLiteral("kommuner.csv"),
                                   QStringLiteral("Kommunenr;Kommune;Status;Søknadsdato\n%1;;Har søkt;15.03.2025\n")
                                       .arg(newOne)
                                       .toUtf8());
    TableImportWizard wizard(&m_demo->workspace(), ImportKind::Members, path);
    wizard.show();
    clickNext(wizard);
    clickNext(wizard);
    QTRY_VERIFY(!wizard.isChecking());
    QVERIFY2(wizard.button(QWizard::FinishButton)->isEnabled(),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("summary"))->text()));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard.isVisible());
    const std::optional<Member> member = MemberRepository(m_demo->connection()).findByNumber(MemberKind::Municipality, newOne);
    QVERIFY(member);
    QCOMPARE(member->status, MemberStatus::Applied);
    QCOMPARE(member->appliedOn, QDate(2025, 3, 15));
    QVERIFY(m_demo->workspace().membersModel()->rowCount() > 0);
}

void TestTableImportWizard::stopLeavesTheRegisterAsItWas()
{
    QByteArray csv = "Fornavn;Etternavn;E-post\n";
    for (int i = 0; i < 60000; ++i)
        csv += "Stopp;Person" + QByteArray::number(i) + ";stopp" + QByteArray::number(i) + "@example.no\n";
    const QString path = writeFile(QStringLiteral("many.csv"), csv);
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM people"));
    TableImportWizard wizard(&m_demo->workspace(), ImportKind::People, path);
    wizard.show();
    clickNext(wizard);
    // Stopped while it checks: said so, nothing to import.
    clickNext(wizard);
    auto *stop = wizard.findChild<QPushButton *>(QStringLiteral("stop"));
    QVERIFY(stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(!wizard.isChecking());
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("summary"));
    QCOMPARE(summary->text(), QStringLiteral("Checking was stopped. Go back and Next to check again."));
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    // Back and Next checks again, to the end this time.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    clickNext(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isChecking(), 60000);
    QVERIFY2(summary->text().contains(QStringLiteral("60000 to add")), qPrintable(summary->text()));
    // Stopped while it writes: rolled back, the wizard stays open.
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(wizard.isWriting());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isWriting(), 60000);
    QCOMPARE(summary->text(), QStringLiteral("The import was cancelled; nothing was written."));
    QVERIFY(wizard.isVisible());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM people")), before);
    QCOMPARE(wizard.written(), 0);
}

void TestTableImportWizard::screenshots()
{
    if (qEnvironmentVariableIsEmpty("SEKRETARIAT_SCREENSHOTS"))
        QSKIP("Set SEKRETARIAT_SCREENSHOTS to a folder to write screenshots.");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        m_languages.setLanguage(language);
        TableImportWizard wizard(&m_demo->workspace(), ImportKind::People, sample);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        TestUtils::grabTo(&wizard, QStringLiteral("import-file-%1.png").arg(language));
        clickNext(wizard);
        TestUtils::grabTo(&wizard, QStringLiteral("import-columns-%1.png").arg(language));
        clickNext(wizard);
        QTRY_VERIFY(!wizard.isChecking());
        TestUtils::grabTo(&wizard, QStringLiteral("import-report-%1.png").arg(language));
        ImportRow row;
        row.rowNumber = 7;
        row.status = ImportRow::Status::Duplicate;
        row.action = ImportRow::Action::Merge;
        row.name = QStringLiteral("Dina Duplikat");
        row.existing = QStringLiteral("Dina Duplikat (Gol, dina@example.no)");
        row.merge = {{ImportField::Title, QString(), QStringLiteral("Rådgiver"), true},
                     {ImportField::Phone, QStringLiteral("22 22 22 22"), QStringLiteral("99 99 99 99"), false}};
        ImportMergeDialog dialog(row, ImportKind::People);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        TestUtils::grabTo(&dialog, QStringLiteral("import-merge-%1.png").arg(language));
        wizard.reject();
    }
    m_languages.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestTableImportWizard)
#include "tst_tableimportwizard.moc"
