#pragma once

#include <QString>
#include <QStringView>

namespace Sekretariat {

// The check-digit rules of Norwegian numbers (see shared/domain.md).
namespace CheckDigits {

// Organisation number: 9 digits, MOD11 with weights 3 2 7 6 5 4 3 2.
bool isValidOrganisationNumber(QStringView number);
// Bank account: 11 digits, MOD11 with weights 5 4 3 2 7 6 5 4 3 2.
bool isValidAccountNumber(QStringView number);

// IBAN: country code, two check digits and the account, MOD97 = 1 (ISO 13616);
// spaces allowed. A Norwegian IBAN has 15 characters.
bool isValidIban(QStringView iban);
// BIC: 8 or 11 characters, bank (4 letters), country (2 letters), place and branch.
bool isValidBic(QStringView bic);
// Upper case without spaces, as both are compared and printed in groups.
QString compact(QStringView code);

// KID check digits. The MOD11 digit is '-' where the remainder gives 10.
QChar mod10CheckDigit(QStringView digits);
QChar mod11CheckDigit(QStringView digits);
bool isValidKid(QStringView kid);

// Digits only, with spaces and dots (as people write "9880 77 917") removed.
QString normalized(QStringView number);
// As people read them: "964 949 581" and "1503 12 34567"; anything else as given.
QString groupedOrganisationNumber(const QString &number);
QString groupedAccountNumber(const QString &number);

} // namespace CheckDigits

} // namespace Sekretariat
