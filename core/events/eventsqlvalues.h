#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

namespace Sekretariat::EventSqlValues {

// Event times are wall-clock times of the network (no zone in the text).
inline QVariant fromLocal(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                           : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime toLocal(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

// Moments the program records are UTC, to the millisecond, so order is kept.
inline QVariant fromMoment(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime toMoment(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return moment.toUTC();
}

} // namespace Sekretariat::EventSqlValues
