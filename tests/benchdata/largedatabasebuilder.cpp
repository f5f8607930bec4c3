#include "largedatabasebuilder.h"

#include "common/checkdigits.h"
#include "database/transaction.h"
#include "demo/demodatabuilder.h"
#include "demo/emailpart.h"
#include "dues/duesrepository.h"
#include "dues/duesrunplanner.h"
#include "dues/invoicerepository.h"
#include "events/eventrepository.h"
#include "events/eventterms.h"
#include "events/registrationrepository.h"
#include "members/memberrepository.h"
#include "people/personrepository.h"
#include "reference/municipalitycatalogue.h"
#include "settings/networksettingsrepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace Sekretariat {

namespace {

// Common names first: picks lean towards the start of each list, so a register of
// 100,000 has the repeated names a real one has.
const char *const firstNames[] = {
    "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna",
    "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth", "Kristin", "Bente", "Heidi",
    "Silje", "Hanne", "Gerd", "Linda", "Tone", "Camilla", "Tove", "Ragnhild", "Nora", "Emma", "Sofie",
    "Maja", "Ingvild", "Sigrid", "Torill", "Turid", "Guro", "Mari", "Siri", "Åse", "Torunn", "Jorunn",
    "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas", "Hans", "Geir",
    "Tor", "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "John", "Anders", "Rune", "Trond",
    "Tore", "Harald", "Jon", "Espen", "Magnus", "Jonas", "Sindre", "Eirik", "Øyvind", "Håkon", "Vegard",
    "Sverre", "Aslak", "Steinar", "Gunnar", "Einar", "Olav", "Halvor", "Torbjørn", "Ivar", "Even"};

const char *const lastNames[] = {
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
    "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
    "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen",
    "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen",
    "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde",
    "Solheim", "Berntsen", "Moe", "Kleppe", "Tveit", "Aasen", "Økland", "Sæther", "Vik", "Nygård",
    "Bakke", "Holm", "Myhre", "Ahmed", "Hauge", "Fredriksen", "Thorsen", "Nielsen", "Engen", "Sandvik",
    "Ellingsen", "Berge", "Nilssen", "Haugland", "Brekke", "Aas", "Mikkelsen", "Ruud", "Evensen",
    "Wold", "Sivertsen", "Bø", "Hovland", "Løken", "Antonsen", "Hals", "Danielsen", "Tangen", "Myklebust",
    "Birkeland", "Ødegård", "Rønning", "Lien", "Hamre", "Nyberg", "Fjeld", "Ottesen", "Aune", "Hoel",
    "Stene", "Rød", "Lorentzen", "Sandberg", "Jenssen", "Skog", "Hermansen", "Vikse", "Gjerde", "Kvam",
    "Norheim", "Aasland", "Hestnes", "Opdal", "Vangen", "Lindstad", "Grønvold", "Mjelde", "Sletten"};

const char *const staffTitles[] = {
    "Rådgiver", "Folkehelserådgiver", "Seniorrådgiver", "Kommuneoverlege", "Kommunedirektør",
    "Kommunalsjef helse og omsorg", "Plansjef", "Frivillighetskoordinator", "Helsesykepleier",
    "Enhetsleder", "Prosjektleder", "Kommunestyrerepresentant", "Fysioterapeut", "Miljørettet helsevern",
    "Kultursjef", "Oppvekstsjef"};

const char *const partnerOrganisations[][2] = {
    {"Folkehelseinstituttet", "Seniorrådgiver"},
    {"Helsedirektoratet", "Rådgiver"},
    {"Universitetet i Agder", "Førsteamanuensis"},
    {"Høgskulen på Vestlandet", "Professor"},
    {"Frivillighet Norge", "Prosjektleder"},
    {"KS", "Spesialrådgiver"},
    {"Statsforvalteren i Vestland", "Seniorrådgiver"},
    {"NTNU", "Stipendiat"},
    {"Nasjonalforeningen for folkehelsen", "Fagansvarlig"},
    {"Norges idrettsforbund", "Rådgiver"}};

// Made-up members: direction, first part and ending make 5 x 16 x 12 names.
const char *const placeDirections[] = {"", "Nord-", "Sør-", "Øvre ", "Ytre "};
const char *const placeStarts[] = {"Aust", "Berg", "Dal", "Fjell", "Hav", "Li", "Mo", "Nes",
                                   "Ås", "Vik", "Strand", "Sand", "Skog", "Elve", "Fjord", "Myr"};
const char *const placeEndings[] = {"vik", "dal", "nes", "bygd", "sund", "fjord",
                                    "heim", "stad", "øy", "berg", "land", "vang"};

constexpr int madeUpNumberStart = 9000;  // real municipality numbers end below 5700

template<std::size_t N>
QString pick(const char *const (&list)[N], int index)
{
    return QString::fromUtf8(list[index]);
}

// An index into a list of n, leaning towards its start.
int skewed(QRandomGenerator &random, int n)
{
    const double u = random.generateDouble();
    return std::min(n - 1, int(n * u * std::sqrt(u)));
}

// Fisher-Yates with the seeded generator: std::shuffle differs between standard
// libraries, and the database must not.
template<typename T>
void shuffle(QList<T> &list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
}

QString phoneNumber(QRandomGenerator &random)
{
    return QStringLiteral("%1%2 %3 %4")
        .arg(random.bounded(2) == 0 ? 9 : 4)
        .arg(random.bounded(10))
        .arg(random.bounded(100, 1000))
        .arg(random.bounded(100, 1000));
}


qint64 cubeRoot(qint64 value)
{
    qint64 root = 0;
    while ((root + 1) * (root + 1) * (root + 1) <= value)
        ++root;
    return root;
}

QDate laterOf(const QDate &a, const QDate &b)
{
    return a < b ? b : a;
}

QDate earlierOf(const QDate &a, const QDate &b)
{
    return a < b ? a : b;
}

} // namespace

struct LargeDatabaseBuilder::MemberPlan
{
    Member member;
    QString domain;
    int people = 0;
};

LargeDatabaseCounts LargeDatabaseCounts::of(const QSqlDatabase &database)
{
    auto count = [&database](const char *sql) -> qint64 {
        QSqlQuery query(database);
        if (!query.exec(QString::fromLatin1(sql)) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    };
    LargeDatabaseCounts counts;
    counts.members = count("SELECT count(*) FROM members");
    counts.people = count("SELECT count(*) FROM people");
    counts.roles = count("SELECT count(*) FROM roles");
    counts.invoices = count("SELECT count(*) FROM invoices WHERE kind = 'invoice'");
    counts.creditNotes = count("SELECT count(*) FROM invoices WHERE kind = 'credit_note'");
    counts.payments = count("SELECT count(*) FROM payments");
    counts.reminders = count("SELECT count(*) FROM reminders");
    counts.events = count("SELECT count(*) FROM events");
    counts.registrations = count("SELECT count(*) FROM event_registrations");
    return counts;
}

LargeDatabaseBuilder::LargeDatabaseBuilder(const QSqlDatabase &database, const MunicipalityCatalogue &catalogue)
    : m_database(database)
    , m_catalogue(catalogue)
{
}

void LargeDatabaseBuilder::report(const QString &step) const
{
    if (m_progress)
        m_progress(step);
}

Outcome LargeDatabaseBuilder::build()
{
    if (m_size.members < 1 || m_size.members > int(m_catalogue.entries().size()) + (10000 - madeUpNumberStart))
        return Outcome::failure(QStringLiteral("The member count must lie between 1 and %1.")
                                    .arg(m_catalogue.entries().size() + (10000 - madeUpNumberStart)));
    if (m_size.people < 0 || m_size.invoices < 0)
        return Outcome::failure(QStringLiteral("The counts cannot be negative."));
    if (m_catalogue.entries().isEmpty())
        return Outcome::failure(QStringLiteral("The official list of municipalities is not loaded."));
    {
        QSqlQuery count(m_database);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM members")) || !count.next())
            return Outcome::failure(QStringLiteral("The database cannot be read."));
        if (count.value(0).toInt() > 0)
            return Outcome::failure(QStringLiteral("A large database is built only into an empty one."));
    }

    // One outer transaction: every repository write below becomes a savepoint.
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());

    if (Outcome settings = buildNetworkSettings(); !settings)
        return settings;
    QList<MemberPlan> plans;
    if (Outcome members = buildMembers(plans); !members)
        return members;
    if (Outcome people = buildPeople(plans); !people)
        return people;
    if (Outcome invoices = buildInvoices(); !invoices)
        return invoices;
    if (Outcome events = buildEvents(); !events)
        return events;

    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    return Outcome::success();
}

// Events over the last years and the next: gatherings, courses, webinars; the
// registrations go to people of members, past events checked in.
Outcome LargeDatabaseBuilder::buildEvents()
{
    if (m_size.events <= 0)
        return Outcome::success();
    QList<std::pair<qint64, qint64>> people;  // person, member
    {
        QSqlQuery query(m_database);
        if (!query.exec(QStringLiteral("SELECT id, coalesce(member_id, 0) FROM people ORDER BY id")))
            return Outcome::failure(QStringLiteral("The people cannot be read."));
        while (query.next())
            people.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    }
    if (people.isEmpty())
        return Outcome::success();
    QRandomGenerator random(m_seed + 5);
    EventRepository events(m_database);
    RegistrationRepository registrations(m_database);
    const QList<EventType> types = EventTerms::types();
    const int perEvent = std::max(1, m_size.registrations / m_size.events);
    for (int i = 0; i < m_size.events; ++i) {
        Event event;
        event.type = types.at(i % types.size());
        event.title = QStringLiteral("%1 %2").arg(EventTerms::key(event.type)).arg(i + 1);
        const QDate day = m_today.addDays(-1800 + (i * 2000) / m_size.events);
        event.startsAt = QDateTime(day, QTime(10, 0));
        event.endsAt = QDateTime(day, QTime(15, 0));
        event.place = QStringLiteral("Sted %1").arg(i % 37);
        event.capacity = i % 4 == 0 ? perEvent - perEvent / 10 : 0;  // some full, with a waiting list
        event.uid = QStringLiteral("large-%1@sekretariat").arg(i);
        const Outcome added = events.add(event);
        if (!added)
            return added;
        const bool past = day < m_today;
        const int first = int(random.bounded(quint32(people.size())));
        // Consecutive people from a random start: never the same person twice.
        for (int r = 0; r < std::min<int>(perEvent, int(people.size())); ++r) {
            const auto &[personId, memberId] = people.at((first + r) % people.size());
            registrations.setNow(QDateTime(day.addDays(-30), QTime(8, 0), Qt::UTC).addSecs(r));
            Registration registration;
            registration.eventId = added.id();
            registration.personId = personId;
            registration.memberId = memberId;
            registration.role = ParticipantRole(r % 3);
            const Outcome registered = registrations.add(registration);
            if (!registered)
                return registered;
            if (past && random.bounded(10) < 8) {
                const std::optional<Registration> made = registrations.find(registered.id());
                if (made && made->status == RegistrationStatus::Registered) {
                    if (Outcome checked = registrations.setStatus(registered.id(), RegistrationStatus::Attended); !checked)
                        return checked;
                }
            }
        }
        if ((i + 1) % 100 == 0)
            report(QStringLiteral("events: %1").arg(i + 1));
    }
    return Outcome::success();
}

Outcome LargeDatabaseBuilder::buildNetworkSettings()
{
    return NetworkSettingsRepository(m_database).save(DemoDataBuilder::demoNetworkSettings());
}

int LargeDatabaseBuilder::firstDuesYear() const
{
    // About three in four members are paying members from the start; the runs go
    // back as many years as the invoices need, with one to spare, but not before
    // the rate table's first year.
    const int lastYear = m_today.year();
    const int payingMembers = std::max(1, m_size.members * 3 / 4);
    const int years = (m_size.invoices + payingMembers - 1) / payingMembers + 1;
    return std::max(2000, lastYear - years + 1);
}

Outcome LargeDatabaseBuilder::buildMembers(QList<MemberPlan> &plans)
{
    QRandomGenerator random(m_seed);
    QList<ReferenceEntry> official = m_catalogue.entries();
    shuffle(official, random);
    // A small database takes a sample; a full one all of them, in number order.
    if (m_size.members >= official.size()) {
        std::sort(official.begin(), official.end(), [](const ReferenceEntry &a, const ReferenceEntry &b) {
            return std::pair(int(a.kind), a.number) < std::pair(int(b.kind), b.number);
        });
    }
    QList<ReferenceEntry> counties;
    for (const ReferenceEntry &entry : m_catalogue.entries()) {
        if (entry.kind == MemberKind::County)
            counties.append(entry);
    }

    const int firstYear = firstDuesYear();
    const int lastYear = m_today.year();
    MemberRepository members(m_database);
    for (int i = 0; i < m_size.members; ++i) {
        MemberPlan plan;
        Member &member = plan.member;
        if (i < official.size()) {
            const ReferenceEntry &entry = official.at(i);
            member.kind = entry.kind;
            member.number = entry.number;
            member.name = entry.name;
            member.countyNumber = entry.countyNumber;
            member.countyName = entry.countyName;
            member.population = entry.population;
            member.populationDate = entry.populationDate;
            member.organisationNumber = entry.organisationNumber;
            member.receivesEhf = !member.organisationNumber.isEmpty();
        } else {
            const int made = i - int(official.size());
            const int starts = int(std::size(placeStarts));
            const int endings = int(std::size(placeEndings));
            const ReferenceEntry &county = counties.at(made % counties.size());
            member.kind = MemberKind::Municipality;
            member.number = QString::number(madeUpNumberStart + made);
            member.name = pick(placeDirections, (made / (starts * endings)) % int(std::size(placeDirections)))
                + pick(placeStarts, made % starts) + pick(placeEndings, (made / starts) % endings);
            member.countyNumber = county.countyNumber;
            member.countyName = county.countyName;
            // Mostly small places, as most Norwegian municipalities are.
            const double u = random.generateDouble();
            member.population = 400 + qint64(u * u * u * 60000);
            member.populationDate = QDate(2024, 1, 1);
            member.organisationNumber = organisationNumber(random);
        }
        member.documentLanguage = random.bounded(5) == 0 ? QStringLiteral("nn") : QStringLiteral("nb");
        plan.domain = emailPart(member.kind == MemberKind::County ? member.countyName : member.name)
            + (member.kind == MemberKind::County ? QStringLiteral("fylke.no") : QStringLiteral(".kommune.no"));

        // Most are paying members since the network's first dues year; some joined
        // later, some left, a few are on their way in.
        const int bucket = random.bounded(100);
        const QDate founded(firstYear, 1, 1);
        if (bucket < 88) {
            member.status = MemberStatus::Active;
            member.activeFrom = random.bounded(100) < 85 || lastYear == firstYear
                ? founded
                : QDate(firstYear + random.bounded(1, lastYear - firstYear + 1), 1, 1);
        } else if (bucket < 92) {
            member.status = MemberStatus::Resigned;
            member.activeFrom = founded;
            member.resignedOn = earlierOf(QDate(firstYear + random.bounded(0, lastYear - firstYear + 1), 6, 30), m_today);
            member.resignedOn = laterOf(member.resignedOn, member.activeFrom);
        } else if (bucket < 94) {
            member.status = MemberStatus::Decided;
            member.decisionOn = m_today.addDays(-random.bounded(10, 200));
        } else if (bucket < 97) {
            member.status = MemberStatus::Applied;
            member.appliedOn = m_today.addDays(-random.bounded(10, 300));
        } else {
            member.status = MemberStatus::Prospect;
            member.firstContactOn = m_today.addDays(-random.bounded(10, 900));
        }
        if (member.activeFrom.isValid())
            member.decisionOn = member.activeFrom.addDays(-random.bounded(30, 200));
        if (member.decisionOn.isValid()) {
            member.decisionReference = QStringLiteral("%1/%2").arg(member.decisionOn.year()).arg(random.bounded(100, 9999));
            member.appliedOn = member.decisionOn.addDays(-random.bounded(20, 90));
        }
        if (member.appliedOn.isValid())
            member.firstContactOn = member.appliedOn.addDays(-random.bounded(20, 300));
        if (member.status != MemberStatus::Prospect) {
            member.invoiceAddress = QStringLiteral("%1\nFakturamottak\nPostboks %2").arg(member.name).arg(random.bounded(1, 999));
            member.invoicePostalCode = QString::number(random.bounded(1000, 9999));
            member.invoiceCity = member.name;
            member.invoiceEmail = QStringLiteral("faktura@") + plan.domain;
            member.buyerReference = QString::number(random.bounded(1000, 99999));
            member.website = QStringLiteral("https://www.") + plan.domain;
        }
        const Outcome added = members.add(member);
        if (!added)
            return Outcome::failure(QStringLiteral("Member %1 %2: %3").arg(member.number, member.name, added.message()));
        member.id = added.id();
        plans.append(plan);
    }

    // People follow the population, gently: Oslo has a few hundred, a village a dozen.
    const int partners = m_size.people / 50;
    const qint64 atMembers = m_size.people - partners;
    QList<qint64> weights;
    qint64 totalWeight = 0;
    for (const MemberPlan &plan : std::as_const(plans)) {
        qint64 weight = cubeRoot(plan.member.population) + 5;
        if (plan.member.status == MemberStatus::Prospect)
            weight = weight / 3 + 1;
        weights.append(weight);
        totalWeight += weight;
    }
    // Largest remainder, in integers, so the total is exact.
    QList<QPair<qint64, int>> remainders;
    qint64 given = 0;
    for (int i = 0; i < plans.size(); ++i) {
        const qint64 share = atMembers * weights.at(i);
        plans[i].people = int(share / totalWeight);
        given += plans[i].people;
        remainders.append({share % totalWeight, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qint64 k = 0; k < atMembers - given; ++k)
        ++plans[remainders.at(k % remainders.size()).second].people;

    report(QStringLiteral("members: %1").arg(plans.size()));
    return Outcome::success();
}

Outcome LargeDatabaseBuilder::buildPeople(const QList<MemberPlan> &plans)
{
    QRandomGenerator random(m_seed + 1);
    PersonRepository people(m_database);
    const QDate lastElection(2023, 10, 16);
    const int firstCount = int(std::size(firstNames));
    const int lastCount = int(std::size(lastNames));
    int written = 0;

    auto newPerson = [&](const QString &domain, QSet<QString> &usedEmails) {
        Person person;
        person.firstName = pick(firstNames, skewed(random, firstCount));
        person.lastName = pick(lastNames, skewed(random, lastCount));
        const QString local = emailPart(person.firstName) + u'.' + emailPart(person.lastName);
        QString email = local + u'@' + domain;
        for (int n = 2; usedEmails.contains(email); ++n)
            email = local + QString::number(n) + u'@' + domain;
        usedEmails.insert(email);
        person.email = email;
        person.phone = phoneNumber(random);
        return person;
    };

    for (int m = 0; m < plans.size(); ++m) {
        const MemberPlan &plan = plans.at(m);
        const Member &member = plan.member;
        const QDate since = member.decisionOn.isValid() ? member.decisionOn : member.firstContactOn;
        const QDate until = member.resignedOn;
        auto role = [&](RoleType type, const QDate &from, const QDate &to = QDate()) {
            Role r;
            r.memberId = member.id;
            r.type = type;
            r.validFrom = from;
            r.validTo = to.isValid() ? to : until;
            if (r.validTo.isValid() && r.validFrom.isValid() && r.validTo < r.validFrom)
                r.validTo = r.validFrom;
            return r;
        };
        // A few active members lack a current contact, as they do in real life.
        const bool missingPolitical = member.status == MemberStatus::Active && m % 9 == 4;
        const bool missingAdministrative = member.status == MemberStatus::Active && m % 13 == 7;

        QSet<QString> usedEmails;
        for (int k = 0; k < plan.people; ++k) {
            Person person = newPerson(plan.domain, usedEmails);
            person.memberId = member.id;
            if (k == 0) {
                person.title = QStringLiteral("Folkehelsekoordinator");
                person.roles = {role(RoleType::PublicHealthCoordinator, since)};
                if (!missingAdministrative)
                    person.roles.append(role(RoleType::AdministrativeContact, since));
            } else if (k == 1) {
                person.title = random.bounded(3) == 0 ? QStringLiteral("Varaordfører") : QStringLiteral("Ordfører");
                const QDate from = laterOf(since, lastElection);
                // Where the contact is missing, the term ended a month ago.
                const QDate to = missingPolitical ? m_today.addDays(-30) : QDate();
                person.roles = {role(RoleType::PoliticalContact, from, to),
                                role(RoleType::GeneralAssemblyDelegate, from, to)};
                if (m % 8 == 1)
                    person.roles.append(role(RoleType::BoardMember, QDate(m_today.year() - 1, 6, 1)));
            } else if (k == 2 && since < lastElection) {
                // The political contact before the last election.
                person.title = QStringLiteral("Tidligere ordfører");
                person.roles = {role(RoleType::PoliticalContact, since, lastElection.addDays(-1))};
            } else {
                person.title = pick(staffTitles, skewed(random, int(std::size(staffTitles))));
                const int kind = random.bounded(100);
                if (kind < 45) {
                    person.roles = {role(RoleType::Other, since)};
                } else if (kind < 60) {
                    person.roles = {role(RoleType::PublicHealthCoordinator, since.addDays(random.bounded(0, 400)))};
                } else if (kind < 65) {
                    const QDate from = earlierOf(since.addDays(random.bounded(0, 2000)), m_today);
                    person.roles = {role(RoleType::GeneralAssemblyDelegate, from, from.addDays(random.bounded(200, 1500)))};
                } else if (kind < 67) {
                    person.roles = {role(RoleType::BoardMember, QDate(m_today.year() - random.bounded(0, 4), 6, 1))};
                }
                // Now and then someone also helps a neighbouring member.
                if (random.bounded(100) < 2 && plans.size() > 1) {
                    Role other = role(RoleType::Other, since);
                    other.memberId = plans.at((m + 1) % plans.size()).member.id;
                    other.validTo = QDate();
                    person.roles.append(other);
                }
            }
            const Outcome saved = people.add(person);
            if (!saved)
                return Outcome::failure(QStringLiteral("Person %1 at %2: %3").arg(person.fullName(), member.name, saved.message()));
            if (++written % 20000 == 0)
                report(QStringLiteral("people: %1").arg(written));
        }
    }

    const int partners = m_size.people - written;
    QSet<QString> usedEmails;
    for (int k = 0; k < partners; ++k) {
        const auto &organisation = partnerOrganisations[k % std::size(partnerOrganisations)];
        Person person = newPerson(QStringLiteral("partner.example"), usedEmails);
        person.organisation = QString::fromUtf8(organisation[0]);
        person.title = QString::fromUtf8(organisation[1]);
        const Outcome saved = people.add(person);
        if (!saved)
            return Outcome::failure(QStringLiteral("Partner %1: %2").arg(person.fullName(), saved.message()));
        ++written;
    }
    report(QStringLiteral("people: %1").arg(written));
    return Outcome::success();
}

Outcome LargeDatabaseBuilder::buildRates(int firstYear, int lastYear)
{
    // 2024 is in the schema (NOK 2.23, floor 5,000, cap 90,000). Earlier years have
    // their own rates, about 3 % lower a year; later ones a deflator.
    DuesRepository dues(m_database);
    const RateTable existing = dues.rateTable();
    for (int year = firstYear; year <= lastYear; ++year) {
        if (existing.rateFor(year))
            continue;
        RateEntry entry;
        entry.year = year;
        if (year < 2024) {
            qint64 rate = 22300;  // in hundredths of øre while it is scaled down
            for (int y = year; y < 2024; ++y)
                rate = rate * 97 / 100;
            entry.rateOre = (rate + 50) / 100;
            if (year == firstYear) {
                entry.floor = Money::fromKroner(4000);
                entry.cap = Money::fromKroner(70000);
            }
        } else {
            entry.deflatorBasisPoints = 300 + (year * 37) % 150;
        }
        if (Outcome saved = dues.saveRateEntry(entry); !saved)
            return Outcome::failure(QStringLiteral("Rate %1: %2").arg(year).arg(saved.message()));
    }
    return Outcome::success();
}

Outcome LargeDatabaseBuilder::buildInvoices()
{
    if (m_size.invoices == 0)
        return Outcome::success();
    QRandomGenerator random(m_seed + 2);
    const int lastYear = m_today.year();
    const int firstYear = firstDuesYear();
    if (Outcome rates = buildRates(firstYear, lastYear); !rates)
        return rates;

    const QList<Member> members = MemberRepository(m_database).all();
    // From the last year back, as many runs as the invoices need; the first run
    // (the network's first year) invoices only part of the members.
    int startYear = lastYear;
    int covered = 0;
    QHash<int, int> coveredIn;
    for (int year = lastYear; year >= firstYear && covered < m_size.invoices; --year) {
        const int count = int(std::count_if(members.begin(), members.end(),
                                            [year](const Member &member) { return DuesRunPlanner::coversYear(member, year); }));
        coveredIn.insert(year, count);
        covered += count;
        startYear = year;
    }
    if (covered < m_size.invoices)
        return Outcome::failure(QStringLiteral("The members cover only %1 invoices from %2 to %3; %4 were asked for.")
                                    .arg(covered).arg(firstYear).arg(lastYear).arg(m_size.invoices));

    DuesRepository dues(m_database);
    const RateTable rates = dues.rateTable();
    const DuesSettings settings = dues.loadSettings();
    InvoiceRepository invoices(m_database);
    int issued = 0;
    for (int year = startYear; year <= lastYear; ++year) {
        const std::optional<YearRate> rate = rates.rateFor(year);
        if (!rate)
            return Outcome::failure(QStringLiteral("No rate for %1.").arg(year));
        QList<DuesRunLine> lines = DuesRunPlanner::plan(year, members, *rate, settings, {});
        if (year == startYear) {
            const int wanted = m_size.invoices - (covered - coveredIn.value(year));
            for (int i = wanted; i < lines.size(); ++i)
                lines[i].included = false;
        }
        const QDate issueDate(year, 2, 3);
        QList<qint64> ids;
        if (Outcome run = invoices.issue(year, lines, issueDate, false, &ids); !run)
            return Outcome::failure(QStringLiteral("Dues run %1: %2").arg(year).arg(run.message()));

        qsizetype next = 0;
        QList<Action> actions;
        for (const DuesRunLine &line : std::as_const(lines)) {
            if (!line.included)
                continue;
            const qint64 id = ids.at(next++);
            const Settlement settlement{id, line.calculation.amount, issueDate,
                                        issueDate.addDays(settings.paymentTermsDays), year == lastYear};
            settle(settlement, settings.reminderTermsDays, random, actions);
        }
        if (Outcome applied = apply(invoices, actions); !applied)
            return applied;
        issued += int(ids.size());
        report(QStringLiteral("invoices %1: %2").arg(year).arg(issued));
    }
    return Outcome::success();
}

void LargeDatabaseBuilder::settle(const Settlement &invoice, int reminderTermsDays, QRandomGenerator &random,
                                  QList<Action> &actions) const
{
    const qint64 id = invoice.id;
    const Money amount = invoice.amount;
    const QDate &issued = invoice.issued;
    const QDate &due = invoice.due;
    const bool thisYear = invoice.thisYear;
    auto pay = [&actions, id](const QDate &on, Money paid, const QString &note = {}) {
        actions.append({Action::Payment, id, on, paid, note});
    };
    auto remind = [&actions, id](const QDate &on) { actions.append({Action::Reminder, id, on, {}, {}}); };
    auto credit = [&actions, id](const QDate &on, Money credited, const QString &note) {
        actions.append({Action::CreditNote, id, on, credited, note});
    };
    // What happens to an invoice: most are paid on time, some late after a
    // reminder, some in two parts, a few credited; this year's tail is still open.
    auto on = [this](const QDate &date) { return earlierOf(date, m_today); };
    const Money half = Money::fromOre(amount.ore() / 2);
    const int fate = random.bounded(1000);
    const int openFrom = thisYear ? 850 : 990;
    if (fate < std::min(900, openFrom)) {
        pay(on(issued.addDays(random.bounded(7, 45))), amount);
        return;
    }
    if (fate < std::min(940, openFrom)) {
        pay(on(issued.addDays(random.bounded(15, 30))), half);
        pay(on(issued.addDays(random.bounded(50, 90))), amount - half, QStringLiteral("Restbeløp"));
        return;
    }
    if (fate < std::min(975, openFrom)) {
        const QDate reminded = on(due.addDays(random.bounded(14, 30)));
        remind(reminded);
        pay(on(reminded.addDays(random.bounded(5, 20))), amount);
        return;
    }
    if (fate < std::min(985, openFrom)) {
        credit(on(issued.addDays(random.bounded(10, 60))), amount, QStringLiteral("Feil innbyggertall; ny faktura sendes ikke"));
        return;
    }
    if (fate < openFrom) {
        const Money reduction = Money::fromOre(amount.ore() / 10);
        credit(on(issued.addDays(random.bounded(10, 40))), reduction, QStringLiteral("Avtalt reduksjon"));
        pay(on(issued.addDays(random.bounded(40, 60))), amount - reduction);
        return;
    }
    // Still open: half paid or nothing, reminded once or twice.
    if (random.bounded(2) == 0)
        pay(on(issued.addDays(random.bounded(15, 40))), half);
    QDate reminded = due.addDays(random.bounded(10, 30));
    for (int reminders = random.bounded(1, 3); reminders > 0 && reminded < m_today; --reminders) {
        remind(reminded);
        reminded = reminded.addDays(reminderTermsDays + random.bounded(5, 30));
    }
}

Outcome LargeDatabaseBuilder::apply(InvoiceRepository &invoices, QList<Action> &actions)
{
    // Stable: an invoice's own steps keep their order on the same day.
    std::stable_sort(actions.begin(), actions.end(), [](const Action &a, const Action &b) { return a.on < b.on; });
    for (const Action &action : std::as_const(actions)) {
        Outcome done = Outcome::success();
        switch (action.kind) {
        case Action::Payment:
            done = invoices.registerPayment(action.id, action.on, action.amount, action.note);
            break;
        case Action::Reminder:
            done = invoices.recordReminder(action.id, action.on);
            break;
        case Action::CreditNote:
            done = invoices.issueCreditNote(action.id, action.amount, action.on, action.note);
            break;
        }
        if (!done)
            return Outcome::failure(QStringLiteral("Invoice %1: %2").arg(action.id).arg(done.message()));
    }
    return Outcome::success();
}

QString LargeDatabaseBuilder::organisationNumber(QRandomGenerator &random)
{
    for (;;) {
        const QString base = QStringLiteral("9%1").arg(random.bounded(0, 10000000), 7, 10, QLatin1Char('0'));
        for (int digit = 0; digit <= 9; ++digit) {
            const QString candidate = base + QChar(u'0' + digit);
            if (CheckDigits::isValidOrganisationNumber(candidate))
                return candidate;
        }
    }
}

} // namespace Sekretariat
