#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

    // Norwegian Excel's dialect (UTF-8 with BOM, ';', CRLF), and a cell that a
    // spreadsheet would take for a formula written as text.
    QByteArray csv() const;
    // A table for printing, with a title and a line under it.
    QString html(const QString &title, const QString &subtitle) const;

private:
    QStringList m_headers;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};

} // namespace Sekretariat
