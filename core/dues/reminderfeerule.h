#pragma once

#include "common/money.h"

#include <QDate>

namespace Sekretariat {

struct DuesSettings;
struct Invoice;

// What the law lets a reminder charge (inkassoloven § 10 and inkassoforskriften
// § 1-1): a fee of at most a tenth of the collection rate (inkassosatsen) for
// each reminder, for at most two reminders of a claim, and not before 14 days
// after the due date.
class ReminderFeeRule
{
public:
    // NOK 70: a tenth of the collection rate of NOK 700 that has held since
    // 2017. The rate is set yearly; a lower maximum than the current one is safe.
    static Money legalMaximum() { return Money::fromKroner(70); }
    static constexpr int feeAllowedAfterDays = 14;
    static constexpr int remindersWithFee = 2;

    // The fee the reminder of `step` (1, 2 or 3) sent on `on` charges: the
    // settings' fee where the law allows one, else none.
    static Money feeFor(const Invoice &invoice, int step, const QDate &on, const DuesSettings &settings);
};

} // namespace Sekretariat
