#pragma once

#include "event.h"
#include "registration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sekretariat {

// Names of the event enums: stable keys for the database, CSV and the command
// line, and translated labels for people.
class EventTerms
{
    Q_DECLARE_TR_FUNCTIONS(EventTerms)

public:
    static QString key(EventType type);
    static QString key(ParticipantRole role);
    static QString key(RegistrationStatus status);
    static EventType typeFromKey(const QString &key, bool *ok = nullptr);
    static ParticipantRole roleFromKey(const QString &key, bool *ok = nullptr);
    static RegistrationStatus statusFromKey(const QString &key, bool *ok = nullptr);

    static QString label(EventType type);
    static QString label(ParticipantRole role);
    // The untranslated label, for documents that translate into their own language.
    static const char *roleSource(ParticipantRole role);
    static QString label(RegistrationStatus status);

    static QList<EventType> types();
    static QList<ParticipantRole> roles();
    static QList<RegistrationStatus> statuses();

    // "12.06.2025 10:00–16:00", or both dates when the event spans days.
    static QString timeSpan(const QDateTime &start, const QDateTime &end);
};

} // namespace Sekretariat
