#include "membersimportplanner.h"

#include "common/datetext.h"
#include "importvalues.h"
#include "members/memberrepository.h"
#include "members/memberterms.h"
#include "members/membervalidator.h"
#include "reference/municipalitycatalogue.h"

#include <QHash>
#include <QRegularExpression>

namespace Sekretariat {

namespace {

QString plainName(QString name)
{
    name = name.trimmed().toLower();
    for (const QString &suffix : {QStringLiteral(" fylkeskommune"), QStringLiteral(" kommune")}) {
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    }
    return name;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? DateText::format(date) : QString();
}

QList<FieldChange> mergeChanges(const Member &existing, const Member &file, const ImportMapping &mapping)
{
    QList<FieldChange> changes;
    auto compare = [&](ImportField field, const QString &before, const QString &after) {
        if (mapping.columnOf(field) >= 0 && !after.isEmpty() && after != before)
            changes.append({field, before, after, true});
    };
    compare(ImportField::Name, existing.name, file.name);
    compare(ImportField::OrganisationNumber, existing.organisationNumber, file.organisationNumber);
    compare(ImportField::Status, MemberTerms::label(existing.status), MemberTerms::label(file.status));
    compare(ImportField::FirstContactOn, dateText(existing.firstContactOn), dateText(file.firstContactOn));
    compare(ImportField::AppliedOn, dateText(existing.appliedOn), dateText(file.appliedOn));
    compare(ImportField::DecisionOn, dateText(existing.decisionOn), dateText(file.decisionOn));
    compare(ImportField::DecisionReference, existing.decisionReference, file.decisionReference);
    compare(ImportField::ActiveFrom, dateText(existing.activeFrom), dateText(file.activeFrom));
    compare(ImportField::ResignedOn, dateText(existing.resignedOn), dateText(file.resignedOn));
    compare(ImportField::Address, existing.invoiceAddress, file.invoiceAddress);
    compare(ImportField::PostalCode, existing.invoicePostalCode, file.invoicePostalCode);
    compare(ImportField::City, existing.invoiceCity, file.invoiceCity);
    compare(ImportField::Country, existing.invoiceCountry, file.invoiceCountry);
    compare(ImportField::Email, existing.invoiceEmail, file.invoiceEmail);
    compare(ImportField::BuyerReference, existing.buyerReference, file.buyerReference);
    compare(ImportField::ElectronicAddress, existing.electronicAddress, file.electronicAddress);
    compare(ImportField::Website, existing.website, file.website);
    compare(ImportField::Notes, existing.notes, file.notes);
    return changes;
}

} // namespace

MembersImportPlanner::MembersImportPlanner(const QSqlDatabase &database, const QDate &today)
    : m_database(database)
    , m_today(today)
{
}

std::optional<ImportPlan> MembersImportPlanner::plan(const TableFile &file, const ImportMapping &mapping,
                                                     const ImportProgress &progress, QString *error) const
{
    if (error)
        error->clear();
    MunicipalityCatalogue catalogue;
    if (!catalogue.load()) {
        if (error)
            *error = catalogue.errorString();
        return std::nullopt;
    }
    QHash<QString, QList<qsizetype>> byName;
    QHash<QString, qsizetype> byNumber;
    for (qsizetype index = 0; index < catalogue.entries().size(); ++index) {
        const ReferenceEntry &entry = catalogue.entries().at(index);
        byName[plainName(entry.name)].append(index);
        byNumber.insert(entry.number, index);
    }
    const MemberRepository repository(m_database);
    if (!repository.count()) {
        if (error)
            *error = tr("The register cannot be read: %1").arg(repository.lastError());
        return std::nullopt;
    }

    ImportPlan plan;
    plan.kind = ImportKind::Members;
    plan.fileFindings = ImportValues::fileFindings(file);
    ImportValues values(m_today);
    QHash<QString, int> numberRows;
    static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
    for (qsizetype index = 0; index < file.size(); ++index) {
        if (progress && index % 100 == 0 && !progress(index, file.size()))
            return std::nullopt;
        const QStringList &cells = file.rows.at(index);
        ImportRow row;
        row.rowNumber = file.rowNumbers.value(index);
        row.member = std::make_shared<Member>();
        Member &member = *row.member;
        QString reference, number, name, status;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const ImportField field = mapping.fieldOf(column);
            const QString &cell = cells.at(column);
            switch (field) {
            case ImportField::Reference: reference = values.text(cell, field, row); break;
            case ImportField::Number: number = values.text(cell, field, row); break;
            case ImportField::Name: name = values.text(cell, field, row); break;
            case ImportField::OrganisationNumber:
                member.organisationNumber = values.text(cell, field, row).remove(u' ');
                break;
            case ImportField::Status:
                if (const std::optional<MemberStatus> read = values.status(cell, row))
                    member.status = *read;
                break;
            case ImportField::FirstContactOn: member.firstContactOn = values.date(cell, field, row); break;
            case ImportField::AppliedOn: member.appliedOn = values.date(cell, field, row); break;
            case ImportField::DecisionOn: member.decisionOn = values.date(cell, field, row); break;
            case ImportField::DecisionReference: member.decisionReference = values.text(cell, field, row); break;
            case ImportField::ActiveFrom: member.activeFrom = values.date(cell, field, row); break;
            case ImportField::ResignedOn: member.resignedOn = values.date(cell, field, row); break;
            case ImportField::Address: member.invoiceAddress = values.text(cell, field, row); break;
            case ImportField::PostalCode: member.invoicePostalCode = values.postalCode(cell, field, row); break;
            case ImportField::City: member.invoiceCity = values.text(cell, field, row); break;
            case ImportField::Country: {
                const QString country = values.text(cell, field, row);
                if (!country.isEmpty())
                    member.invoiceCountry = country.toUpper();
                break;
            }
            case ImportField::Email: member.invoiceEmail = values.text(cell, field, row); break;
            case ImportField::BuyerReference: member.buyerReference = values.text(cell, field, row); break;
            case ImportField::ElectronicAddress: member.electronicAddress = values.text(cell, field, row); break;
            case ImportField::Website: member.website = values.text(cell, field, row); break;
            case ImportField::Notes: member.notes = values.text(cell, field, row); break;
            default: break;
            }
        }

        std::optional<qsizetype> entryIndex;
        if (!number.isEmpty()) {
            if (!digits.match(number).hasMatch()) {
                row.errors.append(tr("Number: “%1” is not a municipality's or county's number.").arg(number));
            } else if (byNumber.contains(number)) {
                entryIndex = byNumber.value(number);
            } else {
                // A spreadsheet reads 0301 as the number 301, and 03 as 3.
                for (const QString &padded : {number.rightJustified(2, u'0'), number.rightJustified(4, u'0')}) {
                    if (!entryIndex && padded != number && byNumber.contains(padded)) {
                        entryIndex = byNumber.value(padded);
                        row.changes.append(tr("Number: %1 read as %2 (a spreadsheet drops the leading zero of a number)")
                                               .arg(number, padded));
                    }
                }
                if (!entryIndex)
                    row.errors.append(tr("Number: %1 is no municipality or county municipality of the official list.")
                                          .arg(number));
            }
        } else if (!name.isEmpty()) {
            const QList<qsizetype> found = byName.value(plainName(name));
            if (found.size() == 1)
                entryIndex = found.first();
            else if (found.isEmpty())
                row.errors.append(tr("Name: “%1” is no municipality or county municipality of the official list.")
                                      .arg(name));
            else
                row.errors.append(tr("Name: there are %1 municipalities called %2; give the number.")
                                      .arg(found.size())
                                      .arg(name));
        } else {
            row.errors.append(tr("The row has neither the member's number nor its name."));
        }

        if (entryIndex) {
            const ReferenceEntry &entry = catalogue.entries().at(*entryIndex);
            member.kind = entry.kind;
            member.number = entry.number;
            member.countyNumber = entry.countyNumber;
            member.countyName = entry.countyName;
            member.population = entry.population;
            member.populationDate = entry.populationDate;
            if (member.organisationNumber.isEmpty())
                member.organisationNumber = entry.organisationNumber;
            member.name = name.isEmpty() ? entry.name : name;
            if (!name.isEmpty() && plainName(name) != plainName(entry.name)) {
                row.warnings.append(tr("Name: the official list calls %1 “%2”.").arg(entry.number, entry.name));
            } else if (!name.isEmpty() && name != entry.name) {
                member.name = entry.name;
                row.changes.append(tr("Name: “%1” read as “%2”, as the official list writes it.").arg(name, entry.name));
            }
            if (const Outcome valid = MemberValidator::validate(member); !valid)
                row.errors.append(valid.message());
            if (const int earlier = numberRows.value(member.number))
                row.errors.append(tr("Number: %1 is also on row %2.").arg(member.number).arg(earlier));
            else
                numberRows.insert(member.number, row.rowNumber);
        }
        values.checkKey(reference, row);
        row.name = member.number.isEmpty() ? name : QStringLiteral("%1 %2").arg(member.number, member.name);

        if (!row.errors.isEmpty()) {
            row.status = ImportRow::Status::Error;
        } else if (const std::optional<Member> existing = repository.findByNumber(member.kind, member.number)) {
            row.status = ImportRow::Status::Duplicate;
            row.action = ImportRow::Action::Skip;
            row.existingId = existing->id;
            row.existingMember = std::make_shared<const Member>(*existing);
            row.existing = QStringLiteral("%1 %2 (%3)").arg(existing->number, existing->name,
                                                            MemberTerms::label(existing->status));
            row.merge = mergeChanges(*existing, member, mapping);
        }
        plan.rows.append(std::move(row));
    }
    if (progress && !progress(file.size(), file.size()))
        return std::nullopt;
    return plan;
}

} // namespace Sekretariat
