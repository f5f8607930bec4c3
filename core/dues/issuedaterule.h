#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Sekretariat {

// When an invoice, credit note or reminder may be dated. Numbers and dates go up
// together (bokføringsforskriften § 5-1-1): never before the latest document
// already issued. A date far from today is a typing mistake more often than not:
// more than a month ahead or five years back is refused, more than a month back
// is asked about first.
class IssueDateRule
{
    Q_DECLARE_TR_FUNCTIONS(IssueDateRule)

public:
    enum class Verdict { Ok, NeedsConfirmation, Refused };

    struct Check
    {
        Verdict verdict = Verdict::Ok;
        QString reason;  // translated; empty when Ok
    };

    static constexpr int daysAheadAllowed = 31;
    static constexpr int daysBackWithoutAsking = 31;
    static constexpr int yearsBackAllowed = 5;

    // `latestIssued` is invalid when nothing has been issued yet.
    static Check check(const QDate &date, const QDate &latestIssued, const QDate &today);
};

} // namespace Sekretariat
