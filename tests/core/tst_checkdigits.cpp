// The check digits of Norwegian numbers, against the published examples.
#include "common/checkdigits.h"
#include "common/emailaddress.h"

#include <QTest>

using namespace Sekretariat;

class TestCheckDigits : public QObject
{
    Q_OBJECT

private slots:
    void iban_data();
    void iban();
    void bic_data();
    void bic();
    void organisationNumber_data();
    void organisationNumber();
    void accountNumber_data();
    void accountNumber();
    void kidMod10_data();
    void kidMod10();
    void kidMod11_data();
    void kidMod11();
    void kidValidity_data();
    void kidValidity();
    void normalizedDropsSpacesAndDots();
    void emailAddress_data();
    void emailAddress();
};

void TestCheckDigits::organisationNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("988077917") << QStringLiteral("988077917") << true;
    QTest::newRow("123456785") << QStringLiteral("123456785") << true;
    QTest::newRow("998447356") << QStringLiteral("998447356") << true;
    QTest::newRow("Stavanger 964965226") << QStringLiteral("964965226") << true;
    QTest::newRow("wrong check digit") << QStringLiteral("988077918") << false;
    QTest::newRow("eight digits") << QStringLiteral("12345678") << false;
    QTest::newRow("ten digits") << QStringLiteral("9880779170") << false;
    QTest::newRow("letters") << QStringLiteral("abcdefghi") << false;
    QTest::newRow("empty") << QString() << false;
    // 12345605: the remainder asks for check digit 10, which no number can have.
    QTest::newRow("check digit would be 10") << QStringLiteral("123456050") << false;
}

void TestCheckDigits::organisationNumber()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(CheckDigits::isValidOrganisationNumber(number), valid);
}

void TestCheckDigits::accountNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("86011117947") << QStringLiteral("86011117947") << true;
    QTest::newRow("12345678903") << QStringLiteral("12345678903") << true;
    QTest::newRow("76940512057") << QStringLiteral("76940512057") << true;
    QTest::newRow("wrong check digit") << QStringLiteral("86011117948") << false;
    QTest::newRow("ten digits") << QStringLiteral("8601111794") << false;
    QTest::newRow("with spaces") << QStringLiteral("8601 11 17947") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCheckDigits::accountNumber()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(CheckDigits::isValidAccountNumber(number), valid);
}

void TestCheckDigits::kidMod10_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QChar>("check");
    QTest::newRow("234567") << QStringLiteral("234567") << QChar(u'6');
    QTest::newRow("1234") << QStringLiteral("1234") << QChar(u'4');
    QTest::newRow("2345678") << QStringLiteral("2345678") << QChar(u'3');
}

void TestCheckDigits::kidMod10()
{
    QFETCH(QString, digits);
    QFETCH(QChar, check);
    QCOMPARE(CheckDigits::mod10CheckDigit(digits), check);
}

void TestCheckDigits::kidMod11_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QChar>("check");
    QTest::newRow("1234567890") << QStringLiteral("1234567890") << QChar(u'3');
    QTest::newRow("31") << QStringLiteral("31") << QChar(u'0');
    QTest::newRow("40") << QStringLiteral("40") << QChar(u'-');
}

void TestCheckDigits::kidMod11()
{
    QFETCH(QString, digits);
    QFETCH(QChar, check);
    QCOMPARE(CheckDigits::mod11CheckDigit(digits), check);
}

void TestCheckDigits::kidValidity_data()
{
    QTest::addColumn<QString>("kid");
    QTest::addColumn<bool>("valid");
    QTest::newRow("MOD10 2345676") << QStringLiteral("2345676") << true;
    QTest::newRow("MOD11 12345678903") << QStringLiteral("12345678903") << true;
    QTest::newRow("MOD11 dash") << QStringLiteral("40-") << true;
    QTest::newRow("wrong") << QStringLiteral("2345677") << false;
    QTest::newRow("too long") << QString(26, u'1') << false;
    QTest::newRow("letters") << QStringLiteral("12a45") << false;
}

void TestCheckDigits::kidValidity()
{
    QFETCH(QString, kid);
    QFETCH(bool, valid);
    QCOMPARE(CheckDigits::isValidKid(kid), valid);
}

void TestCheckDigits::normalizedDropsSpacesAndDots()
{
    QCOMPARE(CheckDigits::normalized(u"8601 11.17947"), QStringLiteral("86011117947"));
    QCOMPARE(CheckDigits::normalized(u"964\u00a0965\u00a0226"), QStringLiteral("964965226"));
}

void TestCheckDigits::emailAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("kari.nordmann@stavanger.kommune.no") << true;
    QTest::newRow("plus") << QStringLiteral("post+faktura@fremsam.no") << true;
    QTest::newRow("norwegian letters") << QStringLiteral("åse@bærum.kommune.no") << true;
    QTest::newRow("no domain") << QStringLiteral("kari@") << false;
    QTest::newRow("no at") << QStringLiteral("kari.stavanger.no") << false;
    QTest::newRow("two ats") << QStringLiteral("kari@@stavanger.no") << false;
    QTest::newRow("space") << QStringLiteral("kari nordmann@stavanger.no") << false;
    QTest::newRow("no top-level domain") << QStringLiteral("kari@stavanger") << false;
    QTest::newRow("two addresses") << QStringLiteral("a@b.no, c@d.no") << false;
}

void TestCheckDigits::emailAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(EmailAddress::isValid(address), valid);
}

void TestCheckDigits::iban_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Norwegian") << QStringLiteral("NO9386011117947") << true;
    QTest::newRow("in groups, lower case") << QStringLiteral("no93 8601 1117 947") << true;
    QTest::newRow("German") << QStringLiteral("DE89 3704 0044 0532 0130 00") << true;
    QTest::newRow("check digits wrong") << QStringLiteral("NO9486011117947") << false;
    QTest::newRow("Norwegian too long") << QStringLiteral("NO93860111179470") << false;
    QTest::newRow("letters in the account") << QStringLiteral("NO93860111179X7") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCheckDigits::iban()
{
    QFETCH(QString, iban);
    QFETCH(bool, valid);
    QCOMPARE(CheckDigits::isValidIban(iban), valid);
}

void TestCheckDigits::bic_data()
{
    QTest::addColumn<QString>("bic");
    QTest::addColumn<bool>("valid");
    QTest::newRow("8") << QStringLiteral("DNBANOKK") << true;
    QTest::newRow("11") << QStringLiteral("DNBANOKKXXX") << true;
    QTest::newRow("lower case") << QStringLiteral("dnbanokk") << true;
    QTest::newRow("digit in the bank") << QStringLiteral("DNB1NOKK") << false;
    QTest::newRow("9") << QStringLiteral("DNBANOKKX") << false;
}

void TestCheckDigits::bic()
{
    QFETCH(QString, bic);
    QFETCH(bool, valid);
    QCOMPARE(CheckDigits::isValidBic(bic), valid);
}

QTEST_GUILESS_MAIN(TestCheckDigits)
#include "tst_checkdigits.moc"
