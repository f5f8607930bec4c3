#pragma once

#include "common/outcome.h"
#include "database/connectionfactory.h"
#include "importmapping.h"
#include "importplan.h"
#include "importprogress.h"
#include "tablefile.h"

#include <QDate>
#include <optional>

namespace Sekretariat {

// Planning and writing an import on a worker thread, so the window stays
// responsive with 100,000 rows: each on a connection of the thread's own,
// opened at `where` and closed again (a connection belongs to its thread).
class TableImportJob
{
public:
    static std::optional<ImportPlan> plan(const ConnectionDescription &where, const TableFile &file,
                                          const ImportMapping &mapping, const QDate &today,
                                          const ImportProgress &progress, QString *error);
    static Outcome apply(const ConnectionDescription &where, const ImportPlan &plan, const ImportProgress &progress);
};

} // namespace Sekretariat
