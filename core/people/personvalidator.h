#pragma once

#include "common/outcome.h"
#include "person.h"

#include <QCoreApplication>

namespace Sekretariat {

class PersonValidator
{
    Q_DECLARE_TR_FUNCTIONS(PersonValidator)

public:
    static Outcome validate(const Person &person);
};

} // namespace Sekretariat
