#include "memberrepository.h"

#include "common/sqlvalues.h"
#include "database/transaction.h"
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
    " active_from, resigned_on, invoice_address, invoice_email, buyer_reference, document_language,"
    " website, notes FROM members");

Member memberFromQuery(const QSqlQuery &query)
{
    Member member;
    member.id = query.value(0).toLongLong();
    member.kind = MemberTerms::kindFromKey(query.value(1).toString());
    member.number = query.value(2).toString();
    member.name = query.value(3).toString();
    member.countyNumber = query.value(4).toString();
    member.countyName = query.value(5).toString();
    member.population = query.value(6).toLongLong();
    member.populationDate = SqlValues::toDate(query.value(7));
    member.organisationNumber = query.value(8).toString();
    member.status = MemberTerms::statusFromKey(query.value(9).toString());
    member.firstContactOn = SqlValues::toDate(query.value(10));
    member.appliedOn = SqlValues::toDate(query.value(11));
    member.decisionOn = SqlValues::toDate(query.value(12));
    member.decisionReference = query.value(13).toString();
    member.activeFrom = SqlValues::toDate(query.value(14));
    member.resignedOn = SqlValues::toDate(query.value(15));
    member.invoiceAddress = query.value(16).toString();
    member.invoiceEmail = query.value(17).toString();
    member.buyerReference = query.value(18).toString();
    member.documentLanguage = query.value(19).toString();
    member.website = query.value(20).toString();
    member.notes = query.value(21).toString();
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
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY name"))) {
        m_lastError = query.lastError().text();
        return members;
    }
    while (query.next())
        members.append(memberFromQuery(query));
    return members;
}

std::optional<Member> MemberRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return memberFromQuery(query);
}

std::optional<Member> MemberRepository::findByNumber(MemberKind kind, const QString &number) const
{
    QSqlQuery query(m_database);
    query.prepare(selectColumns + QStringLiteral(" WHERE kind = ? AND number = ?"));
    query.addBindValue(MemberTerms::key(kind));
    query.addBindValue(number);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return memberFromQuery(query);
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

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
    if (Outcome unique = checkUnique(member); !unique)
        return unique;

    QSqlQuery query(m_database);
    if (insert) {
        query.prepare(QStringLiteral(
            "INSERT INTO members (kind, number, name, county_number, county_name, population,"
            " population_date, organisation_number, status, first_contact_on, applied_on, decision_on,"
            " decision_reference, active_from, resigned_on, invoice_address, invoice_email,"
            " buyer_reference, document_language, website, notes)"
            " VALUES (:kind, :number, :name, :county_number, :county_name, :population,"
            " :population_date, :organisation_number, :status, :first_contact_on, :applied_on,"
            " :decision_on, :decision_reference, :active_from, :resigned_on, :invoice_address,"
            " :invoice_email, :buyer_reference, :document_language, :website, :notes)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE members SET kind = :kind, number = :number, name = :name,"
            " county_number = :county_number, county_name = :county_name, population = :population,"
            " population_date = :population_date, organisation_number = :organisation_number,"
            " status = :status, first_contact_on = :first_contact_on, applied_on = :applied_on,"
            " decision_on = :decision_on, decision_reference = :decision_reference,"
            " active_from = :active_from, resigned_on = :resigned_on, invoice_address = :invoice_address,"
            " invoice_email = :invoice_email, buyer_reference = :buyer_reference,"
            " document_language = :document_language, website = :website, notes = :notes"
            " WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), member.id);
    }
    query.bindValue(QStringLiteral(":kind"), MemberTerms::key(member.kind));
    query.bindValue(QStringLiteral(":number"), SqlValues::text(member.number));
    query.bindValue(QStringLiteral(":name"), SqlValues::text(member.name.trimmed()));
    query.bindValue(QStringLiteral(":county_number"), SqlValues::text(member.countyNumber));
    query.bindValue(QStringLiteral(":county_name"), SqlValues::text(member.countyName));
    query.bindValue(QStringLiteral(":population"), member.population);
    query.bindValue(QStringLiteral(":population_date"), SqlValues::fromDate(member.populationDate));
    query.bindValue(QStringLiteral(":organisation_number"), SqlValues::text(member.organisationNumber));
    query.bindValue(QStringLiteral(":status"), MemberTerms::key(member.status));
    query.bindValue(QStringLiteral(":first_contact_on"), SqlValues::fromDate(member.firstContactOn));
    query.bindValue(QStringLiteral(":applied_on"), SqlValues::fromDate(member.appliedOn));
    query.bindValue(QStringLiteral(":decision_on"), SqlValues::fromDate(member.decisionOn));
    query.bindValue(QStringLiteral(":decision_reference"), SqlValues::text(member.decisionReference));
    query.bindValue(QStringLiteral(":active_from"), SqlValues::fromDate(member.activeFrom));
    query.bindValue(QStringLiteral(":resigned_on"), SqlValues::fromDate(member.resignedOn));
    query.bindValue(QStringLiteral(":invoice_address"), SqlValues::text(member.invoiceAddress));
    query.bindValue(QStringLiteral(":invoice_email"), SqlValues::text(member.invoiceEmail));
    query.bindValue(QStringLiteral(":buyer_reference"), SqlValues::text(member.buyerReference));
    query.bindValue(QStringLiteral(":document_language"), SqlValues::text(member.documentLanguage));
    query.bindValue(QStringLiteral(":website"), SqlValues::text(member.website));
    query.bindValue(QStringLiteral(":notes"), SqlValues::text(member.notes));
    if (!query.exec())
        return Outcome::failure(tr("The member could not be saved: %1").arg(query.lastError().text()));
    if (!insert && query.numRowsAffected() != 1)
        return Outcome::failure(tr("The member no longer exists; it may have been deleted."));

    const qint64 id = insert ? query.lastInsertId().toLongLong() : member.id;
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    return Outcome::success(id);
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
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
    if (hasHistory(id)) {
        return Outcome::failure(tr("This member has people or other history and cannot be deleted. "
                                   "Set its status to Resigned instead."));
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM members WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Outcome::failure(tr("The member could not be deleted: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Outcome::failure(tr("The member no longer exists."));
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    return Outcome::success(id);
}

} // namespace Sekretariat
