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

// Forward-only, to read a large result without keeping it, where the back end
// allows other statements on the connection while rows are being read. Qt's
// PostgreSQL driver reads a forward-only result row by row from the server
// and loses it at the next statement (a repository reads another table for
// each row), so there the whole result is fetched at once.
void forwardOnly(QSqlQuery &query);

} // namespace Sekretariat::Read
