#include "ehfrequirements.h"

#include "common/checkdigits.h"
#include "common/peppolparticipant.h"

#include <QRegularExpression>

namespace Sekretariat {

bool EhfRequirements::isValidEndpoint(const QString &participant)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}:[^\\s:]+$"));
    if (!form.match(participant).hasMatch())
        return false;
    return PeppolParticipant::scheme(participant) != u"0192"
        || CheckDigits::isValidOrganisationNumber(PeppolParticipant::identifier(participant));
}

QStringList EhfRequirements::buyerProblems(const QString &buyerReference, const QString &organisationNumber,
                                           const QString &endpoint, const PostalAddress &address)
{
    QStringList problems;
    if (buyerReference.trimmed().isEmpty())
        problems.append(tr("the buyer reference (“Deres ref.”)"));
    if (!CheckDigits::isValidOrganisationNumber(CheckDigits::normalized(organisationNumber)))
        problems.append(tr("a valid organisation number"));
    if (!isValidEndpoint(endpoint))
        problems.append(tr("an electronic address such as 0192:964949581"));
    const QStringList missing = address.missing();
    if (!missing.isEmpty())
        problems.append(tr("in the invoice address %1").arg(missing.join(QStringLiteral(", "))));
    return problems;
}

QStringList EhfRequirements::sellerProblems(const NetworkSettings &seller)
{
    QStringList problems;
    if (!CheckDigits::isValidOrganisationNumber(CheckDigits::normalized(seller.organisationNumber)))
        problems.append(tr("the network's organisation number"));
    if (!CheckDigits::isValidAccountNumber(seller.bankAccount))
        problems.append(tr("the network's bank account"));
    if (seller.city.trimmed().isEmpty() || seller.postalCode.trimmed().isEmpty())
        problems.append(tr("the network's postcode and town"));
    return problems;
}

} // namespace Sekretariat
