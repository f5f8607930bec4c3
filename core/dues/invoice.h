#pragma once

#include "common/money.h"
#include "duescalculator.h"

#include <QDate>
#include <QString>

namespace Sekretariat {

enum class InvoiceKind { Invoice, CreditNote };

enum class InvoiceStatus { Open, PartlyPaid, Paid, Overdue, Credited };

// An issued invoice or credit note as stored: everything printed on it is copied
// from the member and the rates at issue time, so the document can be rendered
// again, identically, years later. Never changed after issue.
struct Invoice
{
    qint64 id = 0;
    qint64 number = 0;                // from the one gapless sequence
    InvoiceKind kind = InvoiceKind::Invoice;
    qint64 creditsInvoiceId = 0;      // for a credit note: the invoice it corrects
    qint64 creditsInvoiceNumber = 0;
    qint64 memberId = 0;
    int year = 0;
    QDate issueDate;
    QDate dueDate;
    QString kid;                      // payment reference; empty on credit notes

    QString buyerName;
    QString buyerNumber;              // municipality or county number
    QString buyerOrganisationNumber;
    QString buyerAddress;
    QString buyerEmail;
    QString buyerReference;           // "Deres ref."
    QString language = QStringLiteral("nb");

    qint64 population = 0;
    QDate populationDate;
    qint64 rateOre = 0;
    DuesRule rule = DuesRule::Rate;
    int months = 12;
    QString note;
    Money amount;                     // negative for a credit note

    // Filled when read for display, from credit notes, payments and reminders.
    Money credited;                   // sum of its credit notes (<= 0)
    Money paid;
    int reminderCount = 0;
    QDate lastReminderOn;
    QDate reminderDueDate;            // the due date the last reminder set
    int dunningStep = 0;              // the step of the last reminder (DunningRule)
    Money fees;                       // the reminders' fees, owed like the invoice

    Money outstanding() const { return amount + credited + fees - paid; }
};

// A payment registered on an invoice; a negative one corrects or refunds.
struct Payment
{
    qint64 id = 0;
    QDate paidOn;
    Money amount;
    QString note;
};

// The status rule: fully credited beats everything; then paid, then overdue
// (past the due date, or the reminder's, with money outstanding).
class InvoiceStatusRule
{
public:
    static InvoiceStatus statusOf(const Invoice &invoice, const QDate &today)
    {
        if (invoice.kind == InvoiceKind::CreditNote)
            return InvoiceStatus::Credited;
        if (invoice.amount + invoice.credited <= Money())
            return InvoiceStatus::Credited;
        if (invoice.outstanding() <= Money())
            return InvoiceStatus::Paid;
        const QDate due = invoice.reminderDueDate.isValid() ? invoice.reminderDueDate : invoice.dueDate;
        if (due.isValid() && due < today)
            return InvoiceStatus::Overdue;
        if (invoice.paid > Money())
            return InvoiceStatus::PartlyPaid;
        return InvoiceStatus::Open;
    }
};

} // namespace Sekretariat
