#include "paymentimportrepository.h"

#include "bookkeeping/bookkeepingchain.h"
#include "common/sqlvalues.h"
#include "database/read.h"
#include "database/write.h"
#include "dues/invoicerepository.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace Sekretariat {

namespace {

QByteArray checksumOf(const QByteArray &contents)
{
    return QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex();
}

} // namespace

PaymentImportRepository::PaymentImportRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

QString PaymentImportRepository::key(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Booked:
        return QStringLiteral("booked");
    case Disposition::Waiting:
        return QStringLiteral("waiting");
    case Disposition::AlreadyImported:
        return QStringLiteral("already_imported");
    case Disposition::Shown:
        return QStringLiteral("not_booked");
    }
    return {};
}

QString PaymentImportRepository::referenceOf(const BankTransaction &transaction, const QByteArray &checksum)
{
    if (!transaction.bankReference.isEmpty())
        return transaction.bankReference;
    return QStringLiteral("file %1 #%2").arg(QString::fromLatin1(checksum.left(16))).arg(transaction.position);
}

QList<PaymentImportRepository::ImportLog> PaymentImportRepository::importLog() const
{
    m_lastError.clear();
    QList<ImportLog> result;
    QSqlQuery query(m_database);
    Read::forwardOnly(query);
    if (!Read::run(query,
                   QStringLiteral("SELECT id, imported_at, file_name, format, transmission, transactions, booked, waiting,"
                                  " total_ore, booked_ore FROM payment_imports ORDER BY id DESC"),
                   {}, &m_lastError))
        return result;
    while (query.next()) {
        ImportLog log;
        log.id = query.value(0).toLongLong();
        log.importedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        log.fileName = query.value(2).toString();
        log.format = query.value(3).toString();
        log.transmission = query.value(4).toString();
        log.transactions = query.value(5).toInt();
        log.booked = query.value(6).toInt();
        log.waiting = query.value(7).toInt();
        log.total = Money::fromOre(query.value(8).toLongLong());
        log.bookedAmount = Money::fromOre(query.value(9).toLongLong());
        result.append(log);
    }
    return result;
}

QList<PaymentImportRepository::Waiting> PaymentImportRepository::waiting() const
{
    m_lastError.clear();
    QList<Waiting> result;
    QSqlQuery query(m_database);
    if (!Read::run(query,
                   QStringLiteral("SELECT w.id, w.position, w.bank_reference, w.booking_date, w.amount_ore, w.kid,"
                                  " w.text, w.payer_name, w.payer_account, w.status, w.invoice_id, w.reason,"
                                  " i.number AS invoice_number, f.file_name"
                                  " FROM bank_transactions_waiting w JOIN payment_imports f ON f.id = w.import_id"
                                  " LEFT JOIN invoices i ON i.id = w.invoice_id"
                                  " WHERE w.resolution = 'waiting' ORDER BY w.id"),
                   {}, &m_lastError))
        return result;
    while (query.next()) {
        Waiting row;
        row.id = query.value(QStringLiteral("id")).toLongLong();
        row.transaction.position = query.value(QStringLiteral("position")).toInt();
        row.transaction.bankReference = query.value(QStringLiteral("bank_reference")).toString();
        row.transaction.bookingDate = SqlValues::toDate(query.value(QStringLiteral("booking_date")));
        row.transaction.amount = Money::fromOre(query.value(QStringLiteral("amount_ore")).toLongLong());
        row.transaction.kid = query.value(QStringLiteral("kid")).toString();
        row.transaction.text = query.value(QStringLiteral("text")).toString();
        row.transaction.payerName = query.value(QStringLiteral("payer_name")).toString();
        row.transaction.payerAccount = query.value(QStringLiteral("payer_account")).toString();
        const QString status = query.value(QStringLiteral("status")).toString();
        row.status = status == u"suggested" ? PaymentMatch::Status::Suggested
                   : status == u"overpaid"  ? PaymentMatch::Status::Overpaid
                                            : PaymentMatch::Status::Unmatched;
        row.suggestedInvoiceId = query.value(QStringLiteral("invoice_id")).toLongLong();
        row.suggestedInvoiceNumber = query.value(QStringLiteral("invoice_number")).toLongLong();
        row.reason = query.value(QStringLiteral("reason")).toString();
        row.fileName = query.value(QStringLiteral("file_name")).toString();
        result.append(row);
    }
    return result;
}

Outcome PaymentImportRepository::bookWaiting(qint64 waitingId, qint64 invoiceNumber)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    QSqlQuery query(m_database);
    QString error;
    if (!Read::run(query,
                   QStringLiteral("SELECT w.bank_reference, w.booking_date, w.amount_ore, w.kid, w.import_id, w.resolution,"
                                  " f.file_name FROM bank_transactions_waiting w"
                                  " JOIN payment_imports f ON f.id = w.import_id WHERE w.id = ?"),
                   {waitingId}, &error))
        return Outcome::failure(tr("The waiting payment cannot be read: %1").arg(error));
    if (!query.next() || query.value(5).toString() != u"waiting")
        return Outcome::failure(tr("This payment was booked or set aside meanwhile."));
    const QString reference = query.value(0).toString();
    const QDate paidOn = SqlValues::toDate(query.value(1));
    const Money amount = Money::fromOre(query.value(2).toLongLong());
    const QString kid = query.value(3).toString();
    const qint64 importId = query.value(4).toLongLong();
    const QString fileName = query.value(6).toString();
    const std::optional<Invoice> invoice = InvoiceRepository(m_database).findByNumber(invoiceNumber);
    if (!invoice || invoice->kind != InvoiceKind::Invoice)
        return Outcome::failure(tr("Invoice: %1 is not the number of an issued invoice.").arg(invoiceNumber),
                                QStringLiteral("invoice"));
    if (amount <= Money())
        return Outcome::failure(tr("Only money in can be booked as a payment."));
    if (!write.run(QStringLiteral("INSERT INTO payments (invoice_id, paid_on, amount_ore, note) VALUES (?, ?, ?, ?)"),
                   QVariantList{invoice->id, SqlValues::fromDate(paidOn), amount.ore(),
                                tr("Bank file %1, KID %2, assigned by hand").arg(fileName, kid)},
                   tr("The payment could not be booked: %1")))
        return write.outcome();
    const qint64 paymentId = write.lastInsertId();
    BookkeepingChain chain(m_database);
    if (!chain.append(QStringLiteral("payments"), paymentId))
        return Outcome::failure(tr("The payment could not be booked: %1").arg(chain.errorString()));
    if (!write.run(QStringLiteral("INSERT INTO payment_bank_references (payment_id, bank_reference, import_id)"
                                  " VALUES (?, ?, ?)"),
                   QVariantList{paymentId, reference, importId}, tr("The payment could not be booked: %1")))
        return write.outcome();
    if (!write.run(QStringLiteral("UPDATE bank_transactions_waiting SET resolution = 'booked', payment_id = ?,"
                                  " resolved_at = ? WHERE id = ? AND resolution = 'waiting'"),
                   QVariantList{paymentId, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), waitingId}, tr("The payment could not be booked: %1"), 1,
                   tr("This payment was booked or set aside meanwhile.")))
        return write.outcome();
    return write.commit(paymentId);
}

Outcome PaymentImportRepository::setAside(qint64 waitingId)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    if (!write.run(QStringLiteral("UPDATE bank_transactions_waiting SET resolution = 'not_ours',"
                                  " resolved_at = ? WHERE id = ? AND resolution = 'waiting'"),
                   QVariantList{QDateTime::currentDateTimeUtc().toString(Qt::ISODate), waitingId}, tr("The payment could not be set aside: %1"), 1,
                   tr("This payment was booked or set aside meanwhile.")))
        return write.outcome();
    return write.commit(waitingId);
}

std::optional<PaymentImportRepository::Result> PaymentImportRepository::plan(const QByteArray &contents,
                                                                           const BankFile &file) const
{
    m_lastError.clear();
    const QByteArray checksum = checksumOf(contents);
    QSqlQuery query(m_database);
    if (!Read::run(query, QStringLiteral("SELECT id, imported_at, file_name FROM payment_imports WHERE checksum = ?"),
                   {QString::fromLatin1(checksum)}, &m_lastError))
        return std::nullopt;
    if (query.next()) {
        m_lastError = tr("This file was imported already, on %1 as “%2”; nothing was booked.")
                          .arg(QLocale().toString(QDateTime::fromString(query.value(1).toString(), Qt::ISODate).toLocalTime(),
                                                  QLocale::ShortFormat),
                               query.value(2).toString());
        return std::nullopt;
    }
    QSet<QString> known;
    if (!Read::run(query, QStringLiteral("SELECT bank_reference FROM payment_bank_references"
                                         " UNION ALL SELECT bank_reference FROM bank_transactions_waiting"),
                   {}, &m_lastError))
        return std::nullopt;
    while (query.next())
        known.insert(query.value(0).toString());
    const InvoiceRepository invoices(m_database);
    const QList<Invoice> issued = invoices.payableInvoices();
    if (!invoices.lastError().isEmpty()) {
        m_lastError = invoices.lastError();
        return std::nullopt;
    }
    // Transactions met before stay out of the matching, so they count against no invoice.
    QList<BankTransaction> fresh;
    for (const BankTransaction &transaction : file.transactions) {
        if (!known.contains(referenceOf(transaction, checksum)))
            fresh.append(transaction);
    }
    const QList<PaymentMatch> matched = PaymentMatcher::match(fresh, issued);
    Result result;
    result.format = file.format;
    qsizetype next = 0;
    for (const BankTransaction &transaction : file.transactions) {
        Line line;
        if (known.contains(referenceOf(transaction, checksum))) {
            line.match.transaction = transaction;
            line.match.reason = tr("booked or queued from an earlier file");
            line.disposition = Disposition::AlreadyImported;
            ++result.alreadyImported;
        } else {
            line.match = matched.at(next++);
            switch (line.match.status) {
            case PaymentMatch::Status::Matched:
                line.disposition = Disposition::Booked;
                ++result.booked;
                result.bookedAmount += transaction.amount;
                break;
            case PaymentMatch::Status::NotAPayment:
                line.disposition = Disposition::Shown;
                break;
            default:
                line.disposition = Disposition::Waiting;
                ++result.waiting;
                break;
            }
        }
        result.lines.append(line);
    }
    return result;
}

std::optional<PaymentImportRepository::Result> PaymentImportRepository::preview(const QByteArray &contents,
                                                                              const BankFile &file) const
{
    return plan(contents, file);
}

Outcome PaymentImportRepository::import(const QString &fileName, const QByteArray &contents, const BankFile &file,
                                        Result *result)
{
    Write write(m_database);
    if (!write.isOpen())
        return write.outcome();
    // Planned inside the transaction: what another program booked meanwhile counts.
    std::optional<Result> planned = plan(contents, file);
    if (!planned)
        return Outcome::failure(m_lastError);
    const QByteArray checksum = checksumOf(contents);
    if (!write.run(QStringLiteral("INSERT INTO payment_imports (file_name, checksum, format, transmission, transactions,"
                                  " booked, waiting, total_ore, booked_ore) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   QVariantList{SqlValues::text(QFileInfo(fileName).fileName()), QString::fromLatin1(checksum),
                                SqlValues::text(file.format), SqlValues::text(file.transmission), int(file.transactions.size()), planned->booked, planned->waiting,
                                file.total.ore(), planned->bookedAmount.ore()},
                   tr("The import could not be logged: %1. Nothing was booked.")))
        return write.outcome();
    const qint64 importId = write.lastInsertId();
    // Forty rows a statement: on a server each statement is a round trip.
    constexpr qsizetype chunk = 40;
    QList<const Line *> toBook;
    QList<const Line *> toQueue;
    for (const Line &line : std::as_const(planned->lines)) {
        if (line.disposition == Disposition::Booked)
            toBook.append(&line);
        else if (line.disposition == Disposition::Waiting)
            toQueue.append(&line);
    }
    const QString shortName = QFileInfo(fileName).fileName();
    QList<qint64> booked;
    for (qsizetype from = 0; from < toBook.size(); from += chunk) {
        const QList<const Line *> part = toBook.mid(from, chunk);
        QVariantList values;
        for (const Line *line : part) {
            const BankTransaction &t = line->match.transaction;
            const QDate paidOn = t.bookingDate.isValid() ? t.bookingDate : t.valueDate;
            values << line->match.invoiceId << SqlValues::fromDate(paidOn) << t.amount.ore()
                   << tr("Bank file %1, KID %2").arg(shortName, t.kid);
        }
        if (!write.run(QStringLiteral("INSERT INTO payments (invoice_id, paid_on, amount_ore, note) VALUES %1"
                                      " RETURNING id")
                           .arg(SqlValues::placeholderRows(part.size(), 4)),
                       values, tr("The payments could not be booked: %1. Nothing was booked.")))
            return write.outcome();
        // Neither back end promises the order of RETURNING, but the ids are
        // drawn row after row: in ascending order they are the rows' order.
        QList<qint64> ids;
        QSqlQuery &returned = write.query();
        while (returned.next())
            ids.append(returned.value(0).toLongLong());
        returned.finish();
        std::sort(ids.begin(), ids.end());
        if (ids.size() != part.size())
            return Outcome::failure(tr("The payments could not be booked: %1. Nothing was booked.")
                                        .arg(tr("the new rows cannot be read back")));
        QVariantList references;
        for (qsizetype i = 0; i < part.size(); ++i)
            references << ids.at(i) << referenceOf(part.at(i)->match.transaction, checksum) << importId;
        if (!write.run(QStringLiteral("INSERT INTO payment_bank_references (payment_id, bank_reference, import_id)"
                                      " VALUES %1")
                           .arg(SqlValues::placeholderRows(part.size(), 3)),
                       references, tr("The bank reference of a payment could not be kept: %1. Nothing was booked.")))
            return write.outcome();
        booked += ids;
    }
    for (qsizetype from = 0; from < toQueue.size(); from += chunk) {
        const QList<const Line *> part = toQueue.mid(from, chunk);
        QVariantList values;
        for (const Line *line : part) {
            const BankTransaction &t = line->match.transaction;
            const QString status = line->match.status == PaymentMatch::Status::Suggested ? QStringLiteral("suggested")
                                 : line->match.status == PaymentMatch::Status::Overpaid  ? QStringLiteral("overpaid")
                                                                                         : QStringLiteral("unmatched");
            values << importId << t.position << referenceOf(t, checksum) << SqlValues::fromDate(t.bookingDate)
                   << t.amount.ore() << SqlValues::text(t.kid) << SqlValues::text(t.text)
                   << SqlValues::text(t.payerName) << SqlValues::text(t.payerAccount) << status
                   << (line->match.invoiceId > 0 ? QVariant(line->match.invoiceId)
                                                 : QVariant(QMetaType(QMetaType::LongLong)))
                   << SqlValues::text(line->match.reason);
        }
        if (!write.run(QStringLiteral("INSERT INTO bank_transactions_waiting (import_id, position, bank_reference,"
                                      " booking_date, amount_ore, kid, text, payer_name, payer_account, status,"
                                      " invoice_id, reason) VALUES %1")
                           .arg(SqlValues::placeholderRows(part.size(), 12)),
                       values, tr("A transaction could not be queued: %1. Nothing was booked.")))
            return write.outcome();
    }
    // Linked in the order booked, after the last: a few statements instead of
    // two a payment, which a server answers one round trip each.
    BookkeepingChain chain(m_database);
    if (!chain.append(QStringLiteral("payments"), booked))
        return Outcome::failure(tr("The payments could not be recorded in the bookkeeping chain: %1. Nothing was "
                                   "booked.")
                                    .arg(chain.errorString()));
    planned->importId = importId;
    const Outcome committed = write.commit(importId);
    if (committed && result)
        *result = *planned;
    return committed;
}

} // namespace Sekretariat
