#include "importfield.h"

#include <QHash>

namespace Sekretariat {

namespace {

struct FieldName
{
    ImportField field;
    const char *key;
};

const FieldName fieldNames[] = {
    {ImportField::Ignore, "ignore"},
    {ImportField::Reference, "reference"},
    {ImportField::FirstName, "first_name"},
    {ImportField::LastName, "last_name"},
    {ImportField::FullName, "full_name"},
    {ImportField::Title, "title"},
    {ImportField::Email, "email"},
    {ImportField::Phone, "phone"},
    {ImportField::Member, "member"},
    {ImportField::Role, "role"},
    {ImportField::RoleFrom, "role_from"},
    {ImportField::RoleTo, "role_to"},
    {ImportField::Organisation, "organisation"},
    {ImportField::Address, "address"},
    {ImportField::PostalCode, "postal_code"},
    {ImportField::City, "city"},
    {ImportField::Notes, "notes"},
    {ImportField::Number, "number"},
    {ImportField::Name, "name"},
    {ImportField::OrganisationNumber, "organisation_number"},
    {ImportField::Status, "status"},
    {ImportField::FirstContactOn, "first_contact_on"},
    {ImportField::AppliedOn, "applied_on"},
    {ImportField::DecisionOn, "decision_on"},
    {ImportField::DecisionReference, "decision_reference"},
    {ImportField::ActiveFrom, "active_from"},
    {ImportField::ResignedOn, "resigned_on"},
    {ImportField::Country, "country"},
    {ImportField::BuyerReference, "buyer_reference"},
    {ImportField::ElectronicAddress, "electronic_address"},
    {ImportField::Website, "website"},
};

// A header as compared: lower case, letters and digits only ("E-post" -> "epost").
QString normalised(const QString &header)
{
    QString plain;
    for (QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            plain.append(c);
    }
    return plain;
}

using Synonyms = QHash<QString, ImportField>;

Synonyms synonyms(std::initializer_list<std::pair<ImportField, std::initializer_list<const char *>>> lists)
{
    Synonyms map;
    for (const auto &[field, names] : lists) {
        for (const char *name : names)
            map.insert(normalised(QString::fromUtf8(name)), field);
    }
    return map;
}

const Synonyms &commonSynonyms()
{
    static const Synonyms map = synonyms({
        {ImportField::Reference, {"id", "ref", "referanse", "reference", "medlemsnummer", "medlemsnr", "kundenummer",
                                  "kundenr", "løpenummer", "externalid", "key", "nøkkel"}},
        {ImportField::Email, {"e-post", "epost", "e-postadresse", "epostadresse", "email", "e-mail", "mail",
                              "email address", "e-mail address", "fakturaepost", "faktura-e-post", "invoice e-mail"}},
        {ImportField::Phone, {"telefon", "tlf", "tlf.", "telefonnummer", "mobil", "mobiltelefon", "mobilnummer",
                              "phone", "telephone", "mobile", "mobile phone", "cell", "phone number"}},
        {ImportField::Address, {"adresse", "gateadresse", "postadresse", "besøksadresse", "address", "street",
                                "street address", "fakturaadresse", "invoice address"}},
        {ImportField::PostalCode, {"postnummer", "postnr", "postnr.", "post code", "postcode", "postal code", "zip",
                                   "zip code"}},
        {ImportField::City, {"poststed", "sted", "by", "city", "town", "postal town"}},
        {ImportField::Notes, {"merknad", "merknader", "notat", "notater", "kommentar", "kommentarer", "note",
                              "notes", "comment", "comments"}},
    });
    return map;
}

const Synonyms &peopleSynonyms()
{
    static const Synonyms map = synonyms({
        {ImportField::FirstName, {"fornavn", "first name", "firstname", "given name", "first"}},
        {ImportField::LastName, {"etternavn", "last name", "lastname", "surname", "family name", "last"}},
        {ImportField::FullName, {"navn", "fullt navn", "name", "full name", "kontaktperson", "contact"}},
        {ImportField::Title, {"tittel", "stilling", "stillingstittel", "title", "job title", "position"}},
        {ImportField::Member, {"kommune", "kommunenavn", "kommunenummer", "kommunenr", "medlem", "fylke",
                               "fylkeskommune", "member", "municipality", "county"}},
        {ImportField::Role, {"rolle", "verv", "funksjon", "role"}},
        {ImportField::RoleFrom, {"fra", "frå", "fra dato", "rolle fra", "from", "valid from", "role from", "start"}},
        {ImportField::RoleTo, {"til", "til dato", "rolle til", "to", "valid to", "role to", "end"}},
        {ImportField::Organisation, {"organisasjon", "arbeidsgiver", "virksomhet", "firma", "organisation",
                                     "organization", "company", "employer"}},
    });
    return map;
}

const Synonyms &memberSynonyms()
{
    static const Synonyms map = synonyms({
        {ImportField::Number, {"kommunenummer", "kommunenr", "knr", "fylkesnummer", "fylkesnr", "nummer", "nr",
                               "number", "municipality number", "county number"}},
        {ImportField::Name, {"navn", "kommune", "kommunenavn", "fylke", "fylkeskommune", "medlem", "name",
                             "municipality", "county", "member"}},
        {ImportField::OrganisationNumber, {"organisasjonsnummer", "orgnr", "org.nr.", "orgnummer", "org nr",
                                           "organisation number", "organization number"}},
        {ImportField::Status, {"status", "medlemsstatus"}},
        {ImportField::FirstContactOn, {"første kontakt", "kontaktet", "first contact"}},
        {ImportField::AppliedOn, {"søkt", "søknadsdato", "søknad", "applied", "applied on"}},
        {ImportField::DecisionOn, {"vedtak", "vedtaksdato", "vedtatt", "decision", "decision date", "decided on"}},
        {ImportField::DecisionReference, {"saksnummer", "saksnr", "saksnr.", "case number", "case"}},
        {ImportField::ActiveFrom, {"medlem fra", "medlem siden", "innmeldt", "aktiv fra", "active from",
                                   "member since"}},
        {ImportField::ResignedOn, {"utmeldt", "utmeldt dato", "resigned", "resigned on"}},
        {ImportField::Country, {"land", "landkode", "country"}},
        {ImportField::BuyerReference, {"deres ref", "deres ref.", "deres referanse", "buyer reference",
                                       "your reference"}},
        {ImportField::ElectronicAddress, {"ehf-adresse", "ehf", "peppol", "peppol-id", "electronic address"}},
        {ImportField::Website, {"nettside", "hjemmeside", "nettadresse", "website", "web", "url", "homepage"}},
    });
    return map;
}

} // namespace

QList<ImportField> ImportFields::fieldsOf(ImportKind kind)
{
    if (kind == ImportKind::People)
        return {ImportField::Ignore, ImportField::Reference, ImportField::FirstName, ImportField::LastName,
                ImportField::FullName, ImportField::Title, ImportField::Email, ImportField::Phone,
                ImportField::Member, ImportField::Role, ImportField::RoleFrom, ImportField::RoleTo,
                ImportField::Organisation, ImportField::Address, ImportField::PostalCode, ImportField::City,
                ImportField::Notes};
    return {ImportField::Ignore, ImportField::Reference, ImportField::Number, ImportField::Name,
            ImportField::OrganisationNumber, ImportField::Status, ImportField::FirstContactOn,
            ImportField::AppliedOn, ImportField::DecisionOn, ImportField::DecisionReference,
            ImportField::ActiveFrom, ImportField::ResignedOn, ImportField::Address, ImportField::PostalCode,
            ImportField::City, ImportField::Country, ImportField::Email, ImportField::BuyerReference,
            ImportField::ElectronicAddress, ImportField::Website, ImportField::Notes};
}

QString ImportFields::label(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return tr("(not imported)");
    case ImportField::Reference: return tr("Key in the file");
    case ImportField::FirstName: return tr("First name");
    case ImportField::LastName: return tr("Last name");
    case ImportField::FullName: return tr("Full name");
    case ImportField::Title: return tr("Title");
    case ImportField::Email: return tr("E-mail");
    case ImportField::Phone: return tr("Phone");
    case ImportField::Member: return tr("Member");
    case ImportField::Role: return tr("Role");
    case ImportField::RoleFrom: return tr("Role from");
    case ImportField::RoleTo: return tr("Role until");
    case ImportField::Organisation: return tr("Organisation");
    case ImportField::Address: return tr("Address");
    case ImportField::PostalCode: return tr("Postcode");
    case ImportField::City: return tr("Town");
    case ImportField::Notes: return tr("Notes");
    case ImportField::Number: return tr("Number");
    case ImportField::Name: return tr("Name");
    case ImportField::OrganisationNumber: return tr("Organisation number");
    case ImportField::Status: return tr("Status");
    case ImportField::FirstContactOn: return tr("First contact");
    case ImportField::AppliedOn: return tr("Applied on");
    case ImportField::DecisionOn: return tr("Decision date");
    case ImportField::DecisionReference: return tr("Case number");
    case ImportField::ActiveFrom: return tr("Active from");
    case ImportField::ResignedOn: return tr("Resigned on");
    case ImportField::Country: return tr("Country");
    case ImportField::BuyerReference: return tr("Buyer reference");
    case ImportField::ElectronicAddress: return tr("Electronic address");
    case ImportField::Website: return tr("Website");
    }
    return {};
}

QString ImportFields::key(ImportField field)
{
    for (const FieldName &name : fieldNames) {
        if (name.field == field)
            return QString::fromLatin1(name.key);
    }
    return {};
}

ImportField ImportFields::fromKey(const QString &key, bool *ok)
{
    for (const FieldName &name : fieldNames) {
        if (key == QLatin1String(name.key)) {
            if (ok)
                *ok = true;
            return name.field;
        }
    }
    if (ok)
        *ok = false;
    return ImportField::Ignore;
}

ImportField ImportFields::guess(const QString &header, ImportKind kind)
{
    const QString plain = normalised(header);
    const Synonyms &own = kind == ImportKind::People ? peopleSynonyms() : memberSynonyms();
    if (const auto found = own.constFind(plain); found != own.constEnd())
        return *found;
    if (const auto found = commonSynonyms().constFind(plain); found != commonSynonyms().constEnd())
        return *found;
    return ImportField::Ignore;
}

bool ImportFields::isDate(ImportField field)
{
    switch (field) {
    case ImportField::RoleFrom:
    case ImportField::RoleTo:
    case ImportField::FirstContactOn:
    case ImportField::AppliedOn:
    case ImportField::DecisionOn:
    case ImportField::ActiveFrom:
    case ImportField::ResignedOn:
        return true;
    default:
        return false;
    }
}

QString ImportFields::kindKey(ImportKind kind)
{
    return kind == ImportKind::People ? QStringLiteral("people") : QStringLiteral("members");
}

} // namespace Sekretariat
