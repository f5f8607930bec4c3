#include "emailaddress.h"

#include <QRegularExpression>

namespace Sekretariat::EmailAddress {

bool isValid(QStringView address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s,;<>()\\[\\]\"]+@[^@\\s,;<>()\\[\\]\".]+(\\.[^@\\s,;<>()\\[\\]\".]+)*\\.[^@\\s,;<>()\\[\\]\".]{2,}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (address.size() > 254)
        return false;
    return pattern.match(address.toString()).hasMatch();
}

} // namespace Sekretariat::EmailAddress
