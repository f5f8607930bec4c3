#pragma once

#include <QStringList>

class QAbstractItemModel;
class QIODevice;

namespace Sekretariat {

// Writes any table model as CSV (UTF-8, comma, CRLF, RFC 4180 quoting). The header
// row uses each column's ExportKeyRole and the cells each column's ExportValueRole,
// so files are stable whatever language the window speaks.
class CsvWriter
{
public:
    static bool write(const QAbstractItemModel &model, QIODevice &device);
    static QString line(const QStringList &fields);
    static QString quoted(const QString &field, QChar separator = u',');
    // A cell that a spreadsheet would run as a formula (it begins with =, +, -, @,
    // a tab or a carriage return) is given a leading apostrophe; numbers such as
    // "-1 250,00" are left as they are.
    static QString spreadsheetSafe(const QString &field);
};

} // namespace Sekretariat
