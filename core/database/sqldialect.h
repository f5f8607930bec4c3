#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Sekretariat {

// The few spellings SQLite and PostgreSQL do not share, for the repositories'
// SQL. Everything else the program writes is SQL both understand.
class SqlDialect
{
public:
    // The values of `expression` joined by `separator` (group_concat, string_agg).
    static QString joined(const QSqlDatabase &database, const QString &expression,
                          const QString &separator = QStringLiteral(","));
};

} // namespace Sekretariat
