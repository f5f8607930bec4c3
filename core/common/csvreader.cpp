#include "csvreader.h"

namespace Sekretariat {

QList<QStringList> CsvReader::parse(const QString &text, QChar separator)
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
        } else if (c == separator) {
            endField();
            rowHasContent = true;
        } else if (c == u'\n') {
            endRow();
        } else if (c == u'\r') {
            if (i + 1 >= length || text.at(i + 1) != u'\n')
                endRow();
        } else if (c != u'\ufeff') {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !fields.isEmpty() || rowHasContent)
        endRow();
    return rows;
}

QChar CsvReader::detectSeparator(const QString &text)
{
    const QChar candidates[] = {u';', u',', u'\t'};
    qsizetype counts[3] = {0, 0, 0};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 20; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            ++lines;
        else if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++counts[k];
            }
        }
    }
    int best = 1;
    for (int k = 0; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

} // namespace Sekretariat
