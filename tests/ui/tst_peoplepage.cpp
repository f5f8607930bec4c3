// The people register as a user meets it: add a person with a role through the
// form, refuse a bad e-mail, search, filter partners, copy addresses, delete.
#include "common/modelroles.h"
#include "i18n/languagemanager.h"
#include "common/conflictquestion.h"
#include "people/peoplemodel.h"
#include "people/peoplepage.h"
#include "people/persondialog.h"
#include "people/personrepository.h"
#include "people/roledialog.h"
#include "members/memberrepository.h"
#include "filedialoganswerer.h"
#include "testutils.h"
#include "messageboxanswerer.h"
#include "modalscript.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QFile>
#include <QTest>
#include <QTimer>

using namespace Sekretariat;

class TestPeoplePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsAPersonWithARoleThroughTheForm();
    void refusesAnInvalidEmailAndWritesNothing();
    void searchFiltersAsYouType();
    void partnerFilterShowsPeopleWithoutMember();
    void roleFilterShowsCurrentRoleHolders();
    void copiesTheShownEmailAddresses();
    void savesTheSelectedPeopleAsContactCards();
    void deletesAfterConfirmation();
    void closingAChangedFormAsksFirst();
    void aRoleFromLongAgoIsAskedAbout();
    void theSameEmailOffersThePersonRegistered();
    void theSameNameAtTheSameMemberOffersThePersonRegistered();
    void aChangeBySomeoneElseIsShownBeforeItIsOverwritten();
    void screenshots();

private:
    int peopleInDatabase();
    void answerNextMessageBox(QMessageBox::StandardButton button);

    std::unique_ptr<TestUtils::TemporaryWorkspace> m_demo;
    LanguageManager m_languages;
};

void TestPeoplePage::initTestCase()
{
    m_languages.setLanguage(QStringLiteral("en"));
    m_demo = std::make_unique<TestUtils::TemporaryWorkspace>();
    QVERIFY(m_demo->isOpen());
    QVERIFY(m_demo->fillWithDemo());
}

int TestPeoplePage::peopleInDatabase()
{
    QSqlQuery query(m_demo->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM people")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestPeoplePage::answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, this, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

void TestPeoplePage::addsAPersonWithARoleThroughTheForm()
{
    Workspace &workspace = m_demo->workspace();
    const Member member = MemberRepository(m_demo->connection()).all().first();
    PersonDialog dialog(&workspace);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Kari"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Nordmann"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("kari@example.no"));
    auto *memberBox = dialog.findChild<QComboBox *>(QStringLiteral("member"));
    memberBox->setCurrentIndex(memberBox->findData(member.id));
    Role role;
    role.type = RoleType::PoliticalContact;
    role.memberId = member.id;
    role.validFrom = QDate(2024, 1, 1);
    dialog.addRole(role);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const std::optional<Person> saved = PersonRepository(m_demo->connection()).find(dialog.personId());
    QVERIFY(saved);
    QCOMPARE(saved->fullName(), QStringLiteral("Kari Nordmann"));
    QCOMPARE(saved->memberId, member.id);
    QCOMPARE(saved->roles.size(), 1);
    QCOMPARE(saved->roles.first().type, RoleType::PoliticalContact);

    PeoplePage page(&workspace);
    workspace.personChanged(dialog.personId());
    QTest::keyClicks(page.searchField(), QStringLiteral("Nordmann"));
    QCOMPARE(page.view()->model()->rowCount(), 1);
    QCOMPARE(page.view()->model()->index(0, PeopleModel::RolesColumn).data().toString(),
             QStringLiteral("Political contact"));
}

void TestPeoplePage::refusesAnInvalidEmailAndWritesNothing()
{
    const int before = peopleInDatabase();
    PersonDialog dialog(&m_demo->workspace());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Ola"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("kari@"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("E-mail")), qPrintable(error->text()));
    QCOMPARE(peopleInDatabase(), before);
}

void TestPeoplePage::searchFiltersAsYouType()
{
    PeoplePage page(&m_demo->workspace());
    const int all = page.view()->model()->rowCount();
    QVERIFY(all > 80);
    QTest::keyClicks(page.searchField(), QStringLiteral("folkehelse"));
    const int shown = page.view()->model()->rowCount();
    QVERIFY(shown > 0 && shown < all);
    for (int row = 0; row < shown; ++row)
        QVERIFY(page.view()->model()->index(row, 0).data(SearchTextRole).toString().contains(QStringLiteral("folkehelse")));
    QTest::keyClicks(page.searchField(), QStringLiteral(" zzzz"));
    QCOMPARE(page.view()->model()->rowCount(), 0);
}

void TestPeoplePage::partnerFilterShowsPeopleWithoutMember()
{
    PeoplePage page(&m_demo->workspace());
    page.affiliationFilter()->setCurrentIndex(2);
    const int partners = page.view()->model()->rowCount();
    QCOMPARE(partners, 5);
    for (int row = 0; row < partners; ++row)
        QCOMPARE(page.view()->model()->index(row, 0).data(PeopleModel::MemberIdRole).toLongLong(), 0);
}

void TestPeoplePage::roleFilterShowsCurrentRoleHolders()
{
    PeoplePage page(&m_demo->workspace());
    page.roleFilter()->setCurrentIndex(page.roleFilter()->findData(QStringLiteral("administrative_contact")));
    const int shown = page.view()->model()->rowCount();
    QVERIFY(shown > 10);
    for (int row = 0; row < shown; ++row) {
        QVERIFY(page.view()->model()->index(row, PeopleModel::RolesColumn).data().toString().contains(
            QStringLiteral("Administrative contact")));
    }
}

void TestPeoplePage::copiesTheShownEmailAddresses()
{
    PeoplePage page(&m_demo->workspace());
    page.affiliationFilter()->setCurrentIndex(2);
    const QStringList addresses = page.emailAddressesForCopy().split(QStringLiteral("; "));
    QCOMPARE(addresses.size(), 5);
    for (const QString &address : addresses)
        QVERIFY2(address.endsWith(QStringLiteral("@partner.example")), qPrintable(address));
    page.view()->selectRow(0);
    QCOMPARE(page.emailAddressesForCopy(), page.view()->model()->index(0, PeopleModel::EmailColumn).data().toString());
}

void TestPeoplePage::savesTheSelectedPeopleAsContactCards()
{
    PeoplePage page(&m_demo->workspace());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.searchField(), QStringLiteral("kommune.no"));
    QTableView *view = page.view();
    QVERIFY(view->model()->rowCount() > 3);
    // Two people picked with the mouse, the second with Ctrl held.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(view->model()->index(2, 0)).center());
    QCOMPARE(page.peopleForContacts().size(), 2);
    QVERIFY(page.pageActions().contains(page.exportContactsAction()));
    const QString path = m_demo->filePath(QStringLiteral("two.vcf"));
    TestUtils::FileDialogAnswerer answerer(path);
    page.exportContactsAction()->trigger();
    QVERIFY(answerer.answered);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray cards = file.readAll();
    QCOMPARE(cards.count("BEGIN:VCARD\r\n"), 2);
    const QString email = view->model()->index(2, PeopleModel::EmailColumn).data().toString();
    QVERIFY2(cards.contains("EMAIL;TYPE=work:" + email.toUtf8()), cards.constData());
}

void TestPeoplePage::deletesAfterConfirmation()
{
    PeoplePage page(&m_demo->workspace());
    page.affiliationFilter()->setCurrentIndex(2);
    page.view()->selectRow(0);
    const qint64 id = page.currentId();
    QVERIFY(id > 0);
    const int before = peopleInDatabase();

    answerNextMessageBox(QMessageBox::No);
    page.deleteSelected();
    QCOMPARE(peopleInDatabase(), before);

    answerNextMessageBox(QMessageBox::Yes);
    page.deleteSelected();
    QCOMPARE(peopleInDatabase(), before - 1);
    QVERIFY(!PersonRepository(m_demo->connection()).find(id));
    QCOMPARE(page.view()->model()->rowCount(), 4);
}

// Escape, Cancel or closing the window after typing asks: Cancel goes back to
// the form with what was typed, Discard closes without a word written, Save
// saves. A form left as it was closes without a question.
void TestPeoplePage::closingAChangedFormAsksFirst()
{
    const int before = peopleInDatabase();
    {
        PersonDialog untouched(&m_demo->workspace());
        untouched.show();
        QVERIFY(QTest::qWaitForWindowExposed(&untouched));
        QTest::keyClick(&untouched, Qt::Key_Escape);
        QVERIFY(!untouched.isVisible());
        QCOMPARE(untouched.result(), int(QDialog::Rejected));
    }
    PersonDialog dialog(&m_demo->workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *lastName = dialog.findChild<QLineEdit *>(QStringLiteral("lastName"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Ola"));
    QTest::keyClicks(lastName, QStringLiteral("Uferdig"));
    {
        TestUtils::MessageBoxAnswerer answerer({QMessageBox::Cancel});
        QTest::keyClick(lastName, Qt::Key_Escape);
        QCOMPARE(answerer.texts.size(), 1);
        QVERIFY(answerer.texts.first().contains(QStringLiteral("Save the changes")));
        QCOMPARE(answerer.defaults.first(), QMessageBox::Save);
    }
    QVERIFY(dialog.isVisible());
    QCOMPARE(lastName->text(), QStringLiteral("Uferdig"));
    {
        TestUtils::MessageBoxAnswerer answerer({QMessageBox::Discard});
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(answerer.texts.size(), 1);
    }
    QVERIFY(!dialog.isVisible());
    QCOMPARE(peopleInDatabase(), before);

    PersonDialog saving(&m_demo->workspace());
    saving.show();
    QVERIFY(QTest::qWaitForWindowExposed(&saving));
    QTest::keyClicks(saving.findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("Ola"));
    QTest::keyClicks(saving.findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Lagret"));
    {
        TestUtils::MessageBoxAnswerer answerer({QMessageBox::Save});
        saving.close();
        QCOMPARE(answerer.texts.size(), 1);
    }
    QCOMPARE(saving.result(), int(QDialog::Accepted));
    QCOMPARE(peopleInDatabase(), before + 1);
    QCOMPARE(PersonRepository(m_demo->connection()).find(saving.personId())->lastName, QStringLiteral("Lagret"));
}

// A role typed as beginning in 1900 is asked about; Cancel keeps the form open.
void TestPeoplePage::aRoleFromLongAgoIsAskedAbout()
{
    const Member member = MemberRepository(m_demo->connection()).all().first();
    Role role;
    role.memberId = member.id;
    RoleDialog dialog({{member.id, member.name}}, role);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *from = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>(QStringLiteral("dateText"))) {
        if (dialog.findChild<QWidget *>(QStringLiteral("validFrom"))->isAncestorOf(edit))
            from = edit;
    }
    QVERIFY(from);
    if (!from->isEnabled()) {  // an optional date: its box first
        auto *box = dialog.findChild<QWidget *>(QStringLiteral("validFrom"))->findChild<QCheckBox *>();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    }
    QTest::mouseClick(from, Qt::LeftButton);
    QTest::qWait(1);
    QTest::keyClicks(from, QStringLiteral("01.01.1900"));
    QTest::keyClick(from, Qt::Key_Tab);
    {
        TestUtils::MessageBoxAnswerer answerer({QMessageBox::Cancel});
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(answerer.texts.size(), 1);
        QVERIFY2(answerer.texts.first().contains(QStringLiteral("1900 is far from today")), qPrintable(answerer.texts.first()));
    }
    QVERIFY(dialog.isVisible());
    TestUtils::MessageBoxAnswerer answerer({QMessageBox::Save});
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.role().validFrom, QDate(1900, 1, 1));
}

void TestPeoplePage::theSameEmailOffersThePersonRegistered()
{
    PersonRepository people(m_demo->connection());
    const QList<Person> everyone = people.possibleDuplicates(Person());
    QVERIFY(everyone.isEmpty());  // nothing to compare with, nothing found
    Person registered;
    registered.firstName = QStringLiteral("Randi");
    registered.lastName = QStringLiteral("Registrert");
    registered.email = QStringLiteral("randi.registrert@example.no");
    const Outcome added = people.add(registered);
    QVERIFY(added);
    const int before = peopleInDatabase();

    PersonDialog dialog(&m_demo->workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("R."));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Registrert"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("Randi.Registrert@example.no"));
    QString asked;
    QTimer::singleShot(50, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("Open Registered Person"))
                button->click();
        }
    });
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("Randi Registrert (randi.registrert@example.no)")), qPrintable(asked));
    // The dialog now shows the person registered, and nothing was added.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.personId(), added.id());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("firstName"))->text(), QStringLiteral("Randi"));
    QCOMPARE(peopleInDatabase(), before);
    QTest::keyClick(&dialog, Qt::Key_Escape);  // unchanged: no question
    QVERIFY(!dialog.isVisible());
}

void TestPeoplePage::theSameNameAtTheSameMemberOffersThePersonRegistered()
{
    PersonRepository people(m_demo->connection());
    const Member member = MemberRepository(m_demo->connection()).all().first();
    Person registered;
    registered.firstName = QStringLiteral("Siv");
    registered.lastName = QStringLiteral("Samme");
    registered.memberId = member.id;
    QVERIFY(people.add(registered));
    const int before = peopleInDatabase();

    PersonDialog dialog(&m_demo->workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstName")), QStringLiteral("siv"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("samme"));
    auto *memberBox = dialog.findChild<QComboBox *>(QStringLiteral("member"));
    memberBox->setFocus();
    memberBox->setCurrentIndex(memberBox->findData(member.id));
    QString asked;
    QTimer::singleShot(50, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("Save as Another Person"))
                button->click();
        }
    });
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(asked.contains(member.name), qPrintable(asked));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(peopleInDatabase(), before + 1);
}

void TestPeoplePage::aChangeBySomeoneElseIsShownBeforeItIsOverwritten()
{
    PersonRepository people(m_demo->connection());
    const qint64 id = m_demo->workspace().peopleModel()->index(3, 0).data(IdRole).toLongLong();
    const Person before = *people.find(id);
    PersonDialog dialog(&m_demo->workspace(), id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Someone else saves a new phone number while the form is open.
    Person theirs = before;
    theirs.phone = QStringLiteral("99 88 77 66");
    QVERIFY(people.update(theirs));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
    title->setFocus();
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" (fung.)"));
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);

    // Back to the form: nothing written.
    QString shown;
    TestUtils::ModalScript back({{"QMessageBox", [&shown](QWidget *box) {
                                      shown = static_cast<QMessageBox *>(box)->text() + u'\n'
                                          + static_cast<QMessageBox *>(box)->informativeText();
                                      QTest::keyClick(box, Qt::Key_Return);  // the default: back
                                  }}});
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(back.done());
    QVERIFY2(shown.contains(QStringLiteral("was changed by someone else")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Phone: %1 → 99 88 77 66").arg(before.phone.isEmpty() ? QStringLiteral("(empty)")
                                                                                                  : before.phone)),
             qPrintable(shown));
    QVERIFY(dialog.isVisible());
    QCOMPARE(people.find(id)->title, before.title);

    // Their version taken: the form shows it, and the title typed is gone.
    TestUtils::ModalScript reload({{"QMessageBox", [](QWidget *box) {
                                        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("reload")),
                                                          Qt::LeftButton);
                                    }}});
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(reload.done());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("phone"))->text(), QStringLiteral("99 88 77 66"));
    QCOMPARE(title->text(), before.title);

    // Now it saves over what it shows.
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" (fung.)"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Person after = *people.find(id);
    QCOMPARE(after.phone, QStringLiteral("99 88 77 66"));
    QCOMPARE(after.title, before.title + QStringLiteral(" (fung.)"));
}

void TestPeoplePage::screenshots()
{
    const QString folder = qEnvironmentVariable("SEKRETARIAT_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set SEKRETARIAT_SCREENSHOTS to a folder to write screenshots.");
    const qint64 someone = m_demo->workspace().peopleModel()->index(0, 0).data(IdRole).toLongLong();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        m_languages.setLanguage(language);
        PersonDialog dialog(&m_demo->workspace(), someone);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/people-dialog-%1.png").arg(language)));
        const Person person = *PersonRepository(m_demo->connection()).find(someone);
        RoleDialog roleDialog({{person.memberId, QStringLiteral("Enebakk (3220)")}}, person.roles.value(0));
        roleDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&roleDialog));
        QVERIFY(roleDialog.grab().save(folder + QStringLiteral("/people-role-%1.png").arg(language)));
        TestUtils::ModalScript grab({{"QMessageBox", [folder, language](QWidget *box) {
                                          box->grab().save(folder + QStringLiteral("/conflict-question-%1.png").arg(language));
                                          QTest::keyClick(box, Qt::Key_Escape);
                                      }}});
        ConflictQuestion::ask(&dialog, QCoreApplication::translate("PersonRepository", "%1 was changed by someone else after you opened them.").arg(person.fullName()),
                              {QStringLiteral("Phone: 22 22 22 22 → 99 88 77 66"),
                               QStringLiteral("Roles: changed")});
        QVERIFY(grab.done());
    }
    m_languages.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
