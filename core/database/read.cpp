#include "read.h"

#include <QSqlDriver>
#include <QSqlError>

namespace Sekretariat::Read {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    // Without values the statement goes as it is: to a server one round trip,
    // where a prepared one takes three (prepare, execute, and deallocate).
    if (values.isEmpty()) {
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

void forwardOnly(QSqlQuery &query)
{
    query.setForwardOnly(!query.driver() || query.driver()->dbmsType() != QSqlDriver::PostgreSQL);
}

} // namespace Sekretariat::Read
