#pragma once

#include "person.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sekretariat {

// What differs between two versions of a person, one line a field, as the
// person who is about to save over the other's change is shown it.
class PersonChanges
{
    Q_DECLARE_TR_FUNCTIONS(PersonChanges)

public:
    static QStringList between(const Person &before, const Person &after);
};

} // namespace Sekretariat
