#pragma once

#include "member.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sekretariat {

// What differs between two versions of a member, one line a field, as the
// person who is about to save over the other's change is shown it.
class MemberChanges
{
    Q_DECLARE_TR_FUNCTIONS(MemberChanges)

public:
    static QStringList between(const Member &before, const Member &after);
};

} // namespace Sekretariat
