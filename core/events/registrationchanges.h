#pragma once

#include "registration.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sekretariat {

// What differs between two versions of a registration, one line a field, as
// the person who is about to save over the other's change is shown it.
class RegistrationChanges
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationChanges)

public:
    static QStringList between(const Registration &before, const Registration &after);
};

} // namespace Sekretariat
