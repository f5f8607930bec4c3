// The member register as a user meets it: adding a member through the dialog,
// refused saves that keep the dialog open, picking from the official list,
// filtering as you type and by status, and deletes that keep history.
#include "common/modelroles.h"
#include "common/datefield.h"
#include "common/optionaldateedit.h"
#include "i18n/languagemanager.h"
#include "members/memberdialog.h"
#include "members/memberrepository.h"
#include "members/membersmodel.h"
#include "members/memberspage.h"
#include "members/memberterms.h"
#include "people/personrepository.h"
#include "filedialoganswerer.h"
#include "members/populationimportdialog.h"
#include "messageboxanswerer.h"
#include "modalscript.h"
#include "duesfixture.h"
#include "dues/duesrepository.h"
#include "dues/invoicerepository.h"
#include "dues/invoicecarddialog.h"
#include "people/persondialog.h"
#include "screenshots.h"
#include "testutils.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDate>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QListWidget>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Sekretariat;
using Sekretariat::TestUtils::MessageBoxAnswerer;

namespace {

template<typename T>
T *field(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void clickSave(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return u'«' + QString::fromUtf8(sourceText) + u'»';
    }
};

int countInSource(QAbstractItemModel *model, int role, const QVariant &value)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += model->index(row, 0).data(role) == value ? 1 : 0;
    return count;
}

} // namespace

class TestMembersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addsAMemberThroughTheDialog();
    void invalidOrganisationNumberKeepsTheDialogOpen();
    void refusedSaveShowsTheTabOfTheField();
    void pickingFromTheOfficialListFillsTheFields();
    void editsAnExistingMemberAndListsItsPeople();
    void invoiceAddressIsTypedInItsParts();
    void searchFieldFiltersAsYouType();
    void statusKindAndMissingContactsFilters();
    void languageChangeKeepsTheFilters();
    void deletingAMemberWithPeopleIsRefused();
    void deletesAMemberWithoutHistory();
    void memberCardLeadsToItsPeopleAndInvoices();
    void unlikelyValuesAreAskedAboutAndADecisionNeedsItsRecord();
    void importsPopulationFromTheMenu();
    void savesAMembersPeopleAsContactCards();
    void savingOverSomeoneElsesChangeIsAConsciousChoice();
    void screenshots();

private:
    std::unique_ptr<TestUtils::TemporaryWorkspace> m_demo;
};

void TestMembersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMembersPage::init()
{
    // Every test gets its own demo database, so writes do not leak between them.
    m_demo = std::make_unique<TestUtils::TemporaryWorkspace>();
    QVERIFY(m_demo->isOpen());
    QVERIFY(m_demo->fillWithDemo());
}

void TestMembersPage::addsAMemberThroughTheDialog()
{
    MembersPage page(&m_demo->workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int before = page.view()->model()->rowCount();

    QString stuckError;
    QString asked;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<MemberDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(field<QLineEdit>(dialog, "number"), QStringLiteral("9999"));
        QTest::keyClicks(field<QLineEdit>(dialog, "name"), QStringLiteral("Testvik"));
        QTest::keyClicks(field<QLineEdit>(dialog, "organisationNumber"), QStringLiteral("964 965 226"));
        auto *population = field<QSpinBox>(dialog, "population");
        population->selectAll();
        QTest::keyClicks(population, QStringLiteral("12345"));
        // 9999 is no municipality of Statistics Norway's: the form asks first.
        MessageBoxAnswerer answerer({QMessageBox::Save});
        clickSave(dialog);
        asked = answerer.texts.join(u'\n');
        if (dialog->isVisible()) {  // refused: say why instead of hanging in exec()
            stuckError = field<QLabel>(dialog, "errorLabel")->text();
            dialog->done(QDialog::Rejected);
        }
    });
    page.addNew();
    QVERIFY2(stuckError.isEmpty(), qPrintable(stuckError));
    QVERIFY2(asked.contains(QStringLiteral("9999 is not a municipality")), qPrintable(asked));

    const std::optional<Member> saved
        = MemberRepository(m_demo->connection()).findByNumber(MemberKind::Municipality, QStringLiteral("9999"));
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Testvik"));
    QCOMPARE(saved->organisationNumber, QStringLiteral("964965226"));
    QCOMPARE(saved->population, 12345);
    QCOMPARE(page.view()->model()->rowCount(), before + 1);
    QCOMPARE(page.currentId(), saved->id);
    QCOMPARE(page.view()->currentIndex().siblingAtColumn(MembersModel::NameColumn).data().toString(),
             QStringLiteral("Testvik"));
}

void TestMembersPage::invalidOrganisationNumberKeepsTheDialogOpen()
{
    MemberDialog dialog(&m_demo->workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *organisationNumber = field<QLineEdit>(&dialog, "organisationNumber");
    QTest::keyClicks(field<QLineEdit>(&dialog, "number"), QStringLiteral("9998"));
    QTest::keyClicks(field<QLineEdit>(&dialog, "name"), QStringLiteral("Feilvik"));
    QTest::keyClicks(organisationNumber, QStringLiteral("988077918"));
    dialog.tabs()->setCurrentIndex(MemberDialog::OtherTab);
    clickSave(&dialog);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *error = field<QLabel>(&dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Organisation number")), qPrintable(error->text()));
    QCOMPARE(dialog.tabs()->currentIndex(), int(MemberDialog::MemberTab));
    QCOMPARE(dialog.focusWidget(), organisationNumber);
    MemberRepository repository(m_demo->connection());
    QVERIFY(!repository.findByNumber(MemberKind::Municipality, QStringLiteral("9998")));

    // Corrected, the same dialog saves (once told that 9998 is no municipality).
    organisationNumber->clear();
    QTest::keyClicks(organisationNumber, QStringLiteral("988077917"));
    MessageBoxAnswerer answerer({QMessageBox::Save});
    clickSave(&dialog);
    QCOMPARE(answerer.texts.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.memberId() > 0);
    const std::optional<Member> saved = repository.find(dialog.memberId());
    QVERIFY(saved);
    QCOMPARE(saved->organisationNumber, QStringLiteral("988077917"));
}

void TestMembersPage::refusedSaveShowsTheTabOfTheField()
{
    MemberDialog dialog(&m_demo->workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(field<QLineEdit>(&dialog, "number"), QStringLiteral("9997"));
    QTest::keyClicks(field<QLineEdit>(&dialog, "name"), QStringLiteral("Aktivby"));
    auto *status = field<QComboBox>(&dialog, "status");
    status->setCurrentIndex(status->findData(int(MemberStatus::Active)));
    // The new status fills its date with today; the user takes it away again.
    auto *activeFromField = dialog.findChild<OptionalDateEdit *>(QStringLiteral("activeFrom"));
    QCOMPARE(activeFromField->date(), QDate::currentDate());
    QTest::mouseClick(activeFromField->checkBox(), Qt::LeftButton, {}, QPoint(4, activeFromField->checkBox()->height() / 2));
    QVERIFY(!activeFromField->date().isValid());
    clickSave(&dialog);  // active, but no "active from" date

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.tabs()->currentIndex(), int(MemberDialog::MembershipTab));
    QVERIFY(field<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("Active from")));
    QWidget *activeFrom = field<QWidget>(&dialog, "activeFrom");
    QVERIFY(dialog.focusWidget());
    QVERIFY(activeFrom->isAncestorOf(dialog.focusWidget()));
    QVERIFY(!MemberRepository(m_demo->connection()).findByNumber(MemberKind::Municipality, QStringLiteral("9997")));
}

void TestMembersPage::pickingFromTheOfficialListFillsTheFields()
{
    MemberDialog dialog(&m_demo->workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *search = field<QLineEdit>(&dialog, "catalogueSearch");
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("stavanger"));
    QCompleter *completer = search->completer();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);

    QCOMPARE(field<QLineEdit>(&dialog, "number")->text(), QStringLiteral("1103"));
    QCOMPARE(field<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Stavanger"));
    QCOMPARE(field<QLineEdit>(&dialog, "countyNumber")->text(), QStringLiteral("11"));
    QCOMPARE(field<QLineEdit>(&dialog, "countyName")->text(), QStringLiteral("Rogaland"));
    QCOMPARE(field<QSpinBox>(&dialog, "population")->value(), 149048);
    QCOMPARE(field<QLineEdit>(&dialog, "organisationNumber")->text(), QStringLiteral("964965226"));
    QCOMPARE(dialog.member().populationDate, QDate(2024, 1, 1));
    QCOMPARE(dialog.member().kind, MemberKind::Municipality);
    QVERIFY(dialog.isVisible());  // Enter in the list picks; it does not save

    // Manual entry stays possible after a pick.
    auto *name = field<QLineEdit>(&dialog, "name");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Stavanger kommune"));
    QCOMPARE(dialog.member().name, QStringLiteral("Stavanger kommune"));
}

void TestMembersPage::editsAnExistingMemberAndListsItsPeople()
{
    MemberRepository members(m_demo->connection());
    const QList<Member> all = members.all();
    auto withPeople = std::find_if(all.cbegin(), all.cend(), [&](const Member &m) { return members.hasHistory(m.id); });
    QVERIFY(withPeople != all.cend());
    const QList<Person> people = PersonRepository(m_demo->connection()).peopleOfMember(withPeople->id);
    QVERIFY(!people.isEmpty());

    MemberDialog dialog(&m_demo->workspace(), withPeople->id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Member – %1").arg(withPeople->name));
    QCOMPARE(field<QLineEdit>(&dialog, "name")->text(), withPeople->name);
    QCOMPARE(field<QLineEdit>(&dialog, "invoiceEmail")->text(), withPeople->invoiceEmail);
    QCOMPARE(dialog.tabs()->count(), 7);  // and its invoices and the events its people attended
    auto *table = field<QTableWidget>(&dialog, "people");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), people.size());
    QCOMPARE(table->item(0, 0)->text(), people.first().fullName());

    auto *buyerReference = field<QLineEdit>(&dialog, "buyerReference");
    buyerReference->clear();
    QTest::keyClicks(buyerReference, QStringLiteral("Ref 42"));
    clickSave(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(members.find(withPeople->id)->buyerReference, QStringLiteral("Ref 42"));
    QCOMPARE(members.find(withPeople->id)->name, withPeople->name);

    MemberDialog fresh(&m_demo->workspace());
    QCOMPARE(fresh.tabs()->count(), 4);  // a new member has no people yet
    QCOMPARE(fresh.windowTitle(), QStringLiteral("New member"));
}

// The postcode, town and electronic address stand apart, as EHF needs them; a
// wrong postcode or Peppol address is refused on the Invoicing tab.
void TestMembersPage::invoiceAddressIsTypedInItsParts()
{
    MemberRepository members(m_demo->connection());
    const Member before = members.all().first();
    MemberDialog dialog(&m_demo->workspace(), before.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(field<QLineEdit>(&dialog, "invoicePostalCode")->text(), before.invoicePostalCode);
    QCOMPARE(field<QLineEdit>(&dialog, "electronicAddress")->placeholderText(),
             QStringLiteral("0192:") + before.organisationNumber);

    QTest::mouseClick(dialog.tabs()->tabBar(), Qt::LeftButton, {},
                      dialog.tabs()->tabBar()->tabRect(MemberDialog::InvoicingTab).center());
    QCOMPARE(dialog.tabs()->currentIndex(), int(MemberDialog::InvoicingTab));
    auto retype = [](QLineEdit *edit, const QString &text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    };
    auto *postalCode = field<QLineEdit>(&dialog, "invoicePostalCode");
    retype(postalCode, QStringLiteral("401"));
    retype(field<QLineEdit>(&dialog, "invoiceCity"), QStringLiteral("Stavanger"));
    clickSave(&dialog);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.tabs()->currentIndex(), int(MemberDialog::InvoicingTab));
    QVERIFY(field<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("four digits")));
    QCOMPARE(members.find(before.id)->invoicePostalCode, before.invoicePostalCode);

    retype(postalCode, QStringLiteral("4068"));
    retype(field<QLineEdit>(&dialog, "electronicAddress"), QStringLiteral("0192:123"));
    clickSave(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(field<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("Electronic address")));

    retype(field<QLineEdit>(&dialog, "electronicAddress"), QStringLiteral("0192:964965226"));
    QTest::mouseClick(field<QCheckBox>(&dialog, "receivesEhf"), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(!field<QLineEdit>(&dialog, "electronicAddress")->isEnabled());
    TestUtils::grabTo(&dialog, QStringLiteral("member-dialog-invoicing.png"));
    clickSave(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Member after = *members.find(before.id);
    QCOMPARE(after.invoicePostalCode, QStringLiteral("4068"));
    QCOMPARE(after.invoiceCity, QStringLiteral("Stavanger"));
    QCOMPARE(after.electronicAddress, QStringLiteral("0192:964965226"));
    QCOMPARE(after.receivesEhf, !before.receivesEhf);
    QCOMPARE(after.invoiceAddress, before.invoiceAddress);
}

void TestMembersPage::searchFieldFiltersAsYouType()
{
    MembersPage page(&m_demo->workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModel *view = page.view()->model();
    const int total = view->rowCount();
    QCOMPARE(total, 40);
    const QString name = view->index(5, MembersModel::NameColumn).data().toString();
    QTest::keyClicks(page.searchField(), name.left(3));
    const int afterThree = view->rowCount();
    QTest::keyClicks(page.searchField(), name.mid(3));
    QVERIFY(view->rowCount() >= 1);
    QVERIFY(view->rowCount() < total);
    QVERIFY(view->rowCount() <= afterThree);
    for (int row = 0; row < view->rowCount(); ++row) {
        const QString text = view->index(row, 0).data(SearchTextRole).toString();
        QVERIFY2(text.contains(name.toCaseFolded()), qPrintable(text));
    }
    page.searchField()->clear();
    QCOMPARE(view->rowCount(), total);

    // Enter on the only hit opens it: a name no other row's text contains.
    QString unique;
    for (int row = 0; row < view->rowCount() && unique.isEmpty(); ++row) {
        const QString candidate = view->index(row, MembersModel::NameColumn).data().toString();
        int hits = 0;
        for (int other = 0; other < view->rowCount(); ++other)
            hits += view->index(other, 0).data(SearchTextRole).toString().contains(candidate.toCaseFolded()) ? 1 : 0;
        if (hits == 1)
            unique = candidate;
    }
    QVERIFY(!unique.isEmpty());
    QTest::keyClicks(page.searchField(), unique);
    QString opened;
    QTimer::singleShot(100, [&] {
        if (auto *card = qobject_cast<MemberDialog *>(QApplication::activeModalWidget())) {
            opened = card->member().name;
            card->reject();
        }
    });
    QCOMPARE(view->rowCount(), 1);
    QTest::keyClick(page.searchField(), Qt::Key_Return);
    QCOMPARE(opened, unique);
}

void TestMembersPage::statusKindAndMissingContactsFilters()
{
    MembersPage page(&m_demo->workspace());
    QAbstractItemModel *source = m_demo->workspace().membersModel();
    QAbstractItemModel *view = page.view()->model();
    const int total = view->rowCount();

    const int resigned = countInSource(source, MembersModel::StatusRole, int(MemberStatus::Resigned));
    QVERIFY(resigned > 0 && resigned < total);
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(MemberStatus::Resigned)));
    QCOMPARE(view->rowCount(), resigned);
    for (int row = 0; row < view->rowCount(); ++row)
        QCOMPARE(view->index(row, 0).data(MembersModel::StatusRole).toInt(), int(MemberStatus::Resigned));
    page.statusFilter()->setCurrentIndex(0);
    QCOMPARE(view->rowCount(), total);

    page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(int(MemberKind::County)));
    QCOMPARE(view->rowCount(), countInSource(source, MembersModel::KindRole, int(MemberKind::County)));
    QCOMPARE(view->rowCount(), 2);
    page.kindFilter()->setCurrentIndex(0);

    const int missing = countInSource(source, MembersModel::MissingContactsRole, true);
    QVERIFY(missing > 0 && missing < total);
    page.missingContactsFilter()->setChecked(true);
    QCOMPARE(view->rowCount(), missing);
    for (int row = 0; row < view->rowCount(); ++row)
        QVERIFY(view->index(row, 0).data(MembersModel::MissingContactsRole).toBool());

    // Filters combine: resigned members never need contacts.
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(MemberStatus::Resigned)));
    QCOMPARE(view->rowCount(), 0);
    page.missingContactsFilter()->setChecked(false);
    QCOMPARE(view->rowCount(), resigned);
}

void TestMembersPage::languageChangeKeepsTheFilters()
{
    MembersPage page(&m_demo->workspace());
    MemberDialog dialog(&m_demo->workspace());
    const int active = page.statusFilter()->findData(int(MemberStatus::Active));
    page.statusFilter()->setCurrentIndex(active);
    page.missingContactsFilter()->setChecked(true);
    const int rows = page.view()->model()->rowCount();
    QCOMPARE(page.statusFilter()->itemText(0), QStringLiteral("All statuses"));

    {
        // Marks every translated string, so the test does not depend on the .ts files.
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents();  // LanguageChange is posted
        QCOMPARE(page.statusFilter()->itemText(0), QStringLiteral("«All statuses»"));
        QCOMPARE(page.statusFilter()->itemText(active), QStringLiteral("«Active»"));
        QCOMPARE(page.missingContactsFilter()->text(), QStringLiteral("«Missing contacts only»"));
        QCOMPARE(page.statusFilter()->currentIndex(), active);
        QVERIFY(page.missingContactsFilter()->isChecked());
        QCOMPARE(page.view()->model()->rowCount(), rows);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("«New member»"));
        QCOMPARE(dialog.tabs()->tabText(MemberDialog::InvoicingTab), QStringLiteral("«Invoicing»"));
        auto *label = qobject_cast<QLabel *>(
            dialog.tabs()->widget(MemberDialog::MemberTab)->findChild<QFormLayout *>()->labelForField(
                field<QWidget>(&dialog, "organisationNumber")));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("«Organisation number:»"));
        QCOMPARE(field<QComboBox>(&dialog, "kind")->currentText(), QStringLiteral("«Municipality»"));
    }
    QCoreApplication::processEvents();
    QCOMPARE(page.statusFilter()->itemText(active), QStringLiteral("Active"));
    QCOMPARE(page.statusFilter()->currentIndex(), active);
}

void TestMembersPage::deletingAMemberWithPeopleIsRefused()
{
    MembersPage page(&m_demo->workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MemberRepository members(m_demo->connection());
    const QList<Member> all = members.all();
    auto withPeople = std::find_if(all.cbegin(), all.cend(), [&](const Member &m) { return members.hasHistory(m.id); });
    QVERIFY(withPeople != all.cend());
    QVERIFY(page.selectId(withPeople->id));
    const int before = page.view()->model()->rowCount();

    MessageBoxAnswerer answerer({QMessageBox::Yes, QMessageBox::Ok});
    page.deleteSelected();
    QCOMPARE(answerer.texts.size(), 2);
    QVERIFY2(answerer.texts.at(0).contains(withPeople->name), qPrintable(answerer.texts.at(0)));
    QCOMPARE(answerer.defaults.at(0), QMessageBox::No);
    QVERIFY2(answerer.texts.at(1).contains(QStringLiteral("cannot be deleted")), qPrintable(answerer.texts.at(1)));
    QCOMPARE(page.view()->model()->rowCount(), before);
    QVERIFY(members.find(withPeople->id));
}

void TestMembersPage::deletesAMemberWithoutHistory()
{
    MembersPage page(&m_demo->workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Member member;
    member.number = QStringLiteral("9996");
    member.name = QStringLiteral("Slettvik");
    MemberRepository members(m_demo->connection());
    const Outcome added = members.add(member);
    QVERIFY(added);
    m_demo->workspace().memberChanged(added.id());
    const int before = page.view()->model()->rowCount();
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("count"))->text().startsWith(QString::number(before) + u' '));
    QVERIFY(page.selectId(added.id()));

    {
        MessageBoxAnswerer answerer({QMessageBox::No});
        page.deleteSelected();
        QCOMPARE(answerer.texts.size(), 1);
    }
    QCOMPARE(page.view()->model()->rowCount(), before);

    MessageBoxAnswerer answerer({QMessageBox::Yes});
    page.deleteSelected();
    QCOMPARE(answerer.texts.size(), 1);
    QCOMPARE(page.view()->model()->rowCount(), before - 1);
    QVERIFY(!members.find(added.id()));
    // The count beside the search follows the delete.
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("count"))->text().startsWith(QString::number(before - 1) + u' '));
}

// A population of 0, a number not in the official list and a date of 1900 are
// asked about before saving (Cancel saves nothing); a council's decision
// without its date or case number is refused.
void TestMembersPage::unlikelyValuesAreAskedAboutAndADecisionNeedsItsRecord()
{
    MemberDialog dialog(&m_demo->workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(field<QLineEdit>(&dialog, "number"), QStringLiteral("9996"));
    QTest::keyClicks(field<QLineEdit>(&dialog, "name"), QStringLiteral("Tvilvik"));
    auto *status = field<QComboBox>(&dialog, "status");
    status->setCurrentIndex(status->findData(int(MemberStatus::Decided)));
    auto *decisionOn = dialog.findChild<OptionalDateEdit *>(QStringLiteral("decisionOn"));
    QCOMPARE(decisionOn->date(), QDate::currentDate());
    clickSave(&dialog);
    QVERIFY(field<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("case number")));
    QTest::keyClicks(field<QLineEdit>(&dialog, "decisionReference"), QStringLiteral("2026/123"));
    // The first contact typed as 1.1.1900.
    auto *firstContact = dialog.findChild<OptionalDateEdit *>(QStringLiteral("firstContactOn"));
    dialog.tabs()->setCurrentIndex(MemberDialog::MembershipTab);
    QTest::mouseClick(firstContact->checkBox(), Qt::LeftButton, {}, QPoint(4, firstContact->checkBox()->height() / 2));
    auto *typed = firstContact->dateEdit()->findChild<QLineEdit *>(QStringLiteral("dateText"));
    QTest::mouseClick(typed, Qt::LeftButton);
    QTest::qWait(1);
    QTest::keyClicks(typed, QStringLiteral("01.01.1900"));
    QTest::keyClick(typed, Qt::Key_Tab);
    QCOMPARE(firstContact->date(), QDate(1900, 1, 1));
    {
        MessageBoxAnswerer answerer({QMessageBox::Cancel});
        clickSave(&dialog);
        QCOMPARE(answerer.texts.size(), 1);
        const QString asked = answerer.texts.first();
        QVERIFY2(asked.contains(QStringLiteral("0 inhabitants")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("9996 is not a municipality")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("1900 is far from today")), qPrintable(asked));
        QCOMPARE(answerer.defaults.first(), QMessageBox::Cancel);
    }
    QVERIFY(dialog.isVisible());
    QVERIFY(!MemberRepository(m_demo->connection()).findByNumber(MemberKind::Municipality, QStringLiteral("9996")));
    MessageBoxAnswerer answerer({QMessageBox::Save});
    clickSave(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Member> saved
        = MemberRepository(m_demo->connection()).findByNumber(MemberKind::Municipality, QStringLiteral("9996"));
    QVERIFY(saved);
    QCOMPARE(saved->decisionOn, QDate::currentDate());
    QCOMPARE(saved->decisionReference, QStringLiteral("2026/123"));
}

// From a member's card a person opens with a double-click, a new person is
// added at the member, and an invoice opens on its card, where a payment is
// registered.
void TestMembersPage::memberCardLeadsToItsPeopleAndInvoices()
{
    const QSqlDatabase database = m_demo->connection();
    QVERIFY(TestUtils::issue2025Once(database));
    PersonRepository people(database);
    Invoice invoice;
    for (const Invoice &candidate : InvoiceRepository(database).invoicesOfYear(2025)) {
        if (!people.peopleOfMember(candidate.memberId).isEmpty()) {
            invoice = candidate;
            break;
        }
    }
    const qint64 memberId = invoice.memberId;
    const int peopleBefore = int(people.peopleOfMember(memberId).size());
    QVERIFY(peopleBefore > 0);

    MemberDialog dialog(&m_demo->workspace(), memberId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(MemberDialog::PeopleTab);
    auto *table = field<QTableWidget>(&dialog, "people");
    {
        QString opened;
        TestUtils::ModalScript script({{"Sekretariat::PersonDialog", [&opened](QWidget *person) {
                                            opened = person->findChild<QLineEdit *>(QStringLiteral("lastName"))->text();
                                            QTest::keyClick(person, Qt::Key_Escape);
                                        }}});
        const QRect cell = table->visualItemRect(table->item(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(script.done());
        QTRY_VERIFY(!opened.isEmpty());
        QVERIFY(table->item(0, 0)->text().contains(opened));
    }
    {
        qint64 preset = -1;
        TestUtils::ModalScript script({{"Sekretariat::PersonDialog", [&preset](QWidget *person) {
                                            preset = person->findChild<QComboBox *>(QStringLiteral("member"))->currentData().toLongLong();
                                            QTest::keyClicks(person->findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Nina"));
                                            QTest::keyClicks(person->findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Nykommer"));
                                            clickSave(qobject_cast<QDialog *>(person));
                                        }}});
        QTest::mouseClick(field<QPushButton>(&dialog, "addPerson"), Qt::LeftButton);
        QTRY_VERIFY(script.done());
        QCOMPARE(preset, memberId);
        QTRY_COMPARE(table->rowCount(), peopleBefore + 1);
        TestUtils::grabTo(&dialog, QStringLiteral("member-card-people.png"));
        QCOMPARE(int(people.peopleOfMember(memberId).size()), peopleBefore + 1);
    }
    dialog.tabs()->setCurrentIndex(MemberDialog::InvoicesTab);
    auto *invoices = dialog.findChild<QWidget *>(QStringLiteral("memberAccount"))->findChild<QTableWidget *>();
    QVERIFY(invoices && invoices->rowCount() > 0);
    {
        QString cardText;
        TestUtils::ModalScript script(
            {{"Sekretariat::InvoiceCardDialog", [](QWidget *card) {
                  QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("cardPayment")), Qt::LeftButton);
              }},
             {"Sekretariat::InvoiceAmountDialog", [](QWidget *payment) {
                  auto *amount = payment->findChild<QLineEdit *>(QStringLiteral("amount"));
                  amount->selectAll();
                  QTest::keyClicks(amount, QStringLiteral("1000"));
                  QTest::mouseClick(payment->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
              }},
             {"Sekretariat::InvoiceCardDialog", [&cardText](QWidget *card) {
                  cardText = qobject_cast<InvoiceCardDialog *>(card)->text();
                  TestUtils::grabTo(card, QStringLiteral("invoice-card.png"));
                  QTest::keyClick(card, Qt::Key_Escape);
              }}});
        const QRect cell = invoices->visualItemRect(invoices->item(0, 0));
        QTest::mouseClick(invoices->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(invoices->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(script.done());
        QTRY_VERIFY(!cardText.isEmpty());
    }
    QCOMPARE(InvoiceRepository(database).find(invoice.id)->paid, Money::fromKroner(1000));
    dialog.reject();
}

void TestMembersPage::importsPopulationFromTheMenu()
{
    const QString path = m_demo->filePath(QStringLiteral("07459.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // As the Statbank writes it: ISO-8859-1, a title line, ages in rows; a
        // figure for a municipality that is not a member and one for no municipality.
        file.write(QStringLiteral("\"07459: Befolkning, etter region, alder, statistikkvariabel og år\"\r\n\r\n"
                                  "\"region\";\"alder\";\"Personer 2025\"\r\n"
                                  "\"K-1871 Andøy\";\"0 år\";100\r\n\"K-1871 Andøy\";\"1 år\";4500\r\n"
                                  "\"K-0301 Oslo\";\"0 år\";720000\r\n\"K-9998 Nowhere\";\"0 år\";5\r\n")
                       .toLatin1());
    }
    MembersPage page(&m_demo->workspace());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.pageActions().contains(page.importPopulationAction()));

    QStringList andoy;
    QStringList unmatched;
    QString summary;
    QString button;
    TestUtils::FileDialogAnswerer files(path);
    TestUtils::ModalScript script({{"Sekretariat::PopulationImportDialog", [&](QWidget *widget) {
        auto *dialog = static_cast<PopulationImportDialog *>(widget);
        QTableWidget *table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() != u"1871")
                continue;
            for (int column = 0; column < table->columnCount(); ++column)
                andoy.append(table->item(row, column)->text());
        }
        for (int row = 0; row < dialog->unmatched()->count(); ++row)
            unmatched.append(dialog->unmatched()->item(row)->text());
        summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
        TestUtils::grabTo(dialog, QStringLiteral("population-import-dialog-%1.png").arg(QLocale().name()));
        QPushButton *update = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        button = update->text();
        QTest::mouseClick(update, Qt::LeftButton);
    }}});
    page.importPopulationAction()->trigger();
    QVERIFY(script.done());
    QVERIFY2(andoy.size() == 11, qPrintable(andoy.join(u'|')));
    QCOMPARE(andoy.at(2), QLocale().toString(4553));
    QCOMPARE(andoy.at(4), QLocale().toString(4600));
    QCOMPARE(andoy.at(6), QStringLiteral("+47"));
    QCOMPARE(andoy.at(9), PopulationImportPlanner::resultLabel(PopulationChange::Result::Update));
    QCOMPARE(unmatched.size(), 1);
    QVERIFY2(unmatched.first().startsWith(u"9998 Nowhere"), qPrintable(unmatched.first()));
    QVERIFY2(summary.contains(u"1 member"), qPrintable(summary));
    QVERIFY2(button.startsWith(u"&Update 1 Member"), qPrintable(button));

    // The list shows the new figure, the history keeps the old one.
    const int row = page.view()->model()->match(page.view()->model()->index(0, MembersModel::NumberColumn), Qt::DisplayRole,
                                                QStringLiteral("1871"), 1, Qt::MatchExactly).value(0).row();
    QCOMPARE(page.view()->model()->index(row, MembersModel::PopulationColumn).data().toString(), QLocale().toString(4600));
    const qint64 id = page.view()->model()->index(row, 0).data(IdRole).toLongLong();
    QCOMPARE(m_demo->workspace().populations().history(id).size(), 2);
    // The member card shows the new figure, and the earlier one under it.
    MemberDialog card(&m_demo->workspace(), id);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QCOMPARE(field<QSpinBox>(&card, "population")->value(), 4600);
    QLabel *earlier = field<QLabel>(&card, "populationHistory");
    QVERIFY(earlier->isVisible());
    QVERIFY2(earlier->text().contains(QLocale().toString(4553))
                 && earlier->text().contains(QLocale().toString(QDate(2024, 1, 1), QLocale::ShortFormat)),
             qPrintable(earlier->text()));
    TestUtils::grabTo(&card, QStringLiteral("member-card-population-history.png"));
    // A member the file did not change has no earlier figure to show.
    const std::optional<Member> beiarn =
        m_demo->workspace().members().findByNumber(MemberKind::Municipality, QStringLiteral("1839"));
    QVERIFY(beiarn);
    MemberDialog unchanged(&m_demo->workspace(), beiarn->id);
    unchanged.show();
    QVERIFY(QTest::qWaitForWindowExposed(&unchanged));
    QVERIFY(!field<QLabel>(&unchanged, "populationHistory")->isVisible());
}

void TestMembersPage::savesAMembersPeopleAsContactCards()
{
    std::optional<Member> chosen;
    QList<Person> people;
    for (const Member &member : MemberRepository(m_demo->connection()).all()) {
        people = PersonRepository(m_demo->connection()).peopleOfMember(member.id);
        if (people.size() > 1) {
            chosen = member;
            break;
        }
    }
    QVERIFY(chosen);
    MemberDialog dialog(&m_demo->workspace(), chosen->id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(MemberDialog::PeopleTab);
    const QString path = m_demo->filePath(QStringLiteral("member.vcf"));
    TestUtils::FileDialogAnswerer answerer(path);
    QTest::mouseClick(field<QPushButton>(&dialog, "saveContacts"), Qt::LeftButton);
    QVERIFY(answerer.answered);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray cards = file.readAll();
    QCOMPARE(cards.count("BEGIN:VCARD\r\n"), people.size());
    for (const Person &person : people)
        QVERIFY2(cards.contains(QStringLiteral("FN:%1").arg(person.fullName()).toUtf8()), qPrintable(person.fullName()));
    QVERIFY(cards.contains(QStringLiteral("ORG:%1").arg(chosen->name).toUtf8()));
}

void TestMembersPage::savingOverSomeoneElsesChangeIsAConsciousChoice()
{
    MemberRepository members(m_demo->connection());
    const Member before = members.all().at(2);
    MemberDialog dialog(&m_demo->workspace(), before.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Member theirs = before;
    theirs.notes = QStringLiteral("Ny kontaktperson fra 1. mars");
    QVERIFY(members.update(theirs));
    auto *website = dialog.findChild<QLineEdit *>(QStringLiteral("website"));
    website->setFocus();
    QTest::keyClick(website, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(website, QStringLiteral("https://example.kommune.no"));
    QString shown;
    // A doubt about the member (asked before saving) is answered Save; the conflict, Save Mine.
    const auto answer = [&shown](QWidget *widget) {
        auto *box = static_cast<QMessageBox *>(widget);
        if (box->objectName() != u"conflictQuestion") {
            QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
            return;
        }
        shown = box->informativeText();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("overwrite")), Qt::LeftButton);
    };
    TestUtils::ModalScript overwrite({{"QMessageBox", answer}, {"QMessageBox", answer}});
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("Notes: (empty) → Ny kontaktperson fra 1. mars"))
                 || shown.contains(QStringLiteral("→ Ny kontaktperson fra 1. mars")),
             qPrintable(shown));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // Saved over theirs, as chosen: the form's notes (the old ones) and its website.
    const Member after = *members.find(before.id);
    QCOMPARE(after.website, QStringLiteral("https://example.kommune.no"));
    QCOMPARE(after.notes, before.notes);
}

void TestMembersPage::screenshots()
{
    if (qEnvironmentVariableIsEmpty("SEKRETARIAT_SCREENSHOTS"))
        QSKIP("Set SEKRETARIAT_SCREENSHOTS to a folder to write screenshots.");
    const QString folder = qEnvironmentVariable("SEKRETARIAT_SCREENSHOTS");
    QVERIFY(QDir().mkpath(folder));
    MemberRepository members(m_demo->connection());
    const QList<Member> all = members.all();
    auto withPeople = std::find_if(all.cbegin(), all.cend(), [&](const Member &m) {
        return members.hasHistory(m.id) && m.status == MemberStatus::Active;
    });
    QVERIFY(withPeople != all.cend());

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        MembersPage page(&m_demo->workspace());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.grab().save(folder + QStringLiteral("/members-page-%1.png").arg(language)));

        MemberDialog dialog(&m_demo->workspace(), withPeople->id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            QVERIFY(dialog.grab().save(folder + QStringLiteral("/members-dialog-%1-%2.png").arg(language).arg(tab)));
        }
        MemberDialog fresh(&m_demo->workspace());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QTest::keyClicks(field<QLineEdit>(&fresh, "organisationNumber"), QStringLiteral("988077918"));
        clickSave(&fresh);
        QVERIFY(fresh.grab().save(folder + QStringLiteral("/members-dialog-%1-error.png").arg(language)));

        // Statistics Norway's own 2020 file: Halden and others renumbered since.
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"),
                                            QStringLiteral(SEKRETARIAT_SHARED_DIR "/samples/ssb/csdata-Personer2024.csv.gz")});
        QVERIFY(gzip.waitForFinished(30000));
        const QString population = m_demo->filePath(QStringLiteral("07459-2024.csv"));
        QFile file(population);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(gzip.readAllStandardOutput().replace("Persons 2024", "Persons 2025"));
        file.close();
        PopulationImportDialog import(&m_demo->workspace(), population);
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        QVERIFY(import.grab().save(folder + QStringLiteral("/population-import-%1.png").arg(language)));
    }
}

QTEST_MAIN(TestMembersPage)
#include "tst_memberspage.moc"
