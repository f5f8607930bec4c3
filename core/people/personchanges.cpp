#include "personchanges.h"

#include "common/changedfields.h"

namespace Sekretariat {

QStringList PersonChanges::between(const Person &before, const Person &after)
{
    ChangedFields changes;
    changes.compare(tr("First name"), before.firstName, after.firstName);
    changes.compare(tr("Last name"), before.lastName, after.lastName);
    changes.compare(tr("Title"), before.title, after.title);
    changes.compare(tr("E-mail"), before.email, after.email);
    changes.compare(tr("Phone"), before.phone, after.phone);
    if (before.memberId != after.memberId)
        changes.note(tr("Member: another member"));
    changes.compare(tr("Organisation"), before.organisation, after.organisation);
    changes.compare(tr("Address"), before.address, after.address);
    changes.compare(tr("Postcode"), before.postalCode, after.postalCode);
    changes.compare(tr("Town"), before.city, after.city);
    changes.compare(tr("Notes"), before.notes, after.notes);
    if (before.roles != after.roles)
        changes.note(tr("Roles: changed"));
    return changes.lines();
}

} // namespace Sekretariat
