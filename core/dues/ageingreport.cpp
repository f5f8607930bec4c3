#include "ageingreport.h"

#include "common/csvwriter.h"
#include "invoiceterms.h"

#include <QHash>
#include <algorithm>

namespace Sekretariat {

AgeingReport::Bucket AgeingReport::bucketOf(const QDate &dueDate, const QDate &today)
{
    const qint64 days = dueDate.isValid() ? dueDate.daysTo(today) : 0;
    if (days <= 0)
        return Current;
    if (days <= 30)
        return Days1To30;
    if (days <= 60)
        return Days31To60;
    if (days <= 90)
        return Days61To90;
    return Over90;
}

QList<AgeingReport::Row> AgeingReport::of(const QList<Invoice> &invoices, const QDate &today)
{
    QHash<qint64, qsizetype> rowOfMember;
    QList<Row> rows;
    for (const Invoice &invoice : invoices) {
        if (invoice.kind != InvoiceKind::Invoice || invoice.outstanding() <= Money())
            continue;
        auto found = rowOfMember.constFind(invoice.memberId);
        if (found == rowOfMember.constEnd()) {
            Row row;
            row.memberId = invoice.memberId;
            row.memberNumber = invoice.buyerNumber;
            row.memberName = invoice.buyerName;
            rows.append(row);
            found = rowOfMember.insert(invoice.memberId, rows.size() - 1);
        }
        Row &row = rows[*found];
        // Counted from the invoice's own due date: a reminder gives more time, not a younger debt.
        row.amounts[bucketOf(invoice.dueDate, today)] += invoice.outstanding();
        row.total += invoice.outstanding();
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        for (int bucket = Over90; bucket >= Current; --bucket) {
            if (a.amounts[bucket] != b.amounts[bucket])
                return a.amounts[bucket] > b.amounts[bucket];
        }
        return a.memberName < b.memberName;
    });
    return rows;
}

AgeingReport::Row AgeingReport::totalOf(const QList<Row> &rows)
{
    Row total;
    total.memberName = tr("In all");
    for (const Row &row : rows) {
        for (int bucket = 0; bucket < BucketCount; ++bucket)
            total.amounts[bucket] += row.amounts[bucket];
        total.total += row.total;
    }
    return total;
}

QString AgeingReport::bucketLabel(Bucket bucket)
{
    switch (bucket) {
    case Current:
        return tr("Not yet due");
    case Days1To30:
        return tr("1–30 days");
    case Days31To60:
        return tr("31–60 days");
    case Days61To90:
        return tr("61–90 days");
    case Over90:
        return tr("Over 90 days");
    case BucketCount:
        break;
    }
    return {};
}

QByteArray AgeingReport::csv(const QList<Row> &rows)
{
    QStringList header{QStringLiteral("member_number"), QStringLiteral("member")};
    for (int bucket = 0; bucket < BucketCount; ++bucket)
        header.append(bucketKey(Bucket(bucket)));
    header.append(QStringLiteral("total"));
    QString text = CsvWriter::line(header);
    QList<Row> all = rows;
    all.append(totalOf(rows));
    for (const Row &row : std::as_const(all)) {
        QStringList fields{row.memberNumber, row.memberName};
        for (int bucket = 0; bucket < BucketCount; ++bucket)
            fields.append(InvoiceTerms::exportAmount(row.amounts[bucket]));
        fields.append(InvoiceTerms::exportAmount(row.total));
        text += CsvWriter::line(fields);
    }
    return text.toUtf8();
}

QString AgeingReport::bucketKey(Bucket bucket)
{
    static const char *const keys[] = {"current", "days_1_30", "days_31_60", "days_61_90", "over_90"};
    return bucket < BucketCount ? QString::fromLatin1(keys[bucket]) : QString();
}

} // namespace Sekretariat
