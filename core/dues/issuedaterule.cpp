#include "issuedaterule.h"

#include <QLocale>

namespace Sekretariat {

IssueDateRule::Check IssueDateRule::check(const QDate &date, const QDate &latestIssued, const QDate &today)
{
    const QLocale locale;
    if (!date.isValid())
        return {Verdict::Refused, tr("Enter the date of the document.")};
    if (latestIssued.isValid() && date < latestIssued) {
        return {Verdict::Refused,
                tr("The latest document was issued on %1; a new one cannot be dated earlier, because numbers and "
                   "dates go up together.")
                    .arg(locale.toString(latestIssued, QLocale::ShortFormat))};
    }
    if (date > today.addDays(daysAheadAllowed)) {
        return {Verdict::Refused, tr("%1 is more than a month ahead; a document is dated the day it is sent.")
                                      .arg(locale.toString(date, QLocale::ShortFormat))};
    }
    if (date < today.addYears(-yearsBackAllowed)) {
        return {Verdict::Refused, tr("%1 is more than %2 years ago; a document is dated the day it is sent.")
                                      .arg(locale.toString(date, QLocale::ShortFormat))
                                      .arg(yearsBackAllowed)};
    }
    if (date < today.addDays(-daysBackWithoutAsking)) {
        return {Verdict::NeedsConfirmation,
                tr("%1 is %n day(s) ago. A document is normally dated the day it is sent; an earlier date is "
                   "meant only for one that was sent then.",
                   nullptr, int(date.daysTo(today)))
                    .arg(locale.toString(date, QLocale::ShortFormat))};
    }
    return {};
}

} // namespace Sekretariat
