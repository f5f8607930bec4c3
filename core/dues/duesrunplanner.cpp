#include "duesrunplanner.h"

#include "ehfrequirements.h"
#include "ratetable.h"

#include <QLocale>

namespace Sekretariat {

bool DuesRunPlanner::coversYear(const Member &member, int year)
{
    const QDate firstDay(year, 1, 1);
    const QDate lastDay(year, 12, 31);
    if (member.activeFrom.isValid() && member.activeFrom > lastDay)
        return false;
    if (member.resignedOn.isValid() && member.resignedOn < firstDay)
        return false;
    switch (member.status) {
    case MemberStatus::Active:
        return true;
    case MemberStatus::Resigned:
        // A member that left during the year was a member on 1 January: it owes
        // that year. Without a date we cannot tell, so it is left out.
        return member.resignedOn.isValid();
    default:
        return false;
    }
}

QStringList DuesRunPlanner::warningsFor(const Member &member, int year)
{
    QStringList warnings;
    if (member.buyerReference.trimmed().isEmpty())
        warnings.append(tr("No buyer reference (“Deres ref.”): public bodies return such invoices."));
    if (member.postalAddress().text().trimmed().isEmpty())
        warnings.append(tr("No invoice address."));
    else if (member.receivesEhf && !member.postalAddress().isComplete())
        warnings.append(tr("The invoice address lacks %1: the EHF would be refused.")
                            .arg(member.postalAddress().missing().join(QStringLiteral(", "))));
    if (member.receivesEhf && !member.organisationNumber.trimmed().isEmpty()
        && !EhfRequirements::isValidEndpoint(member.peppolEndpoint()))
        warnings.append(tr("The electronic address “%1” is not a valid Peppol address: the EHF cannot be sent.")
                            .arg(member.peppolEndpoint()));
    if (member.organisationNumber.trimmed().isEmpty())
        warnings.append(tr("No organisation number: the invoice cannot be sent as EHF."));
    // County municipalities pay the cap whatever their population.
    if (member.kind == MemberKind::Municipality) {
        const QDate expected(year - 1, 1, 1);
        if (!member.populationDate.isValid())
            warnings.append(tr("The population has no date; expected the figure of %1.")
                                .arg(QLocale().toString(expected, QLocale::ShortFormat)));
        else if (member.populationDate < expected)
            warnings.append(tr("The population is from %1; expected the figure of %2 or later.")
                                .arg(QLocale().toString(member.populationDate, QLocale::ShortFormat),
                                     QLocale().toString(expected, QLocale::ShortFormat)));
        if (member.population <= 0)
            warnings.append(tr("No population: the member is charged the floor."));
    }
    if (member.status == MemberStatus::Resigned)
        warnings.append(tr("Resigned on %1, during the year.")
                            .arg(QLocale().toString(member.resignedOn, QLocale::ShortFormat)));
    return warnings;
}

QList<DuesRunLine> DuesRunPlanner::plan(int year, const QList<Member> &members, const YearRate &rate,
                                        const DuesSettings &settings, const QSet<qint64> &alreadyInvoicedMemberIds)
{
    QList<DuesRunLine> lines;
    for (const Member &member : members) {
        if (!coversYear(member, year))
            continue;
        DuesRunLine line;
        line.member = member;
        const int months = DuesCalculator::monthsCharged(year, member.activeFrom, settings.proRataNewMembers);
        line.calculation = DuesCalculator::calculate(member.kind, member.population, member.populationDate, rate, months);
        line.alreadyInvoiced = alreadyInvoicedMemberIds.contains(member.id);
        line.included = !line.alreadyInvoiced;
        line.warnings = warningsFor(member, year);
        lines.append(line);
    }
    return lines;
}

QStringList DuesRunPlanner::ehfProblems(const QList<DuesRunLine> &lines, const NetworkSettings &seller)
{
    QStringList problems;
    bool anyEhf = false;
    for (const DuesRunLine &line : lines) {
        const Member &member = line.member;
        if (!line.included || !member.receivesEhf)
            continue;
        anyEhf = true;
        const QStringList missing = EhfRequirements::buyerProblems(member.buyerReference, member.organisationNumber,
                                                                   member.peppolEndpoint(), member.postalAddress());
        if (!missing.isEmpty())
            problems.append(tr("%1 %2: missing %3").arg(member.number, member.name, missing.join(QStringLiteral(", "))));
    }
    if (anyEhf) {
        if (const QStringList missing = EhfRequirements::sellerProblems(seller); !missing.isEmpty())
            problems.prepend(tr("Network settings: missing %1").arg(missing.join(QStringLiteral(", "))));
    }
    return problems;
}

DuesRunTotals DuesRunPlanner::totals(const QList<DuesRunLine> &lines)
{
    DuesRunTotals totals;
    totals.lines = int(lines.size());
    for (const DuesRunLine &line : lines) {
        if (line.alreadyInvoiced)
            ++totals.alreadyInvoiced;
        if (!line.included)
            continue;
        ++totals.included;
        totals.amount += line.calculation.amount;
        if (!line.warnings.isEmpty())
            ++totals.withWarnings;
    }
    return totals;
}

} // namespace Sekretariat
