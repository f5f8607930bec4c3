#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QTextStream;

namespace Sekretariat {

// `import population FILE [--year YEAR] [--dry-run]`: reads a file of Statistics
// Norway's table 07459, prints per member the old and new figure and the next
// dues run before and after as CSV, and without --dry-run writes the new figures
// in one transaction (the old ones stay in the history).
class PopulationCommands
{
    Q_DECLARE_TR_FUNCTIONS(PopulationCommands)

public:
    static int importPopulation(const QString &databasePath, const QString &file, const QString &year, bool dryRun,
                                QIODevice &out, QTextStream &err);
};

} // namespace Sekretariat
