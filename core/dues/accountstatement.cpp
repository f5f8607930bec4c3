#include "accountstatement.h"

#include "common/csvwriter.h"
#include "dunningrule.h"
#include "invoiceterms.h"

#include <algorithm>

namespace Sekretariat {

AccountStatement::AccountStatement(const QList<Invoice> &invoices, const QHash<qint64, QList<Payment>> &payments,
                                   const QHash<qint64, QList<ReminderRecord>> &reminders)
{
    for (const Invoice &invoice : invoices) {
        StatementEntry entry;
        entry.date = invoice.issueDate;
        entry.number = invoice.number;
        entry.year = invoice.year;
        entry.amount = invoice.amount;
        if (invoice.kind == InvoiceKind::CreditNote) {
            entry.kind = StatementEntry::Kind::CreditNote;
            entry.invoiceNumber = invoice.creditsInvoiceNumber;
        } else {
            entry.invoiceNumber = invoice.number;
        }
        m_entries.append(entry);
        for (const Payment &payment : payments.value(invoice.id)) {
            StatementEntry paid;
            paid.kind = StatementEntry::Kind::Payment;
            paid.date = payment.paidOn;
            paid.invoiceNumber = invoice.number;
            paid.note = payment.note;
            paid.amount = -payment.amount;
            m_entries.append(paid);
        }
        for (const ReminderRecord &reminder : reminders.value(invoice.id)) {
            StatementEntry reminded;
            reminded.kind = StatementEntry::Kind::Reminder;
            reminded.date = reminder.remindedOn;
            reminded.invoiceNumber = invoice.number;
            reminded.step = reminder.step;
            reminded.amount = reminder.fee;
            m_entries.append(reminded);
        }
    }
    // By date; on one day what is owed before what settles it, each in the order it happened.
    auto rank = [](StatementEntry::Kind kind) {
        switch (kind) {
        case StatementEntry::Kind::Invoice: return 0;
        case StatementEntry::Kind::Reminder: return 1;
        case StatementEntry::Kind::CreditNote: return 2;
        case StatementEntry::Kind::Payment: return 3;
        }
        return 4;
    };
    std::stable_sort(m_entries.begin(), m_entries.end(), [&rank](const StatementEntry &a, const StatementEntry &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) < rank(b.kind);
        return a.invoiceNumber < b.invoiceNumber;
    });
    Money balance;
    for (StatementEntry &entry : m_entries) {
        balance += entry.amount;
        entry.balance = balance;
    }
}

QString AccountStatement::key(StatementEntry::Kind kind)
{
    switch (kind) {
    case StatementEntry::Kind::Invoice: return QStringLiteral("invoice");
    case StatementEntry::Kind::CreditNote: return QStringLiteral("credit_note");
    case StatementEntry::Kind::Payment: return QStringLiteral("payment");
    case StatementEntry::Kind::Reminder: return QStringLiteral("reminder");
    }
    return {};
}

QByteArray AccountStatement::csv() const
{
    QByteArray out = CsvWriter::line({QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("number"),
                                      QStringLiteral("invoice_number"), QStringLiteral("year"), QStringLiteral("step"),
                                      QStringLiteral("note"), QStringLiteral("amount"), QStringLiteral("balance")})
                         .toUtf8();
    for (const StatementEntry &entry : m_entries) {
        out += CsvWriter::line({entry.date.toString(Qt::ISODate), key(entry.kind),
                                entry.number > 0 ? QString::number(entry.number) : QString(),
                                QString::number(entry.invoiceNumber),
                                entry.year > 0 && entry.kind != StatementEntry::Kind::Payment ? QString::number(entry.year)
                                                                                               : QString(),
                                entry.kind == StatementEntry::Kind::Reminder ? DunningRule::key(entry.step) : QString(),
                                entry.note, InvoiceTerms::exportAmount(entry.amount),
                                InvoiceTerms::exportAmount(entry.balance)})
                   .toUtf8();
    }
    return out;
}

} // namespace Sekretariat
