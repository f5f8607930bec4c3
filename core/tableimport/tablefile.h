#pragma once

#include "common/textdecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace Sekretariat {

// A table someone else's program wrote (a CSV file, an Excel sheet): its header
// row and the rows below it, each with its row number as a spreadsheet shows it
// (the header is row 1 when it is the first line). Empty rows are left out.
struct TableFile
{
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    DecodedText::Encoding encoding = DecodedText::Encoding::Utf8;  // CSV only
    QChar separator = u';';                                        // CSV only
    QStringList headers;
    QList<QStringList> rows;   // each as long as the header (padded or cut)
    QList<int> rowNumbers;     // the spreadsheet row of each row
    int extraCells = 0;        // cells beyond the header's columns, which are not read

    qsizetype size() const { return rows.size(); }
};

// How to read a CSV file when the guess was wrong: the user's encoding or separator.
struct TableFileOptions
{
    std::optional<DecodedText::Encoding> encoding;
    std::optional<QChar> separator;
};

class TableFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TableFileReader)

public:
    // An Excel workbook (by its content, not its name) or CSV with the encoding
    // and separator detected unless `options` give them.
    static std::optional<TableFile> read(const QByteArray &bytes, const TableFileOptions &options, QString *error);
    static std::optional<TableFile> readFile(const QString &path, const TableFileOptions &options, QString *error);
};

} // namespace Sekretariat
