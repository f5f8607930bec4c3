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

// KID check digits. The MOD11 digit is '-' where the remainder gives 10.
QChar mod10CheckDigit(QStringView digits);
QChar mod11CheckDigit(QStringView digits);
bool isValidKid(QStringView kid);

// Digits only, with spaces and dots (as people write "9880 77 917") removed.
QString normalized(QStringView number);

} // namespace CheckDigits

} // namespace Sekretariat
