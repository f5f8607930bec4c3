#pragma once

#include "importmapping.h"
#include "importplan.h"
#include "importprogress.h"
#include "tablefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <optional>

namespace Sekretariat {

// Reads every row of a file of people by the person form's rules, finds the
// rows that repeat one another or someone already in the register, and says per
// row what importing it would do. Reads the register; writes nothing.
class PeopleImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(PeopleImportPlanner)

public:
    PeopleImportPlanner(const QSqlDatabase &database, const QDate &today);

    // nullopt when the register cannot be read or the mapping's member is not
    // one (`error` says why), or when `progress` cancelled (`error` empty).
    std::optional<ImportPlan> plan(const TableFile &file, const ImportMapping &mapping,
                                   const ImportProgress &progress, QString *error) const;

private:
    QSqlDatabase m_database;
    QDate m_today;
};

} // namespace Sekretariat
