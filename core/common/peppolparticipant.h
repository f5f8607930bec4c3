#pragma once

#include "checkdigits.h"

#include <QString>

namespace Sekretariat {

// A Peppol participant id, "0192:964949581": the identifier scheme (0192 is the
// Norwegian organisation number) and the identifier, as EHF addresses a party.
class PeppolParticipant
{
public:
    static QString forOrganisationNumber(const QString &organisationNumber)
    {
        const QString digits = CheckDigits::normalized(organisationNumber);
        return digits.isEmpty() ? QString() : QStringLiteral("0192:") + digits;
    }
    static QString scheme(const QString &participant) { return participant.section(u':', 0, 0).trimmed(); }
    static QString identifier(const QString &participant) { return participant.section(u':', 1).trimmed(); }
};

} // namespace Sekretariat
