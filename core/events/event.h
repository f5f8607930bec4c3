#pragma once

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Sekretariat {

enum class EventType {
    NetworkGathering,         // nettverkssamling
    GeneralAssembly,          // generalforsamling
    AdministrativeGathering,  // administrativ samling
    Course,
    Folketanken,
    Conference,
    Webinar,
    Other,
};

// A gathering, course, meeting or webinar the secretariat arranges or sends
// people to. Times are the network's local wall-clock time (Europe/Oslo).
struct Event
{
    qint64 id = 0;
    qint64 version = 0;              // the row's version when read; an update saves only over it
    EventType type = EventType::Other;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    QString onlineLink;
    int capacity = 0;                // 0: unlimited
    QDate registrationDeadline;      // invalid: none
    Money fee;                       // zero: free
    QString description;
    // The year's annual network gathering, the one the member rule is about;
    // at most one a year.
    bool annualGathering = false;
    QString language = QStringLiteral("nb");  // of its documents: nb, nn or en
    QString uid;                     // iCalendar UID, made on first save

    bool isUnlimited() const { return capacity <= 0; }
    bool hasEndedBy(const QDateTime &moment) const { return endsAt < moment; }
};

} // namespace Sekretariat
