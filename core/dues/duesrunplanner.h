#pragma once

#include "common/money.h"
#include "duescalculator.h"
#include "duessettings.h"
#include "members/member.h"
#include "settings/networksettings.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Sekretariat {

struct YearRate;

// One member in a year's dues run, as the preview shows it before anything is issued.
struct DuesRunLine
{
    Member member;
    DuesCalculation calculation;
    bool alreadyInvoiced = false;  // has an invoice for the year that is not fully credited
    bool included = true;          // will be invoiced; by default everyone not invoiced yet
    QStringList warnings;          // translated; things to fix before sending
};

struct DuesRunTotals
{
    int lines = 0;
    int included = 0;
    int alreadyInvoiced = 0;
    int withWarnings = 0;          // among the included
    Money amount;                  // sum of the included lines
};

// Who owes dues for a year, and how much: a plain rule, no database. The caller
// brings the members, the year's rate, the settings and who is invoiced already.
class DuesRunPlanner
{
    Q_DECLARE_TR_FUNCTIONS(DuesRunPlanner)

public:
    // One line for every member whose membership covers the year, in the order given.
    static QList<DuesRunLine> plan(int year, const QList<Member> &members, const YearRate &rate,
                                   const DuesSettings &settings, const QSet<qint64> &alreadyInvoicedMemberIds);

    // Active (or resigned during or after the year), active from no later than
    // 31 December of the year, not resigned before 1 January of it.
    static bool coversYear(const Member &member, int year);
    // What would make the invoice bounce or be wrong: no buyer reference, no
    // invoice address, no organisation number, an old population figure.
    static QStringList warningsFor(const Member &member, int year);
    static DuesRunTotals totals(const QList<DuesRunLine> &lines);
    // Why the included members that receive EHF could not get a valid one
    // ("1103 Stavanger: missing the buyer reference"), the network's own gaps
    // first; empty when every EHF can be written.
    static QStringList ehfProblems(const QList<DuesRunLine> &lines, const NetworkSettings &seller);
};

} // namespace Sekretariat
