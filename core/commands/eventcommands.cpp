#include "eventcommands.h"

#include "commanddatabase.h"
#include "commandrunner.h"
#include "common/csvwriter.h"
#include "database/database.h"
#include "events/eventrepository.h"
#include "events/eventterms.h"
#include "events/icalendarwriter.h"
#include "events/registrationrepository.h"
#include "events/waitlist.h"
#include "dues/invoiceterms.h"

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

} // namespace

int EventCommands::exportEvents(const QString &databasePath, QIODevice &out, QTextStream &err)
{
    Database database;
    if (!CommandDatabase::openForReading(database, databasePath, err))
        return CommandRunner::Failure;
    QHash<qint64, QList<Registration>> byEvent;
    for (const Registration &registration : RegistrationRepository(database.connection()).registrationsOf(0))
        byEvent[registration.eventId].append(registration);
    QList<QStringList> lines{{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title"),
                              QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("place"),
                              QStringLiteral("online_link"), QStringLiteral("capacity"),
                              QStringLiteral("registration_deadline"), QStringLiteral("fee"),
                              QStringLiteral("annual_gathering"), QStringLiteral("registered"),
                              QStringLiteral("waitlisted"), QStringLiteral("attended")}};
    for (const Event &event : EventRepository(database.connection()).all()) {
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
    QHash<qint64, QString> titles;
    for (const Event &event : EventRepository(database.connection()).all())
        titles.insert(event.id, event.title);
    QList<QStringList> lines{{QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("event_title"),
                              QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("member"),
                              QStringLiteral("participant_role"), QStringLiteral("status"), QStringLiteral("note"),
                              QStringLiteral("registered_at"), QStringLiteral("promoted_at")}};
    for (const Registration &r : RegistrationRepository(database.connection()).registrationsOf(0)) {
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
    const std::optional<Event> event = EventRepository(database.connection()).find(id);
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
