#include "dunningrule.h"

#include "duessettings.h"
#include "invoice.h"

#include <algorithm>

namespace Sekretariat {

int DunningRule::stepOf(const Invoice &invoice)
{
    return std::clamp(invoice.dunningStep, 0, handOver);
}

std::optional<DunningRule::Proposal> DunningRule::next(const Invoice &invoice, const DuesSettings &settings)
{
    if (invoice.kind != InvoiceKind::Invoice || invoice.outstanding() <= Money()
        || invoice.amount + invoice.credited <= Money())
        return std::nullopt;
    const int step = stepOf(invoice);
    if (step >= handOver)
        return std::nullopt;
    const QDate before = step == 0 || !invoice.reminderDueDate.isValid() ? invoice.dueDate : invoice.reminderDueDate;
    if (!before.isValid())
        return std::nullopt;
    const int days = step == 0 ? settings.firstReminderDays
                   : step == 1 ? settings.secondReminderDays
                               : settings.handOverDays;
    return Proposal{step + 1, before.addDays(days)};
}

bool DunningRule::isDue(const Invoice &invoice, const DuesSettings &settings, const QDate &today)
{
    const std::optional<Proposal> proposal = next(invoice, settings);
    return proposal && InvoiceStatusRule::statusOf(invoice, today) == InvoiceStatus::Overdue && proposal->from <= today;
}

QString DunningRule::label(int step)
{
    switch (step) {
    case firstReminder:
        return tr("1st reminder");
    case secondReminder:
        return tr("2nd reminder");
    case handOver:
        return tr("Handed over");
    default:
        return {};
    }
}

QString DunningRule::nextLabel(int step)
{
    return step == handOver ? tr("Hand over") : label(step);
}

QString DunningRule::key(int step)
{
    switch (step) {
    case firstReminder:
        return QStringLiteral("reminder_1");
    case secondReminder:
        return QStringLiteral("reminder_2");
    case handOver:
        return QStringLiteral("hand_over");
    default:
        return {};
    }
}

} // namespace Sekretariat
