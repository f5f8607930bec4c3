#include "invoicecontentbuilder.h"

#include "common/checkdigits.h"
#include "documentlanguage.h"

#include <QHash>
#include <algorithm>

namespace Sekretariat {

namespace {

QString organisationNumber(const QString &number)
{
    return CheckDigits::groupedOrganisationNumber(number);
}

QString account(const QString &number)
{
    return CheckDigits::groupedAccountNumber(number);
}

// In groups of four, as banks print it: "NO93 8601 1117 947".
QString iban(const QString &code)
{
    const QString compact = CheckDigits::compact(code);
    QString result;
    for (qsizetype i = 0; i < compact.size(); i += 4) {
        if (!result.isEmpty())
            result += u' ';
        result += compact.mid(i, 4);
    }
    return result;
}

// A name as ASCII letters and digits joined by hyphens, for a file name that
// every system, mail program and archive keeps as it is: æ ø å as ae oe aa,
// other accents dropped (é as e, á as a), anything else a hyphen.
QString slug(const QString &text)
{
    static const QHash<QChar, QString> norwegian{
        {u'æ', QStringLiteral("ae")}, {u'Æ', QStringLiteral("Ae")}, {u'ø', QStringLiteral("oe")},
        {u'Ø', QStringLiteral("Oe")}, {u'å', QStringLiteral("aa")}, {u'Å', QStringLiteral("Aa")},
        // Sámi letters that have no accent to drop.
        {u'đ', QStringLiteral("d")}, {u'Đ', QStringLiteral("D")}, {u'ŋ', QStringLiteral("n")},
        {u'Ŋ', QStringLiteral("N")}, {u'ŧ', QStringLiteral("t")}, {u'Ŧ', QStringLiteral("T")}};
    QString result;
    for (const QChar c : text) {
        const QString ascii = norwegian.value(c, QString(c).normalized(QString::NormalizationForm_KD));
        for (const QChar part : ascii) {
            if (part.category() == QChar::Mark_NonSpacing)
                continue;
            if (part.unicode() < 128 && part.isLetterOrNumber())
                result += part;
            else if (!result.endsWith(u'-'))
                result += u'-';
        }
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    while (result.startsWith(u'-'))
        result.remove(0, 1);
    return result;
}

// The invoice address without a first line that only repeats the buyer's name
// ("Enebakk" above "Enebakk kommune"'s address).
QString addressBelowName(const QString &address, const QString &buyerName)
{
    QStringList lines = address.split(u'\n');
    if (!lines.isEmpty()) {
        const QString first = lines.first().trimmed();
        const QString shortName = buyerName.section(u' ', 0, -2);
        if (!first.isEmpty()
            && (first.compare(buyerName, Qt::CaseInsensitive) == 0
                || (!shortName.isEmpty() && first.compare(shortName, Qt::CaseInsensitive) == 0)))
            lines.removeFirst();
    }
    return lines.join(u'\n').trimmed();
}

// The texts of a document, looked up in its own language.
class Texts
{
public:
    explicit Texts(const QString &code)
        : m_language(code)
    {
    }
    QString operator()(const char *source, int n = -1) const { return m_language.translate("InvoiceDocument", source, n); }
    const DocumentLanguage &language() const { return m_language; }

private:
    DocumentLanguage m_language;
};

// The paragraph above a reminder's lines: the secretariat's own text for the
// step, with {invoice}, {amount} and {due} filled in, or the program's.
QString reminderIntroduction(const InvoiceDocumentData &data, const DocumentLanguage &language)
{
    const Texts text(language.code());
    const Invoice &invoice = data.invoice;
    const QString number = QString::number(invoice.number);
    const QString amount = language.money(invoice.outstanding());
    const QString due = language.date(invoice.reminderDueDate);
    if (!data.reminderText.trimmed().isEmpty()) {
        QString own = data.reminderText.trimmed();
        own.replace(QStringLiteral("{invoice}"), number);
        own.replace(QStringLiteral("{amount}"), amount);
        own.replace(QStringLiteral("{due}"), due);
        return own;
    }
    const bool partlyPaid = !invoice.paid.isZero();
    switch (data.reminderStep) {
    case 2:
        if (!partlyPaid) {
            return text(QT_TRANSLATE_NOOP("InvoiceDocument",
                                          "This is our second reminder: we have still not received payment of invoice "
                                          "%1. Please pay %2 by %3. If it is not paid by then, the claim will be "
                                          "handed over for further follow-up."))
                .arg(number, amount, due);
        }
        return text(QT_TRANSLATE_NOOP("InvoiceDocument",
                                      "This is our second reminder: we have received %1 of invoice %2, but %3 is "
                                      "still outstanding. Please pay it by %4. If it is not paid by then, the claim "
                                      "will be handed over for further follow-up."))
            .arg(language.money(invoice.paid), number, amount, due);
    case 3:
        return text(QT_TRANSLATE_NOOP("InvoiceDocument",
                                      "Invoice %1 is still not paid after two reminders, and %2 is outstanding. The "
                                      "claim has now been handed over for further follow-up. To settle it, pay the "
                                      "amount by %3 or contact us."))
            .arg(number, amount, due);
    default:
        if (!partlyPaid) {
            return text(QT_TRANSLATE_NOOP("InvoiceDocument",
                                          "We have not received payment of invoice %1. Please pay the amount "
                                          "outstanding by %2. If you have paid in the last few days, please "
                                          "disregard this reminder."))
                .arg(number, due);
        }
        return text(QT_TRANSLATE_NOOP("InvoiceDocument",
                                      "We have received %1 of invoice %2, but %3 is still outstanding. Please pay it "
                                      "by %4. If you have paid in the last few days, please disregard this reminder."))
            .arg(language.money(invoice.paid), number, amount, due);
    }
}

} // namespace

QString InvoiceContentBuilder::organisationNumberText(const QString &number)
{
    return organisationNumber(number);
}

QString InvoiceContentBuilder::addressBelow(const QString &address, const QString &name)
{
    return addressBelowName(address, name);
}

QString InvoiceContentBuilder::fileNamePart(const QString &name)
{
    return slug(name);
}

QString InvoiceContentBuilder::accountText(const QString &bankAccount)
{
    return account(bankAccount);
}

InvoiceContent InvoiceContentBuilder::build(const InvoiceDocumentData &data)
{
    const Texts text(data.invoice.language);
    const DocumentLanguage &language = text.language();
    const Invoice &invoice = data.invoice;
    const Invoice &original = data.creditedInvoice;
    const NetworkSettings &seller = data.seller;

    InvoiceContent content;
    content.kind = data.kind;
    content.language = language.code();
    content.number = invoice.number;
    content.invoice = invoice;
    content.creditedInvoice = original;
    QString kind;
    switch (data.kind) {
    case DocumentKind::Invoice:
        content.title = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice"));
        //: Starts a PDF file name: lower case, no spaces.
        kind = text(QT_TRANSLATE_NOOP("InvoiceDocument", "invoice"));
        break;
    case DocumentKind::CreditNote:
        content.title = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Credit note"));
        //: Starts a PDF file name: lower case, no spaces.
        kind = text(QT_TRANSLATE_NOOP("InvoiceDocument", "credit-note"));
        break;
    case DocumentKind::Reminder:
        content.title = data.reminderStep == 2 ? text(QT_TRANSLATE_NOOP("InvoiceDocument", "Second reminder"))
                      : data.reminderStep == 3 ? text(QT_TRANSLATE_NOOP("InvoiceDocument", "Notice of hand-over"))
                                               : text(QT_TRANSLATE_NOOP("InvoiceDocument", "Payment reminder"));
        //: Starts a PDF file name: lower case, no spaces.
        kind = text(QT_TRANSLATE_NOOP("InvoiceDocument", "reminder"));
        break;
    }
    // The number first and padded, so that a folder sorted by name lists the
    // documents in order whatever the language; each reminder its own file.
    if (data.kind == DocumentKind::Reminder && invoice.reminderCount > 0)
        kind += QStringLiteral("-%1").arg(invoice.reminderCount);
    content.fileBaseName = QStringLiteral("%1-%2-%3-%4")
                               .arg(invoice.number, 5, 10, QLatin1Char('0'))
                               .arg(invoice.buyerNumber, slug(invoice.buyerName), kind);

    content.sellerName = seller.name;
    if (!seller.address.isEmpty())
        content.sellerAddress.append(seller.address);
    const QString place = QStringList{seller.postalCode, seller.city}.join(u' ').trimmed();
    if (!place.isEmpty())
        content.sellerAddress.append(place);
    content.sellerLogo = seller.logo;
    content.buyerName = invoice.buyerName;
    content.buyerAddress = addressBelowName(invoice.buyerAddress, invoice.buyerName);
    content.seller = seller;
    content.vatRegistered = data.vatRegistered;
    content.buyerPostalAddress = data.buyerAddress;
    content.buyerPostalAddress.lines = addressBelowName(data.buyerAddress.lines, invoice.buyerName);
    content.buyerEndpoint = data.buyerEndpoint;
    content.receivesEhf = data.receivesEhf;
    if (!invoice.buyerOrganisationNumber.isEmpty()) {
        content.buyerOrganisation = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Org. no. %1"))
                                        .arg(organisationNumber(invoice.buyerOrganisationNumber));
    }

    switch (data.kind) {
    case DocumentKind::Invoice:
        content.facts = {{text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice number")), QString::number(invoice.number)},
                         {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice date")), language.date(invoice.issueDate)},
                         {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Due date")), language.date(invoice.dueDate)},
                         {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Customer number")), invoice.buyerNumber},
                         {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Your reference")), invoice.buyerReference},
                         {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Our reference")), seller.ourReference},
                         {text(QT_TRANSLATE_NOOP("InvoiceDocument", "KID")), invoice.kid},
                         {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Account")), account(seller.bankAccount)}};
        break;
    case DocumentKind::CreditNote:
        content.facts = {
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Credit note number")), QString::number(invoice.number)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Date")), language.date(invoice.issueDate)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Credits invoice")), QString::number(invoice.creditsInvoiceNumber)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice date")), language.date(original.issueDate)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Customer number")), invoice.buyerNumber},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Your reference")), invoice.buyerReference},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Our reference")), seller.ourReference}};
        break;
    case DocumentKind::Reminder:
        content.facts = {
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice number")), QString::number(invoice.number)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice date")), language.date(invoice.issueDate)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Original due date")), language.date(invoice.dueDate)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Reminder number")), QString::number(invoice.reminderCount)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Reminder date")), language.date(invoice.lastReminderOn)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "New due date")), language.date(invoice.reminderDueDate)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Customer number")), invoice.buyerNumber},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Your reference")), invoice.buyerReference},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Our reference")), seller.ourReference},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "KID")), invoice.kid},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Account")), account(seller.bankAccount)}};
        break;
    }
    // A document in English may be paid from abroad: IBAN and BIC below the account.
    if (language.code() == u"en" && data.kind != DocumentKind::CreditNote) {
        content.facts.append({QStringLiteral("IBAN"), iban(seller.iban)});
        content.facts.append({QStringLiteral("BIC"), CheckDigits::compact(seller.bic)});
    }
    content.facts.removeIf([](const InvoiceContent::Field &field) { return field.second.isEmpty(); });

    if (data.kind == DocumentKind::Reminder)
        content.introduction = reminderIntroduction(data, language);
    content.descriptionHeading = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Description"));
    content.amountHeading = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Amount"));

    const int year = data.kind == DocumentKind::CreditNote ? original.year : invoice.year;
    const Invoice &dues = data.kind == DocumentKind::CreditNote ? original : invoice;
    // The line says which rule made the amount; below it, the calculation, the
    // population's date and the period (the months, when charged pro rata).
    QString duesLine;
    const QString calculation =
        text(QT_TRANSLATE_NOOP("InvoiceDocument", "%1 inhabitants × %2 = %3"))
            .arg(language.number(dues.population), language.rate(dues.rateOre),
                 language.money(Money::fromOre(dues.population * dues.rateOre).roundedToKroner()));
    const QString fullYear = data.duesFullYear ? language.money(*data.duesFullYear) : QString();
    QStringList details;
    switch (dues.rule) {
    case DuesRule::Rate:
        duesLine = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Membership dues %1: %2 inhabitants × %3"))
                       .arg(year)
                       .arg(language.number(dues.population), language.rate(dues.rateOre));
        break;
    case DuesRule::Floor:
        duesLine = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Membership dues %1: minimum dues")).arg(year);
        details.append(fullYear.isEmpty()
                           ? calculation + u'.'
                           : text(QT_TRANSLATE_NOOP("InvoiceDocument", "%1; minimum dues %2.")).arg(calculation, fullYear));
        break;
    case DuesRule::Cap:
        duesLine = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Membership dues %1: maximum dues")).arg(year);
        details.append(fullYear.isEmpty()
                           ? calculation + u'.'
                           : text(QT_TRANSLATE_NOOP("InvoiceDocument", "%1; maximum dues %2.")).arg(calculation, fullYear));
        break;
    case DuesRule::County:
        duesLine = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Membership dues %1: county municipality, maximum dues"))
                       .arg(year);
        details.append(fullYear.isEmpty()
                           ? text(QT_TRANSLATE_NOOP("InvoiceDocument", "County municipalities pay the maximum dues."))
                           : text(QT_TRANSLATE_NOOP("InvoiceDocument", "County municipalities pay the maximum dues, %1."))
                                 .arg(fullYear));
        break;
    }
    if (dues.rule != DuesRule::County && dues.populationDate.isValid()) {
        details.append(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Population on %1, rounded to whole kroner."))
                           .arg(language.date(dues.populationDate)));
    }
    const QDate periodEnd(year, 12, 31);
    const QDate periodStart(year, 12 - std::clamp(dues.months, 1, 12) + 1, 1);
    content.periodStart = periodStart;
    content.periodEnd = periodEnd;
    if (dues.months < 12) {
        details.append(
            fullYear.isEmpty()
                ? text(QT_TRANSLATE_N_NOOP("InvoiceDocument", "Period %1–%2: %n of 12 months."), dues.months)
                      .arg(language.date(periodStart), language.date(periodEnd))
                : text(QT_TRANSLATE_N_NOOP("InvoiceDocument", "Period %1–%2: %n of 12 months of %3."), dues.months)
                      .arg(language.date(periodStart), language.date(periodEnd), fullYear));
    } else {
        details.append(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Period %1–%2."))
                           .arg(language.date(periodStart), language.date(periodEnd)));
    }

    QStringList adjustments;
    switch (dues.rule) {
    case DuesRule::Floor:
        adjustments.append(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Minimum dues")));
        break;
    case DuesRule::Cap:
    case DuesRule::County:
        adjustments.append(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Maximum dues")));
        break;
    case DuesRule::Rate:
        break;
    }
    if (dues.months < 12)
        adjustments.append(text(QT_TRANSLATE_N_NOOP("InvoiceDocument", "Pro rata, %n of 12 months"), dues.months));
    adjustments.append(text(QT_TRANSLATE_NOOP("InvoiceDocument", "Rounded to whole kroner")));
    content.duesAdjustment = adjustments.join(QStringLiteral(". "));

    switch (data.kind) {
    case DocumentKind::Invoice:
        content.lines.append({duesLine, details.join(u'\n'), invoice.amount, {}});
        content.note = invoice.note;
        content.total = invoice.amount;
        content.totalLabel = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Amount due"));
        break;
    case DocumentKind::CreditNote:
        content.lines.append({text(QT_TRANSLATE_NOOP("InvoiceDocument", "Credit for invoice %1")).arg(invoice.creditsInvoiceNumber),
                              QStringList{duesLine, details.join(u'\n')}.join(u'\n'), invoice.amount, {}});
        content.note = invoice.note;
        content.total = invoice.amount;
        content.totalLabel = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Total credited"));
        break;
    case DocumentKind::Reminder:
        content.lines.append({text(QT_TRANSLATE_NOOP("InvoiceDocument", "Invoice %1 dated %2"))
                                  .arg(invoice.number)
                                  .arg(language.date(invoice.issueDate)),
                              QStringList{duesLine, details.join(u'\n')}.join(u'\n'), invoice.amount, {}});
        if (!invoice.credited.isZero()) {
            QStringList numbers;
            for (qint64 number : data.creditNoteNumbers)
                numbers.append(QString::number(number));
            content.lines.append(
                {numbers.isEmpty()
                     ? text(QT_TRANSLATE_NOOP("InvoiceDocument", "Credited"))
                     : text(QT_TRANSLATE_N_NOOP("InvoiceDocument", "Credited by credit note(s) %1"),
                            int(numbers.size()))
                           .arg(numbers.join(QStringLiteral(", "))),
                 {}, invoice.credited, {}});
        }
        if (const Money before = invoice.fees - data.reminderFee; before > Money())
            content.lines.append({text(QT_TRANSLATE_NOOP("InvoiceDocument", "Fees of earlier reminders")), {}, before, {}});
        if (data.reminderFee > Money())
            content.lines.append({text(QT_TRANSLATE_NOOP("InvoiceDocument", "Reminder fee")), {}, data.reminderFee, {}});
        if (!invoice.paid.isZero())
            content.lines.append({text(QT_TRANSLATE_NOOP("InvoiceDocument", "Paid so far")), {}, -invoice.paid, {}});
        content.total = invoice.outstanding();
        content.totalLabel = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Amount due"));
        break;
    }

    for (InvoiceContent::Line &line : content.lines)
        line.amountText = language.money(line.amount);
    content.totalText = language.money(content.total);

    content.vatStatement =
        data.vatRegistered
            ? text(QT_TRANSLATE_NOOP("InvoiceDocument", "The amount carries no value added tax."))
            : text(QT_TRANSLATE_NOOP("InvoiceDocument", "%1 is not registered for value added tax; no VAT is charged."))
                  .arg(seller.name);

    if (data.kind == DocumentKind::CreditNote) {
        content.creditExplanation =
            text(QT_TRANSLATE_NOOP("InvoiceDocument", "This credit note is set against invoice %1. If the invoice is "
                                                      "already paid, contact us and we will refund the amount."))
                .arg(invoice.creditsInvoiceNumber);
    } else {
        content.paymentHeading = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Payment information"));
        content.payment = {
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Amount")), language.money(content.total)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "To account")), account(seller.bankAccount)},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "KID")), invoice.kid},
            {text(QT_TRANSLATE_NOOP("InvoiceDocument", "Due date")),
             language.date(data.kind == DocumentKind::Reminder ? invoice.reminderDueDate : invoice.dueDate)},
        };
        content.paymentHint = text(QT_TRANSLATE_NOOP(
            "InvoiceDocument", "Please use the KID when you pay, so the payment is matched to this invoice."));
        if (language.code() == u"en")
            content.paymentHint += u' '
                + text(QT_TRANSLATE_NOOP("InvoiceDocument", "The KID is the Norwegian payment reference; paying "
                                                            "from abroad, give it as the payment's message."));
    }

    QStringList sender{seller.name};
    if (!content.sellerAddress.isEmpty())
        sender.append(content.sellerAddress.join(QStringLiteral(", ")));
    if (!seller.organisationNumber.isEmpty()) {
        QString organisation = text(QT_TRANSLATE_NOOP("InvoiceDocument", "Org. no. %1"))
                                   .arg(organisationNumber(seller.organisationNumber));
        if (data.vatRegistered)
            organisation += QStringLiteral(" MVA");
        sender.append(organisation);
    }
    QStringList contact;
    for (const QString &item : {seller.email, seller.phone, seller.website}) {
        if (!item.isEmpty())
            contact.append(item);
    }
    content.footer = {sender.join(QStringLiteral("  ·  ")), contact.join(QStringLiteral("  ·  "))};
    return content;
}

} // namespace Sekretariat
