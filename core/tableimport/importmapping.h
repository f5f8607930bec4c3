#pragma once

#include "importfield.h"
#include "people/person.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Sekretariat {

// Which field each column of a file is read into, and, for people, the member
// and role of rows that name none (a contact list of one municipality).
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    ImportKind kind = ImportKind::People;
    QList<ImportField> columns;       // one per header
    QString defaultMember;            // people: a member's number or name, or empty
    std::optional<RoleType> defaultRole;

    ImportField fieldOf(qsizetype column) const { return columns.value(column, ImportField::Ignore); }
    // The first column read into `field`, or -1.
    qsizetype columnOf(ImportField field) const { return columns.indexOf(field); }
    // What the headers suggest; each field taken by the first column that names it.
    static ImportMapping guess(ImportKind kind, const QStringList &headers);
    // The headers of a file, as one key: the next file of the same shape gets the
    // mapping the user chose for this one.
    static QString shapeKey(ImportKind kind, const QStringList &headers);

    // {"kind": "people", "columns": {"Fornavn": "first_name", ...}, "member": "1804", "role": "other"}
    QJsonObject toJson(const QStringList &headers) const;
    // A mapping file applied to a file's headers: a header the mapping does not
    // name is not imported; a field the mapping names that is not a field of
    // this kind, or a header it names that is not in the file, is an error.
    static std::optional<ImportMapping> fromJson(const QJsonObject &json, ImportKind kind,
                                                 const QStringList &headers, QString *error);
    static std::optional<ImportMapping> readFile(const QString &path, ImportKind kind, const QStringList &headers,
                                                 QString *error);
    // The fields chosen for two columns or more (only one column can be read into a field).
    QList<ImportField> repeatedFields() const;
};

} // namespace Sekretariat
