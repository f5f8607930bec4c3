#pragma once

#include "common/outcome.h"
#include "member.h"

#include <QCoreApplication>

namespace Sekretariat {

// The rules a member record must follow before it is saved. The outcome names the
// field (Member's member name) so a form can point at it.
class MemberValidator
{
    Q_DECLARE_TR_FUNCTIONS(MemberValidator)

public:
    static Outcome validate(const Member &member);
};

} // namespace Sekretariat
