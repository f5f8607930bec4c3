#pragma once

#include <QList>
#include <QStringList>

namespace Sekretariat {

// Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks in quotes).
class CsvReader
{
public:
    static QList<QStringList> parse(const QString &text);
};

} // namespace Sekretariat
