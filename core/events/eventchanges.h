#pragma once

#include "event.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sekretariat {

// What differs between two versions of an event, one line a field, as the
// person who is about to save over the other's change is shown it.
class EventChanges
{
    Q_DECLARE_TR_FUNCTIONS(EventChanges)

public:
    static QStringList between(const Event &before, const Event &after);
};

} // namespace Sekretariat
