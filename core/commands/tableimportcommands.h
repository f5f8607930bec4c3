#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QTextStream;

namespace Sekretariat {

struct CommandOptions;

// `import people|members FILE [--mapping FILE] [--duplicates skip|merge|add] [--dry-run]`:
// reads a CSV file or Excel workbook, prints what each row does as CSV (row,
// result, name, existing, details) and, when no row has an error and not
// --dry-run, writes it in one transaction. A file with errors writes nothing.
class TableImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(TableImportCommands)

public:
    static int importTable(const QString &databasePath, const QString &what, const QString &file,
                           const CommandOptions &options, QIODevice &out, QTextStream &err);
};

} // namespace Sekretariat
