#pragma once

#include <Qt>

namespace Sekretariat {

// Roles shared by every table model of core.
enum ModelRole {
    IdRole = Qt::UserRole,      // the row's database id (qint64)
    SortRole,                   // what the column sorts by (numbers as numbers, dates as dates)
    ExportValueRole,            // the value as written to CSV (ISO dates, keys not labels)
    ExportKeyRole,              // header only: the column's stable CSV name
    SearchTextRole,             // column 0 only: all visible text of the row, folded for search
    NaturalOrderRole,           // header only: true when the rows already stand in this column's ascending order
    SpreadsheetValueRole,       // the cell as a spreadsheet holds it: a number, a QDate or QDateTime, or Money;
                                // nothing where the shown text is the value (names, codes with leading zeros)
    FirstCustomRole = Qt::UserRole + 32,
};

} // namespace Sekretariat
