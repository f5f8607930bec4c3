#pragma once

#include "common/money.h"
#include "invoice.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Sekretariat {

// What each member owes, by how long it is overdue on a day: not yet due,
// 1–30, 31–60, 61–90 and over 90 days past the invoice's due date. A plain
// rule over the invoices as read, no database.
class AgeingReport
{
    Q_DECLARE_TR_FUNCTIONS(AgeingReport)

public:
    enum Bucket { Current, Days1To30, Days31To60, Days61To90, Over90, BucketCount };

    struct Row
    {
        qint64 memberId = 0;
        QString memberNumber;
        QString memberName;
        Money amounts[BucketCount];
        Money total;
    };

    // Invoices with money outstanding, grouped by member, sorted by the amount
    // overdue longest first; credit notes are counted through their invoices.
    static QList<Row> of(const QList<Invoice> &invoices, const QDate &today);
    static Row totalOf(const QList<Row> &rows);
    static Bucket bucketOf(const QDate &dueDate, const QDate &today);
    static QString bucketLabel(Bucket bucket);
    static QString bucketKey(Bucket bucket);  // for CSV: current, days_1_30, ...
    // member_number, member, the buckets and total, amounts as "1234.50"; the total last.
    static QByteArray csv(const QList<Row> &rows);
};

} // namespace Sekretariat
