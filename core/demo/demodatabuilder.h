#pragma once

#include "common/outcome.h"
#include "events/registration.h"
#include "settings/networksettings.h"

#include <QCoreApplication>
#include <QDate>

class QRandomGenerator;

namespace Sekretariat {

class MunicipalityCatalogue;
class Repositories;

// Fills a new database with a realistic, repeatable demo: real municipalities from
// the official list, made-up people with roles, members in every status. Written
// through the repositories, in one transaction, so it obeys every rule.
class DemoDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataBuilder)

public:
    DemoDataBuilder(const Repositories &repositories, const MunicipalityCatalogue &catalogue);

    void setMemberCount(int count) { m_memberCount = count; }
    void setSeed(quint32 seed) { m_seed = seed; }
    void setToday(const QDate &today) { m_today = today; }

    // Refuses a database that already has members.
    Outcome build();

    // The made-up network of the demo, the benchmarks and the tests, with its logo.
    static NetworkSettings demoNetworkSettings();

private:
    struct Delegate
    {
        qint64 personId = 0;
        qint64 memberId = 0;
        ParticipantRole role = ParticipantRole::Other;
    };
    Outcome fill() const;
    Outcome buildEvents(const QList<Delegate> &delegates, QRandomGenerator &random) const;

    const Repositories &m_repositories;
    const MunicipalityCatalogue &m_catalogue;
    int m_memberCount = 40;
    quint32 m_seed = 2024;
    QDate m_today = QDate::currentDate();
};

} // namespace Sekretariat
