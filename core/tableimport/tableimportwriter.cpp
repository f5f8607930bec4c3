#include "tableimportwriter.h"

#include "database/connectionfactory.h"
#include "database/write.h"
#include "members/memberrepository.h"
#include "members/membervalidator.h"
#include "people/personrepository.h"
#include "people/personvalidator.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace Sekretariat {

namespace {

// The register's person with the changes the user took from the file's.
Person merged(Person person, const ImportRow &row)
{
    const Person &file = row.person;
    for (const FieldChange &change : row.merge) {
        if (!change.take)
            continue;
        switch (change.field) {
        case ImportField::FirstName: person.firstName = file.firstName; break;
        case ImportField::LastName: person.lastName = file.lastName; break;
        case ImportField::Title: person.title = file.title; break;
        case ImportField::Email: person.email = file.email; break;
        case ImportField::Phone: person.phone = file.phone; break;
        case ImportField::Organisation: person.organisation = file.organisation; break;
        case ImportField::Address: person.address = file.address; break;
        case ImportField::PostalCode: person.postalCode = file.postalCode; break;
        case ImportField::City: person.city = file.city; break;
        case ImportField::Notes: person.notes = file.notes; break;
        case ImportField::Member: person.memberId = file.memberId; break;
        case ImportField::Role: person.roles.append(file.roles); break;
        default: break;
        }
    }
    return person;
}

Member merged(Member member, const ImportRow &row)
{
    const Member &file = *row.member;
    for (const FieldChange &change : row.merge) {
        if (!change.take)
            continue;
        switch (change.field) {
        case ImportField::Name: member.name = file.name; break;
        case ImportField::OrganisationNumber: member.organisationNumber = file.organisationNumber; break;
        case ImportField::Status: member.status = file.status; break;
        case ImportField::FirstContactOn: member.firstContactOn = file.firstContactOn; break;
        case ImportField::AppliedOn: member.appliedOn = file.appliedOn; break;
        case ImportField::DecisionOn: member.decisionOn = file.decisionOn; break;
        case ImportField::DecisionReference: member.decisionReference = file.decisionReference; break;
        case ImportField::ActiveFrom: member.activeFrom = file.activeFrom; break;
        case ImportField::ResignedOn: member.resignedOn = file.resignedOn; break;
        case ImportField::Address: member.invoiceAddress = file.invoiceAddress; break;
        case ImportField::PostalCode: member.invoicePostalCode = file.invoicePostalCode; break;
        case ImportField::City: member.invoiceCity = file.invoiceCity; break;
        case ImportField::Country: member.invoiceCountry = file.invoiceCountry; break;
        case ImportField::Email: member.invoiceEmail = file.invoiceEmail; break;
        case ImportField::BuyerReference: member.buyerReference = file.buyerReference; break;
        case ImportField::ElectronicAddress: member.electronicAddress = file.electronicAddress; break;
        case ImportField::Website: member.website = file.website; break;
        case ImportField::Notes: member.notes = file.notes; break;
        default: break;
        }
    }
    return member;
}

Outcome changedMeanwhile(const ImportRow &row)
{
    return Outcome::failure(TableImportWriter::tr("%1 was changed in the register after the check, and a merge "
                                                  "would write over it; check the file again.")
                                .arg(row.existing));
}

Outcome onRow(const ImportRow &row, const Outcome &outcome)
{
    return Outcome::failure(TableImportWriter::tr("Row %1: %2").arg(row.rowNumber).arg(outcome.message()));
}

} // namespace

Outcome TableImportWriter::apply(const QSqlDatabase &database, const ImportPlan &plan, const ImportProgress &progress)
{
    // 100,000 rows touch every page of the people's indexes: with SQLite's 2 MB
    // page cache each is read from the file again and again. 64 MB while writing.
    // A server keeps its own cache.
    const bool file = !ConnectionFactory::isServer(database);
    QSqlQuery cache(database);
    const int cacheSize = file && cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next()
        ? cache.value(0).toInt()
        : -2000;
    if (file && plan.rows.size() > 1000)
        cache.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreCache = qScopeGuard([&cache, cacheSize, file] {
        if (file)
            cache.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });
    Write write(database);
    if (!write.isOpen())
        return write.outcome();
    const PersonRepository people(database);
    MemberRepository members(database);
    const qsizetype total = plan.rows.size();
    for (qsizetype index = 0; index < total; ++index) {
        if (progress && index % 500 == 0 && !progress(index, total))
            return Outcome::failure(tr("The import was cancelled; nothing was written."));
        const ImportRow &row = plan.rows.at(index);
        if (!row.writes())
            continue;
        if (plan.kind == ImportKind::People) {
            if (row.action == ImportRow::Action::Merge) {
                const std::optional<Person> existing = people.find(row.existingId);
                if (!existing)
                    return onRow(row, Outcome::failure(tr("%1 is no longer in the register.").arg(row.existing)));
                if (!row.existingPerson || *existing != *row.existingPerson)
                    return onRow(row, changedMeanwhile(row));
                const Person person = merged(*existing, row);
                if (const Outcome valid = PersonValidator::validate(person); !valid)
                    return onRow(row, valid);
                if (!PersonRepository::updateWithin(write, person))
                    return onRow(row, write.outcome());
            } else if (PersonRepository::addWithin(write, row.person) == 0) {
                return onRow(row, write.outcome());
            }
        } else {
            Outcome written = Outcome::success();
            if (row.action == ImportRow::Action::Merge) {
                const std::optional<Member> existing = members.find(row.existingId);
                if (!existing)
                    return onRow(row, Outcome::failure(tr("%1 is no longer in the register.").arg(row.existing)));
                if (!row.existingMember || *existing != *row.existingMember)
                    return onRow(row, changedMeanwhile(row));
                written = members.update(merged(*existing, row));
            } else {
                written = members.add(*row.member);
            }
            if (!written)
                return onRow(row, written);
        }
    }
    if (progress && !progress(total, total))
        return Outcome::failure(tr("The import was cancelled; nothing was written."));
    return write.commit();
}

} // namespace Sekretariat
