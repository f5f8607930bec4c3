#include "ratetable.h"

#include <algorithm>

namespace Sekretariat {

void RateTable::setEntries(const QList<RateEntry> &entries)
{
    m_entries = entries;
    std::sort(m_entries.begin(), m_entries.end(), [](const RateEntry &a, const RateEntry &b) { return a.year < b.year; });
}

const RateEntry *RateTable::entryFor(int year) const
{
    for (const RateEntry &entry : m_entries) {
        if (entry.year == year)
            return &entry;
    }
    return nullptr;
}

std::optional<YearRate> RateTable::rateFor(int year) const
{
    const RateEntry *entry = entryFor(year);
    if (!entry)
        return std::nullopt;
    std::optional<YearRate> previous;
    if (!entry->rateOre || !entry->floor || !entry->cap) {
        previous = rateFor(year - 1);
        if (!previous)
            return std::nullopt;
    }
    YearRate result;
    result.year = year;
    if (entry->rateOre) {
        result.rateOre = *entry->rateOre;
    } else if (entry->deflatorBasisPoints) {
        // Half up, in integers: rate x (10000 + bp) / 10000.
        const qint64 scaled = previous->rateOre * (10000 + *entry->deflatorBasisPoints);
        result.rateOre = (scaled + 5000) / 10000;
        result.derivedFromDeflator = true;
    } else {
        return std::nullopt;
    }
    result.floor = entry->floor ? *entry->floor : previous->floor;
    result.cap = entry->cap ? *entry->cap : previous->cap;
    return result;
}

QString RateTable::whyNoRate(int year) const
{
    if (!entryFor(year))
        return tr("There is no rate for %1. Enter the year's rate or its deflator.").arg(year);
    const RateEntry *entry = entryFor(year);
    if (!entry->rateOre && !entry->deflatorBasisPoints)
        return tr("%1 has neither a rate nor a deflator.").arg(year);
    return tr("%1 builds on %2, which has no rate. Enter the rate of %2 or an earlier year.").arg(year).arg(year - 1);
}

} // namespace Sekretariat
