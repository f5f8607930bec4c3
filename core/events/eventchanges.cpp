#include "eventchanges.h"

#include "common/changedfields.h"
#include "common/datetext.h"
#include "eventterms.h"
#include "members/memberterms.h"

namespace Sekretariat {

namespace {

QString moment(const QDateTime &when)
{
    return when.isValid() ? DateText::format(when.date()) + u' ' + DateText::formatTime(when.time()) : QString();
}

} // namespace

QStringList EventChanges::between(const Event &before, const Event &after)
{
    ChangedFields changes;
    changes.compare(tr("Type"), EventTerms::label(before.type), EventTerms::label(after.type));
    changes.compare(tr("Title"), before.title, after.title);
    changes.compare(tr("Starts"), moment(before.startsAt), moment(after.startsAt));
    changes.compare(tr("Ends"), moment(before.endsAt), moment(after.endsAt));
    changes.compare(tr("Place"), before.place, after.place);
    changes.compare(tr("Online link"), before.onlineLink, after.onlineLink);
    changes.compare(tr("Seats"), before.capacity > 0 ? QString::number(before.capacity) : tr("unlimited"),
                    after.capacity > 0 ? QString::number(after.capacity) : tr("unlimited"));
    changes.compare(tr("Registration deadline"),
                    before.registrationDeadline.isValid() ? DateText::format(before.registrationDeadline) : QString(),
                    after.registrationDeadline.isValid() ? DateText::format(after.registrationDeadline) : QString());
    changes.compare(tr("Fee"), before.fee.isZero() ? QString() : before.fee.toPlainString(),
                    after.fee.isZero() ? QString() : after.fee.toPlainString());
    if (before.annualGathering != after.annualGathering)
        changes.note(after.annualGathering ? tr("Annual network gathering: now yes")
                                           : tr("Annual network gathering: now no"));
    changes.compare(tr("Language of its documents"), MemberTerms::languageLabel(before.language),
                    MemberTerms::languageLabel(after.language));
    changes.compare(tr("Description"), before.description, after.description);
    return changes.lines();
}

} // namespace Sekretariat
