#pragma once

#include "common/outcome.h"
#include "duessettings.h"
#include "ratetable.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Sekretariat {

// All SQL of dues_rates and dues_settings. Every write is one transaction.
class DuesRepository
{
    Q_DECLARE_TR_FUNCTIONS(DuesRepository)

public:
    explicit DuesRepository(const QSqlDatabase &database);

    // The years as entered, oldest first.
    QList<RateEntry> rateEntries() const;
    RateTable rateTable() const;
    // Inserts the year or replaces what it had. The year's effective floor and
    // cap (its own or carried over) must stay in order, for it and the years after.
    Outcome saveRateEntry(const RateEntry &entry);
    // Refused for a year that has invoices: they were calculated from it.
    Outcome removeRateEntry(int year);
    // The rules one entry must follow on its own (field names: year, rate,
    // deflator, floor, cap).
    static Outcome validate(const RateEntry &entry);
    bool yearHasInvoices(int year) const;

    DuesSettings loadSettings() const;
    Outcome saveSettings(const DuesSettings &settings);
    static Outcome validate(const DuesSettings &settings);

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace Sekretariat
