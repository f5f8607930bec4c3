#pragma once

#include <QDate>
#include <QStringList>
#include <QVariant>

namespace Sekretariat::SqlValues {

// Dates are stored as ISO text; an empty date is NULL.
inline QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Text columns are NOT NULL: a null QString would bind as NULL, so it becomes "".
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// "(?, ?), (?, ?)": the VALUES of a statement that writes `rows` rows of
// `columns` values at once (a bulk write's round trips on a server).
inline QString placeholderRows(qsizetype rows, qsizetype columns)
{
    const QString row = u'(' + QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    return QStringList(rows, row).join(QStringLiteral(", "));
}

} // namespace Sekretariat::SqlValues
