#pragma once

#include <QString>
#include <QStringList>

namespace Sekretariat {

// Splits a migration script into statements. Semicolons inside quotes, comments
// and BEGIN ... END / CASE ... END blocks (trigger bodies) do not end a statement.
class SqlScript
{
public:
    static QStringList statements(const QString &script);
};

} // namespace Sekretariat
