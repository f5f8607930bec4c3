#include "personvalidator.h"

#include "common/emailaddress.h"
#include "roleterms.h"

#include <QRegularExpression>

namespace Sekretariat {

Outcome PersonValidator::validate(const Person &person)
{
    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()\\-]{3,20}$"));

    if (person.firstName.trimmed().isEmpty() && person.lastName.trimmed().isEmpty())
        return Outcome::failure(tr("Name: the person needs a first or last name."), QStringLiteral("firstName"));
    if (!person.email.isEmpty() && !EmailAddress::isValid(person.email))
        return Outcome::failure(tr("E-mail: “%1” is not a valid e-mail address.").arg(person.email),
                                QStringLiteral("email"));
    if (!person.phone.isEmpty() && !phonePattern.match(person.phone).hasMatch())
        return Outcome::failure(tr("Phone: “%1” is not a phone number (digits, spaces and a leading +).")
                                    .arg(person.phone),
                                QStringLiteral("phone"));
    static const QRegularExpression postcodePattern(QStringLiteral("^\\d{4}$"));
    if (!person.postalCode.trimmed().isEmpty() && !postcodePattern.match(person.postalCode.trimmed()).hasMatch())
        return Outcome::failure(tr("Postcode: a Norwegian postcode has four digits, such as 0150."),
                                QStringLiteral("postalCode"));
    for (const Role &role : person.roles) {
        if (role.memberId <= 0)
            return Outcome::failure(tr("Roles: the role “%1” needs the member it is held at.")
                                        .arg(RoleTerms::label(role.type)),
                                    QStringLiteral("roles"));
        if (role.validFrom.isValid() && role.validTo.isValid() && role.validTo < role.validFrom)
            return Outcome::failure(tr("Roles: the role “%1” ends before it starts.").arg(RoleTerms::label(role.type)),
                                    QStringLiteral("roles"));
    }
    return Outcome::success();
}

} // namespace Sekretariat
