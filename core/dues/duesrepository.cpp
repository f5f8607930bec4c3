#include "duesrepository.h"

#include "reminderfeerule.h"

#include "common/sqlvalues.h"
#include "database/write.h"
#include "database/read.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdlib>

namespace Sekretariat {

namespace {

constexpr int firstYear = 2000;  // the table's CHECK
constexpr int lastYear = 2200;
constexpr int largestDeflatorBasisPoints = 5000; // ±50 %: anything beyond is a typing error
constexpr qint64 largestRateOre = 100000;        // NOK 1,000 per inhabitant

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

template<typename T>
std::optional<T> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return T(value.toLongLong());
}

} // namespace

DuesRepository::DuesRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

QList<RateEntry> DuesRepository::rateEntries() const
{
    QList<RateEntry> entries;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    if (!query.exec(QStringLiteral("SELECT year, rate_ore, deflator_basis_points, floor_ore, cap_ore"
                                   " FROM dues_rates ORDER BY year"))) {
        m_lastError = query.lastError().text();
        return entries;
    }
    while (query.next()) {
        RateEntry entry;
        entry.year = query.value(QStringLiteral("year")).toInt();
        entry.rateOre = optionalFrom<qint64>(query.value(QStringLiteral("rate_ore")));
        entry.deflatorBasisPoints = optionalFrom<int>(query.value(QStringLiteral("deflator_basis_points")));
        if (const auto floor = optionalFrom<qint64>(query.value(QStringLiteral("floor_ore"))))
            entry.floor = Money::fromOre(*floor);
        if (const auto cap = optionalFrom<qint64>(query.value(QStringLiteral("cap_ore"))))
            entry.cap = Money::fromOre(*cap);
        entries.append(entry);
    }
    return entries;
}

RateTable DuesRepository::rateTable() const
{
    RateTable table;
    table.setEntries(rateEntries());
    return table;
}

Outcome DuesRepository::validate(const RateEntry &entry)
{
    if (entry.year < firstYear || entry.year > lastYear)
        return Outcome::failure(tr("Year: %1 is not a year between %2 and %3.").arg(entry.year).arg(firstYear).arg(lastYear),
                                QStringLiteral("year"));
    if (!entry.rateOre && !entry.deflatorBasisPoints)
        return Outcome::failure(tr("Rate: enter the year's rate per inhabitant or its deflator."),
                                QStringLiteral("rate"));
    if (entry.rateOre && entry.deflatorBasisPoints)
        return Outcome::failure(tr("Rate: enter either the rate or the deflator, not both."), QStringLiteral("rate"));
    if (entry.rateOre && (*entry.rateOre <= 0 || *entry.rateOre > largestRateOre))
        return Outcome::failure(tr("Rate: the rate per inhabitant must be more than zero and at most %1.")
                                    .arg(Money::fromOre(largestRateOre).toString()),
                                QStringLiteral("rate"));
    if (entry.deflatorBasisPoints && std::abs(*entry.deflatorBasisPoints) > largestDeflatorBasisPoints)
        return Outcome::failure(tr("Deflator: %1 % is not a sensible deflator; it must lie between -50 % and 50 %.")
                                    .arg(QLocale().toString(*entry.deflatorBasisPoints / 100.0, 'f', 2)),
                                QStringLiteral("deflator"));
    if (entry.floor && *entry.floor < Money())
        return Outcome::failure(tr("Floor: the floor cannot be negative."), QStringLiteral("floor"));
    if (entry.cap && *entry.cap <= Money())
        return Outcome::failure(tr("Cap: the cap must be more than zero."), QStringLiteral("cap"));
    if (entry.floor && entry.cap && *entry.floor > *entry.cap)
        return Outcome::failure(tr("Floor: the floor (%1) is above the cap (%2).")
                                    .arg(entry.floor->toString(), entry.cap->toString()),
                                QStringLiteral("floor"));
    return Outcome::success();
}

Outcome DuesRepository::saveRateEntry(const RateEntry &entry)
{
    if (Outcome valid = validate(entry); !valid)
        return valid;

    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();

    // Floor and cap carry over: the new entry must keep every later year in order too.
    QList<RateEntry> entries = rateEntries();
    entries.removeIf([&](const RateEntry &e) { return e.year == entry.year; });
    entries.append(entry);
    RateTable table;
    table.setEntries(entries);
    for (const RateEntry &later : table.entries()) {
        if (later.year < entry.year)
            continue;
        const std::optional<YearRate> rate = table.rateFor(later.year);
        if (rate && rate->floor > rate->cap) {
            return Outcome::failure(tr("Floor: in %1 the floor (%2) would be above the cap (%3).")
                                        .arg(later.year)
                                        .arg(rate->floor.toString(), rate->cap.toString()),
                                    QStringLiteral("floor"));
        }
    }

    const QVariantList values{
        entry.year, optionalValue(entry.rateOre),
        entry.deflatorBasisPoints ? QVariant(*entry.deflatorBasisPoints) : QVariant(QMetaType(QMetaType::Int)),
        optionalValue(entry.floor ? std::optional<qint64>(entry.floor->ore()) : std::nullopt),
        optionalValue(entry.cap ? std::optional<qint64>(entry.cap->ore()) : std::nullopt)};
    if (!write.run(QStringLiteral("INSERT INTO dues_rates (year, rate_ore, deflator_basis_points, floor_ore, cap_ore)"
                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET"
                                  " rate_ore = excluded.rate_ore, deflator_basis_points = excluded.deflator_basis_points,"
                                  " floor_ore = excluded.floor_ore, cap_ore = excluded.cap_ore"),
                   values, tr("The rate could not be saved: %1")))
        return write.outcome();
    return write.commit(entry.year);
}

bool DuesRepository::yearHasInvoices(int year) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM invoices WHERE year = ?)"));
    query.addBindValue(year);
    if (!query.exec() || !query.next())
        return true; // when in doubt, keep the rate
    return query.value(0).toBool();
}

Outcome DuesRepository::removeRateEntry(int year)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    if (yearHasInvoices(year))
        return Outcome::failure(tr("%1 has invoices calculated from its rate; the rate cannot be removed.").arg(year),
                                QStringLiteral("year"));
    if (!write.run(QStringLiteral("DELETE FROM dues_rates WHERE year = ?"), QVariantList{year},
                   tr("The rate could not be removed: %1"), 1))
        return write.rowsAffected() == 0 ? Outcome::failure(tr("There is no rate for %1.").arg(year), QStringLiteral("year"))
                                         : write.outcome();
    return write.commit(year);
}

DuesSettings DuesRepository::loadSettings() const
{
    DuesSettings settings;
    m_lastError.clear();
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT payment_terms_days, pro_rata_new_members, vat_registered,"
                                   " reminder_terms_days, first_reminder_days, second_reminder_days, handover_days,"
                                   " first_reminder_text, second_reminder_text, handover_text, reminder_fee_ore"
                                   " FROM dues_settings WHERE id = 1"))
        || !query.next()) {
        m_lastError = query.lastError().text();
        return settings;
    }
    settings.paymentTermsDays = query.value(QStringLiteral("payment_terms_days")).toInt();
    settings.proRataNewMembers = query.value(QStringLiteral("pro_rata_new_members")).toBool();
    settings.vatRegistered = query.value(QStringLiteral("vat_registered")).toBool();
    settings.reminderTermsDays = query.value(QStringLiteral("reminder_terms_days")).toInt();
    settings.firstReminderDays = query.value(QStringLiteral("first_reminder_days")).toInt();
    settings.secondReminderDays = query.value(QStringLiteral("second_reminder_days")).toInt();
    settings.handOverDays = query.value(QStringLiteral("handover_days")).toInt();
    settings.firstReminderText = query.value(QStringLiteral("first_reminder_text")).toString();
    settings.secondReminderText = query.value(QStringLiteral("second_reminder_text")).toString();
    settings.handOverText = query.value(QStringLiteral("handover_text")).toString();
    settings.reminderFee = Money::fromOre(query.value(QStringLiteral("reminder_fee_ore")).toLongLong());
    return settings;
}

Outcome DuesRepository::validate(const DuesSettings &settings)
{
    if (settings.paymentTermsDays < 0 || settings.paymentTermsDays > 365)
        return Outcome::failure(tr("Payment terms: between 0 and 365 days."), QStringLiteral("paymentTermsDays"));
    if (settings.reminderTermsDays < 0 || settings.reminderTermsDays > 365)
        return Outcome::failure(tr("Reminder terms: between 0 and 365 days."), QStringLiteral("reminderTermsDays"));
    const QList<std::pair<int, QString>> steps{{settings.firstReminderDays, QStringLiteral("firstReminderDays")},
                                               {settings.secondReminderDays, QStringLiteral("secondReminderDays")},
                                               {settings.handOverDays, QStringLiteral("handOverDays")}};
    for (const auto &[days, field] : steps) {
        if (days < 0 || days > 365)
            return Outcome::failure(tr("Dunning: each step between 0 and 365 days after the due date before it."), field);
    }
    if (settings.reminderFee < Money())
        return Outcome::failure(tr("Reminder fee: enter 0 or more."), QStringLiteral("reminderFee"));
    if (settings.reminderFee > ReminderFeeRule::legalMaximum()) {
        return Outcome::failure(tr("Reminder fee: the law allows at most %1 (a tenth of the collection rate).")
                                    .arg(ReminderFeeRule::legalMaximum().toString()),
                                QStringLiteral("reminderFee"));
    }
    return Outcome::success();
}

Outcome DuesRepository::saveSettings(const DuesSettings &settings)
{
    if (Outcome valid = validate(settings); !valid)
        return valid;
    Write write(m_database);
    if (!write.run(QStringLiteral("INSERT INTO dues_settings (id, payment_terms_days, pro_rata_new_members,"
                                  " vat_registered, reminder_terms_days, first_reminder_days, second_reminder_days,"
                                  " handover_days, first_reminder_text, second_reminder_text, handover_text,"
                                  " reminder_fee_ore) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (id) DO UPDATE SET payment_terms_days = excluded.payment_terms_days,"
                                  " pro_rata_new_members = excluded.pro_rata_new_members,"
                                  " vat_registered = excluded.vat_registered,"
                                  " reminder_terms_days = excluded.reminder_terms_days,"
                                  " first_reminder_days = excluded.first_reminder_days,"
                                  " second_reminder_days = excluded.second_reminder_days,"
                                  " handover_days = excluded.handover_days,"
                                  " first_reminder_text = excluded.first_reminder_text,"
                                  " second_reminder_text = excluded.second_reminder_text,"
                                  " handover_text = excluded.handover_text,"
                                  " reminder_fee_ore = excluded.reminder_fee_ore"),
                   QVariantList{settings.paymentTermsDays, settings.proRataNewMembers ? 1 : 0,
                                settings.vatRegistered ? 1 : 0, settings.reminderTermsDays,
                                settings.firstReminderDays, settings.secondReminderDays, settings.handOverDays,
                                SqlValues::text(settings.firstReminderText.trimmed()),
                                SqlValues::text(settings.secondReminderText.trimmed()),
                                SqlValues::text(settings.handOverText.trimmed()), settings.reminderFee.ore()},
                   tr("The dues settings could not be saved: %1")))
        return write.outcome();
    return write.commit();
}

} // namespace Sekretariat
