#include "peopleimportplanner.h"

#include "database/read.h"
#include "importvalues.h"
#include "members/memberterms.h"
#include "people/personrepository.h"
#include "people/personvalidator.h"
#include "people/roleterms.h"
#include "reference/municipalitycatalogue.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Sekretariat {

namespace {

QString nameKey(qint64 memberId, const QString &firstName, const QString &lastName)
{
    return QString::number(memberId) + u'\x1f' + firstName.toLower() + u'\x1f' + lastName.toLower();
}

// The register's members, found by number or by name ("Gol", "Gol kommune").
struct MemberIndex
{
    QHash<QString, qint64> byNumber;
    QHash<QString, qint64> byName;
    QHash<qint64, QString> names;

    bool load(const QSqlDatabase &database, QString *error)
    {
        QSqlQuery query(database);
        if (!Read::run(query, QStringLiteral("SELECT id, kind, number, name FROM members"), {}, error))
            return false;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const MemberKind kind = MemberTerms::kindFromKey(query.value(1).toString());
            const QString name = query.value(3).toString();
            byNumber.insert(query.value(2).toString(), id);
            byName.insert(name.toLower(), id);
            byName.insert(MemberTerms::legalName(kind, name).toLower(), id);
            names.insert(id, name);
        }
        return true;
    }

    // The member a cell names; `restored` is set when a number got its leading zero back.
    qint64 find(const QString &text, QString *restored) const
    {
        static const QRegularExpression digits(QStringLiteral("^\\d{1,4}$"));
        if (digits.match(text).hasMatch()) {
            if (const qint64 id = byNumber.value(text))
                return id;
            for (const QString &padded : {text.rightJustified(2, u'0'), text.rightJustified(4, u'0')}) {
                if (padded != text && byNumber.contains(padded)) {
                    *restored = padded;
                    return byNumber.value(padded);
                }
            }
            return 0;
        }
        return byName.value(text.toLower());
    }
};

// Who is in the register already, by e-mail and by name at a member.
struct PeopleIndex
{
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byName;

    bool load(const QSqlDatabase &database, QString *error)
    {
        QSqlQuery query(database);
        Read::forwardOnly(query);
        if (!Read::run(query, QStringLiteral("SELECT id, email, member_id, first_name, last_name FROM people"), {},
                       error))
            return false;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString email = query.value(1).toString().toLower();
            if (!email.isEmpty())
                byEmail.insert(email, id);
            const qint64 memberId = query.value(2).toLongLong();
            if (memberId > 0)
                byName.insert(nameKey(memberId, query.value(3).toString(), query.value(4).toString()), id);
        }
        return true;
    }
};

QString describe(const Person &person, const MemberIndex &members)
{
    QStringList details;
    if (person.memberId > 0)
        details.append(members.names.value(person.memberId));
    else if (!person.organisation.isEmpty())
        details.append(person.organisation);
    if (!person.email.isEmpty())
        details.append(person.email);
    return details.isEmpty() ? person.fullName()
                             : QStringLiteral("%1 (%2)").arg(person.fullName(), details.join(QStringLiteral(", ")));
}

QString roleText(const Role &role, const MemberIndex &members)
{
    return PeopleImportPlanner::tr("%1 at %2").arg(RoleTerms::label(role.type), members.names.value(role.memberId));
}

// What merging the file's person into the register's would change, field by field.
QList<FieldChange> mergeChanges(const Person &existing, const Person &file, const ImportMapping &mapping,
                                const MemberIndex &members)
{
    QList<FieldChange> changes;
    auto compare = [&](ImportField field, const QString &before, const QString &after) {
        if (!after.isEmpty() && after != before)
            changes.append({field, before, after, true});
    };
    compare(ImportField::FirstName, existing.firstName, file.firstName);
    compare(ImportField::LastName, existing.lastName, file.lastName);
    compare(ImportField::Title, existing.title, file.title);
    compare(ImportField::Email, existing.email, file.email);
    compare(ImportField::Phone, existing.phone, file.phone);
    compare(ImportField::Organisation, existing.organisation, file.organisation);
    compare(ImportField::Address, existing.address, file.address);
    compare(ImportField::PostalCode, existing.postalCode, file.postalCode);
    compare(ImportField::City, existing.city, file.city);
    compare(ImportField::Notes, existing.notes, file.notes);
    if (file.memberId > 0 && file.memberId != existing.memberId && mapping.columnOf(ImportField::Member) >= 0)
        changes.append({ImportField::Member, members.names.value(existing.memberId), members.names.value(file.memberId),
                        true});
    for (const Role &role : file.roles) {
        const bool held = std::any_of(existing.roles.cbegin(), existing.roles.cend(), [&role](const Role &other) {
            return other.type == role.type && other.memberId == role.memberId;
        });
        if (!held)
            changes.append({ImportField::Role, QString(), roleText(role, members), true});
    }
    return changes;
}

} // namespace

PeopleImportPlanner::PeopleImportPlanner(const QSqlDatabase &database, const QDate &today)
    : m_database(database)
    , m_today(today)
{
}

std::optional<ImportPlan> PeopleImportPlanner::plan(const TableFile &file, const ImportMapping &mapping,
                                                    const ImportProgress &progress, QString *error) const
{
    if (error)
        error->clear();
    MemberIndex members;
    PeopleIndex people;
    QString readError;
    if (!members.load(m_database, &readError) || !people.load(m_database, &readError)) {
        if (error)
            *error = tr("The register cannot be read: %1").arg(readError);
        return std::nullopt;
    }
    qint64 defaultMemberId = 0;
    if (!mapping.defaultMember.isEmpty()) {
        QString restored;
        defaultMemberId = members.find(mapping.defaultMember, &restored);
        if (defaultMemberId == 0) {
            if (error)
                *error = tr("“%1” is no member of the register.").arg(mapping.defaultMember);
            return std::nullopt;
        }
    }
    MunicipalityCatalogue catalogue;
    catalogue.load();

    ImportPlan plan;
    plan.kind = ImportKind::People;
    plan.fileFindings = ImportValues::fileFindings(file);
    plan.rows.reserve(file.size());
    ImportValues values(m_today);
    QHash<QString, int> emailRows;
    QHash<QString, int> nameRows;
    const bool bothNamesMapped = mapping.columnOf(ImportField::FirstName) >= 0
        && mapping.columnOf(ImportField::LastName) >= 0;
    const PersonRepository repository(m_database);
    QList<qsizetype> duplicates;  // rows matching someone in the register

    for (qsizetype index = 0; index < file.size(); ++index) {
        if (progress && index % 500 == 0 && !progress(index, file.size()))
            return std::nullopt;
        const QStringList &cells = file.rows.at(index);
        ImportRow row;
        row.rowNumber = file.rowNumbers.value(index);
        Person &person = row.person;
        QString reference, fullName, memberText;
        std::optional<RoleType> roleType;
        QDate roleFrom, roleTo;
        bool roleDates = false;
        bool roleGiven = false;  // a role the file names (read, or an error said)
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const ImportField field = mapping.fieldOf(column);
            const QString &cell = cells.at(column);
            switch (field) {
            case ImportField::Ignore: break;
            case ImportField::Reference: reference = values.text(cell, field, row); break;
            case ImportField::FirstName: person.firstName = values.text(cell, field, row); break;
            case ImportField::LastName: person.lastName = values.text(cell, field, row); break;
            case ImportField::FullName: fullName = values.text(cell, field, row); break;
            case ImportField::Title:
                person.title = values.text(cell, field, row);
                values.noteSpelling(field, person.title, index);
                break;
            case ImportField::Email: person.email = values.text(cell, field, row); break;
            case ImportField::Phone: person.phone = values.text(cell, field, row); break;
            case ImportField::Member: memberText = values.text(cell, field, row); break;
            case ImportField::Role:
                roleType = values.role(cell, row);
                roleGiven = !cell.trimmed().isEmpty();
                break;
            case ImportField::RoleFrom:
                roleFrom = values.date(cell, field, row);
                roleDates = roleDates || !cell.trimmed().isEmpty();
                break;
            case ImportField::RoleTo:
                roleTo = values.date(cell, field, row);
                roleDates = roleDates || !cell.trimmed().isEmpty();
                break;
            case ImportField::Organisation:
                person.organisation = values.text(cell, field, row);
                values.noteSpelling(field, person.organisation, index);
                break;
            case ImportField::Address: person.address = values.text(cell, field, row); break;
            case ImportField::PostalCode: person.postalCode = values.postalCode(cell, field, row); break;
            case ImportField::City:
                person.city = values.text(cell, field, row);
                values.noteSpelling(field, person.city, index);
                break;
            case ImportField::Notes: person.notes = values.text(cell, field, row); break;
            default: break;
            }
        }
        if (!fullName.isEmpty() && person.firstName.isEmpty() && person.lastName.isEmpty()) {
            const qsizetype space = fullName.lastIndexOf(u' ');
            person.firstName = space > 0 ? fullName.left(space).trimmed() : QString();
            person.lastName = space > 0 ? fullName.mid(space + 1) : fullName;
        }
        if (!memberText.isEmpty()) {
            QString restored;
            person.memberId = members.find(memberText, &restored);
            if (!restored.isEmpty())
                row.changes.append(tr("Member: %1 read as %2 (a spreadsheet drops the leading zero of a number)")
                                       .arg(memberText, restored));
            if (person.memberId == 0) {
                const bool official = std::any_of(catalogue.entries().cbegin(), catalogue.entries().cend(),
                                                  [&memberText](const ReferenceEntry &entry) {
                                                      return entry.number == memberText
                                                          || entry.name.compare(memberText, Qt::CaseInsensitive) == 0;
                                                  });
                row.errors.append(official ? tr("Member: %1 is not in the register yet; import or add the member first.")
                                                 .arg(memberText)
                                           : tr("Member: “%1” is neither a member's number nor its name.").arg(memberText));
            }
        } else {
            person.memberId = defaultMemberId;
        }
        if (!roleType && !roleGiven)
            roleType = mapping.defaultRole;
        if (roleType) {
            if (person.memberId > 0)
                person.roles.append(Role{0, person.memberId, *roleType, roleFrom, roleTo, QString()});
            else if (row.errors.isEmpty())
                row.errors.append(tr("Role: the role %1 is held at a member, and the row names none.")
                                      .arg(RoleTerms::label(*roleType)));
        } else if (roleDates) {
            row.errors.append(tr("Role: the row has the role's dates but not the role."));
        }
        if (bothNamesMapped && person.lastName.isEmpty() && !person.firstName.isEmpty())
            row.warnings.append(tr("Last name: empty."));
        if (bothNamesMapped && person.firstName.isEmpty() && !person.lastName.isEmpty())
            row.warnings.append(tr("First name: empty."));
        if (!person.postalCode.isEmpty() && person.city.isEmpty() && mapping.columnOf(ImportField::City) >= 0)
            row.warnings.append(tr("Town: empty, although the postcode is %1.").arg(person.postalCode));
        if (const Outcome valid = PersonValidator::validate(person); !valid)
            row.errors.append(valid.message());
        row.name = person.fullName();

        values.checkKey(reference, row);
        const QString email = person.email.toLower();
        const QString name = nameKey(person.memberId, person.firstName, person.lastName);
        if (!email.isEmpty()) {
            if (const int earlier = emailRows.value(email))
                row.errors.append(tr("E-mail: %1 is also on row %2.").arg(person.email).arg(earlier));
            else
                emailRows.insert(email, row.rowNumber);
        }
        if (person.memberId > 0 && !person.fullName().isEmpty()) {
            if (const int earlier = nameRows.value(name))
                row.errors.append(tr("%1 at %2 is also on row %3.")
                                      .arg(person.fullName(), members.names.value(person.memberId))
                                      .arg(earlier));
            else
                nameRows.insert(name, row.rowNumber);
        }

        if (!row.errors.isEmpty()) {
            row.status = ImportRow::Status::Error;
        } else {
            row.existingId = email.isEmpty() ? 0 : people.byEmail.value(email);
            if (row.existingId == 0 && person.memberId > 0 && !person.fullName().isEmpty())
                row.existingId = people.byName.value(name);
            if (row.existingId > 0) {
                row.status = ImportRow::Status::Duplicate;
                row.action = ImportRow::Action::Skip;
                duplicates.append(index);
            }
        }
        plan.rows.append(std::move(row));
    }
    values.warnOfSpellings(plan.rows);
    // The duplicates' people as the register has them, read in a few queries, not one each.
    QList<qint64> existingIds;
    for (qsizetype index : std::as_const(duplicates))
        existingIds.append(plan.rows.at(index).existingId);
    const QHash<qint64, Person> existing = repository.findMany(existingIds);
    if (!repository.lastError().isEmpty()) {
        if (error)
            *error = tr("The register cannot be read: %1").arg(repository.lastError());
        return std::nullopt;
    }
    for (qsizetype index : std::as_const(duplicates)) {
        ImportRow &row = plan.rows[index];
        const auto found = existing.constFind(row.existingId);
        if (found == existing.constEnd())
            continue;
        row.existing = describe(*found, members);
        row.existingPerson = std::make_shared<const Person>(*found);
        row.merge = mergeChanges(*found, row.person, mapping, members);
    }
    if (progress && !progress(file.size(), file.size()))
        return std::nullopt;
    return plan;
}

} // namespace Sekretariat
