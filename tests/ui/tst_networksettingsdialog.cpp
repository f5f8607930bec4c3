// The network's own data: saved when valid, refused with a message naming the
// field when the bank account or organisation number fails its check digit.
#include "i18n/languagemanager.h"
#include "settings/networksettingsdialog.h"
#include "settings/networksettingsrepository.h"
#include "testutils.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Sekretariat;

class TestNetworkSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesValidSettings();
    void refusesAnAccountNumberWithAWrongCheckDigit();
    void refusesAnInvalidOrganisationNumber();
    void refusesAnIbanThatIsNotTheAccounts_data();
    void refusesAnIbanThatIsNotTheAccounts();
    void screenshots();

private:
    void replaceText(NetworkSettingsDialog &dialog, const char *field, const QString &text);
    void clickSave(NetworkSettingsDialog &dialog);

    std::unique_ptr<TestUtils::TemporaryWorkspace> m_workspace;
    LanguageManager m_languages;
};

void TestNetworkSettingsDialog::initTestCase()
{
    m_languages.setLanguage(QStringLiteral("en"));
    m_workspace = std::make_unique<TestUtils::TemporaryWorkspace>();
    QVERIFY(m_workspace->isOpen());
    QVERIFY(m_workspace->fillWithDemo());
}

void TestNetworkSettingsDialog::replaceText(NetworkSettingsDialog &dialog, const char *field, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestNetworkSettingsDialog::clickSave(NetworkSettingsDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void TestNetworkSettingsDialog::savesValidSettings()
{
    NetworkSettingsDialog dialog(&m_workspace->workspace());
    dialog.show();
    replaceText(dialog, "name", QStringLiteral("Sund By Netværk"));
    replaceText(dialog, "bankAccount", QStringLiteral("1234 56 78903"));
    // As a bank prints them: in groups, the BIC in lower case.
    replaceText(dialog, "iban", QStringLiteral("NO71 1234 5678 903"));
    replaceText(dialog, "bic", QStringLiteral("dnbanokk"));
    replaceText(dialog, "ourReference", QStringLiteral("Kari Nordmann"));
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const NetworkSettings saved = NetworkSettingsRepository(m_workspace->connection()).load();
    QCOMPARE(saved.name, QStringLiteral("Sund By Netværk"));
    QCOMPARE(saved.bankAccount, QStringLiteral("12345678903"));
    QCOMPARE(saved.iban, QStringLiteral("NO7112345678903"));
    QCOMPARE(saved.bic, QStringLiteral("DNBANOKK"));
    QCOMPARE(saved.ourReference, QStringLiteral("Kari Nordmann"));
}

void TestNetworkSettingsDialog::refusesAnAccountNumberWithAWrongCheckDigit()
{
    const NetworkSettings before = NetworkSettingsRepository(m_workspace->connection()).load();
    NetworkSettingsDialog dialog(&m_workspace->workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    replaceText(dialog, "name", QStringLiteral("Changed name"));
    replaceText(dialog, "bankAccount", QStringLiteral("86011117948"));
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Bank account")), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(QStringLiteral("bankAccount")));
    const NetworkSettings after = NetworkSettingsRepository(m_workspace->connection()).load();
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.bankAccount, before.bankAccount);
}

void TestNetworkSettingsDialog::refusesAnInvalidOrganisationNumber()
{
    NetworkSettingsDialog dialog(&m_workspace->workspace());
    dialog.show();
    replaceText(dialog, "organisationNumber", QStringLiteral("988077918"));
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->text().startsWith(QStringLiteral("Organisation number")));
}

void TestNetworkSettingsDialog::refusesAnIbanThatIsNotTheAccounts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("check digits") << QStringLiteral("iban") << QStringLiteral("NO72 1234 5678 903") << QStringLiteral("IBAN: ");
    QTest::newRow("too short") << QStringLiteral("iban") << QStringLiteral("NO71 1234") << QStringLiteral("IBAN: ");
    // Valid (the demo's), but of another account than the one above it.
    QTest::newRow("another account") << QStringLiteral("iban") << QStringLiteral("NO9386011117947")
                                     << QStringLiteral("is not the IBAN of the bank account");
    QTest::newRow("BIC") << QStringLiteral("bic") << QStringLiteral("DNB1NOKK") << QStringLiteral("BIC: ");
}

void TestNetworkSettingsDialog::refusesAnIbanThatIsNotTheAccounts()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const NetworkSettings before = NetworkSettingsRepository(m_workspace->connection()).load();
    NetworkSettingsDialog dialog(&m_workspace->workspace());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    replaceText(dialog, "bankAccount", QStringLiteral("12345678903"));
    replaceText(dialog, qPrintable(field), text);
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(field));
    const NetworkSettings after = NetworkSettingsRepository(m_workspace->connection()).load();
    QCOMPARE(after.iban, before.iban);
    QCOMPARE(after.bic, before.bic);
}

void TestNetworkSettingsDialog::screenshots()
{
    const QByteArray directory = qgetenv("SEKRETARIAT_SCREENSHOTS");
    if (directory.isEmpty())
        QSKIP("Set SEKRETARIAT_SCREENSHOTS to a folder to write screenshots.");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        m_languages.setLanguage(language);
        NetworkSettingsDialog dialog(&m_workspace->workspace());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QString::fromLocal8Bit(directory)
                                   + QStringLiteral("/settings-%1.png").arg(language)));
    }
    m_languages.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestNetworkSettingsDialog)
#include "tst_networksettingsdialog.moc"
