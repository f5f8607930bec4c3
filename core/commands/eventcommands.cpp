#include "eventcommands.h"

#include "commanddatabase.h"
#include "commandrunner.h"
#include "common/csvwriter.h"
#include "database/database.h"
#include "events/eventterms.h"
#include "events/icalendarwriter.h"
#include "events/waitlist.h"
#include "dues/invoiceterms.h"
#include "workspace/repositories.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QTextStream>

namespace Sekretariat {

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString();
}

bool writeLines(QIODevice &out, const QList<QStringList> &lines)
{
    for (const QStringList &fields : lines) {
        if (out.write(CsvWriter::line(fields).toUtf8()) < 0)
            return false;
    }
    return true;
}

// A read that failed: the command says so and exits non-zero, never an empty export.
bool readFailed(const QString &failure, QTextStream &err)
{
    if (failure.isEmpty())
        return false;
    err << CommandRunner::tr("The register cannot be read: %1").arg(failure) << Qt::endl;
    return true;
}

} // namespace

int EventCommands::exportEvents(const QString &databasePath, QIODevice &out, QTextStream &err)
{
    Database database;
    if (!CommandDatabase::openForReading(database, databasePath, err))
        return CommandRunner::Failure;
    const Repositories repositories(&database);
    const RegistrationRepository registrationsOfAll = repositories.registrations();
    const EventRepository eventsOfAll = repositories.events();
    const QList<Registration> allRegistrations = registrationsOfAll.registrationsOf(0);
    const QList<Event> events = eventsOfAll.all();
    if (readFailed(registrationsOfAll.lastError(), err) || readFailed(eventsOfAll.lastError(), err))
        return CommandRunner::Failure;
    QHash<qint64, QList<Registration>> byEvent;
    for (const Registration &registration : allRegistrations)
        byEvent[registration.eventId].append(registration);
    QList<QStringList> lines{{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title"),
                              QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("place"),
                              QStringLiteral("online_link"), QStringLiteral("capacity"),
                              QStringLiteral("registration_deadline"), QStringLiteral("fee"),
                              QStringLiteral("annual_gathering"), QStringLiteral("registered"),
                              QStringLiteral("waitlisted"), QStringLiteral("attended")}};
    for (const Event &event : events) {
        const QList<Registration> registrations = byEvent.value(event.id);
        auto count = [&registrations](RegistrationStatus status) {
            return QString::number(std::count_if(registrations.begin(), registrations.end(),
                                                 [status](const Registration &r) { return r.status == status; }));
        };
        lines.append({QString::number(event.id), EventTerms::key(event.type), event.title, localTime(event.startsAt),
                      localTime(event.endsAt), event.place, event.onlineLink, QString::number(event.capacity),
                      event.registrationDeadline.toString(Qt::ISODate), InvoiceTerms::exportAmount(event.fee),
                      event.annualGathering ? QStringLiteral("1") : QStringLiteral("0"),
                      QString::number(Waitlist::seatsTaken(registrations)), count(RegistrationStatus::Waitlisted),
                      count(RegistrationStatus::Attended)});
    }
    if (!writeLines(out, lines)) {
        err << CommandRunner::tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    return CommandRunner::Success;
}

int EventCommands::exportRegistrations(const QString &databasePath, QIODevice &out, QTextStream &err)
{
    Database database;
    if (!CommandDatabase::openForReading(database, databasePath, err))
        return CommandRunner::Failure;
    const Repositories repositories(&database);
    const EventRepository eventsOfAll = repositories.events();
    const RegistrationRepository registrationsOfAll = repositories.registrations();
    const QList<Event> events = eventsOfAll.all();
    const QList<Registration> registrations = registrationsOfAll.registrationsOf(0);
    if (readFailed(eventsOfAll.lastError(), err) || readFailed(registrationsOfAll.lastError(), err))
        return CommandRunner::Failure;
    QHash<qint64, QString> titles;
    for (const Event &event : events)
        titles.insert(event.id, event.title);
    QList<QStringList> lines{{QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("event_title"),
                              QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("member"),
                              QStringLiteral("participant_role"), QStringLiteral("status"), QStringLiteral("note"),
                              QStringLiteral("registered_at"), QStringLiteral("promoted_at")}};
    for (const Registration &r : registrations) {
        lines.append({QString::number(r.id), QString::number(r.eventId), titles.value(r.eventId), r.name(), r.email(),
                      r.memberName, EventTerms::key(r.role), EventTerms::key(r.status), r.note,
                      r.registeredAt.toString(Qt::ISODate), r.promotedAt.toString(Qt::ISODate)});
    }
    if (!writeLines(out, lines)) {
        err << CommandRunner::tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    return CommandRunner::Success;
}

int EventCommands::exportCalendar(const QString &databasePath, const QString &eventId, QIODevice &out,
                                  QTextStream &err)
{
    bool ok = false;
    const qint64 id = eventId.toLongLong(&ok);
    if (!ok || id <= 0) {
        err << tr("“%1” is not an event id; `export events` lists them.").arg(eventId) << Qt::endl;
        return CommandRunner::UsageError;
    }
    Database database;
    if (!CommandDatabase::openForReading(database, databasePath, err))
        return CommandRunner::Failure;
    const EventRepository events = Repositories(&database).events();
    const std::optional<Event> event = events.find(id);
    if (readFailed(events.lastError(), err))
        return CommandRunner::Failure;
    if (!event) {
        err << tr("There is no event %1.").arg(id) << Qt::endl;
        return CommandRunner::Failure;
    }
    if (out.write(ICalendarWriter::write(*event)) < 0) {
        err << CommandRunner::tr("The export could not be written: %1").arg(out.errorString()) << Qt::endl;
        return CommandRunner::Failure;
    }
    return CommandRunner::Success;
}

} // namespace Sekretariat
