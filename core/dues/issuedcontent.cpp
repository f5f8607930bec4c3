#include "issuedcontent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sekretariat {

namespace {

constexpr int currentFormat = 1;

} // namespace

QString IssuedContent::toJson() const
{
    const QJsonObject sellerObject{
        {QStringLiteral("name"), seller.name},
        {QStringLiteral("organisationNumber"), seller.organisationNumber},
        {QStringLiteral("address"), seller.address},
        {QStringLiteral("postalCode"), seller.postalCode},
        {QStringLiteral("city"), seller.city},
        {QStringLiteral("email"), seller.email},
        {QStringLiteral("phone"), seller.phone},
        {QStringLiteral("website"), seller.website},
        {QStringLiteral("bankAccount"), seller.bankAccount},
        {QStringLiteral("iban"), seller.iban},
        {QStringLiteral("bic"), seller.bic},
        {QStringLiteral("ourReference"), seller.ourReference},
        {QStringLiteral("inBusinessRegister"), seller.inBusinessRegister},
        // Hex, as SQLite's hex() writes it for the documents frozen by the update.
        {QStringLiteral("logo"), QString::fromLatin1(seller.logo.toHex().toUpper())},
    };
    QJsonObject object{
        {QStringLiteral("format"), currentFormat},
        {QStringLiteral("takenAt"), takenAt == TakenAt::Issue ? QStringLiteral("issue") : QStringLiteral("update")},
        {QStringLiteral("seller"), sellerObject},
        {QStringLiteral("vatRegistered"), vatRegistered},
    };
    if (fullYear)
        object.insert(QStringLiteral("fullYearOre"), QString::number(fullYear->ore()));
    if (buyer) {
        object.insert(QStringLiteral("buyer"),
                      QJsonObject{{QStringLiteral("lines"), buyer->address.lines},
                                  {QStringLiteral("postalCode"), buyer->address.postalCode},
                                  {QStringLiteral("city"), buyer->address.city},
                                  {QStringLiteral("country"), buyer->address.country},
                                  {QStringLiteral("endpoint"), buyer->endpoint},
                                  {QStringLiteral("receivesEhf"), buyer->receivesEhf}});
    }
    if (reminder) {
        // Øre as text: a JSON number is a double, and amounts are exact.
        QJsonArray creditNotes;
        for (qint64 number : reminder->creditNoteNumbers)
            creditNotes.append(QString::number(number));
        object.insert(QStringLiteral("reminder"),
                      QJsonObject{{QStringLiteral("number"), reminder->number},
                                  {QStringLiteral("paidOre"), QString::number(reminder->paid.ore())},
                                  {QStringLiteral("creditedOre"), QString::number(reminder->credited.ore())},
                                  {QStringLiteral("creditNotes"), creditNotes},
                                  {QStringLiteral("step"), reminder->step},
                                  {QStringLiteral("feeOre"), QString::number(reminder->fee.ore())},
                                  {QStringLiteral("feesBeforeOre"), QString::number(reminder->feesBefore.ore())},
                                  {QStringLiteral("text"), reminder->text}});
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<IssuedContent> IssuedContent::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toInt() != currentFormat)
        return std::nullopt;
    const QJsonValue sellerValue = object.value(QStringLiteral("seller"));
    const QJsonValue vatValue = object.value(QStringLiteral("vatRegistered"));
    if (!sellerValue.isObject() || !vatValue.isBool())
        return std::nullopt;
    const QJsonObject s = sellerValue.toObject();
    IssuedContent content;
    content.seller.name = s.value(QStringLiteral("name")).toString();
    content.seller.organisationNumber = s.value(QStringLiteral("organisationNumber")).toString();
    content.seller.address = s.value(QStringLiteral("address")).toString();
    content.seller.postalCode = s.value(QStringLiteral("postalCode")).toString();
    content.seller.city = s.value(QStringLiteral("city")).toString();
    content.seller.email = s.value(QStringLiteral("email")).toString();
    content.seller.phone = s.value(QStringLiteral("phone")).toString();
    content.seller.website = s.value(QStringLiteral("website")).toString();
    content.seller.bankAccount = s.value(QStringLiteral("bankAccount")).toString();
    // Absent from the documents issued before schema 7: none was printed then.
    content.seller.iban = s.value(QStringLiteral("iban")).toString();
    content.seller.bic = s.value(QStringLiteral("bic")).toString();
    content.seller.ourReference = s.value(QStringLiteral("ourReference")).toString();
    content.seller.inBusinessRegister = s.value(QStringLiteral("inBusinessRegister")).toBool();
    content.seller.logo = QByteArray::fromHex(s.value(QStringLiteral("logo")).toString().toLatin1());
    content.vatRegistered = vatValue.toBool();
    content.takenAt = object.value(QStringLiteral("takenAt")).toString() == u"update" ? TakenAt::Update
                                                                                      : TakenAt::Issue;
    if (const QJsonValue full = object.value(QStringLiteral("fullYearOre")); full.isString()) {
        bool ok = false;
        content.fullYear = Money::fromOre(full.toString().toLongLong(&ok));
        if (!ok)
            return std::nullopt;
    }
    if (const QJsonValue buyerValue = object.value(QStringLiteral("buyer")); buyerValue.isObject()) {
        const QJsonObject b = buyerValue.toObject();
        Buyer buyer;
        buyer.address.lines = b.value(QStringLiteral("lines")).toString();
        buyer.address.postalCode = b.value(QStringLiteral("postalCode")).toString();
        buyer.address.city = b.value(QStringLiteral("city")).toString();
        buyer.address.country = b.value(QStringLiteral("country")).toString(QStringLiteral("NO"));
        buyer.endpoint = b.value(QStringLiteral("endpoint")).toString();
        buyer.receivesEhf = b.value(QStringLiteral("receivesEhf")).toBool(true);
        content.buyer = buyer;
    }
    const QJsonValue reminderValue = object.value(QStringLiteral("reminder"));
    if (reminderValue.isObject()) {
        const QJsonObject r = reminderValue.toObject();
        bool paidOk = false;
        bool creditedOk = false;
        ReminderState state;
        state.number = r.value(QStringLiteral("number")).toInt();
        state.paid = Money::fromOre(r.value(QStringLiteral("paidOre")).toString().toLongLong(&paidOk));
        state.credited = Money::fromOre(r.value(QStringLiteral("creditedOre")).toString().toLongLong(&creditedOk));
        for (const QJsonValue &number : r.value(QStringLiteral("creditNotes")).toArray()) {
            bool ok = false;
            state.creditNoteNumbers.append(number.toString().toLongLong(&ok));
            if (!ok)
                return std::nullopt;
        }
        state.step = r.value(QStringLiteral("step")).toInt(1);
        bool feeOk = true;
        bool feesBeforeOk = true;
        if (r.contains(QStringLiteral("feeOre")))
            state.fee = Money::fromOre(r.value(QStringLiteral("feeOre")).toString().toLongLong(&feeOk));
        if (r.contains(QStringLiteral("feesBeforeOre")))
            state.feesBefore = Money::fromOre(r.value(QStringLiteral("feesBeforeOre")).toString().toLongLong(&feesBeforeOk));
        state.text = r.value(QStringLiteral("text")).toString();
        if (state.number < 1 || state.step < 1 || state.step > 3 || !paidOk || !creditedOk || !feeOk || !feesBeforeOk)
            return std::nullopt;
        content.reminder = state;
    }
    return content;
}

} // namespace Sekretariat
