#pragma once

#include "common/postaladdress.h"

#include <QDate>
#include <QString>

namespace Sekretariat {

enum class MemberKind { Municipality, County };

// The lifecycle the secretariat lives: first contact, application, the council's
// political decision, active membership, resignation.
enum class MemberStatus { Prospect, Applied, Decided, Active, Resigned };

struct Member
{
    qint64 id = 0;
    qint64 version = 0;          // the row's version when read; an update saves only over it
    MemberKind kind = MemberKind::Municipality;
    QString number;              // municipality (4 digits) or county (2 digits) number
    QString name;
    QString countyNumber;
    QString countyName;
    qint64 population = 0;
    QDate populationDate;
    QString organisationNumber;

    MemberStatus status = MemberStatus::Prospect;
    QDate firstContactOn;
    QDate appliedOn;
    QDate decisionOn;
    QString decisionReference;   // the council's case number (saksnummer)
    QDate activeFrom;
    QDate resignedOn;

    QString invoiceAddress;      // the street lines, above the postcode and town
    QString invoicePostalCode;
    QString invoiceCity;
    QString invoiceCountry = QStringLiteral("NO");
    QString electronicAddress;   // Peppol participant id; empty: "0192:" and the organisation number
    bool receivesEhf = true;     // public buyers only accept electronic invoices
    QString invoiceEmail;
    QString buyerReference;      // "Deres ref.", without it public bodies return invoices
    QString documentLanguage = QStringLiteral("nb");
    QString website;
    QString notes;

    PostalAddress postalAddress() const { return {invoiceAddress, invoicePostalCode, invoiceCity, invoiceCountry}; }
    // The participant id an EHF is addressed to: the one set, or "0192:" and the organisation number.
    QString peppolEndpoint() const;

    bool operator==(const Member &other) const = default;
};

// A member as the register's list shows it: the member's own columns and the
// names of its current administrative and political contacts.
struct MemberListing
{
    qint64 id = 0;
    QString number;
    QString name;
    MemberKind kind = MemberKind::Municipality;
    QString countyName;
    qint64 population = 0;
    MemberStatus status = MemberStatus::Prospect;
    QString administrativeContacts;
    QString politicalContacts;
    QString organisationNumber;
    QString invoiceEmail;
};

// A member's contacts on a day, names joined by ", " (the two contact columns
// of the member list).
struct MemberContactNames
{
    QString administrative;
    QString political;
};

} // namespace Sekretariat
