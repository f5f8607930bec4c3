#pragma once

#include "common/money.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace Sekretariat {

// What the secretariat enters for one year: its own rate, or the deflator that
// carries last year's rate forward; floor and cap where they change.
struct RateEntry
{
    int year = 0;
    std::optional<qint64> rateOre;          // per inhabitant, in øre (2.23 NOK = 223)
    std::optional<int> deflatorBasisPoints; // 4.20 % = 420
    std::optional<Money> floor;
    std::optional<Money> cap;
};

// The rate, floor and cap that hold for a year, and how they were reached.
struct YearRate
{
    int year = 0;
    qint64 rateOre = 0;
    Money floor;
    Money cap;
    bool derivedFromDeflator = false;
};

// rate(year) = rate(year - 1) x (1 + deflator(year)), rounded to whole øre so
// that the invoice line "20 000 x kr 2,32" is exact. Floor and cap carry over
// from the year before until a year sets its own.
class RateTable
{
    Q_DECLARE_TR_FUNCTIONS(RateTable)

public:
    void setEntries(const QList<RateEntry> &entries);
    const QList<RateEntry> &entries() const { return m_entries; }

    std::optional<YearRate> rateFor(int year) const;
    // Why rateFor(year) has no answer, in words for the user.
    QString whyNoRate(int year) const;

private:
    const RateEntry *entryFor(int year) const;
    QList<RateEntry> m_entries;
};

} // namespace Sekretariat
