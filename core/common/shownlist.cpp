#include "shownlist.h"

#include "csvwriter.h"
#include "modelroles.h"

#include <QAbstractItemModel>

namespace Sekretariat {

ShownList ShownList::of(const QAbstractItemModel &model, const QList<int> &columns)
{
    ShownList list;
    for (int column : columns) {
        list.m_headers.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        list.m_rightAligned.append(false);
    }
    const int rows = model.rowCount();
    list.m_rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QStringList cells;
        QVariantList values;
        cells.reserve(columns.size());
        values.reserve(columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QModelIndex index = model.index(row, columns.at(i));
            cells.append(index.data(Qt::DisplayRole).toString());
            values.append(index.data(SpreadsheetValueRole));
            if (row == 0 && (index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight))
                list.m_rightAligned[i] = true;
        }
        list.m_rows.append(cells);
        list.m_values.append(values);
    }
    return list;
}

QByteArray ShownList::csv() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + csvText(u';');
}

QByteArray ShownList::plainCsv() const
{
    return csvText(u',');
}

QByteArray ShownList::csvText(QChar separator) const
{
    auto line = [separator](const QStringList &fields) {
        QStringList out;
        out.reserve(fields.size());
        for (const QString &field : fields)
            out.append(CsvWriter::quoted(CsvWriter::spreadsheetSafe(field), separator));
        return out.join(separator) + QStringLiteral("\r\n");
    };
    QString text = line(m_headers);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text.toUtf8();
}

QString ShownList::html(const QString &title, const QString &subtitle) const
{
    QString html = QStringLiteral("<html><body><h2>%1</h2><p>%2</p>"
                                  "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\"><thead><tr>")
                       .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped());
    auto align = [this](qsizetype column) {
        return m_rightAligned.at(column) ? QStringLiteral(" align=\"right\"") : QString();
    };
    for (qsizetype column = 0; column < m_headers.size(); ++column)
        html += QStringLiteral("<th%1 style=\"border-bottom: 1px solid #444\">%2</th>")
                    .arg(align(column), m_headers.at(column).toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const QString background = row % 2 ? QStringLiteral(" bgcolor=\"#f2f2f2\"") : QString();
        html += QStringLiteral("<tr%1>").arg(background);
        for (qsizetype column = 0; column < m_headers.size(); ++column)
            html += QStringLiteral("<td%1>%2</td>").arg(align(column), m_rows.at(row).at(column).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table></body></html>");
    return html;
}

} // namespace Sekretariat
