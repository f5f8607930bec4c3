#include "membervalidator.h"

#include "common/checkdigits.h"
#include "common/emailaddress.h"
#include "dues/ehfrequirements.h"
#include "memberterms.h"

#include <QRegularExpression>

namespace Sekretariat {

Outcome MemberValidator::validate(const Member &member)
{
    static const QRegularExpression municipalityNumber(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression countyNumber(QStringLiteral("^\\d{2}$"));

    if (member.kind == MemberKind::Municipality && !municipalityNumber.match(member.number).hasMatch())
        return Outcome::failure(tr("Number: a municipality number has four digits, such as 0301."),
                                QStringLiteral("number"));
    if (member.kind == MemberKind::County && !countyNumber.match(member.number).hasMatch())
        return Outcome::failure(tr("Number: a county number has two digits, such as 46."),
                                QStringLiteral("number"));
    if (member.name.trimmed().isEmpty())
        return Outcome::failure(tr("Name: the member needs a name."), QStringLiteral("name"));
    if (!member.organisationNumber.isEmpty()
        && !CheckDigits::isValidOrganisationNumber(member.organisationNumber))
        return Outcome::failure(tr("Organisation number: “%1” is not a valid organisation number "
                                   "(nine digits with a correct check digit).")
                                    .arg(member.organisationNumber),
                                QStringLiteral("organisationNumber"));
    if (member.population < 0)
        return Outcome::failure(tr("Population: the number of inhabitants cannot be negative."),
                                QStringLiteral("population"));
    if (!member.invoiceEmail.isEmpty() && !EmailAddress::isValid(member.invoiceEmail))
        return Outcome::failure(tr("Invoice e-mail: “%1” is not a valid e-mail address.").arg(member.invoiceEmail),
                                QStringLiteral("invoiceEmail"));
    static const QRegularExpression norwegianPostcode(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression countryCode(QStringLiteral("^[A-Za-z]{2}$"));
    const QString country = member.invoiceCountry.trimmed().toUpper();
    if (!country.isEmpty() && !countryCode.match(country).hasMatch())
        return Outcome::failure(tr("Country: give the country's two-letter code, such as NO or SE."),
                                QStringLiteral("invoiceCountry"));
    if ((country.isEmpty() || country == u"NO") && !member.invoicePostalCode.trimmed().isEmpty()
        && !norwegianPostcode.match(member.invoicePostalCode.trimmed()).hasMatch())
        return Outcome::failure(tr("Postcode: a Norwegian postcode has four digits, such as 0150."),
                                QStringLiteral("invoicePostalCode"));
    if (!member.electronicAddress.trimmed().isEmpty()
        && !EhfRequirements::isValidEndpoint(member.electronicAddress.trimmed()))
        return Outcome::failure(tr("Electronic address: “%1” is not a Peppol address such as 0192:964949581.")
                                    .arg(member.electronicAddress.trimmed()),
                                QStringLiteral("electronicAddress"));
    if (member.status == MemberStatus::Active && !member.activeFrom.isValid())
        return Outcome::failure(tr("Active from: an active member needs the date its membership started."),
                                QStringLiteral("activeFrom"));
    if (member.status == MemberStatus::Resigned && !member.resignedOn.isValid())
        return Outcome::failure(tr("Resigned on: a resigned member needs the date it left."),
                                QStringLiteral("resignedOn"));
    if (member.resignedOn.isValid() && member.activeFrom.isValid() && member.resignedOn < member.activeFrom)
        return Outcome::failure(tr("Resigned on: the member cannot resign before it became active."),
                                QStringLiteral("resignedOn"));
    // Admission is by the council's decision: its date and case number are the record of it.
    if (member.status == MemberStatus::Decided && !member.decisionOn.isValid())
        return Outcome::failure(tr("Decision date: a member whose council has decided needs the decision's date."),
                                QStringLiteral("decisionOn"));
    if (member.status == MemberStatus::Decided && member.decisionReference.trimmed().isEmpty())
        return Outcome::failure(tr("Case number: a member whose council has decided needs the decision's case number."),
                                QStringLiteral("decisionReference"));
    if (member.decisionOn.isValid() && member.appliedOn.isValid() && member.decisionOn < member.appliedOn)
        return Outcome::failure(tr("Decision date: the political decision cannot come before the application."),
                                QStringLiteral("decisionOn"));
    if (!MemberTerms::documentLanguages().contains(member.documentLanguage))
        return Outcome::failure(tr("Document language: choose Bokmål, Nynorsk or English."),
                                QStringLiteral("documentLanguage"));
    return Outcome::success();
}

} // namespace Sekretariat
