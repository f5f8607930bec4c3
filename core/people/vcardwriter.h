#pragma once

#include "members/member.h"
#include "person.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace Sekretariat {

// People as vCard 4.0 (RFC 6350), one card each in one file: name, the member
// as organisation (or the partner's own), the roles held today as title, the
// person's own title as role, e-mail, phone and the member's postal address.
// UTF-8, CRLF, lines folded at 75 octets, as Outlook, Apple Contacts and
// Thunderbird read it.
class Repositories;

class VCardWriter
{
public:
    // The cards of these people as the register has them now; nullopt with
    // `error` set when it cannot be read.
    static std::optional<QByteArray> forPeople(const Repositories &repositories, const QList<qint64> &personIds,
                                               QString *error);
    static QByteArray cards(const QList<Person> &people, const QHash<qint64, Member> &members, const QDate &today);
    static QByteArray card(const Person &person, const Member *member, const QDate &today);
    // The text of a property value with \, ; , and line breaks escaped.
    static QString escaped(const QString &text);
    // Split into lines of at most 75 octets, never inside a UTF-8 sequence.
    static QByteArray folded(const QString &line);
};

} // namespace Sekretariat
