#include "eventterms.h"

#include <QLocale>

namespace Sekretariat {

namespace {

template<typename Enum>
Enum fromKey(const QList<Enum> &values, const QString &key, Enum fallback, bool *ok)
{
    for (Enum value : values) {
        if (EventTerms::key(value) == key) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

} // namespace

QString EventTerms::key(EventType type)
{
    switch (type) {
    case EventType::NetworkGathering: return QStringLiteral("network_gathering");
    case EventType::GeneralAssembly: return QStringLiteral("general_assembly");
    case EventType::AdministrativeGathering: return QStringLiteral("administrative_gathering");
    case EventType::Course: return QStringLiteral("course");
    case EventType::Folketanken: return QStringLiteral("folketanken");
    case EventType::Conference: return QStringLiteral("conference");
    case EventType::Webinar: return QStringLiteral("webinar");
    case EventType::Other: return QStringLiteral("other");
    }
    return {};
}

QString EventTerms::key(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Administrative: return QStringLiteral("administrative");
    case ParticipantRole::Political: return QStringLiteral("political");
    case ParticipantRole::Other: return QStringLiteral("other");
    }
    return {};
}

QString EventTerms::key(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Registered: return QStringLiteral("registered");
    case RegistrationStatus::Waitlisted: return QStringLiteral("waitlisted");
    case RegistrationStatus::Cancelled: return QStringLiteral("cancelled");
    case RegistrationStatus::Attended: return QStringLiteral("attended");
    case RegistrationStatus::NoShow: return QStringLiteral("no_show");
    }
    return {};
}

EventType EventTerms::typeFromKey(const QString &key, bool *ok)
{
    return fromKey(types(), key, EventType::Other, ok);
}

ParticipantRole EventTerms::roleFromKey(const QString &key, bool *ok)
{
    return fromKey(roles(), key, ParticipantRole::Other, ok);
}

RegistrationStatus EventTerms::statusFromKey(const QString &key, bool *ok)
{
    return fromKey(statuses(), key, RegistrationStatus::Registered, ok);
}

QString EventTerms::label(EventType type)
{
    switch (type) {
    case EventType::NetworkGathering: return tr("Network gathering");
    case EventType::GeneralAssembly: return tr("General assembly");
    case EventType::AdministrativeGathering: return tr("Administrative gathering");
    case EventType::Course: return tr("Course");
    case EventType::Folketanken: return tr("Folketanken");
    case EventType::Conference: return tr("Conference");
    case EventType::Webinar: return tr("Webinar");
    case EventType::Other: return tr("Other");
    }
    return {};
}

const char *EventTerms::roleSource(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Administrative: return QT_TR_NOOP("Administration");
    case ParticipantRole::Political: return QT_TR_NOOP("Politician");
    case ParticipantRole::Other: return QT_TR_NOOP("Other");
    }
    return "";
}

QString EventTerms::label(ParticipantRole role)
{
    return tr(roleSource(role));
}

QString EventTerms::label(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Registered: return tr("Registered");
    case RegistrationStatus::Waitlisted: return tr("Waiting list");
    case RegistrationStatus::Cancelled: return tr("Cancelled");
    case RegistrationStatus::Attended: return tr("Attended");
    case RegistrationStatus::NoShow: return tr("No-show");
    }
    return {};
}

QList<EventType> EventTerms::types()
{
    return {EventType::NetworkGathering, EventType::GeneralAssembly, EventType::AdministrativeGathering,
            EventType::Course,           EventType::Folketanken,     EventType::Conference,
            EventType::Webinar,          EventType::Other};
}

QList<ParticipantRole> EventTerms::roles()
{
    return {ParticipantRole::Administrative, ParticipantRole::Political, ParticipantRole::Other};
}

QList<RegistrationStatus> EventTerms::statuses()
{
    return {RegistrationStatus::Registered, RegistrationStatus::Waitlisted, RegistrationStatus::Cancelled,
            RegistrationStatus::Attended, RegistrationStatus::NoShow};
}

QString EventTerms::timeSpan(const QDateTime &start, const QDateTime &end)
{
    const QLocale locale;
    const QString date = locale.toString(start.date(), QLocale::ShortFormat);
    const QString from = locale.toString(start.time(), QLocale::ShortFormat);
    if (!end.isValid())
        return date + u' ' + from;
    const QString to = locale.toString(end.time(), QLocale::ShortFormat);
    if (end.date() == start.date())
        return QStringLiteral("%1 %2–%3").arg(date, from, to);
    return QStringLiteral("%1 %2 – %3 %4").arg(date, from, locale.toString(end.date(), QLocale::ShortFormat), to);
}

} // namespace Sekretariat
