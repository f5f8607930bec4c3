#pragma once

#include "importmapping.h"
#include "importplan.h"
#include "importprogress.h"
#include "tablefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <optional>

class QLocale;

namespace Sekretariat {

class MunicipalityCatalogue;

// Reads every row of a file of members by the member form's rules: each must be
// a municipality or county municipality of the official list, by its number or
// its name; one already in the register is a duplicate to merge or skip.
// Reads the register; writes nothing.
class MembersImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(MembersImportPlanner)

public:
    MembersImportPlanner(const QSqlDatabase &database, const QDate &today);

    std::optional<ImportPlan> plan(const TableFile &file, const ImportMapping &mapping,
                                   const ImportProgress &progress, QString *error) const;

private:
    QSqlDatabase m_database;
    QDate m_today;
};

} // namespace Sekretariat
