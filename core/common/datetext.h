#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

namespace Sekretariat {

// A date as people type it, in the language's form: "15.11.2026", "15.11.26",
// "151126", "15112026" and "2026-11-15" in Norwegian; "15/11/2026" and
// "15 Nov 2026" in English. A two-digit year is this century's.
class DateText
{
public:
    // nullopt for anything that is not a whole, real date.
    static std::optional<QDate> parse(const QString &text, const QLocale &locale = QLocale());
    // How a date field shows it: the language's short form with a four-digit year.
    static QString format(const QDate &date, const QLocale &locale = QLocale());
    static QString formatPattern(const QLocale &locale = QLocale());

    // A time of day: "9", "09", "930", "0930", "9:30", "9.30", "09:30".
    static std::optional<QTime> parseTime(const QString &text);
    static QString formatTime(const QTime &time) { return time.toString(QStringLiteral("HH:mm")); }
};

} // namespace Sekretariat
