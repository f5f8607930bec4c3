#include "csvreader.h"

namespace Sekretariat {

QList<QStringList> CsvReader::parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool rowHasContent = false;
    const qsizetype length = text.size();

    auto endField = [&] {
        fields.append(field);
        field.clear();
    };
    auto endRow = [&] {
        endField();
        if (rowHasContent || fields.size() > 1 || !fields.first().isEmpty())
            rows.append(fields);
        fields.clear();
        rowHasContent = false;
    };

    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < length && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            rowHasContent = true;
        } else if (c == u',') {
            endField();
            rowHasContent = true;
        } else if (c == u'\n') {
            endRow();
        } else if (c != u'\r' && c != u'\ufeff') {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !fields.isEmpty() || rowHasContent)
        endRow();
    return rows;
}

} // namespace Sekretariat
