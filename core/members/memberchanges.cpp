#include "memberchanges.h"

#include "common/changedfields.h"
#include "common/datetext.h"
#include "memberterms.h"

namespace Sekretariat {

namespace {

QString date(const QDate &date)
{
    return date.isValid() ? DateText::format(date) : QString();
}

} // namespace

QStringList MemberChanges::between(const Member &before, const Member &after)
{
    ChangedFields changes;
    changes.compare(tr("Number"), before.number, after.number);
    changes.compare(tr("Name"), before.name, after.name);
    changes.compare(tr("Population"), QString::number(before.population), QString::number(after.population));
    changes.compare(tr("Population date"), date(before.populationDate), date(after.populationDate));
    changes.compare(tr("Organisation number"), before.organisationNumber, after.organisationNumber);
    changes.compare(tr("Status"), MemberTerms::label(before.status), MemberTerms::label(after.status));
    changes.compare(tr("First contact"), date(before.firstContactOn), date(after.firstContactOn));
    changes.compare(tr("Applied on"), date(before.appliedOn), date(after.appliedOn));
    changes.compare(tr("Decision date"), date(before.decisionOn), date(after.decisionOn));
    changes.compare(tr("Case number"), before.decisionReference, after.decisionReference);
    changes.compare(tr("Active from"), date(before.activeFrom), date(after.activeFrom));
    changes.compare(tr("Resigned on"), date(before.resignedOn), date(after.resignedOn));
    changes.compare(tr("Invoice address"), before.invoiceAddress, after.invoiceAddress);
    changes.compare(tr("Postcode"), before.invoicePostalCode, after.invoicePostalCode);
    changes.compare(tr("Town"), before.invoiceCity, after.invoiceCity);
    changes.compare(tr("Country"), before.invoiceCountry, after.invoiceCountry);
    changes.compare(tr("Electronic address"), before.electronicAddress, after.electronicAddress);
    if (before.receivesEhf != after.receivesEhf)
        changes.note(after.receivesEhf ? tr("Receives EHF: now yes") : tr("Receives EHF: now no"));
    changes.compare(tr("Invoice e-mail"), before.invoiceEmail, after.invoiceEmail);
    changes.compare(tr("Buyer reference"), before.buyerReference, after.buyerReference);
    changes.compare(tr("Document language"), MemberTerms::languageLabel(before.documentLanguage),
                    MemberTerms::languageLabel(after.documentLanguage));
    changes.compare(tr("Website"), before.website, after.website);
    changes.compare(tr("Notes"), before.notes, after.notes);
    return changes.lines();
}

} // namespace Sekretariat
