#include "memberrepository.h"

#include "common/sqlvalues.h"
#include "database/read.h"
#include "database/sqldialect.h"
#include "database/write.h"
#include "memberterms.h"
#include "membervalidator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Sekretariat {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, kind, number, name, county_number, county_name, population, population_date,"
    " organisation_number, status, first_contact_on, applied_on, decision_on, decision_reference,"
    " active_from, resigned_on, invoice_address, invoice_postal_code, invoice_city, invoice_country,"
    " electronic_address, receives_ehf, invoice_email, buyer_reference, document_language,"
    " website, notes, row_version FROM members");

// The columns of a Member row, each found by its name once per query.
struct MemberColumns
{
    explicit MemberColumns(const QSqlRecord &record)
        : id(record.indexOf(QStringLiteral("id")))
        , kind(record.indexOf(QStringLiteral("kind")))
        , number(record.indexOf(QStringLiteral("number")))
        , name(record.indexOf(QStringLiteral("name")))
        , countyNumber(record.indexOf(QStringLiteral("county_number")))
        , countyName(record.indexOf(QStringLiteral("county_name")))
        , population(record.indexOf(QStringLiteral("population")))
        , populationDate(record.indexOf(QStringLiteral("population_date")))
        , organisationNumber(record.indexOf(QStringLiteral("organisation_number")))
        , status(record.indexOf(QStringLiteral("status")))
        , firstContactOn(record.indexOf(QStringLiteral("first_contact_on")))
        , appliedOn(record.indexOf(QStringLiteral("applied_on")))
        , decisionOn(record.indexOf(QStringLiteral("decision_on")))
        , decisionReference(record.indexOf(QStringLiteral("decision_reference")))
        , activeFrom(record.indexOf(QStringLiteral("active_from")))
        , resignedOn(record.indexOf(QStringLiteral("resigned_on")))
        , invoiceAddress(record.indexOf(QStringLiteral("invoice_address")))
        , invoicePostalCode(record.indexOf(QStringLiteral("invoice_postal_code")))
        , invoiceCity(record.indexOf(QStringLiteral("invoice_city")))
        , invoiceCountry(record.indexOf(QStringLiteral("invoice_country")))
        , electronicAddress(record.indexOf(QStringLiteral("electronic_address")))
        , receivesEhf(record.indexOf(QStringLiteral("receives_ehf")))
        , invoiceEmail(record.indexOf(QStringLiteral("invoice_email")))
        , buyerReference(record.indexOf(QStringLiteral("buyer_reference")))
        , documentLanguage(record.indexOf(QStringLiteral("document_language")))
        , website(record.indexOf(QStringLiteral("website")))
        , notes(record.indexOf(QStringLiteral("notes")))
        , version(record.indexOf(QStringLiteral("row_version")))
    {
    }

    int id, kind, number, name, countyNumber, countyName, population, populationDate, organisationNumber, status,
        firstContactOn, appliedOn, decisionOn, decisionReference, activeFrom, resignedOn, invoiceAddress,
        invoicePostalCode, invoiceCity, invoiceCountry, electronicAddress, receivesEhf, invoiceEmail, buyerReference, documentLanguage, website, notes;
    int version;
};

Member memberFromQuery(const QSqlQuery &query, const MemberColumns &columns)
{
    Member member;
    member.id = query.value(columns.id).toLongLong();
    member.version = query.value(columns.version).toLongLong();
    member.kind = MemberTerms::kindFromKey(query.value(columns.kind).toString());
    member.number = query.value(columns.number).toString();
    member.name = query.value(columns.name).toString();
    member.countyNumber = query.value(columns.countyNumber).toString();
    member.countyName = query.value(columns.countyName).toString();
    member.population = query.value(columns.population).toLongLong();
    member.populationDate = SqlValues::toDate(query.value(columns.populationDate));
    member.organisationNumber = query.value(columns.organisationNumber).toString();
    member.status = MemberTerms::statusFromKey(query.value(columns.status).toString());
    member.firstContactOn = SqlValues::toDate(query.value(columns.firstContactOn));
    member.appliedOn = SqlValues::toDate(query.value(columns.appliedOn));
    member.decisionOn = SqlValues::toDate(query.value(columns.decisionOn));
    member.decisionReference = query.value(columns.decisionReference).toString();
    member.activeFrom = SqlValues::toDate(query.value(columns.activeFrom));
    member.resignedOn = SqlValues::toDate(query.value(columns.resignedOn));
    member.invoiceAddress = query.value(columns.invoiceAddress).toString();
    member.invoicePostalCode = query.value(columns.invoicePostalCode).toString();
    member.invoiceCity = query.value(columns.invoiceCity).toString();
    member.invoiceCountry = query.value(columns.invoiceCountry).toString();
    member.electronicAddress = query.value(columns.electronicAddress).toString();
    member.receivesEhf = query.value(columns.receivesEhf).toBool();
    member.invoiceEmail = query.value(columns.invoiceEmail).toString();
    member.buyerReference = query.value(columns.buyerReference).toString();
    member.documentLanguage = query.value(columns.documentLanguage).toString();
    member.website = query.value(columns.website).toString();
    member.notes = query.value(columns.notes).toString();
    return member;
}

} // namespace

MemberRepository::MemberRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

QList<Member> MemberRepository::all() const
{
    QList<Member> members;
    m_lastError.clear();
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY name"))) {
        m_lastError = query.lastError().text();
        return members;
    }
    const MemberColumns columns(query.record());
    while (query.next())
        members.append(memberFromQuery(query, columns));
    return members;
}

std::optional<Member> MemberRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    m_lastError.clear();
    if (!Read::run(query, selectColumns + QStringLiteral(" WHERE id = ?"), {id}, &m_lastError))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return memberFromQuery(query, MemberColumns(query.record()));
}

std::optional<Member> MemberRepository::findByNumber(MemberKind kind, const QString &number) const
{
    QSqlQuery query(m_database);
    m_lastError.clear();
    if (!Read::run(query, selectColumns + QStringLiteral(" WHERE kind = ? AND number = ?"), {MemberTerms::key(kind), number}, &m_lastError))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return memberFromQuery(query, MemberColumns(query.record()));
}

// The names of those holding `role` at the member m on the day of the query's
// "today" table, joined.
QString MemberRepository::contactsSubquery(QStringView role) const
{
    return QStringLiteral("(SELECT ")
        + SqlDialect::joined(m_database, QStringLiteral("trim(p.first_name || ' ' || p.last_name)"),
                             QStringLiteral(", "))
        + QStringLiteral(" FROM roles r JOIN people p ON p.id = r.person_id"
                         " WHERE r.member_id = m.id AND r.role = '%1'"
                         " AND (r.valid_from IS NULL OR r.valid_from <= (SELECT day FROM today))"
                         " AND (r.valid_to IS NULL OR r.valid_to >= (SELECT day FROM today)))")
              .arg(role);
}

QList<MemberListing> MemberRepository::listing(const QDate &today, qint64 onlyId, Contacts contacts) const
{
    QList<MemberListing> rows;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    m_lastError.clear();
    const bool included = contacts == Contacts::Included;
    // Without the contacts the day does not matter, and the list has no value
    // to bind: on a server one round trip (see Read::run).
    QVariantList values;
    if (included)
        values.append(today.toString(Qt::ISODate));
    if (onlyId > 0)
        values.append(onlyId);
    if (!Read::run(query, QStringLiteral("%1 SELECT m.id, m.number, m.name, m.kind, m.county_name, m.population, m.status,"
                                      " m.organisation_number, m.invoice_email, %2, %3 FROM members m %4"
                                      " ORDER BY length(m.number), m.number")
                           .arg(included ? QStringLiteral("WITH today(day) AS (SELECT CAST(? AS TEXT))") : QString(),
                                included ? contactsSubquery(u"administrative_contact") : QStringLiteral("NULL"),
                                included ? contactsSubquery(u"political_contact") : QStringLiteral("NULL"),
                                onlyId > 0 ? QStringLiteral("WHERE m.id = ?") : QString()),
                   values, &m_lastError))
        return rows;
    // The columns by place: asking a server for the result's field names costs
    // it another round trip, on the way to the first painted window.
    while (query.next()) {
        MemberListing row;
        row.id = query.value(0).toLongLong();
        row.number = query.value(1).toString();
        row.name = query.value(2).toString();
        row.kind = MemberTerms::kindFromKey(query.value(3).toString());
        row.countyName = query.value(4).toString();
        row.population = query.value(5).toLongLong();
        row.status = MemberTerms::statusFromKey(query.value(6).toString());
        row.organisationNumber = query.value(7).toString();
        row.invoiceEmail = query.value(8).toString();
        row.administrativeContacts = query.value(9).toString();
        row.politicalContacts = query.value(10).toString();
        rows.append(row);
    }
    return rows;
}

std::optional<QHash<qint64, MemberContactNames>> MemberRepository::contactNames(const QDate &today) const
{
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    m_lastError.clear();
    if (!Read::run(query, QStringLiteral("WITH today(day) AS (SELECT CAST(? AS TEXT)) SELECT m.id, %1, %2 FROM members m")
                              .arg(contactsSubquery(u"administrative_contact"), contactsSubquery(u"political_contact")),
                   {today.toString(Qt::ISODate)}, &m_lastError))
        return std::nullopt;
    QHash<qint64, MemberContactNames> names;
    while (query.next())
        names.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    return names;
}

std::optional<QHash<qint64, MemberContactNames>>
MemberRepository::contactNamesOnOwnConnection(const ConnectionDescription &where, const QDate &today, QString *error)
{
    static QAtomicInt readers;
    const QString name = QStringLiteral("member-contacts-%1").arg(readers.fetchAndAddRelaxed(1));
    std::optional<QHash<qint64, MemberContactNames>> names;
    QSqlError failure;
    // Scan: one read and gone, beside the people's; a small page cache keeps
    // the two from adding to the start's peak of memory.
    if (ConnectionFactory::open(where, name, ConnectionFactory::Use::Scan, &failure)) {
        const MemberRepository members(QSqlDatabase::database(name, false));
        names = members.contactNames(today);
        if (!names && error)
            *error = members.lastError();
    } else if (error) {
        *error = failure.text();
    }
    ConnectionFactory::close(name);
    return names;
}

ConnectionDescription MemberRepository::connectionDescription() const
{
    return ConnectionFactory::describe(m_database);
}

std::optional<qint64> MemberRepository::count() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM members")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

Outcome MemberRepository::checkUnique(const Member &member) const
{
    const std::optional<Member> existing = findByNumber(member.kind, member.number);
    if (existing && existing->id != member.id) {
        return Outcome::failure(tr("Number: %1 %2 is already in the register as “%3”.")
                                    .arg(MemberTerms::label(member.kind), member.number, existing->name),
                                QStringLiteral("number"));
    }
    return Outcome::success();
}

Outcome MemberRepository::add(const Member &member)
{
    return write(member, true);
}

Outcome MemberRepository::update(const Member &member)
{
    if (member.id <= 0)
        return Outcome::failure(tr("The member to change was not given."));
    return write(member, false);
}

Outcome MemberRepository::write(const Member &member, bool insert)
{
    if (Outcome valid = MemberValidator::validate(member); !valid)
        return valid;

    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    if (Outcome unique = checkUnique(member); !unique)
        return unique;

    QString sql;
    QVariantMap values;
    if (insert) {
        sql = QStringLiteral(
            "INSERT INTO members (kind, number, name, county_number, county_name, population,"
            " population_date, organisation_number, status, first_contact_on, applied_on, decision_on,"
            " decision_reference, active_from, resigned_on, invoice_address, invoice_postal_code,"
            " invoice_city, invoice_country, electronic_address, receives_ehf, invoice_email,"
            " buyer_reference, document_language, website, notes)"
            " VALUES (:kind, :number, :name, :county_number, :county_name, :population,"
            " :population_date, :organisation_number, :status, :first_contact_on, :applied_on,"
            " :decision_on, :decision_reference, :active_from, :resigned_on, :invoice_address,"
            " :invoice_postal_code, :invoice_city, :invoice_country, :electronic_address, :receives_ehf,"
            " :invoice_email, :buyer_reference, :document_language, :website, :notes)");
    } else {
        sql = QStringLiteral(
            "UPDATE members SET kind = :kind, number = :number, name = :name,"
            " county_number = :county_number, county_name = :county_name, population = :population,"
            " population_date = :population_date, organisation_number = :organisation_number,"
            " status = :status, first_contact_on = :first_contact_on, applied_on = :applied_on,"
            " decision_on = :decision_on, decision_reference = :decision_reference,"
            " active_from = :active_from, resigned_on = :resigned_on, invoice_address = :invoice_address,"
            " invoice_postal_code = :invoice_postal_code, invoice_city = :invoice_city,"
            " invoice_country = :invoice_country, electronic_address = :electronic_address,"
            " receives_ehf = :receives_ehf, invoice_email = :invoice_email, buyer_reference = :buyer_reference,"
            " document_language = :document_language, website = :website, notes = :notes"
            " WHERE id = :id AND row_version = :version");
        values.insert(QStringLiteral(":id"), member.id);
        values.insert(QStringLiteral(":version"), member.version);
    }
    values.insert(QStringLiteral(":kind"), MemberTerms::key(member.kind));
    values.insert(QStringLiteral(":number"), SqlValues::text(member.number));
    values.insert(QStringLiteral(":name"), SqlValues::text(member.name.trimmed()));
    values.insert(QStringLiteral(":county_number"), SqlValues::text(member.countyNumber));
    values.insert(QStringLiteral(":county_name"), SqlValues::text(member.countyName));
    values.insert(QStringLiteral(":population"), member.population);
    values.insert(QStringLiteral(":population_date"), SqlValues::fromDate(member.populationDate));
    values.insert(QStringLiteral(":organisation_number"), SqlValues::text(member.organisationNumber));
    values.insert(QStringLiteral(":status"), MemberTerms::key(member.status));
    values.insert(QStringLiteral(":first_contact_on"), SqlValues::fromDate(member.firstContactOn));
    values.insert(QStringLiteral(":applied_on"), SqlValues::fromDate(member.appliedOn));
    values.insert(QStringLiteral(":decision_on"), SqlValues::fromDate(member.decisionOn));
    values.insert(QStringLiteral(":decision_reference"), SqlValues::text(member.decisionReference));
    values.insert(QStringLiteral(":active_from"), SqlValues::fromDate(member.activeFrom));
    values.insert(QStringLiteral(":resigned_on"), SqlValues::fromDate(member.resignedOn));
    values.insert(QStringLiteral(":invoice_address"), SqlValues::text(member.invoiceAddress.trimmed()));
    values.insert(QStringLiteral(":invoice_postal_code"), SqlValues::text(member.invoicePostalCode.trimmed()));
    values.insert(QStringLiteral(":invoice_city"), SqlValues::text(member.invoiceCity.trimmed()));
    values.insert(QStringLiteral(":invoice_country"),
                  member.invoiceCountry.trimmed().isEmpty() ? QStringLiteral("NO") : member.invoiceCountry.trimmed().toUpper());
    values.insert(QStringLiteral(":electronic_address"), SqlValues::text(member.electronicAddress.trimmed()));
    values.insert(QStringLiteral(":receives_ehf"), member.receivesEhf ? 1 : 0);
    values.insert(QStringLiteral(":invoice_email"), SqlValues::text(member.invoiceEmail));
    values.insert(QStringLiteral(":buyer_reference"), SqlValues::text(member.buyerReference));
    values.insert(QStringLiteral(":document_language"), SqlValues::text(member.documentLanguage));
    values.insert(QStringLiteral(":website"), SqlValues::text(member.website));
    values.insert(QStringLiteral(":notes"), SqlValues::text(member.notes));
    const QString failure = tr("The member could not be saved: %1");
    const QString gone = tr("The member no longer exists; it may have been deleted.");
    const bool written = insert ? write.run(sql, values, failure)
                                : write.runVersioned(sql, values, failure, QStringLiteral("members"), member.id,
                                                     tr("%1 was changed by someone else after you opened it.")
                                                         .arg(member.name.trimmed()),
                                                     gone);
    if (!written)
        return write.outcome();
    return write.commit(insert ? write.lastInsertId() : member.id);
}

bool MemberRepository::hasHistory(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM people WHERE member_id = :id)"
                                 " OR EXISTS (SELECT 1 FROM roles WHERE member_id = :id)"
                                 " OR EXISTS (SELECT 1 FROM invoices WHERE member_id = :id)"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return true; // when in doubt, keep the record
    return query.value(0).toBool();
}

Outcome MemberRepository::remove(qint64 id)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    if (hasHistory(id)) {
        return Outcome::failure(tr("This member has people or other history and cannot be deleted. "
                                   "Set its status to Resigned instead."));
    }
    if (!write.run(QStringLiteral("DELETE FROM members WHERE id = ?"), QVariantList{id},
                   tr("The member could not be deleted: %1"), 1, tr("The member no longer exists.")))
        return write.outcome();
    return write.commit(id);
}

} // namespace Sekretariat
