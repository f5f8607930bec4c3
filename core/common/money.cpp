#include "money.h"

#include <QRegularExpression>

namespace Sekretariat {

namespace {

bool isNorwegian(const QLocale &locale)
{
    return locale.language() == QLocale::NorwegianBokmal || locale.language() == QLocale::NorwegianNynorsk;
}

} // namespace

Money Money::roundedToKroner() const
{
    const qint64 magnitude = m_ore < 0 ? -m_ore : m_ore;
    const qint64 rounded = (magnitude + 50) / 100 * 100;
    return Money(m_ore < 0 ? -rounded : rounded);
}

QString Money::toPlainString(const QLocale &locale) const
{
    const qint64 magnitude = m_ore < 0 ? -m_ore : m_ore;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (m_ore < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString Money::toString(const QLocale &locale) const
{
    return (isNorwegian(locale) ? QStringLiteral("kr\u00a0") : QStringLiteral("NOK\u00a0")) + toPlainString(locale);
}

std::optional<Money> Money::parse(const QString &text, const QLocale &locale)
{
    QString cleaned = text.trimmed();
    cleaned.remove(QRegularExpression(QStringLiteral("^(kr\\.?|NOK)\\s*"), QRegularExpression::CaseInsensitiveOption));
    cleaned.remove(QRegularExpression(QStringLiteral("\\s*(kr\\.?|NOK|,-)$"), QRegularExpression::CaseInsensitiveOption));
    const QString group = locale.groupSeparator();
    cleaned.remove(group);
    cleaned.remove(u' ');
    cleaned.remove(u'\u00a0');
    cleaned.remove(u'\u202f');
    if (cleaned.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (cleaned.startsWith(locale.negativeSign()) || cleaned.startsWith(u'-')) {
        negative = true;
        cleaned.remove(0, 1);
    }
    const QString point = locale.decimalPoint();
    const qsizetype pointAt = cleaned.indexOf(point);
    const QString whole = pointAt < 0 ? cleaned : cleaned.left(pointAt);
    QString fraction = pointAt < 0 ? QString() : cleaned.mid(pointAt + point.size());
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (!digits.match(whole).hasMatch() || (!fraction.isEmpty() && !digits.match(fraction).hasMatch())
        || fraction.size() > 2 || whole.size() > 15)
        return std::nullopt;
    fraction = fraction.leftJustified(2, u'0');
    const qint64 ore = whole.toLongLong() * 100 + fraction.toLongLong();
    return Money::fromOre(negative ? -ore : ore);
}

} // namespace Sekretariat
