#pragma once

#include "common/outcome.h"
#include "networksettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Sekretariat {

class NetworkSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSettingsRepository)

public:
    explicit NetworkSettingsRepository(const QSqlDatabase &database);

    NetworkSettings load() const;
    Outcome save(const NetworkSettings &settings);
    static Outcome validate(const NetworkSettings &settings);

private:
    QSqlDatabase m_database;
};

} // namespace Sekretariat
