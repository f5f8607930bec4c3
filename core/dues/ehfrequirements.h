#pragma once

#include "common/postaladdress.h"
#include "settings/networksettings.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sekretariat {

// What an EHF invoice cannot be valid without, checked before anything is
// issued (the dues run's preview) and again when the file is written. Each item
// names what is missing, translated, to be listed after "missing".
class EhfRequirements
{
    Q_DECLARE_TR_FUNCTIONS(EhfRequirements)

public:
    static QStringList buyerProblems(const QString &buyerReference, const QString &organisationNumber,
                                     const QString &endpoint, const PostalAddress &address);
    static QStringList sellerProblems(const NetworkSettings &seller);
    // "0192:964949581" with a valid organisation number, or another scheme's id.
    static bool isValidEndpoint(const QString &participant);
};

} // namespace Sekretariat
