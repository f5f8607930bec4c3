#include "csvwriter.h"

#include "modelroles.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QIODevice>
#include <QRegularExpression>

namespace Sekretariat {

QString CsvWriter::quoted(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString CsvWriter::spreadsheetSafe(const QString &field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return field;
    // A number, in our own or the C locale's form, is a value and no formula.
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9][0-9 \u00a0.,]*$"));
    if (number.match(field).hasMatch())
        return field;
    return u'\'' + field;
}

QString CsvWriter::line(const QStringList &fields)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString &field : fields)
        quotedFields.append(quoted(field));
    return quotedFields.join(u',') + QStringLiteral("\r\n");
}

bool CsvWriter::write(const QAbstractItemModel &model, QIODevice &device)
{
    const int columns = model.columnCount();
    QStringList fields;
    for (int column = 0; column < columns; ++column)
        fields.append(model.headerData(column, Qt::Horizontal, ExportKeyRole).toString());
    if (device.write(line(fields).toUtf8()) < 0)
        return false;

    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        fields.clear();
        for (int column = 0; column < columns; ++column) {
            const QVariant value = model.data(model.index(row, column), ExportValueRole);
            if (value.typeId() == QMetaType::QDate)
                fields.append(value.toDate().toString(Qt::ISODate));
            else
                fields.append(value.toString());
        }
        if (device.write(line(fields).toUtf8()) < 0)
            return false;
    }
    return true;
}

} // namespace Sekretariat
