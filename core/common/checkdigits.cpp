#include "checkdigits.h"

#include <array>

namespace Sekretariat::CheckDigits {

namespace {

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Returns the MOD11 check digit 0..9, or -1 where the rule makes the number invalid.
template<std::size_t N>
int mod11Digit(QStringView digits, const std::array<int, N> &weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i)
        sum += digits.at(qsizetype(i)).digitValue() * weights[i];
    const int check = 11 - sum % 11;
    if (check == 11)
        return 0;
    if (check == 10)
        return -1;
    return check;
}

} // namespace

bool isValidOrganisationNumber(QStringView number)
{
    if (number.size() != 9 || !allDigits(number))
        return false;
    const int check = mod11Digit(number, std::array{3, 2, 7, 6, 5, 4, 3, 2});
    return check >= 0 && check == number.at(8).digitValue();
}

bool isValidAccountNumber(QStringView number)
{
    if (number.size() != 11 || !allDigits(number))
        return false;
    const int check = mod11Digit(number, std::array{5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    return check >= 0 && check == number.at(10).digitValue();
}

QString compact(QStringView code)
{
    QString result;
    for (const QChar c : code) {
        if (!c.isSpace())
            result += c.toUpper();
    }
    return result;
}

bool isValidIban(QStringView iban)
{
    const QString code = compact(iban);
    if (code.size() < 15 || code.size() > 34 || !code.at(0).isLetter() || !code.at(1).isLetter()
        || !code.at(2).isDigit() || !code.at(3).isDigit())
        return false;
    if (code.startsWith(u"NO") && code.size() != 15)
        return false;
    // The first four characters go to the end; letters count as 10 to 35.
    const QString moved = code.mid(4) + code.left(4);
    int remainder = 0;
    for (const QChar c : moved) {
        if (c.isDigit() && c.unicode() < 128) {
            remainder = (remainder * 10 + c.digitValue()) % 97;
        } else if (c >= u'A' && c <= u'Z') {
            const int value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

bool isValidBic(QStringView bic)
{
    const QString code = compact(bic);
    if (code.size() != 8 && code.size() != 11)
        return false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        const bool letter = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        if (i < 6 ? !letter : !(letter || digit))
            return false;
    }
    return true;
}

QChar mod10CheckDigit(QStringView digits)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int product = digits.at(i).digitValue() * weight;
        sum += product > 9 ? product - 9 : product;
        weight = weight == 2 ? 1 : 2;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

QChar mod11CheckDigit(QStringView digits)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += digits.at(i).digitValue() * weight;
        weight = weight == 7 ? 2 : weight + 1;
    }
    const int check = 11 - sum % 11;
    if (check == 11)
        return u'0';
    if (check == 10)
        return u'-';
    return QChar(u'0' + check);
}

bool isValidKid(QStringView kid)
{
    if (kid.size() < 2 || kid.size() > 25)
        return false;
    const QStringView body = kid.first(kid.size() - 1);
    if (!allDigits(body))
        return false;
    const QChar check = kid.last();
    return check == mod10CheckDigit(body) || check == mod11CheckDigit(body);
}

QString normalized(QStringView number)
{
    QString result;
    result.reserve(number.size());
    for (QChar c : number) {
        if (c != u' ' && c != u'.' && c != u'\u00a0')
            result.append(c);
    }
    return result;
}

namespace {

QString grouped(const QString &digits, std::initializer_list<int> groups)
{
    QString result;
    qsizetype at = 0;
    for (int group : groups) {
        if (at >= digits.size())
            break;
        if (!result.isEmpty())
            result += u' ';
        result += digits.mid(at, group);
        at += group;
    }
    if (at < digits.size())
        result += digits.mid(at);
    return result;
}

} // namespace

QString groupedOrganisationNumber(const QString &number)
{
    const QString digits = normalized(number);
    return digits.size() == 9 ? grouped(digits, {3, 3, 3}) : number;
}

QString groupedAccountNumber(const QString &number)
{
    const QString digits = normalized(number);
    return digits.size() == 11 ? grouped(digits, {4, 2, 5}) : number;
}

} // namespace Sekretariat::CheckDigits
