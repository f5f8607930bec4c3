#pragma once

namespace Sekretariat {

// How the network invoices dues; one row in dues_settings, kept by DuesRepository.
struct DuesSettings
{
    int paymentTermsDays = 30;       // due date = issue date + this
    bool proRataNewMembers = false;  // a member active from mid-year pays for its months only
    bool vatRegistered = false;      // "MVA" after the seller's organisation number
    int reminderTermsDays = 14;      // a reminder's new due date = reminder date + this
};

} // namespace Sekretariat
