#include "csvwriter.h"

#include "modelroles.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QIODevice>

namespace Sekretariat {

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
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
