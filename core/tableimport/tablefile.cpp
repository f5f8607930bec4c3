#include "tablefile.h"

#include "common/csvreader.h"
#include "xlsxsheetreader.h"

#include <QFile>

namespace Sekretariat {

namespace {

bool isEmptyRow(const QStringList &row)
{
    return std::all_of(row.cbegin(), row.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

bool fill(TableFile &table, const QList<QStringList> &records, QString *error)
{
    qsizetype header = 0;
    while (header < records.size() && isEmptyRow(records.at(header)))
        ++header;
    if (header == records.size()) {
        if (error)
            *error = TableFileReader::tr("The file has no rows.");
        return false;
    }
    table.headers = records.at(header);
    while (!table.headers.isEmpty() && table.headers.constLast().trimmed().isEmpty())
        table.headers.removeLast();
    const qsizetype columns = table.headers.size();
    table.rows.reserve(records.size() - header - 1);
    table.rowNumbers.reserve(records.size() - header - 1);
    for (qsizetype index = header + 1; index < records.size(); ++index) {
        QStringList row = records.at(index);
        if (isEmptyRow(row))
            continue;
        for (qsizetype cell = columns; cell < row.size(); ++cell) {
            if (!row.at(cell).trimmed().isEmpty())
                ++table.extraCells;
        }
        row.resize(columns);
        table.rows.append(row);
        table.rowNumbers.append(int(index + 1));
    }
    return true;
}

} // namespace

std::optional<TableFile> TableFileReader::read(const QByteArray &bytes, const TableFileOptions &options,
                                               QString *error)
{
    TableFile table;
    if (XlsxSheetReader::looksLikeWorkbook(bytes)) {
        table.format = TableFile::Format::Xlsx;
        const std::optional<QList<QStringList>> rows = XlsxSheetReader::readFirstSheet(bytes, error);
        if (!rows || !fill(table, *rows, error))
            return std::nullopt;
        return table;
    }
    if (bytes.contains('\0')) {
        if (error)
            *error = tr("The file is neither CSV text nor an Excel workbook (.xlsx).");
        return std::nullopt;
    }
    const DecodedText detected = TextDecoder::decode(bytes);
    table.encoding = options.encoding.value_or(detected.encoding);
    const QString text = options.encoding ? TextDecoder::decode(bytes, table.encoding) : detected.text;
    table.separator = options.separator.value_or(CsvReader::detectSeparator(text));
    if (!fill(table, CsvReader::parse(text, table.separator), error))
        return std::nullopt;
    return table;
}

std::optional<TableFile> TableFileReader::readFile(const QString &path, const TableFileOptions &options,
                                                   QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The file “%1” cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return read(file.readAll(), options, error);
}

} // namespace Sekretariat
