#include "datetext.h"

#include <QRegularExpression>

namespace Sekretariat {

namespace {

// A two-digit year is this century's: "26" is 2026, "99" is 2099.
int fullYear(int year, qsizetype digits)
{
    return digits <= 2 ? 2000 + year : year;
}

std::optional<QDate> valid(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1000)
        return std::nullopt;
    return date;
}

} // namespace

QString DateText::formatPattern(const QLocale &locale)
{
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    // Always four digits of the year: "15.11.26" is read back, but shown in full.
    if (!pattern.contains(QStringLiteral("yyyy")))
        pattern.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return pattern;
}

QString DateText::format(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, formatPattern(locale)) : QString();
}

std::optional<QDate> DateText::parse(const QString &input, const QLocale &locale)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    // ISO, whatever the language.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch())
        return valid(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    // Digits only: ddMMyy or ddMMyyyy.
    static const QRegularExpression digits(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    if (const QRegularExpressionMatch m = digits.match(text); m.hasMatch())
        return valid(fullYear(m.captured(3).toInt(), m.captured(3).size()), m.captured(2).toInt(), m.captured(1).toInt());

    // Day, month and year apart; the language says which comes first.
    static const QRegularExpression parts(QStringLiteral("^(\\d{1,4})[./\\- ](\\d{1,2})[./\\- ](\\d{1,4})$"));
    if (const QRegularExpressionMatch m = parts.match(text); m.hasMatch()) {
        const QString pattern = locale.dateFormat(QLocale::ShortFormat);
        const bool monthFirst = pattern.indexOf(u'M') < pattern.indexOf(u'd');
        const bool yearFirst = pattern.indexOf(u'y') < pattern.indexOf(u'd') && pattern.indexOf(u'y') < pattern.indexOf(u'M');
        const QString a = m.captured(1), b = m.captured(2), c = m.captured(3);
        if (yearFirst || a.size() == 4)
            return valid(fullYear(a.toInt(), a.size()), b.toInt(), c.toInt());
        if (c.size() != 2 && c.size() != 4)
            return std::nullopt;
        const int year = fullYear(c.toInt(), c.size());
        return monthFirst ? valid(year, a.toInt(), b.toInt()) : valid(year, b.toInt(), a.toInt());
    }

    // The month by name: "15 Nov 2026", "15. november 2026", "Nov 15, 2026".
    for (const QString &pattern : {QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"),
                                   QStringLiteral("d. MMM yyyy"), QStringLiteral("d. MMMM yyyy"),
                                   QStringLiteral("MMM d, yyyy"), QStringLiteral("MMMM d, yyyy"),
                                   QStringLiteral("d MMM yy"), QStringLiteral("d. MMM yy")}) {
        QDate date = locale.toDate(text, pattern);
        if (!date.isValid())
            date = QLocale(QLocale::English).toDate(text, pattern);
        if (date.isValid()) {
            if (pattern.endsWith(QStringLiteral(" yy")) && date.year() < 2000)
                date = date.addYears(100);
            return date;
        }
    }
    return std::nullopt;
}

std::optional<QTime> DateText::parseTime(const QString &text)
{
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
    const QString trimmed = text.trimmed();
    int hour = -1;
    int minute = 0;
    if (const QRegularExpressionMatch match = separated.match(trimmed); match.hasMatch()) {
        hour = match.captured(1).toInt();
        minute = match.captured(2).toInt();
    } else if (digits.match(trimmed).hasMatch()) {
        // Up to two digits are the hour; three or four end in the minutes.
        if (trimmed.size() <= 2) {
            hour = trimmed.toInt();
        } else {
            hour = trimmed.left(trimmed.size() - 2).toInt();
            minute = trimmed.right(2).toInt();
        }
    }
    const QTime time(hour, minute);
    if (hour < 0 || !time.isValid())
        return std::nullopt;
    return time;
}

} // namespace Sekretariat
