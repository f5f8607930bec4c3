#include "member.h"

#include "common/peppolparticipant.h"

namespace Sekretariat {

QString Member::peppolEndpoint() const
{
    if (!electronicAddress.trimmed().isEmpty())
        return electronicAddress.trimmed();
    return PeppolParticipant::forOrganisationNumber(organisationNumber);
}

} // namespace Sekretariat
