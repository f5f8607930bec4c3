#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Sekretariat {

enum class RoleType {
    AdministrativeContact,
    PoliticalContact,
    PublicHealthCoordinator,
    BoardMember,
    GeneralAssemblyDelegate,
    Other,
};

// A person's role at a member, for a period. Open ends mean "since always" and
// "until further notice".
struct Role
{
    qint64 id = 0;
    qint64 memberId = 0;
    RoleType type = RoleType::Other;
    QDate validFrom;
    QDate validTo;
    QString note;

    bool isCurrent(const QDate &today) const
    {
        return (!validFrom.isValid() || validFrom <= today) && (!validTo.isValid() || validTo >= today);
    }

    bool operator==(const Role &other) const = default;
};

struct Person
{
    qint64 id = 0;
    qint64 version = 0;          // the row's version when read; an update saves only over it
    QString firstName;
    QString lastName;
    QString title;
    QString email;
    QString phone;
    qint64 memberId = 0;         // 0: a partner outside the membership
    QString organisation;        // for partners: where they work
    QString address;             // their own postal address; empty: their member's
    QString postalCode;
    QString city;
    QString notes;
    QList<Role> roles;

    QString fullName() const
    {
        if (firstName.isEmpty())
            return lastName;
        if (lastName.isEmpty())
            return firstName;
        return firstName + u' ' + lastName;
    }

    bool operator==(const Person &other) const = default;
};

// A person as the register's list shows them: their own columns, their member's
// name (or their organisation) and the keys of the roles they hold today.
struct PersonListing
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString title;
    qint64 memberId = 0;
    QString memberOrOrganisation;
    QString email;
    QString phone;
    QString roleKeys;  // "administrative_contact,board_member"
};

} // namespace Sekretariat
