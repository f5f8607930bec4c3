#pragma once

#include "common/money.h"

#include <QString>

namespace Sekretariat {

// How the network invoices dues and follows up what is not paid; one row in
// dues_settings, kept by DuesRepository.
struct DuesSettings
{
    int paymentTermsDays = 30;       // due date = issue date + this
    bool proRataNewMembers = false;  // a member active from mid-year pays for its months only
    bool vatRegistered = false;      // "MVA" after the seller's organisation number
    int reminderTermsDays = 14;      // a reminder's new due date = reminder date + this

    // Dunning: each step is proposed this many days after the due date before
    // it (the invoice's, then each reminder's). An empty text is the program's
    // own, in the member's language; a text of the secretariat's is printed as written.
    int firstReminderDays = 14;
    int secondReminderDays = 14;
    int handOverDays = 14;
    QString firstReminderText;
    QString secondReminderText;
    QString handOverText;
    Money reminderFee;               // none by default; at most ReminderFeeRule::legalMaximum()
};

} // namespace Sekretariat
