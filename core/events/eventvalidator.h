#pragma once

#include "common/outcome.h"
#include "event.h"
#include "registration.h"

#include <QCoreApplication>

namespace Sekretariat {

// The rules an event and a registration follow before they are saved. The
// outcome names the field so a form can point at it.
class EventValidator
{
    Q_DECLARE_TR_FUNCTIONS(EventValidator)

public:
    static Outcome validate(const Event &event);
    static Outcome validate(const Registration &registration);
};

} // namespace Sekretariat
