#pragma once

#include "importplan.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sekretariat {

// A plan as people read it: what each row does and why, as the wizard's table
// shows it and as a CSV file (Norwegian Excel's dialect) to keep or send on.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static QString result(const ImportRow &row);
    // Errors, then changes, then warnings, then what a merge changes: one per line.
    static QStringList details(const ImportRow &row);
    static QString mergeLine(const FieldChange &change);
    static QStringList headers();
    static QStringList line(const ImportRow &row);
    // "Ready: 93 to add, 2 to merge, 1 skipped, 3 with errors."
    static QString summary(const ImportPlan &plan);
    static QByteArray csv(const ImportPlan &plan);
};

} // namespace Sekretariat
