#pragma once

#include "person.h"

#include <QCoreApplication>

namespace Sekretariat {

class RoleTerms
{
    Q_DECLARE_TR_FUNCTIONS(RoleTerms)

public:
    static QString key(RoleType type);
    static RoleType fromKey(const QString &key, bool *ok = nullptr);
    static QString label(RoleType type);
    static QList<RoleType> types();
};

} // namespace Sekretariat
