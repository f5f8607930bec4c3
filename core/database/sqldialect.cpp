#include "sqldialect.h"

#include "connectionfactory.h"

namespace Sekretariat {

QString SqlDialect::joined(const QSqlDatabase &database, const QString &expression, const QString &separator)
{
    QString quoted = separator;
    quoted.replace(u'\'', QStringLiteral("''"));
    if (ConnectionFactory::isServer(database))
        return QStringLiteral("string_agg(%1, '%2')").arg(expression, quoted);
    return QStringLiteral("group_concat(%1, '%2')").arg(expression, quoted);
}

} // namespace Sekretariat
