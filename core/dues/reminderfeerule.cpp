#include "reminderfeerule.h"

#include "duessettings.h"
#include "invoice.h"

#include <algorithm>

namespace Sekretariat {

Money ReminderFeeRule::feeFor(const Invoice &invoice, int step, const QDate &on, const DuesSettings &settings)
{
    if (settings.reminderFee <= Money() || step < 1 || step > remindersWithFee)
        return {};
    if (!invoice.dueDate.isValid() || !on.isValid() || on < invoice.dueDate.addDays(feeAllowedAfterDays))
        return {};
    return std::min(settings.reminderFee, legalMaximum());
}

} // namespace Sekretariat
