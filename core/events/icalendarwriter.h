#pragma once

#include "event.h"

#include <QByteArray>
#include <QDateTime>

namespace Sekretariat {

// An event as an iCalendar file (RFC 5545) that calendar programs import: UTF-8,
// CRLF line ends, long lines folded at 75 octets, text escaped. Times are written
// in UTC, converted from the network's wall-clock time (Europe/Oslo), so no time
// zone definition is needed.
class ICalendarWriter
{
public:
    static QByteArray write(const Event &event, const QDateTime &stamp = QDateTime::currentDateTimeUtc());

    static QByteArray escapeText(const QString &text);
    static QByteArray fold(const QByteArray &line);
    static QByteArray utcTime(const QDateTime &localTime);
};

} // namespace Sekretariat
