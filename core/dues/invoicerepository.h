#pragma once

#include "common/money.h"
#include "common/outcome.h"
#include "bookkeeping/bookkeepingchain.h"
#include "accountstatement.h"
#include "invoice.h"
#include "issuedcontent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace Sekretariat {

class Write;

struct DuesRunLine;

// Sums over a list of invoices. Credit-note rows are not added twice: their
// amounts are counted through the invoices they credit.
struct InvoiceTotals
{
    int invoices = 0;
    Money invoiced;       // invoice amounts
    Money credited;       // credit notes, negative
    Money paid;
    Money fees;           // reminder fees
    Money creditBalance;  // what was paid beyond the invoices, >= 0
    Money outstanding;    // invoiced + credited + fees - paid; negative where members paid too much

    static InvoiceTotals of(const QList<Invoice> &invoices);
};

// All SQL of invoices (and credit notes), payments, reminders and the invoice
// number sequence. Nothing issued is ever changed or deleted: a mistake is
// corrected by a credit note, a wrong payment by a negative one. Every write is
// one transaction; numbers come from the sequence inside it, so a failed write
// consumes no number and the numbers stay gapless.
class InvoiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRepository)

public:
    explicit InvoiceRepository(const QSqlDatabase &database);

    // Issues the included lines of a dues run as invoices, all or none. A member
    // already invoiced for the year (not fully credited), or twice in the lines,
    // is refused (field "members") unless allowSecondInvoice. issuedIds receives
    // the new invoices' ids in the lines' order.
    Outcome issue(int year, const QList<DuesRunLine> &lines, const QDate &issueDate, bool allowSecondInvoice,
                  QList<qint64> *issuedIds = nullptr);

    // Credits part or all of an invoice: amount is positive and at most what is
    // not credited yet; stored negative, with its own number and no KID.
    Outcome issueCreditNote(qint64 invoiceId, Money amount, const QDate &date, const QString &note);
    // A payment received; a negative amount corrects an earlier one and may not
    // take the paid sum below zero. Paying more than is due is recorded as it is.
    Outcome registerPayment(qint64 invoiceId, const QDate &date, Money amount, const QString &note);
    // Only for an invoice overdue on `on`; the new due date is on + the reminder terms.
    // The invoice's next dunning step (DunningRule: 1st reminder, 2nd, hand-over),
    // with the fee ReminderFeeRule allows; refused after the hand-over.
    Outcome recordReminder(qint64 invoiceId, const QDate &on);
    // The next step of each, in one transaction: all or none.
    Outcome recordReminders(const QList<qint64> &invoiceIds, const QDate &on);

    // With credited, paid and reminder fields filled.
    std::optional<Invoice> find(qint64 id) const;
    std::optional<Invoice> findByNumber(qint64 number) const;
    // Invoices and credit notes of a year (0: all years), by number.
    QList<Invoice> invoicesOfYear(int year) const;
    QList<Invoice> invoicesOfMember(qint64 memberId) const;
    // The invoices (no credit notes) with only what matching a bank file needs:
    // number, member, KID, buyer's name and organisation number, amount, credited, paid, fees.
    QList<Invoice> payableInvoices() const;
    QList<Invoice> creditNotesOf(qint64 invoiceId) const;

    using Payment = Sekretariat::Payment;
    QList<Payment> paymentsOf(qint64 invoiceId) const;
    QList<AccountStatement::ReminderRecord> remindersOf(qint64 invoiceId) const;
    // Every invoice, credit note, payment and reminder of the member, with the
    // running balance; nullopt with lastError() set when it cannot be read.
    std::optional<AccountStatement> statementOf(qint64 memberId) const;

    // What a member paid beyond an invoice (its outstanding below zero) is the
    // member's credit. It is set against another of the member's invoices (a
    // payment taken back from the one and booked on the other, in one
    // transaction), or marked as paid back. At most the credit; for a transfer,
    // at most what the other invoice has outstanding.
    Outcome setCreditAgainst(qint64 fromInvoiceId, qint64 toInvoiceId, Money amount, const QDate &date);
    Outcome refundCredit(qint64 fromInvoiceId, Money amount, const QDate &date, const QString &note);

    // What the invoice (or credit note), or its latest reminder, took from the
    // settings and the accounts when it was issued: every print shows this.
    // nullopt with lastError() set when it cannot be read.
    std::optional<IssuedContent> issuedContentOf(qint64 invoiceId, bool ofLatestReminder) const;

    // Members with an invoice for the year that credit notes have not cancelled.
    QSet<qint64> invoicedMemberIds(int year) const;
    // The years that have invoices, newest first.
    QList<int> invoiceYears() const;
    // The number the next invoice or credit note will get.
    qint64 nextNumber() const;
    // The date of the latest invoice, credit note or reminder; invalid for none.
    // No new document may be dated earlier (IssueDateRule).
    QDate latestDocumentDate() const;

    // The payment reference: the member's number left-padded with zeros to four
    // digits, the invoice number padded to seven, and a MOD10 (Luhn) check digit:
    // 12 digits. Municipality 0301, invoice 42 -> 0301 0000042 + check digit.
    static QString kidFor(const QString &memberNumber, qint64 invoiceNumber);

    QString lastError() const { return m_lastError; }
    const QSqlDatabase &database() const { return m_database; }

private:
    QList<Invoice> select(const QString &where, const QVariantList &values) const;
    QSet<qint64> memberIds() const;
    std::optional<qint64> readNextNumber() const;
    bool storeNextNumber(Write &write, qint64 expected, qint64 next);
    // Writes the row; linking it in the bookkeeping chain is the caller's.
    bool insert(Write &write, const Invoice &invoice, const IssuedContent &content, qint64 *id);
    bool insert(Write &write, const QList<std::pair<Invoice, IssuedContent>> &rows, QList<qint64> *ids);
    // The seller and VAT status as the settings have them now, inside the
    // issuing transaction; nullopt with lastError() set when they cannot be read.
    std::optional<IssuedContent> contentToIssue() const;
    // The refusal when `date` comes before the latest document; nullopt when it may be used.
    // The refusal when `amount` is more than what the member paid beyond `from`.
    static std::optional<Outcome> refuseMoreThanCredit(const Invoice &from, Money amount);
    std::optional<Outcome> refuseDateBeforeLatest(const QDate &date, const QString &field) const;
    bool link(const QString &table, qint64 id);

    QSqlDatabase m_database;
    BookkeepingChain m_chain;
    mutable QString m_lastError;
};

} // namespace Sekretariat
