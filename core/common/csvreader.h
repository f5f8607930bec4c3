#pragma once

#include <QList>
#include <QStringList>

namespace Sekretariat {

// Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks in quotes),
// with any separator and lines ending in CRLF, LF or CR alone (old Mac Excel).
class CsvReader
{
public:
    static QList<QStringList> parse(const QString &text, QChar separator = u',');
    // The separator the first lines use most outside quotes: ';' (Norwegian
    // Excel), ',' or tab; ',' when none is used.
    static QChar detectSeparator(const QString &text);
};

} // namespace Sekretariat
