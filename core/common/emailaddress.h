#pragma once

#include <QStringView>

namespace Sekretariat::EmailAddress {

// A practical check of one address (local@domain.tld), not the whole of RFC 5322:
// it catches the typing mistakes that make invoices and letters bounce.
bool isValid(QStringView address);

} // namespace Sekretariat::EmailAddress
