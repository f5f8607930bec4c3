#include "vcardwriter.h"

#include "members/memberrepository.h"
#include "personrepository.h"
#include "roleterms.h"
#include "workspace/repositories.h"

#include <QCoreApplication>

#include <QStringList>
#include <QUuid>

namespace Sekretariat {

namespace {

// A card's UID stays the same across exports, so a contacts program updates
// the contact instead of adding it twice.
QString uidOf(const Person &person)
{
    static const QUuid space(QStringLiteral("{6a0d5f3e-7b1c-4c5e-9f1e-3d2b8a7c6e51}"));
    return QUuid::createUuidV5(space, QString::number(person.id)).toString(QUuid::WithoutBraces);
}

// "+47 22 33 44 55" -> "tel:+4722334455"; what cannot be a number stays text.
QString telUri(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
        else if (!c.isSpace() && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return {};
    }
    if (digits.isEmpty())
        return {};
    // A Norwegian number of eight digits gets the country code.
    if (!digits.startsWith(u'+') && digits.size() == 8)
        digits.prepend(QStringLiteral("+47"));
    return QStringLiteral("tel:") + digits;
}

} // namespace

QString VCardWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u',' || c == u';')
            out.append(u'\\').append(c);
        else if (c == u'\n')
            out.append(QStringLiteral("\\n"));
        else if (c != u'\r')
            out.append(c);
    }
    return out;
}

QByteArray VCardWriter::folded(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        // Back to the start of a character: continuation bytes are 10xxxxxx.
        while (end > start && (static_cast<unsigned char>(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        out += bytes.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74;   // the leading space counts
    }
    out += bytes.mid(start) + "\r\n";
    return out;
}

QByteArray VCardWriter::card(const Person &person, const Member *member, const QDate &today)
{
    QStringList lines{QStringLiteral("BEGIN:VCARD"), QStringLiteral("VERSION:4.0"),
                      QStringLiteral("UID:urn:uuid:") + uidOf(person),
                      QStringLiteral("FN:") + escaped(person.fullName()),
                      QStringLiteral("N:%1;%2;;;").arg(escaped(person.lastName), escaped(person.firstName)),
                      QStringLiteral("KIND:individual")};
    const QString organisation = member ? member->name : person.organisation;
    if (!organisation.isEmpty())
        lines.append(QStringLiteral("ORG:") + escaped(organisation));
    QStringList roles;
    for (const Role &role : person.roles) {
        if (role.isCurrent(today) && (!member || role.memberId == member->id)) {
            const QString label = RoleTerms::label(role.type);
            if (!roles.contains(label))
                roles.append(label);
        }
    }
    if (!roles.isEmpty())
        lines.append(QStringLiteral("TITLE:") + escaped(roles.join(QStringLiteral(", "))));
    if (!person.title.isEmpty())
        lines.append((roles.isEmpty() ? QStringLiteral("TITLE:") : QStringLiteral("ROLE:")) + escaped(person.title));
    if (!person.email.trimmed().isEmpty())
        lines.append(QStringLiteral("EMAIL;TYPE=work:") + escaped(person.email.trimmed()));
    if (!person.phone.trimmed().isEmpty()) {
        const QString uri = telUri(person.phone);
        lines.append(uri.isEmpty() ? QStringLiteral("TEL;TYPE=work;VALUE=text:") + escaped(person.phone.trimmed())
                                   : QStringLiteral("TEL;TYPE=work;VALUE=uri:") + uri);
    }
    // Their own address where they have one, else their member's.
    const bool ownAddress = !person.address.trimmed().isEmpty() || !person.city.trimmed().isEmpty();
    if (ownAddress || (member && (!member->invoiceAddress.isEmpty() || !member->invoiceCity.isEmpty()))) {
        QString street = ownAddress ? person.address.trimmed() : member->invoiceAddress;
        street.replace(u'\n', QStringLiteral(", "));
        const QString countryCode = ownAddress ? QStringLiteral("NO") : member->invoiceCountry;
        const QString country = countryCode == u"NO" ? QCoreApplication::translate("VCardWriter", "Norway") : countryCode;
        lines.append(QStringLiteral("ADR;TYPE=work:;;%1;%2;;%3;%4")
                         .arg(escaped(street), escaped(ownAddress ? person.city.trimmed() : member->invoiceCity),
                              escaped(ownAddress ? person.postalCode.trimmed() : member->invoicePostalCode),
                              escaped(country)));
    }
    lines.append(QStringLiteral("END:VCARD"));
    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += folded(line);
    return out;
}

std::optional<QByteArray> VCardWriter::forPeople(const Repositories &repositories, const QList<qint64> &personIds,
                                                 QString *error)
{
    const MemberRepository memberRepository = repositories.members();
    const QList<Member> all = memberRepository.all();
    if (!memberRepository.lastError().isEmpty()) {
        *error = memberRepository.lastError();
        return std::nullopt;
    }
    QHash<qint64, Member> members;
    for (const Member &member : all)
        members.insert(member.id, member);
    const PersonRepository personRepository = repositories.people();
    QList<Person> people;
    people.reserve(personIds.size());
    for (qint64 id : personIds) {
        const std::optional<Person> person = personRepository.find(id);
        if (!person) {
            *error = personRepository.lastError().isEmpty()
                ? QCoreApplication::translate("VCardWriter", "A person was deleted meanwhile; export again.")
                : personRepository.lastError();
            return std::nullopt;
        }
        people.append(*person);
    }
    return cards(people, members, QDate::currentDate());
}

QByteArray VCardWriter::cards(const QList<Person> &people, const QHash<qint64, Member> &members, const QDate &today)
{
    QByteArray out;
    for (const Person &person : people) {
        const auto member = members.constFind(person.memberId);
        out += card(person, member != members.constEnd() ? &*member : nullptr, today);
    }
    return out;
}

} // namespace Sekretariat
