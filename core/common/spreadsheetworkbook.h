#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Sekretariat {

class ShownList;

// A list as an Excel workbook (.xlsx, through libxlsxwriter): the header row in
// bold, frozen and with a filter; numbers, dates and amounts as real cells (the
// list's SpreadsheetValueRole), everything else as text. A text cell is never a
// formula, whatever it begins with, so "=HYPERLINK(...)" from a form stays text.
class SpreadsheetWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetWorkbook)

public:
    // Written whole or not at all: an existing file is replaced only on success.
    static bool write(const ShownList &list, const QString &sheetName, const QString &path, QString *error);
    // The workbook's bytes to `device` (a command's --output).
    static bool write(const ShownList &list, const QString &sheetName, QIODevice &device, QString *error);
};

} // namespace Sekretariat
