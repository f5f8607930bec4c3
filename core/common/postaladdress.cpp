#include "postaladdress.h"

#include <QRegularExpression>

namespace Sekretariat {

QStringList PostalAddress::streetLines() const
{
    QStringList result;
    for (const QString &line : lines.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

QString PostalAddress::text() const
{
    QStringList result = streetLines();
    const QString place = QStringList{postalCode.trimmed(), city.trimmed()}.join(u' ').trimmed();
    if (!place.isEmpty())
        result.append(place);
    if (!country.isEmpty() && country != u"NO")
        result.append(country);
    return result.join(u'\n');
}

QStringList PostalAddress::missing() const
{
    QStringList result;
    if (streetLines().isEmpty())
        result.append(tr("the street or post box"));
    static const QRegularExpression norwegianPostcode(QStringLiteral("^\\d{4}$"));
    if (postalCode.trimmed().isEmpty())
        result.append(tr("the postcode"));
    else if (country == u"NO" && !norwegianPostcode.match(postalCode.trimmed()).hasMatch())
        result.append(tr("a postcode of four digits"));
    if (city.trimmed().isEmpty())
        result.append(tr("the town"));
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!countryCode.match(country).hasMatch())
        result.append(tr("the country (a two-letter code such as NO)"));
    return result;
}

PostalAddress PostalAddress::fromText(const QString &text)
{
    PostalAddress address;
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    static const QRegularExpression place(QStringLiteral("^(\\d{4})\\s+(\\S.*)$"));
    const QRegularExpressionMatch match = lines.isEmpty() ? QRegularExpressionMatch() : place.match(lines.last());
    if (match.hasMatch()) {
        lines.removeLast();
        address.postalCode = match.captured(1);
        address.city = match.captured(2).trimmed();
    }
    address.lines = lines.join(u'\n');
    return address;
}

} // namespace Sekretariat
