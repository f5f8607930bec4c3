#pragma once

// Shared by the dues tests: a demo database with a 2025 rate, a year's run
// planned as the window plans it, and a row count. Header-only, so the tests
// need nothing beyond the test-utils library.
#include "dues/duesrepository.h"
#include "dues/duesrunplanner.h"
#include "dues/invoicerepository.h"
#include "members/memberrepository.h"
#include "testutils.h"

#include <QSqlQuery>
#include <memory>

namespace Sekretariat::TestUtils {

inline const QDate duesIssueDate(2025, 2, 3);

// A demo database with a rate for 2025 (2024's NOK 2.23 and a deflator of 4.20 %).
inline std::unique_ptr<TemporaryWorkspace> demoWorkspaceWith2025Rate()
{
    auto workspace = std::make_unique<TemporaryWorkspace>();
    if (!workspace->isOpen() || !workspace->fillWithDemo())
        return nullptr;
    RateEntry entry;
    entry.year = 2025;
    entry.deflatorBasisPoints = 420;
    if (!DuesRepository(workspace->connection()).saveRateEntry(entry))
        return nullptr;
    return workspace;
}

inline QList<DuesRunLine> planDuesRun(const QSqlDatabase &database, int year);

// The demo's 2025 invoices, issued once: the rate (as above) and the run.
inline bool issue2025Once(const QSqlDatabase &database)
{
    if (!InvoiceRepository(database).invoicesOfYear(2025).isEmpty())
        return true;
    RateEntry rate;
    rate.year = 2025;
    rate.deflatorBasisPoints = 420;
    return DuesRepository(database).saveRateEntry(rate)
        && InvoiceRepository(database).issue(2025, planDuesRun(database, 2025), duesIssueDate, false);
}

inline QList<DuesRunLine> planDuesRun(const QSqlDatabase &database, int year)
{
    DuesRepository dues(database);
    const std::optional<YearRate> rate = dues.rateTable().rateFor(year);
    if (!rate)
        return {};
    return DuesRunPlanner::plan(year, MemberRepository(database).all(), *rate, dues.loadSettings(),
                                InvoiceRepository(database).invoicedMemberIds(year));
}

// One line for a member of 20,000 inhabitants: NOK 44,600 in 2024.
inline DuesRunLine duesLineOf44600(const QSqlDatabase &database)
{
    DuesRunLine line = planDuesRun(database, 2025).value(0);
    line.calculation = DuesCalculator::calculate(MemberKind::Municipality, 20000, QDate(2023, 1, 1),
                                                 *DuesRepository(database).rateTable().rateFor(2024));
    line.included = true;
    return line;
}

inline qint64 rowCountOf(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace Sekretariat::TestUtils
