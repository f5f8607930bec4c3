#pragma once

#include "importfield.h"
#include "importplan.h"
#include "tablefile.h"
#include "members/member.h"
#include "people/person.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace Sekretariat {

// Reads the cells of one row by the rules the forms use, and says on the row
// every way what is stored differs from what the file writes, and every cell
// that cannot be read. Nothing is corrected silently.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    ImportValues(const QDate &today) : m_today(today) {}

    // The cell without the spaces around it; a removed space is a change on the row.
    QString text(const QString &cell, ImportField field, ImportRow &row) const;
    // A Norwegian postcode ("0554"); "554" (a spreadsheet took the zero) gets its
    // zero back as a change; anything else that is not four digits is an error.
    QString postalCode(const QString &cell, ImportField field, ImportRow &row) const;
    // A date in Norwegian (31.12.2024), ISO or English form, between 1900 and ten
    // years from today; an impossible or implausible date is an error.
    QDate date(const QString &cell, ImportField field, ImportRow &row) const;
    std::optional<RoleType> role(const QString &cell, ImportRow &row) const;
    std::optional<MemberStatus> status(const QString &cell, ImportRow &row) const;

    // The same word spelt in two ways in one column ("veteran", "Veteran") may be
    // one thing or two: noted for each row (by its index among the rows), and
    // after the last row a warning on each row that spells it the rarer way.
    void noteSpelling(ImportField field, const QString &value, qsizetype rowIndex);
    void warnOfSpellings(QList<ImportRow> &rows) const;

    // The row's key in the other program names one row: a repeat is an error.
    void checkKey(const QString &key, ImportRow &row);
    // What is said about the file as a whole.
    static QStringList fileFindings(const TableFile &file);

private:
    QDate m_today;
    // field -> the value in lower case -> each spelling -> the rows that spell it so
    QHash<ImportField, QHash<QString, QHash<QString, QList<qsizetype>>>> m_spellings;
    QHash<QString, int> m_keyRows;
};

} // namespace Sekretariat
