#include "eventvalidator.h"

#include "common/emailaddress.h"

#include <QUrl>

namespace Sekretariat {

Outcome EventValidator::validate(const Event &event)
{
    if (event.title.trimmed().isEmpty())
        return Outcome::failure(tr("Title: the event needs a title."), QStringLiteral("title"));
    if (!event.startsAt.isValid())
        return Outcome::failure(tr("Starts: the event needs a start date and time."), QStringLiteral("startsAt"));
    if (!event.endsAt.isValid() || event.endsAt < event.startsAt)
        return Outcome::failure(tr("Ends: the event cannot end before it starts."), QStringLiteral("endsAt"));
    if (!event.onlineLink.trimmed().isEmpty()) {
        const QUrl url(event.onlineLink.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return Outcome::failure(tr("Online link: “%1” is not a web address (https://…).").arg(event.onlineLink),
                                    QStringLiteral("onlineLink"));
    }
    if (event.capacity < 0)
        return Outcome::failure(tr("Capacity: the number of seats cannot be negative (0 means unlimited)."),
                                QStringLiteral("capacity"));
    if (event.fee < Money())
        return Outcome::failure(tr("Fee: the fee cannot be negative."), QStringLiteral("fee"));
    if (event.registrationDeadline.isValid() && event.registrationDeadline > event.startsAt.date())
        return Outcome::failure(tr("Registration deadline: the deadline cannot come after the event starts."),
                                QStringLiteral("registrationDeadline"));
    if (event.annualGathering && event.type != EventType::NetworkGathering)
        return Outcome::failure(tr("Annual gathering: only a network gathering can be the year's annual gathering."),
                                QStringLiteral("annualGathering"));
    return Outcome::success();
}

Outcome EventValidator::validate(const Registration &registration)
{
    if (registration.eventId <= 0)
        return Outcome::failure(tr("The event of the registration was not given."));
    if (registration.isGuest()) {
        if (registration.guestName.trimmed().isEmpty())
            return Outcome::failure(tr("Name: choose a person from the register or type the guest's name."),
                                    QStringLiteral("guestName"));
        if (!registration.guestEmail.trimmed().isEmpty() && !EmailAddress::isValid(registration.guestEmail.trimmed()))
            return Outcome::failure(tr("E-mail: “%1” is not a valid e-mail address.").arg(registration.guestEmail),
                                    QStringLiteral("guestEmail"));
    }
    return Outcome::success();
}

} // namespace Sekretariat
