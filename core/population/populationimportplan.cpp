#include "populationimportplan.h"

#include "dues/duescalculator.h"
#include "reference/municipalitycatalogue.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Sekretariat {

namespace {

// The counties of today that took over the municipalities of an earlier
// county, by the reforms of 2018 (Trøndelag), 2020 and 2024.
QStringList successorCounties(const QString &county)
{
    static const QHash<QString, QStringList> successors = {
        {QStringLiteral("01"), {QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33")}},
        {QStringLiteral("02"), {QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33")}},
        {QStringLiteral("06"), {QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33")}},
        {QStringLiteral("30"), {QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33")}},
        {QStringLiteral("04"), {QStringLiteral("34")}},
        {QStringLiteral("05"), {QStringLiteral("34")}},
        {QStringLiteral("07"), {QStringLiteral("39"), QStringLiteral("40")}},
        {QStringLiteral("08"), {QStringLiteral("39"), QStringLiteral("40")}},
        {QStringLiteral("38"), {QStringLiteral("39"), QStringLiteral("40")}},
        {QStringLiteral("09"), {QStringLiteral("42")}},
        {QStringLiteral("10"), {QStringLiteral("42")}},
        {QStringLiteral("12"), {QStringLiteral("46")}},
        {QStringLiteral("14"), {QStringLiteral("46")}},
        {QStringLiteral("16"), {QStringLiteral("50")}},
        {QStringLiteral("17"), {QStringLiteral("50")}},
        {QStringLiteral("19"), {QStringLiteral("55"), QStringLiteral("56")}},
        {QStringLiteral("20"), {QStringLiteral("55"), QStringLiteral("56")}},
        {QStringLiteral("54"), {QStringLiteral("55"), QStringLiteral("56")}},
    };
    return successors.value(county, {county});
}

// "Snåase - Snåsa" names a municipality in each of its official languages;
// the Statbank writes "Deatnu-Tana" and "Våler (Innlandet)" too.
QStringList officialNamesOf(const QString &name)
{
    QStringList names{name.trimmed().toCaseFolded()};
    for (const QString &part : name.split(QStringLiteral(" - ")))
        names.append(part.trimmed().toCaseFolded());
    return names;
}

QStringList fileNamesOf(QString name)
{
    static const QRegularExpression qualifier(QStringLiteral("\\s*\\([^)]*\\)$"));
    name.remove(qualifier);
    QStringList names = officialNamesOf(name);
    for (const QString &part : name.split(u'-'))
        names.append(part.trimmed().toCaseFolded());
    return names;
}

// A letter lost on the way (U+FFFD from a wrong decoding, '?' where Latin-1 has
// no Sami letter) matches any letter.
bool sameName(const QString &fileName, const QString &officialName)
{
    if (fileName.size() != officialName.size())
        return false;
    for (qsizetype i = 0; i < fileName.size(); ++i) {
        const QChar c = fileName.at(i);
        if (c != officialName.at(i) && c != QChar(0xFFFD) && c != u'?')
            return false;
    }
    return true;
}

bool sameMunicipality(const QString &fileName, const QString &officialName)
{
    if (fileName.isEmpty())
        return true;
    const QStringList official = officialNamesOf(officialName);
    for (const QString &name : fileNamesOf(fileName)) {
        for (const QString &candidate : official) {
            if (sameName(name, candidate))
                return true;
        }
    }
    return false;
}

QString sourceOf(const PopulationFigure &figure)
{
    return figure.name.isEmpty() ? figure.number : figure.number + u' ' + figure.name;
}

} // namespace

int PopulationImportPlan::updates() const
{
    return int(std::count_if(changes.begin(), changes.end(),
                             [](const PopulationChange &change) { return change.result == PopulationChange::Result::Update; }));
}

PopulationImportPlan PopulationImportPlanner::plan(const PopulationFile &file, const QList<Member> &members,
                                                   const MunicipalityCatalogue &catalogue,
                                                   const std::optional<YearRate> &rate)
{
    PopulationImportPlan plan;
    plan.file = file;
    plan.duesYear = file.year + 1;

    QList<const ReferenceEntry *> municipalities;
    QHash<QString, const ReferenceEntry *> byNumber;
    QHash<QString, int> municipalitiesInCounty;
    for (const ReferenceEntry &entry : catalogue.entries()) {
        if (entry.kind != MemberKind::Municipality)
            continue;
        municipalities.append(&entry);
        byNumber.insert(entry.number, &entry);
        ++municipalitiesInCounty[entry.countyNumber];
    }

    // The file's figure for each municipality of the official list.
    QHash<QString, const PopulationFigure *> figureOfNumber;
    for (const PopulationFigure &figure : file.municipalities) {
        const ReferenceEntry *match = nullptr;
        const ReferenceEntry *same = byNumber.value(figure.number);
        if (same && sameMunicipality(figure.name, same->name)) {
            match = same;
        } else if (!figure.name.isEmpty()) {
            const QStringList counties = successorCounties(figure.number.left(2));
            QList<const ReferenceEntry *> candidates;
            for (const ReferenceEntry *entry : std::as_const(municipalities)) {
                if (counties.contains(entry->countyNumber) && sameMunicipality(figure.name, entry->name))
                    candidates.append(entry);
            }
            if (candidates.size() == 1)
                match = candidates.first();
        }
        if (!match) {
            plan.unmatched.append(tr("%1: no municipality of this number and name in the official list of 2024")
                                      .arg(sourceOf(figure)));
            continue;
        }
        if (figureOfNumber.contains(match->number)) {
            plan.unmatched.append(tr("%1: %2 %3 has a figure in the file already (%4)")
                                      .arg(sourceOf(figure), match->number, match->name,
                                           sourceOf(*figureOfNumber.value(match->number))));
            continue;
        }
        figureOfNumber.insert(match->number, &figure);
    }

    const QDate date = file.date();
    auto dues = [&](const Member &member, qint64 population, const QDate &populationDate) -> std::optional<Money> {
        if (!rate)
            return std::nullopt;
        return DuesCalculator::calculate(member.kind, population, populationDate, *rate).fullYear;
    };
    for (const Member &member : members) {
        PopulationChange change;
        change.member = member;
        if (member.kind == MemberKind::Municipality) {
            const PopulationFigure *figure = figureOfNumber.value(member.number);
            if (!figure) {
                change.reason = byNumber.contains(member.number)
                    ? tr("The file has no figure for this municipality.")
                    : tr("%1 is not a municipality number of the official list of 2024.").arg(member.number);
            } else {
                change.population = figure->population;
                change.source = sourceOf(*figure);
                change.renumbered = figure->number != member.number;
                change.result = PopulationChange::Result::Update;
            }
        } else {
            qint64 sum = 0;
            int found = 0;
            for (auto it = figureOfNumber.constBegin(); it != figureOfNumber.constEnd(); ++it) {
                if (byNumber.value(it.key())->countyNumber == member.number) {
                    sum += it.value()->population;
                    ++found;
                }
            }
            const int expected = municipalitiesInCounty.value(member.number);
            if (expected == 0 || found < expected) {
                change.reason = tr("The file has figures for %1 of the county's %2 municipalities.").arg(found).arg(expected);
            } else {
                change.population = sum;
                change.source = tr("the sum of its %n municipalities", nullptr, found);
                change.result = PopulationChange::Result::Update;
            }
        }
        if (change.result == PopulationChange::Result::Update) {
            change.populationDate = date;
            if (member.populationDate.isValid() && member.populationDate > date) {
                change.result = PopulationChange::Result::Older;
                change.reason = tr("The member has the later figure of %1.")
                                    .arg(QLocale().toString(member.populationDate, QLocale::ShortFormat));
            } else if (member.populationDate == date && member.population == change.population) {
                change.result = PopulationChange::Result::Unchanged;
            }
            change.duesBefore = dues(member, member.population, member.populationDate);
            change.duesAfter = change.result == PopulationChange::Result::Update
                ? dues(member, change.population, date)
                : change.duesBefore;
        }
        plan.changes.append(change);
    }
    return plan;
}

QString PopulationImportPlanner::resultLabel(PopulationChange::Result result)
{
    switch (result) {
    case PopulationChange::Result::Update: return tr("Updated");
    case PopulationChange::Result::Unchanged: return tr("Unchanged");
    case PopulationChange::Result::Older: return tr("Kept (later figure)");
    case PopulationChange::Result::NoFigure: return tr("No figure");
    }
    return {};
}

QString PopulationImportPlanner::resultKey(PopulationChange::Result result)
{
    switch (result) {
    case PopulationChange::Result::Update: return QStringLiteral("update");
    case PopulationChange::Result::Unchanged: return QStringLiteral("unchanged");
    case PopulationChange::Result::Older: return QStringLiteral("older");
    case PopulationChange::Result::NoFigure: return QStringLiteral("no_figure");
    }
    return {};
}

} // namespace Sekretariat
