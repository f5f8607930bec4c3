#include "invoicerepository.h"

#include "bookkeeping/bookkeepingchain.h"

#include "common/checkdigits.h"
#include "common/sqlvalues.h"
#include "database/write.h"
#include "duesrepository.h"
#include "dunningrule.h"
#include "reminderfeerule.h"
#include "duesrunplanner.h"
#include "invoiceterms.h"
#include "issuedaterule.h"
#include "database/read.h"
#include "members/memberterms.h"
#include "settings/networksettingsrepository.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Sekretariat {

namespace {

const QString sequenceName = QStringLiteral("invoice");

// The stored row and, from subqueries on indexed columns, what happened to it since.
const QString selectColumns = QStringLiteral(
    "SELECT i.id, i.number, i.kind, i.credits_invoice_id, o.number AS credits_invoice_number, i.member_id, i.year,"
    " i.issue_date, i.due_date, i.kid, i.buyer_name, i.buyer_number, i.buyer_organisation_number, i.buyer_address,"
    " i.buyer_email, i.buyer_reference, i.language, i.population, i.population_date, i.rate_ore, i.rule,"
    " i.months, i.note, i.amount_ore,"
    " (SELECT coalesce(sum(c.amount_ore), 0) FROM invoices c WHERE c.credits_invoice_id = i.id) AS credited_ore,"
    " (SELECT coalesce(sum(p.amount_ore), 0) FROM payments p WHERE p.invoice_id = i.id) AS paid_ore,"
    " (SELECT count(*) FROM reminders r WHERE r.invoice_id = i.id) AS reminder_count,"
    " (SELECT r.reminded_on FROM reminders r WHERE r.invoice_id = i.id ORDER BY r.reminded_on DESC, r.id DESC LIMIT 1)"
    " AS last_reminded_on,"
    " (SELECT r.new_due_date FROM reminders r WHERE r.invoice_id = i.id ORDER BY r.reminded_on DESC, r.id DESC LIMIT 1)"
    " AS reminder_due_date,"
    " (SELECT coalesce(max(r.step), 0) FROM reminders r WHERE r.invoice_id = i.id) AS dunning_step,"
    " (SELECT coalesce(sum(r.fee_ore), 0) FROM reminders r WHERE r.invoice_id = i.id) AS fees_ore"
    " FROM invoices i LEFT JOIN invoices o ON o.id = i.credits_invoice_id");

// The row mapper of invoices: each column found by its name once per query.
struct InvoiceColumns
{
    explicit InvoiceColumns(const QSqlRecord &record)
        : id(record.indexOf(QStringLiteral("id")))
        , number(record.indexOf(QStringLiteral("number")))
        , kind(record.indexOf(QStringLiteral("kind")))
        , creditsInvoiceId(record.indexOf(QStringLiteral("credits_invoice_id")))
        , creditsInvoiceNumber(record.indexOf(QStringLiteral("credits_invoice_number")))
        , memberId(record.indexOf(QStringLiteral("member_id")))
        , year(record.indexOf(QStringLiteral("year")))
        , issueDate(record.indexOf(QStringLiteral("issue_date")))
        , dueDate(record.indexOf(QStringLiteral("due_date")))
        , kid(record.indexOf(QStringLiteral("kid")))
        , buyerName(record.indexOf(QStringLiteral("buyer_name")))
        , buyerNumber(record.indexOf(QStringLiteral("buyer_number")))
        , buyerOrganisationNumber(record.indexOf(QStringLiteral("buyer_organisation_number")))
        , buyerAddress(record.indexOf(QStringLiteral("buyer_address")))
        , buyerEmail(record.indexOf(QStringLiteral("buyer_email")))
        , buyerReference(record.indexOf(QStringLiteral("buyer_reference")))
        , language(record.indexOf(QStringLiteral("language")))
        , population(record.indexOf(QStringLiteral("population")))
        , populationDate(record.indexOf(QStringLiteral("population_date")))
        , rateOre(record.indexOf(QStringLiteral("rate_ore")))
        , rule(record.indexOf(QStringLiteral("rule")))
        , months(record.indexOf(QStringLiteral("months")))
        , note(record.indexOf(QStringLiteral("note")))
        , amountOre(record.indexOf(QStringLiteral("amount_ore")))
        , creditedOre(record.indexOf(QStringLiteral("credited_ore")))
        , paidOre(record.indexOf(QStringLiteral("paid_ore")))
        , reminderCount(record.indexOf(QStringLiteral("reminder_count")))
        , lastRemindedOn(record.indexOf(QStringLiteral("last_reminded_on")))
        , reminderDueDate(record.indexOf(QStringLiteral("reminder_due_date")))
        , dunningStep(record.indexOf(QStringLiteral("dunning_step")))
        , feesOre(record.indexOf(QStringLiteral("fees_ore")))
    {
    }

    Invoice read(const QSqlQuery &query) const
    {
        Invoice invoice;
        invoice.id = query.value(id).toLongLong();
        invoice.number = query.value(number).toLongLong();
        invoice.kind = InvoiceTerms::kindFromKey(query.value(kind).toString());
        invoice.creditsInvoiceId = query.value(creditsInvoiceId).toLongLong();
        invoice.creditsInvoiceNumber = query.value(creditsInvoiceNumber).toLongLong();
        invoice.memberId = query.value(memberId).toLongLong();
        invoice.year = query.value(year).toInt();
        invoice.issueDate = SqlValues::toDate(query.value(issueDate));
        invoice.dueDate = SqlValues::toDate(query.value(dueDate));
        invoice.kid = query.value(kid).toString();
        invoice.buyerName = query.value(buyerName).toString();
        invoice.buyerNumber = query.value(buyerNumber).toString();
        invoice.buyerOrganisationNumber = query.value(buyerOrganisationNumber).toString();
        invoice.buyerAddress = query.value(buyerAddress).toString();
        invoice.buyerEmail = query.value(buyerEmail).toString();
        invoice.buyerReference = query.value(buyerReference).toString();
        invoice.language = query.value(language).toString();
        invoice.population = query.value(population).toLongLong();
        invoice.populationDate = SqlValues::toDate(query.value(populationDate));
        invoice.rateOre = query.value(rateOre).toLongLong();
        invoice.rule = DuesCalculator::ruleFromKey(query.value(rule).toString());
        invoice.months = query.value(months).toInt();
        invoice.note = query.value(note).toString();
        invoice.amount = Money::fromOre(query.value(amountOre).toLongLong());
        invoice.credited = Money::fromOre(query.value(creditedOre).toLongLong());
        invoice.paid = Money::fromOre(query.value(paidOre).toLongLong());
        invoice.reminderCount = query.value(reminderCount).toInt();
        invoice.lastReminderOn = SqlValues::toDate(query.value(lastRemindedOn));
        invoice.reminderDueDate = SqlValues::toDate(query.value(reminderDueDate));
        invoice.dunningStep = query.value(dunningStep).toInt();
        invoice.fees = Money::fromOre(query.value(feesOre).toLongLong());
        return invoice;
    }

    int id, number, kind, creditsInvoiceId, creditsInvoiceNumber, memberId, year, issueDate, dueDate, kid, buyerName,
        buyerNumber, buyerOrganisationNumber, buyerAddress, buyerEmail, buyerReference, language, population,
        populationDate, rateOre, rule, months, note, amountOre, creditedOre, paidOre, reminderCount, lastRemindedOn,
        reminderDueDate, dunningStep, feesOre;
};

} // namespace

InvoiceTotals InvoiceTotals::of(const QList<Invoice> &invoices)
{
    InvoiceTotals totals;
    for (const Invoice &invoice : invoices) {
        if (invoice.kind != InvoiceKind::Invoice)
            continue;
        ++totals.invoices;
        totals.invoiced += invoice.amount;
        totals.credited += invoice.credited;
        totals.paid += invoice.paid;
        totals.fees += invoice.fees;
        if (invoice.outstanding() < Money())
            totals.creditBalance -= invoice.outstanding();
        totals.outstanding += invoice.outstanding();
    }
    return totals;
}

InvoiceRepository::InvoiceRepository(const QSqlDatabase &database)
    : m_database(database)
    , m_chain(database)
{
}

QList<int> InvoiceRepository::invoiceYears() const
{
    QList<int> years;
    m_lastError.clear();
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT DISTINCT year FROM invoices ORDER BY year DESC"))) {
        m_lastError = query.lastError().text();
        return years;
    }
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

QString InvoiceRepository::kidFor(const QString &memberNumber, qint64 invoiceNumber)
{
    const QString base = CheckDigits::normalized(memberNumber).rightJustified(4, u'0')
        + QStringLiteral("%1").arg(invoiceNumber, 7, 10, QLatin1Char('0'));
    return base + CheckDigits::mod10CheckDigit(base);
}

QList<Invoice> InvoiceRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Invoice> invoices;
    m_lastError.clear();
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    if (!Read::run(query, selectColumns + where + QStringLiteral(" ORDER BY i.number"), values, &m_lastError))
        return invoices;
    const InvoiceColumns columns(query.record());
    while (query.next())
        invoices.append(columns.read(query));
    return invoices;
}

std::optional<Invoice> InvoiceRepository::find(qint64 id) const
{
    const QList<Invoice> found = select(QStringLiteral(" WHERE i.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Invoice>(found.first());
}

std::optional<Invoice> InvoiceRepository::findByNumber(qint64 number) const
{
    const QList<Invoice> found = select(QStringLiteral(" WHERE i.number = ?"), {number});
    return found.isEmpty() ? std::nullopt : std::optional<Invoice>(found.first());
}

QList<Invoice> InvoiceRepository::invoicesOfYear(int year) const
{
    if (year == 0)
        return select({}, {});
    return select(QStringLiteral(" WHERE i.year = ?"), {year});
}

QList<Invoice> InvoiceRepository::payableInvoices() const
{
    QList<Invoice> invoices;
    m_lastError.clear();
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    // Sums grouped once, not a subquery per invoice: a bank file is matched against every invoice there is.
    if (!Read::run(query,
                   QStringLiteral("SELECT i.id, i.number, i.member_id, i.kid, i.buyer_name, i.buyer_organisation_number,"
                                  " i.amount_ore, coalesce(c.credited, 0), coalesce(p.paid, 0), coalesce(f.fees, 0)"
                                  " FROM invoices i"
                                  " LEFT JOIN (SELECT credits_invoice_id AS id, sum(amount_ore) AS credited FROM invoices"
                                  "   WHERE kind = 'credit_note' GROUP BY credits_invoice_id) c ON c.id = i.id"
                                  " LEFT JOIN (SELECT invoice_id AS id, sum(amount_ore) AS paid FROM payments"
                                  "   GROUP BY invoice_id) p ON p.id = i.id"
                                  " LEFT JOIN (SELECT invoice_id AS id, sum(fee_ore) AS fees FROM reminders"
                                  "   GROUP BY invoice_id) f ON f.id = i.id"
                                  " WHERE i.kind = 'invoice' ORDER BY i.number"),
                   {}, &m_lastError))
        return invoices;
    while (query.next()) {
        Invoice invoice;
        invoice.id = query.value(0).toLongLong();
        invoice.number = query.value(1).toLongLong();
        invoice.memberId = query.value(2).toLongLong();
        invoice.kid = query.value(3).toString();
        invoice.buyerName = query.value(4).toString();
        invoice.buyerOrganisationNumber = query.value(5).toString();
        invoice.amount = Money::fromOre(query.value(6).toLongLong());
        invoice.credited = Money::fromOre(query.value(7).toLongLong());
        invoice.paid = Money::fromOre(query.value(8).toLongLong());
        invoice.fees = Money::fromOre(query.value(9).toLongLong());
        invoices.append(invoice);
    }
    return invoices;
}

QList<Invoice> InvoiceRepository::invoicesOfMember(qint64 memberId) const
{
    return select(QStringLiteral(" WHERE i.member_id = ?"), {memberId});
}

QList<Invoice> InvoiceRepository::creditNotesOf(qint64 invoiceId) const
{
    return select(QStringLiteral(" WHERE i.credits_invoice_id = ?"), {invoiceId});
}

QList<InvoiceRepository::Payment> InvoiceRepository::paymentsOf(qint64 invoiceId) const
{
    QList<Payment> payments;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    if (!Read::run(query, QStringLiteral("SELECT id, paid_on, amount_ore, note FROM payments WHERE invoice_id = ?"
                                         " ORDER BY paid_on, id"),
                   {invoiceId}, &m_lastError))
        return payments;
    const QSqlRecord record = query.record();
    const int id = record.indexOf(QStringLiteral("id"));
    const int paidOn = record.indexOf(QStringLiteral("paid_on"));
    const int amount = record.indexOf(QStringLiteral("amount_ore"));
    const int note = record.indexOf(QStringLiteral("note"));
    while (query.next()) {
        payments.append({query.value(id).toLongLong(), SqlValues::toDate(query.value(paidOn)),
                         Money::fromOre(query.value(amount).toLongLong()), query.value(note).toString()});
    }
    return payments;
}

QList<AccountStatement::ReminderRecord> InvoiceRepository::remindersOf(qint64 invoiceId) const
{
    QList<AccountStatement::ReminderRecord> reminders;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    if (!Read::run(query, QStringLiteral("SELECT reminded_on, step, fee_ore FROM reminders WHERE invoice_id = ?"
                                         " ORDER BY reminded_on, id"),
                   {invoiceId}, &m_lastError))
        return reminders;
    while (query.next()) {
        reminders.append({SqlValues::toDate(query.value(0)), query.value(1).toInt(),
                          Money::fromOre(query.value(2).toLongLong())});
    }
    return reminders;
}

std::optional<AccountStatement> InvoiceRepository::statementOf(qint64 memberId) const
{
    const QList<Invoice> invoices = invoicesOfMember(memberId);
    if (!m_lastError.isEmpty())
        return std::nullopt;
    QHash<qint64, QList<Payment>> payments;
    QHash<qint64, QList<AccountStatement::ReminderRecord>> reminders;
    for (const Invoice &invoice : invoices) {
        if (invoice.kind != InvoiceKind::Invoice)
            continue;
        payments.insert(invoice.id, paymentsOf(invoice.id));
        reminders.insert(invoice.id, remindersOf(invoice.id));
        if (!m_lastError.isEmpty())
            return std::nullopt;
    }
    return AccountStatement(invoices, payments, reminders);
}

std::optional<Outcome> InvoiceRepository::refuseMoreThanCredit(const Invoice &from, Money amount)
{
    const Money credit = -from.outstanding();
    if (amount <= credit)
        return std::nullopt;
    return Outcome::failure(tr("Amount: invoice %1 has %2 in the member's favour.")
                                .arg(from.number)
                                .arg(std::max(credit, Money()).toString()),
                            QStringLiteral("amount"));
}

Outcome InvoiceRepository::setCreditAgainst(qint64 fromInvoiceId, qint64 toInvoiceId, Money amount, const QDate &date)
{
    if (amount <= Money())
        return Outcome::failure(tr("Amount: enter more than zero."), QStringLiteral("amount"));
    if (!date.isValid())
        return Outcome::failure(tr("Date: enter the date."), QStringLiteral("date"));
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    const std::optional<Invoice> from = find(fromInvoiceId);
    const std::optional<Invoice> to = find(toInvoiceId);
    if (!from || !to || from->kind != InvoiceKind::Invoice || to->kind != InvoiceKind::Invoice)
        return Outcome::failure(tr("The invoice no longer exists."));
    if (from->memberId != to->memberId || from->id == to->id)
        return Outcome::failure(tr("Invoice: credit is set against another invoice of the same member."),
                                QStringLiteral("invoice"));
    if (std::optional<Outcome> refused = refuseMoreThanCredit(*from, amount))
        return *refused;
    if (amount > to->outstanding()) {
        return Outcome::failure(tr("Amount: invoice %1 has %2 outstanding.")
                                    .arg(to->number)
                                    .arg(std::max(to->outstanding(), Money()).toString()),
                                QStringLiteral("amount"));
    }
    // Both halves in this one transaction (savepoints): never the one without the other.
    if (const Outcome out = registerPayment(from->id, date, -amount, tr("Set against invoice %1").arg(to->number)); !out)
        return out;
    if (const Outcome in = registerPayment(to->id, date, amount, tr("Credit from invoice %1").arg(from->number)); !in)
        return in;
    return write.commit();
}

Outcome InvoiceRepository::refundCredit(qint64 fromInvoiceId, Money amount, const QDate &date, const QString &note)
{
    if (amount <= Money())
        return Outcome::failure(tr("Amount: enter more than zero."), QStringLiteral("amount"));
    if (!date.isValid())
        return Outcome::failure(tr("Date: enter the date."), QStringLiteral("date"));
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    const std::optional<Invoice> from = find(fromInvoiceId);
    if (!from || from->kind != InvoiceKind::Invoice)
        return Outcome::failure(tr("The invoice no longer exists."));
    if (std::optional<Outcome> refused = refuseMoreThanCredit(*from, amount))
        return *refused;
    const QString text = note.trimmed().isEmpty() ? tr("Refunded") : tr("Refunded: %1").arg(note.trimmed());
    if (const Outcome out = registerPayment(from->id, date, -amount, text); !out)
        return out;
    return write.commit();
}

QSet<qint64> InvoiceRepository::invoicedMemberIds(int year) const
{
    QSet<qint64> ids;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    if (!Read::run(query,
                   QStringLiteral("SELECT DISTINCT i.member_id FROM invoices i WHERE i.kind = 'invoice' AND i.year = ?"
                                  " AND i.amount_ore + (SELECT coalesce(sum(c.amount_ore), 0) FROM invoices c"
                                  " WHERE c.credits_invoice_id = i.id) > 0"),
                   {year}, &m_lastError))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

QSet<qint64> InvoiceRepository::memberIds() const
{
    QSet<qint64> ids;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    if (!Read::run(query, QStringLiteral("SELECT id FROM members"), {}, &m_lastError))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

std::optional<qint64> InvoiceRepository::readNextNumber() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT next_value FROM number_sequences WHERE name = ?"));
    query.addBindValue(sequenceName);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

qint64 InvoiceRepository::nextNumber() const
{
    return readNextNumber().value_or(0);
}

// Compare-and-set: if another program took numbers meanwhile, nothing is stored.
bool InvoiceRepository::storeNextNumber(Write &write, qint64 expected, qint64 next)
{
    if (write.run(QStringLiteral("UPDATE number_sequences SET next_value = ? WHERE name = ? AND next_value = ?"),
                  QVariantList{next, sequenceName, expected}, QStringLiteral("%1"), 1,
                  tr("the invoice numbers were changed by someone else meanwhile")))
        return true;
    m_lastError = write.outcome().message();
    return false;
}

std::optional<IssuedContent> InvoiceRepository::contentToIssue() const
{
    const NetworkSettingsRepository settingsRepository(m_database);
    const DuesRepository dues(m_database);
    IssuedContent content;
    content.seller = settingsRepository.load();
    content.vatRegistered = dues.loadSettings().vatRegistered;
    m_lastError = settingsRepository.lastError().isEmpty() ? dues.lastError() : settingsRepository.lastError();
    if (!m_lastError.isEmpty())
        return std::nullopt;
    return content;
}

std::optional<IssuedContent> InvoiceRepository::issuedContentOf(qint64 invoiceId, bool ofLatestReminder) const
{
    m_lastError.clear();
    QSqlQuery query(m_database);
    const QString sql = ofLatestReminder
        ? QStringLiteral("SELECT issued_content FROM reminders WHERE invoice_id = ? ORDER BY id DESC LIMIT 1")
        : QStringLiteral("SELECT issued_content FROM invoices WHERE id = ?");
    if (!Read::run(query, sql, {invoiceId}, &m_lastError))
        return std::nullopt;
    if (!query.next()) {
        m_lastError = ofLatestReminder ? tr("it has no reminder") : tr("it does not exist");
        return std::nullopt;
    }
    std::optional<IssuedContent> content =
        IssuedContent::fromJson(query.value(QStringLiteral("issued_content")).toString());
    if (!content)
        m_lastError = tr("what it showed when issued is not readable");
    return content;
}

bool InvoiceRepository::insert(Write &write, const Invoice &invoice, const IssuedContent &content, qint64 *id)
{
    QList<qint64> ids;
    if (!insert(write, {{invoice, content}}, &ids))
        return false;
    *id = ids.first();
    return true;
}

bool InvoiceRepository::insert(Write &write, const QList<std::pair<Invoice, IssuedContent>> &rows,
                               QList<qint64> *ids)
{
    // Some tens of rows a statement: on a server each statement is a round
    // trip, and 40 rows of 23 values stay below any back end's bound values.
    constexpr qsizetype chunk = 40;
    ids->clear();
    for (qsizetype from = 0; from < rows.size(); from += chunk) {
        const QList<std::pair<Invoice, IssuedContent>> part = rows.mid(from, chunk);
        QVariantList values;
        for (const auto &[invoice, content] : part) {
            values << invoice.number << InvoiceTerms::key(invoice.kind) << SqlValues::fromId(invoice.creditsInvoiceId)
                   << invoice.memberId << invoice.year << SqlValues::fromDate(invoice.issueDate)
                   << SqlValues::fromDate(invoice.dueDate) << SqlValues::text(invoice.kid)
                   << SqlValues::text(invoice.buyerName) << SqlValues::text(invoice.buyerNumber)
                   << SqlValues::text(invoice.buyerOrganisationNumber) << SqlValues::text(invoice.buyerAddress)
                   << SqlValues::text(invoice.buyerEmail) << SqlValues::text(invoice.buyerReference)
                   << SqlValues::text(invoice.language) << invoice.population
                   << SqlValues::fromDate(invoice.populationDate) << invoice.rateOre
                   << DuesCalculator::ruleKey(invoice.rule) << invoice.months << SqlValues::text(invoice.note)
                   << invoice.amount.ore() << content.toJson();
        }
        if (!write.run(QStringLiteral(
                           "INSERT INTO invoices (number, kind, credits_invoice_id, member_id, year, issue_date,"
                           " due_date, kid, buyer_name, buyer_number, buyer_organisation_number, buyer_address,"
                           " buyer_email, buyer_reference, language, population, population_date, rate_ore, rule,"
                           " months, note, amount_ore, issued_content) VALUES %1 RETURNING id, number")
                           .arg(SqlValues::placeholderRows(part.size(), values.size() / part.size())),
                       values, QStringLiteral("%1"))) {
            m_lastError = write.outcome().message();
            return false;
        }
        // Neither back end promises the order of RETURNING: the numbers tell.
        QHash<qint64, qint64> idOfNumber;
        QSqlQuery &returned = write.query();
        while (returned.next())
            idOfNumber.insert(returned.value(1).toLongLong(), returned.value(0).toLongLong());
        returned.finish();
        for (const auto &[invoice, content] : part) {
            const qint64 id = idOfNumber.value(invoice.number);
            if (id == 0) {
                m_lastError = tr("the new invoice %1 cannot be read back").arg(invoice.number);
                return false;
            }
            ids->append(id);
        }
    }
    return true;
}

bool InvoiceRepository::link(const QString &table, qint64 id)
{
    if (m_chain.append(table, id))
        return true;
    m_lastError = m_chain.errorString();
    return false;
}

QDate InvoiceRepository::latestDocumentDate() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT max(d) FROM (SELECT max(issue_date) AS d FROM invoices"
                                   " UNION ALL SELECT max(reminded_on) FROM reminders) AS moments"))
        || !query.next()) {
        m_lastError = query.lastError().text();
        return {};
    }
    return SqlValues::toDate(query.value(0));
}

std::optional<Outcome> InvoiceRepository::refuseDateBeforeLatest(const QDate &date, const QString &field) const
{
    // Only the order is the repository's to enforce; how far from today a date
    // may be is asked by the window and the command line (IssueDateRule).
    const IssueDateRule::Check check = IssueDateRule::check(date, latestDocumentDate(), date);
    if (check.verdict != IssueDateRule::Verdict::Refused)
        return std::nullopt;
    return Outcome::failure(tr("Date: %1").arg(check.reason), field);
}

Outcome InvoiceRepository::issue(int year, const QList<DuesRunLine> &lines, const QDate &issueDate,
                                 bool allowSecondInvoice, QList<qint64> *issuedIds)
{
    if (year < 2000 || year > 2200)
        return Outcome::failure(tr("Year: %1 is not a year between 2000 and 2200.").arg(year), QStringLiteral("year"));
    if (!issueDate.isValid())
        return Outcome::failure(tr("Issue date: enter the date of the invoices."), QStringLiteral("issueDate"));
    QList<const DuesRunLine *> included;
    for (const DuesRunLine &line : lines) {
        if (line.included)
            included.append(&line);
    }
    if (included.isEmpty())
        return Outcome::failure(tr("No member is selected for invoicing."), QStringLiteral("members"));

    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    if (std::optional<Outcome> refused = refuseDateBeforeLatest(issueDate, QStringLiteral("issueDate")))
        return *refused;

    if (!allowSecondInvoice) {
        m_lastError.clear();
        QSet<qint64> seen = invoicedMemberIds(year);
        if (!m_lastError.isEmpty())
            return Outcome::failure(tr("The invoices of %1 cannot be read: %2").arg(year).arg(m_lastError));
        QStringList twice;
        for (const DuesRunLine *line : std::as_const(included)) {
            if (seen.contains(line->member.id))
                twice.append(line->member.name);
            seen.insert(line->member.id);
        }
        if (!twice.isEmpty()) {
            return Outcome::failure(tr("Already invoiced for %1: %2. Credit the earlier invoice first, "
                                       "or confirm that a second invoice is meant.")
                                        .arg(year)
                                        .arg(twice.join(QStringLiteral(", "))),
                                    QStringLiteral("members"));
        }
    }

    // Asked before writing: the rows go in tens a statement, so a member
    // deleted meanwhile could not be named from the failed insert.
    m_lastError.clear();
    const QSet<qint64> existing = memberIds();
    if (!m_lastError.isEmpty())
        return Outcome::failure(tr("The members cannot be read: %1. Nothing was issued.").arg(m_lastError));
    QStringList gone;
    for (const DuesRunLine *line : std::as_const(included)) {
        if (!existing.contains(line->member.id))
            gone.append(line->member.name);
    }
    if (!gone.isEmpty())
        return Outcome::failure(tr("No longer in the register: %1. Nothing was issued; plan the run again.")
                                    .arg(gone.join(QStringLiteral(", "))),
                                QStringLiteral("members"));

    const DuesSettings settings = DuesRepository(m_database).loadSettings();
    const std::optional<IssuedContent> content = contentToIssue();
    if (!content)
        return Outcome::failure(tr("The settings cannot be read: %1. Nothing was issued.").arg(m_lastError));
    const std::optional<qint64> first = readNextNumber();
    if (!first)
        return Outcome::failure(tr("The next invoice number cannot be read: %1").arg(m_lastError));

    qint64 number = *first;
    QList<std::pair<Invoice, IssuedContent>> rows;
    for (const DuesRunLine *line : std::as_const(included)) {
        const Member &member = line->member;
        const DuesCalculation &calculation = line->calculation;
        Invoice invoice;
        invoice.number = number;
        invoice.kind = InvoiceKind::Invoice;
        invoice.memberId = member.id;
        invoice.year = year;
        invoice.issueDate = issueDate;
        invoice.dueDate = issueDate.addDays(settings.paymentTermsDays);
        invoice.kid = kidFor(member.number, number);
        invoice.buyerName = MemberTerms::legalName(member.kind, member.name);
        invoice.buyerNumber = member.number;
        invoice.buyerOrganisationNumber = member.organisationNumber;
        invoice.buyerAddress = member.postalAddress().text();
        invoice.buyerEmail = member.invoiceEmail;
        invoice.buyerReference = member.buyerReference;
        invoice.language = member.documentLanguage.isEmpty() ? QStringLiteral("nb") : member.documentLanguage;
        invoice.population = calculation.population;
        invoice.populationDate = calculation.populationDate;
        invoice.rateOre = calculation.rateOre;
        invoice.rule = calculation.rule;
        invoice.months = calculation.months;
        invoice.amount = calculation.amount;
        if (invoice.amount <= Money())
            return Outcome::failure(tr("The dues of %1 come to %2; nothing was issued.")
                                        .arg(member.name, invoice.amount.toString()),
                                    QStringLiteral("members"));
        IssuedContent issued = *content;
        issued.fullYear = calculation.fullYear;
        issued.buyer = IssuedContent::Buyer{member.postalAddress(), member.peppolEndpoint(), member.receivesEhf};
        rows.append({invoice, issued});
        ++number;
    }
    QList<qint64> ids;
    if (!insert(write, rows, &ids))
        return Outcome::failure(tr("The invoices could not be written: %1. Nothing was issued.").arg(m_lastError),
                                QStringLiteral("members"));
    // Linked after the last is written, in the order of their numbers.
    if (!m_chain.append(QStringLiteral("invoices"), ids))
        return Outcome::failure(tr("The invoices could not be recorded in the bookkeeping chain: %1. Nothing was "
                                   "issued.")
                                    .arg(m_chain.errorString()));
    if (!storeNextNumber(write, *first, number))
        return Outcome::failure(tr("The invoice numbers could not be updated: %1. Nothing was issued.").arg(m_lastError));
    if (Outcome committed = write.commit(); !committed)
        return committed;
    if (issuedIds)
        *issuedIds = ids;
    return Outcome::success(ids.isEmpty() ? 0 : ids.first());
}

Outcome InvoiceRepository::issueCreditNote(qint64 invoiceId, Money amount, const QDate &date, const QString &note)
{
    if (amount <= Money())
        return Outcome::failure(tr("Amount: the amount to credit must be more than zero."), QStringLiteral("amount"));
    if (!date.isValid())
        return Outcome::failure(tr("Date: enter the date of the credit note."), QStringLiteral("date"));

    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    const std::optional<Invoice> original = find(invoiceId);
    if (!original)
        return Outcome::failure(tr("The invoice to credit no longer exists."));
    if (original->kind != InvoiceKind::Invoice)
        return Outcome::failure(tr("A credit note cannot be credited."));
    const Money remaining = original->amount + original->credited;
    if (amount > remaining) {
        return Outcome::failure(tr("Amount: at most %1 of invoice %2 is left to credit.")
                                    .arg(remaining.toString())
                                    .arg(original->number),
                                QStringLiteral("amount"));
    }
    if (date < original->issueDate) {
        return Outcome::failure(tr("Date: a credit note cannot be dated before the invoice it credits (%1).")
                                    .arg(QLocale().toString(original->issueDate, QLocale::ShortFormat)),
                                QStringLiteral("date"));
    }
    if (std::optional<Outcome> refused = refuseDateBeforeLatest(date, QStringLiteral("date")))
        return *refused;
    const std::optional<IssuedContent> content = contentToIssue();
    if (!content)
        return Outcome::failure(tr("The settings cannot be read: %1").arg(m_lastError));
    const std::optional<qint64> number = readNextNumber();
    if (!number)
        return Outcome::failure(tr("The next invoice number cannot be read: %1").arg(m_lastError));

    // The buyer and the basis as the invoice had them; the credit note prints the same.
    Invoice credit = *original;
    credit.id = 0;
    credit.number = *number;
    credit.kind = InvoiceKind::CreditNote;
    credit.creditsInvoiceId = original->id;
    credit.issueDate = date;
    credit.dueDate = date;
    credit.kid.clear();
    credit.note = note.trimmed();
    credit.amount = -amount;
    IssuedContent issued = *content;
    // The credit note goes where its invoice went, electronically too.
    if (const std::optional<IssuedContent> ofInvoice = issuedContentOf(original->id, false))
        issued.buyer = ofInvoice->buyer;
    qint64 id = 0;
    if (!insert(write, credit, issued, &id) || !link(QStringLiteral("invoices"), id))
        return Outcome::failure(tr("The credit note could not be written: %1").arg(m_lastError));
    if (!storeNextNumber(write, *number, *number + 1))
        return Outcome::failure(tr("The invoice numbers could not be updated: %1").arg(m_lastError));
    return write.commit(id);
}

Outcome InvoiceRepository::registerPayment(qint64 invoiceId, const QDate &date, Money amount, const QString &note)
{
    if (amount.isZero())
        return Outcome::failure(tr("Amount: enter the amount paid."), QStringLiteral("amount"));
    if (!date.isValid())
        return Outcome::failure(tr("Date: enter the date of the payment."), QStringLiteral("date"));

    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    const std::optional<Invoice> invoice = find(invoiceId);
    if (!invoice)
        return Outcome::failure(tr("The invoice no longer exists."));
    if (invoice->kind != InvoiceKind::Invoice)
        return Outcome::failure(tr("Payments are registered on invoices, not on credit notes."));
    if (amount < Money() && invoice->paid + amount < Money()) {
        return Outcome::failure(tr("Amount: a correction can take back at most what was paid (%1).")
                                    .arg(invoice->paid.toString()),
                                QStringLiteral("amount"));
    }
    if (!write.run(QStringLiteral("INSERT INTO payments (invoice_id, paid_on, amount_ore, note) VALUES (?, ?, ?, ?)"),
                   QVariantList{invoiceId, SqlValues::fromDate(date), amount.ore(), SqlValues::text(note.trimmed())},
                   tr("The payment could not be saved: %1")))
        return write.outcome();
    const qint64 id = write.lastInsertId();
    if (!link(QStringLiteral("payments"), id))
        return Outcome::failure(tr("The payment could not be saved: %1").arg(m_lastError));
    return write.commit(id);
}

Outcome InvoiceRepository::recordReminder(qint64 invoiceId, const QDate &on)
{
    if (!on.isValid())
        return Outcome::failure(tr("Date: enter the date of the reminder."), QStringLiteral("date"));

    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    const std::optional<Invoice> invoice = find(invoiceId);
    if (!invoice)
        return Outcome::failure(tr("The invoice no longer exists."));
    const InvoiceStatus status = InvoiceStatusRule::statusOf(*invoice, on);
    if (status != InvoiceStatus::Overdue) {
        return Outcome::failure(tr("Only an overdue invoice can be reminded; invoice %1 is “%2” on %3.")
                                    .arg(invoice->number)
                                    .arg(InvoiceTerms::label(status), QLocale().toString(on, QLocale::ShortFormat)));
    }
    const int step = DunningRule::stepOf(*invoice) + 1;
    if (step > DunningRule::handOver) {
        return Outcome::failure(tr("Invoice %1 was handed over on %2; the program has no step after that.")
                                    .arg(invoice->number)
                                    .arg(QLocale().toString(invoice->lastReminderOn, QLocale::ShortFormat)));
    }
    if (std::optional<Outcome> refused = refuseDateBeforeLatest(on, QStringLiteral("date")))
        return *refused;
    DuesRepository dues(m_database);
    const DuesSettings settings = dues.loadSettings();
    if (!dues.lastError().isEmpty())
        return Outcome::failure(tr("The settings cannot be read: %1").arg(dues.lastError()));
    std::optional<IssuedContent> content = contentToIssue();
    if (!content)
        return Outcome::failure(tr("The settings cannot be read: %1").arg(m_lastError));
    // What the reminder says was paid and credited, as it stood the day it was sent.
    QList<qint64> creditNoteNumbers;
    for (const Invoice &creditNote : creditNotesOf(invoiceId))
        creditNoteNumbers.append(creditNote.number);
    if (!m_lastError.isEmpty())
        return Outcome::failure(tr("The reminder could not be saved: %1").arg(m_lastError));
    const Money fee = ReminderFeeRule::feeFor(*invoice, step, on, settings);
    IssuedContent::ReminderState state;
    state.number = invoice->reminderCount + 1;
    state.paid = invoice->paid;
    state.credited = invoice->credited;
    state.creditNoteNumbers = creditNoteNumbers;
    state.step = step;
    state.fee = fee;
    state.feesBefore = invoice->fees;
    state.text = step == DunningRule::firstReminder    ? settings.firstReminderText
               : step == DunningRule::secondReminder ? settings.secondReminderText
                                                     : settings.handOverText;
    content->reminder = state;
    if (!write.run(QStringLiteral("INSERT INTO reminders (invoice_id, reminded_on, new_due_date, issued_content, step,"
                                  " fee_ore) VALUES (?, ?, ?, ?, ?, ?)"),
                   QVariantList{invoiceId, SqlValues::fromDate(on),
                                SqlValues::fromDate(on.addDays(settings.reminderTermsDays)), content->toJson(), step,
                                fee.ore()},
                   tr("The reminder could not be saved: %1")))
        return write.outcome();
    const qint64 id = write.lastInsertId();
    if (!link(QStringLiteral("reminders"), id))
        return Outcome::failure(tr("The reminder could not be saved: %1").arg(m_lastError));
    return write.commit(id);
}

Outcome InvoiceRepository::recordReminders(const QList<qint64> &invoiceIds, const QDate &on)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    for (qint64 id : invoiceIds) {
        // Each inside this one transaction (a savepoint): all are recorded, or none.
        if (const Outcome recorded = recordReminder(id, on); !recorded)
            return recorded;
    }
    return write.commit();
}

} // namespace Sekretariat
