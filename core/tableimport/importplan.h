#pragma once

#include "importfield.h"
#include "members/member.h"
#include "people/person.h"

#include <QList>
#include <QStringList>
#include <memory>

namespace Sekretariat {

// One field a merge would change in the register: the register's value and the file's.
struct FieldChange
{
    ImportField field = ImportField::Ignore;
    QString before;
    QString after;
    bool take = true;    // the user may keep the register's value instead
};

// What one row of the file would do, and everything found on it.
struct ImportRow
{
    enum class Status { New, Duplicate, Error };
    enum class Action { Add, Merge, Skip };

    int rowNumber = 0;              // as the spreadsheet numbers it
    Status status = Status::New;
    Action action = Action::Add;
    QString name;                   // who or what the row is
    QStringList changes;            // read differently from how the file writes it, each said
    QStringList warnings;           // imported as written, but worth a look
    QStringList errors;             // why the row cannot be imported
    Person person;                  // the row as a person (people import)
    // The row as a member (members import); shared, as 100,000 rows of people need none.
    std::shared_ptr<Member> member;
    qint64 existingId = 0;          // the duplicate in the register
    QString existing;               // "Ann Hansen (Gol, ann@gol.kommune.no)"
    // The duplicate as it was when checked: a merge writes only over exactly that
    // (not over what someone changed since, nor over another who got its id).
    std::shared_ptr<const Person> existingPerson;
    std::shared_ptr<const Member> existingMember;
    QList<FieldChange> merge;       // what merging would change, field by field

    bool writes() const { return status != Status::Error && action != Action::Skip; }
};

// A whole file's import before anything is written: the user (or --dry-run)
// sees it, and only then is it written, in one transaction.
struct ImportPlan
{
    ImportKind kind = ImportKind::People;
    QList<ImportRow> rows;
    QStringList fileFindings;       // about the file as a whole (cells beyond the header)

    int count(ImportRow::Status status) const
    {
        return int(std::count_if(rows.cbegin(), rows.cend(), [status](const ImportRow &row) { return row.status == status; }));
    }
    int count(ImportRow::Action action) const
    {
        return int(std::count_if(rows.cbegin(), rows.cend(),
                                 [action](const ImportRow &row) { return row.writes() && row.action == action; }));
    }
    bool hasErrors() const { return count(ImportRow::Status::Error) > 0; }
    // Every duplicate to merge, skip or add (members cannot be added twice).
    void setDuplicateAction(ImportRow::Action action)
    {
        for (ImportRow &row : rows) {
            if (row.status == ImportRow::Status::Duplicate)
                row.action = kind == ImportKind::Members && action == ImportRow::Action::Add ? ImportRow::Action::Skip
                                                                                              : action;
        }
    }
};

} // namespace Sekretariat
