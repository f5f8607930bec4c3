#pragma once

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace Sekretariat {

struct DuesSettings;
struct Invoice;

// The steps an unpaid invoice goes through: a 1st reminder, a 2nd, then it is
// handed over (to the board or to debt collection). Each is proposed a number
// of days (the settings') after the due date before it: the invoice's for the
// 1st reminder, the last reminder's for the others.
class DunningRule
{
    Q_DECLARE_TR_FUNCTIONS(DunningRule)

public:
    static constexpr int firstReminder = 1;
    static constexpr int secondReminder = 2;
    static constexpr int handOver = 3;

    struct Proposal
    {
        int step = firstReminder;
        QDate from;  // the day it is proposed from
    };

    // The step the invoice has reached: 0 before any reminder.
    static int stepOf(const Invoice &invoice);
    // The next step, while the invoice is unpaid and not handed over; nullopt otherwise.
    static std::optional<Proposal> next(const Invoice &invoice, const DuesSettings &settings);
    // Whether the next step is due on `today` (the invoice is overdue and its day has come).
    static bool isDue(const Invoice &invoice, const DuesSettings &settings, const QDate &today);

    static QString label(int step);       // the step reached: "1st reminder", ... "Handed over"; empty for 0
    static QString nextLabel(int step);   // the step to take: "1st reminder", ... "Hand over"
    static QString key(int step);         // "reminder_1", "reminder_2", "hand_over" for CSV
};

} // namespace Sekretariat
