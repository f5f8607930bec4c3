#include "icalendarwriter.h"

#include <QTimeZone>

namespace Sekretariat {

QByteArray ICalendarWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\': escaped += QStringLiteral("\\\\"); break;
        case u';': escaped += QStringLiteral("\\;"); break;
        case u',': escaped += QStringLiteral("\\,"); break;
        case u'\n': escaped += QStringLiteral("\\n"); break;
        case u'\r': break;
        default: escaped += c;
        }
    }
    return escaped.toUtf8();
}

QByteArray ICalendarWriter::fold(const QByteArray &line)
{
    // At most 75 octets a line, never inside a UTF-8 sequence; continuation
    // lines start with a space.
    QByteArray folded;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74;
    }
    folded += line.mid(start) + "\r\n";
    return folded;
}

QByteArray ICalendarWriter::utcTime(const QDateTime &localTime)
{
    QDateTime oslo(localTime.date(), localTime.time(), QTimeZone("Europe/Oslo"));
    return oslo.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1();
}

QByteArray ICalendarWriter::write(const Event &event, const QDateTime &stamp)
{
    QByteArray out;
    auto line = [&out](const QByteArray &text) { out += fold(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Sekretariat//Sekretariat " SEKRETARIAT_VERSION "//NO");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("BEGIN:VEVENT");
    line("UID:" + event.uid.toUtf8());
    line("DTSTAMP:" + stamp.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1());
    line("DTSTART:" + utcTime(event.startsAt));
    line("DTEND:" + utcTime(event.endsAt.isValid() ? event.endsAt : event.startsAt));
    line("SUMMARY:" + escapeText(event.title));
    QStringList where;
    if (!event.place.isEmpty())
        where.append(event.place);
    if (!event.onlineLink.isEmpty())
        where.append(event.onlineLink);
    if (!where.isEmpty())
        line("LOCATION:" + escapeText(where.join(QStringLiteral(", "))));
    if (!event.description.isEmpty())
        line("DESCRIPTION:" + escapeText(event.description));
    if (!event.onlineLink.isEmpty())
        line("URL:" + event.onlineLink.toUtf8());
    line("END:VEVENT");
    line("END:VCALENDAR");
    return out;
}

} // namespace Sekretariat
