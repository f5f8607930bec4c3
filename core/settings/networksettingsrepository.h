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

    // Empty settings when none are saved yet; lastError() says when they could not be read.
    NetworkSettings load() const;
    Outcome save(const NetworkSettings &settings);
    static Outcome validate(const NetworkSettings &settings);

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace Sekretariat
