#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Sekretariat {

// An address as an electronic invoice needs it: the street lines apart from the
// postcode, the town and the country, which a printed address runs together.
struct PostalAddress
{
    Q_DECLARE_TR_FUNCTIONS(PostalAddress)

public:
    QString lines;        // street, post box, department; one per line
    QString postalCode;
    QString city;
    QString country = QStringLiteral("NO");  // ISO 3166-1 alpha-2

    QStringList streetLines() const;
    // The lines, "postcode city", and the country's code when not Norway: as printed.
    QString text() const;
    // What an electronic invoice cannot do without, translated; empty when complete.
    QStringList missing() const;
    bool isComplete() const { return missing().isEmpty(); }

    // A free-text address split at its last line when that is "NNNN Town" (a
    // Norwegian postcode and town); otherwise all of it stays in the lines and
    // the postcode and town are empty, for the user to complete.
    static PostalAddress fromText(const QString &text);

    bool operator==(const PostalAddress &other) const = default;
};

} // namespace Sekretariat
