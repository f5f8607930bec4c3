#include "eventrepository.h"

#include "common/sqlvalues.h"
#include "database/read.h"
#include "database/write.h"
#include "eventsqlvalues.h"
#include "eventterms.h"
#include "members/memberterms.h"
#include "eventvalidator.h"
#include "registrationrepository.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace Sekretariat {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, type, title, starts_at, ends_at, place, online_link, capacity, registration_deadline,"
    " fee_ore, description, annual_gathering, uid, language, row_version FROM events");

// The columns of a Event row, each found by its name once per query.
struct EventColumns
{
    explicit EventColumns(const QSqlRecord &record)
        : id(record.indexOf(QStringLiteral("id")))
        , type(record.indexOf(QStringLiteral("type")))
        , title(record.indexOf(QStringLiteral("title")))
        , startsAt(record.indexOf(QStringLiteral("starts_at")))
        , endsAt(record.indexOf(QStringLiteral("ends_at")))
        , place(record.indexOf(QStringLiteral("place")))
        , onlineLink(record.indexOf(QStringLiteral("online_link")))
        , capacity(record.indexOf(QStringLiteral("capacity")))
        , registrationDeadline(record.indexOf(QStringLiteral("registration_deadline")))
        , feeOre(record.indexOf(QStringLiteral("fee_ore")))
        , description(record.indexOf(QStringLiteral("description")))
        , annualGathering(record.indexOf(QStringLiteral("annual_gathering")))
        , uid(record.indexOf(QStringLiteral("uid")))
        , language(record.indexOf(QStringLiteral("language")))
        , version(record.indexOf(QStringLiteral("row_version")))
    {
    }

    int id, type, title, startsAt, endsAt, place, onlineLink, capacity, registrationDeadline, feeOre, description,
        annualGathering, uid, language, version;
};

Event eventFromQuery(const QSqlQuery &query, const EventColumns &columns)
{
    Event event;
    event.id = query.value(columns.id).toLongLong();
    event.version = query.value(columns.version).toLongLong();
    event.type = EventTerms::typeFromKey(query.value(columns.type).toString());
    event.title = query.value(columns.title).toString();
    event.startsAt = EventSqlValues::toLocal(query.value(columns.startsAt));
    event.endsAt = EventSqlValues::toLocal(query.value(columns.endsAt));
    event.place = query.value(columns.place).toString();
    event.onlineLink = query.value(columns.onlineLink).toString();
    event.capacity = query.value(columns.capacity).toInt();
    event.registrationDeadline = SqlValues::toDate(query.value(columns.registrationDeadline));
    event.fee = Money::fromOre(query.value(columns.feeOre).toLongLong());
    event.description = query.value(columns.description).toString();
    event.annualGathering = query.value(columns.annualGathering).toBool();
    event.uid = query.value(columns.uid).toString();
    event.language = query.value(columns.language).toString();
    return event;
}

} // namespace

EventRepository::EventRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

QList<Event> EventRepository::all() const
{
    QList<Event> events;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    m_lastError.clear();
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY starts_at, id"))) {
        m_lastError = query.lastError().text();
        return events;
    }
    const EventColumns columns(query.record());
    while (query.next())
        events.append(eventFromQuery(query, columns));
    return events;
}

std::optional<Event> EventRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    m_lastError.clear();
    if (!Read::run(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}, &m_lastError))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return eventFromQuery(query, EventColumns(query.record()));
}

std::optional<Event> EventRepository::annualGatheringOf(int year) const
{
    QSqlQuery query(m_database);
    m_lastError.clear();
    if (!Read::run(query, selectColumns + QStringLiteral(" WHERE annual_gathering = 1 AND substr(starts_at, 1, 4) = ?"),
                   {QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'))}, &m_lastError))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return eventFromQuery(query, EventColumns(query.record()));
}

Outcome EventRepository::checkAnnualGathering(const Event &event) const
{
    if (!event.annualGathering)
        return Outcome::success();
    const std::optional<Event> existing = annualGatheringOf(event.startsAt.date().year());
    if (existing && existing->id != event.id) {
        return Outcome::failure(tr("Annual gathering: “%1” (%2) is already the annual network gathering of %3. "
                                   "Only one event a year can be.")
                                    .arg(existing->title,
                                         QLocale().toString(existing->startsAt.date(), QLocale::ShortFormat))
                                    .arg(event.startsAt.date().year()),
                                QStringLiteral("annualGathering"));
    }
    return Outcome::success();
}

Outcome EventRepository::add(const Event &event)
{
    return write(event, true);
}

Outcome EventRepository::update(const Event &event)
{
    if (event.id <= 0)
        return Outcome::failure(tr("The event to change was not given."));
    return write(event, false);
}

Outcome EventRepository::write(const Event &event, bool insert)
{
    if (Outcome valid = EventValidator::validate(event); !valid)
        return valid;

    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    if (Outcome annual = checkAnnualGathering(event); !annual)
        return annual;

    QString sql;
    QVariantMap values;
    if (insert) {
        sql = QStringLiteral(
            "INSERT INTO events (type, title, starts_at, ends_at, place, online_link, capacity,"
            " registration_deadline, fee_ore, description, annual_gathering, uid, language)"
            " VALUES (:type, :title, :starts_at, :ends_at, :place, :online_link, :capacity,"
            " :registration_deadline, :fee_ore, :description, :annual_gathering, :uid, :language)");
        const QString uid = event.uid.isEmpty()
            ? QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@sekretariat")
            : event.uid;
        values.insert(QStringLiteral(":uid"), uid);
    } else {
        // The UID stays what calendars already know.
        sql = QStringLiteral(
            "UPDATE events SET type = :type, title = :title, starts_at = :starts_at, ends_at = :ends_at,"
            " place = :place, online_link = :online_link, capacity = :capacity,"
            " registration_deadline = :registration_deadline, fee_ore = :fee_ore,"
            " description = :description, annual_gathering = :annual_gathering, language = :language"
            " WHERE id = :id AND row_version = :version");
        values.insert(QStringLiteral(":id"), event.id);
        values.insert(QStringLiteral(":version"), event.version);
    }
    values.insert(QStringLiteral(":type"), EventTerms::key(event.type));
    values.insert(QStringLiteral(":title"), SqlValues::text(event.title.trimmed()));
    values.insert(QStringLiteral(":starts_at"), EventSqlValues::fromLocal(event.startsAt));
    values.insert(QStringLiteral(":ends_at"), EventSqlValues::fromLocal(event.endsAt));
    values.insert(QStringLiteral(":place"), SqlValues::text(event.place.trimmed()));
    values.insert(QStringLiteral(":online_link"), SqlValues::text(event.onlineLink.trimmed()));
    values.insert(QStringLiteral(":capacity"), event.capacity);
    values.insert(QStringLiteral(":registration_deadline"), SqlValues::fromDate(event.registrationDeadline));
    values.insert(QStringLiteral(":fee_ore"), event.fee.ore());
    values.insert(QStringLiteral(":description"), SqlValues::text(event.description.trimmed()));
    values.insert(QStringLiteral(":annual_gathering"), event.annualGathering ? 1 : 0);
    values.insert(QStringLiteral(":language"),
                  MemberTerms::documentLanguages().contains(event.language) ? event.language : QStringLiteral("nb"));
    const QString failure = tr("The event could not be saved: %1");
    const QString gone = tr("The event no longer exists; it may have been deleted.");
    const bool written = insert ? write.run(sql, values, failure)
                                : write.runVersioned(sql, values, failure, QStringLiteral("events"), event.id,
                                                     tr("“%1” was changed by someone else after you opened it.")
                                                         .arg(event.title.trimmed()),
                                                     gone);
    if (!written)
        return write.outcome();
    const qint64 id = insert ? write.lastInsertId() : event.id;
    if (!insert) {
        // More seats than before: the waiting list moves up now.
        if (Outcome filled = RegistrationRepository(m_database).fillFreeSeats(id); !filled)
            return filled;
    }
    return write.commit(id);
}

Outcome EventRepository::remove(qint64 id)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM event_registrations WHERE event_id = ? AND status = 'attended'"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return Outcome::failure(tr("The event could not be read: %1").arg(query.lastError().text()));
    if (query.value(0).toInt() > 0) {
        return Outcome::failure(tr("People attended this event, so it is part of the members' history and "
                                   "cannot be deleted."));
    }
    if (!write.run(QStringLiteral("DELETE FROM events WHERE id = ?"), QVariantList{id},
                   tr("The event could not be deleted: %1"), 1, tr("The event no longer exists.")))
        return write.outcome();
    return write.commit(id);
}

} // namespace Sekretariat
