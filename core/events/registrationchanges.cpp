#include "registrationchanges.h"

#include "common/changedfields.h"
#include "eventterms.h"

namespace Sekretariat {

QStringList RegistrationChanges::between(const Registration &before, const Registration &after)
{
    ChangedFields changes;
    changes.compare(tr("Name"), before.name(), after.name());
    changes.compare(tr("E-mail"), before.email(), after.email());
    changes.compare(tr("Member"), before.memberName, after.memberName);
    changes.compare(tr("Comes as"), EventTerms::label(before.role), EventTerms::label(after.role));
    changes.compare(tr("Status"), EventTerms::label(before.status), EventTerms::label(after.status));
    changes.compare(tr("Note"), before.note, after.note);
    return changes.lines();
}

} // namespace Sekretariat
