#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace Sekretariat {

// The first worksheet of an Excel workbook (.xlsx) as rows of text, the way a
// person reads it: shared and inline strings, numbers without a spurious ".0",
// date cells as ISO dates (2024-03-01), booleans as 1/0. Formulas give the value
// Excel saved with them. Rows and cells the file leaves out are empty.
class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    static bool looksLikeWorkbook(const QByteArray &bytes);
    static std::optional<QList<QStringList>> readFirstSheet(const QByteArray &bytes, QString *error);
};

} // namespace Sekretariat
