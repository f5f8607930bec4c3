#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QAbstractItemModel;

namespace Sekretariat {

// A list exactly as the window shows it: the columns in their visual order, the
// rows as filtered and sorted, each cell's displayed text. What the user exports
// or prints is what they see.
class ShownList
{
public:
    static ShownList of(const QAbstractItemModel &model, const QList<int> &columns);

    QStringList headers() const { return m_headers; }
    int rowCount() const { return int(m_rows.size()); }
    QStringList row(int row) const { return m_rows.at(row); }
    // The cell as a spreadsheet holds it (SpreadsheetValueRole); invalid where the text is the value.
    QVariant value(int row, int column) const { return m_values.at(row).at(column); }

    // Norwegian Excel's dialect (UTF-8 with BOM, ';', CRLF), and a cell that a
    // spreadsheet would take for a formula written as text.
    QByteArray csv() const;
    // Plain CSV (RFC 4180): ',', UTF-8 without a byte order mark, CRLF.
    QByteArray plainCsv() const;
    // A table for printing, with a title and a line under it.
    QString html(const QString &title, const QString &subtitle) const;

private:
    QByteArray csvText(QChar separator) const;

    QStringList m_headers;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
    QList<QVariantList> m_values;
};

} // namespace Sekretariat
