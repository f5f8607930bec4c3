#pragma once

#include "common/money.h"
#include "common/postaladdress.h"
#include "settings/networksettings.h"

#include <QString>
#include <optional>

namespace Sekretariat {

// What an invoice, credit note or reminder took from elsewhere when it was
// issued, kept on its row as JSON so that every later print shows the same: the
// seller as the settings had it, the VAT status, and for a reminder what had
// been paid and credited by then and which reminder of the invoice it was.
struct IssuedContent
{
    enum class TakenAt { Issue, Update };  // at issue, or by the update to schema 6 (documents issued before)

    NetworkSettings seller;
    bool vatRegistered = false;
    TakenAt takenAt = TakenAt::Issue;
    // Invoices: the year's dues before pro rata (the floor or the cap when one
    // applied), which the rate table alone no longer tells once it changes.
    std::optional<Money> fullYear;

    // The buyer as an electronic invoice addresses it; absent from the documents
    // issued before schema 9, whose printed address is split instead.
    struct Buyer
    {
        PostalAddress address;
        QString endpoint;          // Peppol participant id, "0192:964949581"
        bool receivesEhf = true;
    };
    std::optional<Buyer> buyer;

    // Reminders only.
    struct ReminderState
    {
        int number = 1;      // the first, second... reminder of the invoice
        Money paid;
        Money credited;      // <= 0
        QList<qint64> creditNoteNumbers;  // the credit notes that make up `credited`
        // From schema 11 (earlier reminders read as a 1st reminder without fee or text of their own).
        int step = 1;        // DunningRule: 1st reminder, 2nd reminder, hand-over
        Money fee;           // this reminder's fee
        Money feesBefore;    // the fees of the invoice's earlier reminders
        QString text;        // the settings' text for the step; empty: the program's own
    };
    std::optional<ReminderState> reminder;

    QString toJson() const;
    // nullopt when the text is not content of a known format.
    static std::optional<IssuedContent> fromJson(const QString &json);
};

} // namespace Sekretariat
