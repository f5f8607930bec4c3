#include "memberplausibility.h"

#include "memberterms.h"
#include "reference/municipalitycatalogue.h"

#include <QLocale>

namespace Sekretariat {

bool MemberPlausibility::isFarFromToday(const QDate &date, const QDate &today)
{
    return date.isValid() && (date < today.addYears(-yearsBack) || date > today.addYears(yearsAhead));
}

QStringList MemberPlausibility::warnings(const Member &member, const MunicipalityCatalogue &catalogue,
                                         const QDate &today)
{
    QStringList warnings;
    if (member.population == 0) {
        warnings.append(tr("Population: 0 inhabitants; the dues would be the least the rules allow. Fill in the "
                           "population from Statistics Norway's list."));
    }
    if (!catalogue.find(member.kind, member.number)) {
        warnings.append(member.kind == MemberKind::County
                            ? tr("Number: %1 is not a county in Statistics Norway's list.").arg(member.number)
                            : tr("Number: %1 is not a municipality in Statistics Norway's list.").arg(member.number));
    }
    const QList<std::pair<QString, QDate>> dates{{tr("Population date"), member.populationDate},
                                                 {tr("First contact"), member.firstContactOn},
                                                 {tr("Applied on"), member.appliedOn},
                                                 {tr("Decision date"), member.decisionOn},
                                                 {tr("Active from"), member.activeFrom},
                                                 {tr("Resigned on"), member.resignedOn}};
    for (const auto &[label, date] : dates) {
        if (isFarFromToday(date, today))
            warnings.append(tr("%1: %2 is far from today.").arg(label, QLocale().toString(date, QLocale::ShortFormat)));
    }
    if (member.status == MemberStatus::Active && (!member.decisionOn.isValid() || member.decisionReference.trimmed().isEmpty()))
        warnings.append(tr("Decision: an active member joins by its council's decision; its date and case number are "
                           "missing."));
    return warnings;
}

} // namespace Sekretariat
