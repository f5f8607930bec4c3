#include "demodatabuilder.h"

#include "workspace/repositories.h"
#include "emailpart.h"
#include "dues/duesrepository.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "events/themegrouprepository.h"
#include "members/memberrepository.h"
#include "people/personrepository.h"
#include "reference/municipalitycatalogue.h"
#include "settings/networksettingsrepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <algorithm>

namespace Sekretariat {

namespace {

const char *const firstNames[] = {
    "Anne", "Kari", "Ingrid", "Marit", "Liv", "Hilde", "Silje", "Ida", "Nora", "Emma", "Sofie", "Maja",
    "Astrid", "Solveig", "Tone", "Randi", "Heidi", "Camilla", "Kristin", "Berit", "Ola", "Per", "Lars",
    "Jan", "Bjørn", "Knut", "Arne", "Terje", "Geir", "Espen", "Håkon", "Magnus", "Jonas", "Sindre",
    "Eirik", "Øyvind", "Trond", "Rune", "Sverre", "Aslak", "Mari", "Siri", "Åse", "Torunn", "Vegard"};

const char *const lastNames[] = {
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
    "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
    "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen",
    "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen",
    "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde",
    "Solheim", "Berntsen", "Moe", "Kleppe", "Tveit", "Aasen", "Økland", "Sæther", "Vik", "Nygård"};

const char *const partners[][2] = {
    {"Folkehelseinstituttet", "Seniorrådgiver"},
    {"Helsedirektoratet", "Rådgiver"},
    {"Universitetet i Agder", "Førsteamanuensis"},
    {"Høgskulen på Vestlandet", "Professor"},
    {"Frivillighet Norge", "Prosjektleder"},
};

QString pick(QRandomGenerator &random, const char *const *list, int size)
{
    return QString::fromUtf8(list[random.bounded(size)]);
}

QString phoneNumber(QRandomGenerator &random)
{
    const int first = random.bounded(2) == 0 ? 9 : 4;
    return QStringLiteral("%1%2 %3 %4")
        .arg(first)
        .arg(random.bounded(10))
        .arg(random.bounded(100, 1000))
        .arg(random.bounded(100, 1000));
}

} // namespace

DemoDataBuilder::DemoDataBuilder(const Repositories &repositories, const MunicipalityCatalogue &catalogue)
    : m_repositories(repositories)
    , m_catalogue(catalogue)
{
}

Outcome DemoDataBuilder::build()
{
    const std::optional<qint64> existing = m_repositories.members().count();
    if (!existing)
        return Outcome::failure(tr("The database cannot be read."));
    if (*existing > 0)
        return Outcome::failure(tr("The demo goes only into an empty database; this one already has members."));

    return m_repositories.inOneAction([this] { return fill(); });
}

Outcome DemoDataBuilder::fill() const
{
    QRandomGenerator random(m_seed);
    if (Outcome saved = m_repositories.networkSettings().save(demoNetworkSettings()); !saved)
        return saved;
    // Rates from 2024's (the schema's) to next year's, so that a newcomer's dues
    // run for this year or the next works at once: 4.2 % for 2025, then 3.1 %.
    DuesRepository dues = m_repositories.dues();
    for (int year = 2025; year <= m_today.year() + 1; ++year) {
        RateEntry entry;
        entry.year = year;
        entry.deflatorBasisPoints = year == 2025 ? 420 : 310;
        if (Outcome saved = dues.saveRateEntry(entry); !saved)
            return saved;
    }

    QList<ReferenceEntry> municipalities;
    QList<ReferenceEntry> counties;
    for (const ReferenceEntry &entry : m_catalogue.entries())
        (entry.kind == MemberKind::County ? counties : municipalities).append(entry);
    std::shuffle(municipalities.begin(), municipalities.end(), random);
    std::shuffle(counties.begin(), counties.end(), random);

    QList<ReferenceEntry> chosen = counties.mid(0, std::min<qsizetype>(2, counties.size()));
    chosen += municipalities.mid(0, std::max(0, m_memberCount - int(chosen.size())));

    MemberRepository members = m_repositories.members();
    PersonRepository people = m_repositories.people();
    QList<Delegate> delegates;
    for (int i = 0; i < chosen.size(); ++i) {
        const ReferenceEntry &entry = chosen.at(i);
        Member member;
        member.kind = entry.kind;
        member.number = entry.number;
        member.name = entry.name;
        member.countyNumber = entry.countyNumber;
        member.countyName = entry.countyName;
        member.population = entry.population;
        member.populationDate = entry.populationDate;
        member.organisationNumber = entry.organisationNumber;
        // The official list lacks a few numbers: those members get paper invoices.
        member.receivesEhf = !member.organisationNumber.isEmpty();
        member.documentLanguage = random.bounded(5) == 0 ? QStringLiteral("nn") : QStringLiteral("nb");
        const QString domain = emailPart(entry.kind == MemberKind::County ? entry.countyName : entry.name)
            + (entry.kind == MemberKind::County ? QStringLiteral("fylke.no") : QStringLiteral(".kommune.no"));

        // Most are active; the rest spread over the pipeline and resignation.
        const int bucket = i % 20;
        const MemberStatus status = bucket < 14 ? MemberStatus::Active
            : bucket < 15                       ? MemberStatus::Decided
            : bucket < 17                       ? MemberStatus::Applied
            : bucket < 19                       ? MemberStatus::Prospect
                                                : MemberStatus::Resigned;
        member.status = status;
        const QDate firstContact = m_today.addDays(-random.bounded(200, 3600));
        member.firstContactOn = firstContact;
        if (status != MemberStatus::Prospect)
            member.appliedOn = firstContact.addDays(random.bounded(20, 120));
        if (status == MemberStatus::Decided || status == MemberStatus::Active || status == MemberStatus::Resigned) {
            member.decisionOn = member.appliedOn.addDays(random.bounded(20, 90));
            member.decisionReference = QStringLiteral("%1/%2").arg(member.decisionOn.year()).arg(random.bounded(100, 9999));
        }
        if (status == MemberStatus::Active || status == MemberStatus::Resigned)
            member.activeFrom = QDate(member.decisionOn.year() + 1, 1, 1) <= m_today
                ? QDate(member.decisionOn.year() + 1, 1, 1)
                : member.decisionOn;
        if (status == MemberStatus::Resigned)
            member.resignedOn = std::min(member.activeFrom.addYears(2), m_today);
        if (status != MemberStatus::Prospect) {
            member.invoiceAddress = QStringLiteral("%1\nFakturamottak\nPostboks %2").arg(member.name).arg(random.bounded(1, 999));
            member.invoicePostalCode = QString::number(random.bounded(1000, 9999));
            member.invoiceCity = member.name;
            member.invoiceEmail = QStringLiteral("faktura@") + domain;
            member.buyerReference = QStringLiteral("%1").arg(random.bounded(1000, 99999));
            member.website = QStringLiteral("https://www.") + domain;
        }
        const Outcome added = members.add(member);
        if (!added)
            return added;
        member.id = added.id();

        if (status == MemberStatus::Prospect && random.bounded(2) == 0)
            continue;

        auto person = [&](const QString &title) {
            Person p;
            p.firstName = pick(random, firstNames, int(std::size(firstNames)));
            p.lastName = pick(random, lastNames, int(std::size(lastNames)));
            p.title = title;
            p.memberId = member.id;
            p.email = emailPart(p.firstName) + u'.' + emailPart(p.lastName) + u'@' + domain;
            p.phone = phoneNumber(random);
            return p;
        };
        auto role = [&](RoleType type, const QDate &from) {
            Role r;
            r.memberId = member.id;
            r.type = type;
            r.validFrom = from;
            if (status == MemberStatus::Resigned)
                r.validTo = member.resignedOn;
            return r;
        };
        const QDate since = member.decisionOn.isValid() ? member.decisionOn : member.firstContactOn;

        Person coordinator = person(QStringLiteral("Folkehelsekoordinator"));
        coordinator.roles = {role(RoleType::AdministrativeContact, since),
                             role(RoleType::PublicHealthCoordinator, since)};
        // A few active members lack a contact, as they do in real life.
        const bool missingPolitical = status == MemberStatus::Active && i % 9 == 4;
        const bool missingAdministrative = status == MemberStatus::Active && i % 13 == 7;
        if (missingAdministrative)
            coordinator.roles = {role(RoleType::PublicHealthCoordinator, since)};
        Person politician = person(random.bounded(3) == 0 ? QStringLiteral("Varaordfører") : QStringLiteral("Ordfører"));
        politician.roles = {role(RoleType::PoliticalContact, since),
                            role(RoleType::GeneralAssemblyDelegate, since)};
        if (missingPolitical) {
            // The political contact's term ended at the last election.
            politician.roles[0].validTo = QDate(m_today.year() - 1, 10, 31);
            politician.roles[1].validTo = QDate(m_today.year() - 1, 10, 31);
        }
        if (i % 8 == 1)
            politician.roles.append(role(RoleType::BoardMember, QDate(m_today.year() - 1, 6, 1)));
        QList<Person> staff{coordinator, politician};
        const bool sendsPeople = status == MemberStatus::Active;
        for (int extra = random.bounded(0, 3); extra > 0; --extra) {
            Person other = person(random.bounded(2) == 0 ? QStringLiteral("Rådgiver") : QStringLiteral("Kommuneoverlege"));
            if (random.bounded(2) == 0)
                other.roles = {role(RoleType::Other, since)};
            staff.append(other);
        }
        for (qsizetype n = 0; n < staff.size(); ++n) {
            const Outcome saved = people.add(staff.at(n));
            if (!saved)
                return saved;
            if (sendsPeople && n < 2)
                delegates.append({saved.id(), member.id, n == 0 ? ParticipantRole::Administrative : ParticipantRole::Political});
        }
    }

    for (const auto &partner : partners) {
        Person p;
        p.firstName = pick(random, firstNames, int(std::size(firstNames)));
        p.lastName = pick(random, lastNames, int(std::size(lastNames)));
        p.organisation = QString::fromUtf8(partner[0]);
        p.title = QString::fromUtf8(partner[1]);
        p.email = emailPart(p.firstName) + u'.' + emailPart(p.lastName) + QStringLiteral("@partner.example");
        p.phone = phoneNumber(random);
        if (Outcome saved = people.add(p); !saved)
            return saved;
    }

    return buildEvents(delegates, random);
}

// Past and coming events with registrations: last year's annual gathering with
// its attendance, a webinar, next spring's general assembly, a full course with a
// waiting list and next year's gathering open for registration.
NetworkSettings DemoDataBuilder::demoNetworkSettings()
{
    NetworkSettings network;
    network.name = QStringLiteral("Nettverk for helsefremmende samfunn");
    network.organisationNumber = QStringLiteral("998447356");
    network.address = QStringLiteral("Postboks 1234 Sentrum");
    network.postalCode = QStringLiteral("0106");
    network.city = QStringLiteral("Oslo");
    network.email = QStringLiteral("post@fremsam.example");
    network.phone = QStringLiteral("22 00 00 00");
    network.website = QStringLiteral("https://fremsam.example");
    network.bankAccount = QStringLiteral("86011117947");
    network.iban = QStringLiteral("NO9386011117947");
    network.bic = QStringLiteral("DNBANOKK");
    network.ourReference = QStringLiteral("Ingrid Solberg");
    if (QFile logo(QStringLiteral(":/demo/network-logo.svg")); logo.open(QIODevice::ReadOnly))
        network.logo = logo.readAll();
    return network;
}

Outcome DemoDataBuilder::buildEvents(const QList<Delegate> &delegates, QRandomGenerator &random) const
{
    EventRepository events = m_repositories.events();
    RegistrationRepository registrations = m_repositories.registrations();
    const int year = m_today.year();
    // Room for every delegate when the demo is made larger than its 40 members.
    const int gatheringSeats = std::max(120, int(delegates.size()));
    auto addEvent = [&](EventType type, const QString &title, const QDateTime &start, const QDateTime &end,
                        const QString &place, int capacity, bool annual) -> std::optional<Event> {
        Event event;
        event.type = type;
        event.title = title;
        event.startsAt = start;
        event.endsAt = end;
        event.place = place;
        event.capacity = capacity;
        event.annualGathering = annual;
        event.registrationDeadline = start.date().addDays(-14);
        // A fixed UID keeps the demo the same from run to run.
        event.uid = QStringLiteral("demo-%1-%2@sekretariat").arg(start.date().toString(QStringLiteral("yyyyMMdd"))).arg(int(type));
        event.description = QStringLiteral("Program og påmelding sendes ut av sekretariatet.");
        const Outcome added = events.add(event);
        if (!added)
            return std::nullopt;
        return events.find(added.id());  // as saved, with its version
    };
    auto registerDelegate = [&](const Event &event, const Delegate &delegate, int order) {
        registrations.setNow(QDateTime(event.startsAt.date().addDays(-40), QTime(9, 0), Qt::UTC).addSecs(order * 60));
        Registration registration;
        registration.eventId = event.id;
        registration.personId = delegate.personId;
        registration.memberId = delegate.memberId;
        registration.role = delegate.role;
        return registrations.add(registration);
    };

    const std::optional<Event> lastGathering =
        addEvent(EventType::NetworkGathering, QStringLiteral("Nettverkssamling %1").arg(year - 1),
                 QDateTime(QDate(year - 1, 6, 11), QTime(10, 0)), QDateTime(QDate(year - 1, 6, 12), QTime(15, 0)),
                 QStringLiteral("Scandic Hamar"), gatheringSeats, true);
    const std::optional<Event> webinar =
        addEvent(EventType::Webinar, QStringLiteral("Webinar: Oversikt over folkehelsen"),
                 QDateTime(m_today.addDays(-45), QTime(13, 0)), QDateTime(m_today.addDays(-45), QTime(14, 30)),
                 QString(), 0, false);
    const std::optional<Event> assembly =
        addEvent(EventType::GeneralAssembly, QStringLiteral("Generalforsamling %1").arg(year + 1),
                 QDateTime(QDate(year + 1, 3, 19), QTime(10, 0)), QDateTime(QDate(year + 1, 3, 19), QTime(15, 0)),
                 QStringLiteral("Oslo kongressenter"), 0, false);
    const std::optional<Event> course =
        addEvent(EventType::Folketanken, QStringLiteral("Folketanken: medvirkning i planarbeid"),
                 QDateTime(m_today.addDays(21), QTime(9, 0)), QDateTime(m_today.addDays(21), QTime(15, 30)),
                 QStringLiteral("Lillestrøm"), 6, false);
    const std::optional<Event> nextGathering =
        addEvent(EventType::NetworkGathering, QStringLiteral("Nettverkssamling %1").arg(year + 1),
                 QDateTime(QDate(year + 1, 6, 10), QTime(10, 0)), QDateTime(QDate(year + 1, 6, 11), QTime(15, 0)),
                 QStringLiteral("Quality Hotel Tønsberg"), gatheringSeats, true);
    if (!lastGathering || !webinar || !assembly || !course || !nextGathering)
        return Outcome::failure(tr("The demo events could not be written."));
    Event online = *webinar;
    online.onlineLink = QStringLiteral("https://teams.example/folkehelse");
    if (Outcome saved = events.update(online); !saved)
        return saved;

    int order = 0;
    for (const Delegate &delegate : delegates) {
        ++order;
        // Last year's gathering: most members came with both; some sent one, some none.
        if (random.bounded(6) != 0) {
            const Outcome registered = registerDelegate(*lastGathering, delegate, order);
            if (!registered)
                return registered;
            const RegistrationStatus status = random.bounded(12) == 0 ? RegistrationStatus::NoShow
                                                                       : RegistrationStatus::Attended;
            if (Outcome checked = registrations.setStatus(registered.id(), status); !checked)
                return checked;
        }
        if (delegate.role == ParticipantRole::Administrative && random.bounded(3) == 0) {
            const Outcome registered = registerDelegate(*webinar, delegate, order);
            if (!registered)
                return registered;
            if (Outcome checked = registrations.setStatus(registered.id(), RegistrationStatus::Attended); !checked)
                return checked;
        }
        if (delegate.role == ParticipantRole::Political && random.bounded(2) == 0) {
            if (Outcome registered = registerDelegate(*assembly, delegate, order); !registered)
                return registered;
        }
        if (delegate.role == ParticipantRole::Administrative && order % 4 == 1) {
            if (Outcome registered = registerDelegate(*course, delegate, order); !registered)
                return registered;
        }
        if (random.bounded(4) == 0) {
            if (Outcome registered = registerDelegate(*nextGathering, delegate, order); !registered)
                return registered;
        }
    }

    // Two theme groups of coordinators, each led by one of them.
    ThemeGroupRepository groups = m_repositories.themeGroups();
    const QList<std::pair<QString, QString>> themes{
        {QStringLiteral("Barn og unges levekår"), QStringLiteral("Oppvekst")},
        {QStringLiteral("Aktiv aldring"), QStringLiteral("Eldre og frivillighet")}};
    for (qsizetype g = 0; g < themes.size(); ++g) {
        ThemeGroup group;
        group.name = themes.at(g).first;
        group.theme = themes.at(g).second;
        group.startsOn = QDate(year - 1, 9, 1);
        for (qsizetype d = g; d < delegates.size(); d += 7) {
            if (delegates.at(d).role == ParticipantRole::Administrative)
                group.participantIds.append(delegates.at(d).personId);
        }
        if (!group.participantIds.isEmpty())
            group.leaderId = group.participantIds.first();
        if (Outcome saved = groups.add(group); !saved)
            return saved;
    }
    return Outcome::success();
}

} // namespace Sekretariat
