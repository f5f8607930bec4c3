#pragma once

#include "common/outcome.h"
#include "importplan.h"
#include "importprogress.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Sekretariat {

// Writes a plan the user has seen: every row to add or merge, in one
// transaction. A row that can no longer be written (its duplicate was deleted
// meanwhile), a failure or a cancel leaves the register as it was.
class TableImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableImportWriter)

public:
    static Outcome apply(const QSqlDatabase &database, const ImportPlan &plan, const ImportProgress &progress = {});
};

} // namespace Sekretariat
