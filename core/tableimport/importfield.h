#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sekretariat {

// What is imported: people (contacts, with a role at a member) or members.
enum class ImportKind { People, Members };

// The field of the register a column of the file is read into.
enum class ImportField {
    Ignore,
    Reference,          // the row's key in the other program: not stored, but unique in the file
    FirstName,
    LastName,
    FullName,           // "Ann Hansen": split at the last space
    Title,
    Email,              // people: their address; members: the invoice e-mail
    Phone,
    Member,             // people: the member's number or name
    Role,
    RoleFrom,
    RoleTo,
    Organisation,
    Address,
    PostalCode,
    City,
    Notes,
    Number,             // members: the municipality's or county's number
    Name,
    OrganisationNumber,
    Status,
    FirstContactOn,
    AppliedOn,
    DecisionOn,
    DecisionReference,
    ActiveFrom,
    ResignedOn,
    Country,
    BuyerReference,
    ElectronicAddress,
    Website,
};

class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    // The fields a kind of import offers, in the order the wizard lists them.
    static QList<ImportField> fieldsOf(ImportKind kind);
    static QString label(ImportField field);
    // The name in a mapping file: "first_name".
    static QString key(ImportField field);
    static ImportField fromKey(const QString &key, bool *ok = nullptr);
    // The field a Norwegian or English header names ("Fornavn", "E-post",
    // "Mobil", "Postnr."), or Ignore.
    static ImportField guess(const QString &header, ImportKind kind);
    static bool isDate(ImportField field);
    static QString kindKey(ImportKind kind);
};

} // namespace Sekretariat
