#pragma once

#include "common/money.h"
#include "invoice.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>

namespace Sekretariat {

// One line of a member's account: an invoice or a fee owed (positive), a credit
// note or a payment received (negative), with the balance after it.
struct StatementEntry
{
    enum class Kind { Invoice, CreditNote, Payment, Reminder };

    Kind kind = Kind::Invoice;
    QDate date;
    qint64 number = 0;         // the invoice's or credit note's own number; 0 for payments and reminders
    qint64 invoiceNumber = 0;  // the invoice it belongs to
    int year = 0;              // an invoice's dues year
    int step = 0;              // a reminder's dunning step
    QString note;              // a payment's note
    Money amount;
    Money balance;             // positive: the member owes; negative: in the member's favour
};

// Everything a member was invoiced, credited, reminded and paid, in date order,
// with the running balance: what the statement of account shows and exports.
class AccountStatement
{
public:
    struct ReminderRecord
    {
        QDate remindedOn;
        int step = 1;
        Money fee;
    };

    // `invoices`: the member's invoices and credit notes; the payments and
    // reminders by invoice id.
    AccountStatement(const QList<Invoice> &invoices, const QHash<qint64, QList<Payment>> &payments,
                     const QHash<qint64, QList<ReminderRecord>> &reminders);

    const QList<StatementEntry> &entries() const { return m_entries; }
    Money balance() const { return m_entries.isEmpty() ? Money() : m_entries.last().balance; }

    // CSV: date, kind, number, invoice_number, year, step, note, amount, balance.
    QByteArray csv() const;
    static QString key(StatementEntry::Kind kind);

private:
    QList<StatementEntry> m_entries;
};

} // namespace Sekretariat
