#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Sekretariat::Read {

// The read counterpart of Write: prepares `sql`, binds `values` in order and
// runs it. On failure `error` gets the database's reason; a statement that
// cannot be prepared (a table another tool renamed) says so, rather than the
// "parameter count mismatch" running it unprepared would report.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);

} // namespace Sekretariat::Read
