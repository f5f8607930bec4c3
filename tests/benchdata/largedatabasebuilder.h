#pragma once

#include "common/money.h"
#include "common/outcome.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class QRandomGenerator;

namespace Sekretariat {

class InvoiceRepository;
class MunicipalityCatalogue;

// How much a large database holds. full() is the network at its most ambitious
// (every municipality and county, and made-up members beyond them); small() is
// the same recipe small enough for a test in a debug build.
struct LargeDatabaseSize
{
    int members = 1000;
    int people = 100000;          // partners outside the membership included
    int invoices = 20000;         // dues invoices; credit notes come on top
    int events = 500;
    int registrations = 50000;    // spread over the events, past ones checked in

    static LargeDatabaseSize full() { return {}; }
    static LargeDatabaseSize small() { return {50, 2000, 200, 20, 400}; }
};

// What a database holds, counted in it.
struct LargeDatabaseCounts
{
    qint64 members = 0;
    qint64 people = 0;
    qint64 roles = 0;
    qint64 invoices = 0;
    qint64 creditNotes = 0;
    qint64 payments = 0;
    qint64 reminders = 0;
    qint64 events = 0;
    qint64 registrations = 0;

    static LargeDatabaseCounts of(const QSqlDatabase &database);
};

// Fills an empty database with a large, repeatable register for benchmarks: the
// members of the official list first (then made-up ones numbered from 9000, outside
// the real range), people with roles spread by population, and dues runs over as
// many years as the invoices need, with payments, reminders and a few credit notes.
// Everything goes through the repositories, so it obeys every rule, inside one
// outer transaction (the repositories' own become savepoints), so it is fast.
// The same seed and size give the same database.
//
// A tool for benchmarks and tests: its own messages are for developers and are
// not translated; a repository's refusal is passed on as the repository wrote it.
class LargeDatabaseBuilder
{
public:
    using ProgressHandler = std::function<void(const QString &step)>;

    LargeDatabaseBuilder(const QSqlDatabase &database, const MunicipalityCatalogue &catalogue);

    void setSize(const LargeDatabaseSize &size) { m_size = size; }
    void setSeed(quint32 seed) { m_seed = seed; }
    // The day the database describes; fixed by default so that the dates repeat.
    void setToday(const QDate &today) { m_today = today; }
    // Told about each finished step ("people: 100000"), for a tool's progress lines.
    void setProgressHandler(const ProgressHandler &handler) { m_progress = handler; }

    LargeDatabaseSize size() const { return m_size; }
    QDate today() const { return m_today; }

    // Refuses a database that already has members.
    Outcome build();

    // The last name the search benchmark types: six letters, common in the data.
    static QString typicalLastName() { return QStringLiteral("Haugen"); }
    // A nine-digit organisation number starting with 9 whose MOD11 check digit is valid.
    static QString organisationNumber(QRandomGenerator &random);

private:
    struct MemberPlan;
    struct Settlement {
        qint64 id = 0;
        Money amount;
        QDate issued;
        QDate due;
        bool thisYear = false;   // the last run: some are still open
    };
    // What happens to an invoice after it is issued; applied in date order, since
    // no document may be dated before the latest one.
    struct Action {
        enum Kind { Payment, Reminder, CreditNote } kind = Payment;
        qint64 id = 0;
        QDate on;
        Money amount;
        QString note;
    };

    Outcome buildNetworkSettings();
    Outcome buildMembers(QList<MemberPlan> &plans);
    Outcome buildPeople(const QList<MemberPlan> &plans);
    Outcome buildRates(int firstYear, int lastYear);
    Outcome buildInvoices();
    Outcome buildEvents();
    void settle(const Settlement &invoice, int reminderTermsDays, QRandomGenerator &random,
                QList<Action> &actions) const;
    static Outcome apply(InvoiceRepository &invoices, QList<Action> &actions);
    int firstDuesYear() const;
    void report(const QString &step) const;

    QSqlDatabase m_database;
    const MunicipalityCatalogue &m_catalogue;
    LargeDatabaseSize m_size;
    quint32 m_seed = 20261124;
    QDate m_today = QDate(2026, 11, 24);
    ProgressHandler m_progress;
};

} // namespace Sekretariat
