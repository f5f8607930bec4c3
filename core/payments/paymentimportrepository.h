#pragma once

#include "common/outcome.h"
#include "paymentmatcher.h"

#include <QByteArray>
#include <QDateTime>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace Sekretariat {

// All SQL of imported bank files: the import log, the payments' bank
// references and the queue of transactions waiting for the user. A file is
// booked in one transaction: every payment whose KID matches an invoice (and
// that the invoice has room for), each linked into the bookkeeping chain; the
// rest waits in the queue; debits and reversals are only shown.
class PaymentImportRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentImportRepository)

public:
    explicit PaymentImportRepository(const QSqlDatabase &database);

    enum class Disposition { Booked, Waiting, AlreadyImported, Shown };
    struct Line
    {
        PaymentMatch match;
        Disposition disposition = Disposition::Shown;
    };
    struct Result
    {
        QString format;
        qint64 importId = 0;
        QList<Line> lines;
        int booked = 0;
        int waiting = 0;
        int alreadyImported = 0;
        Money bookedAmount;
    };

    // What importing would do, read only (the dry run and the window's preview).
    std::optional<Result> preview(const QByteArray &contents, const BankFile &file) const;
    // Books it. A file imported before is refused whole; a transaction booked
    // or queued before (by its bank reference) is skipped and counted.
    Outcome import(const QString &fileName, const QByteArray &contents, const BankFile &file, Result *result);

    // A transaction of an imported file that waits for the user.
    struct Waiting
    {
        qint64 id = 0;
        BankTransaction transaction;
        PaymentMatch::Status status = PaymentMatch::Status::Unmatched;
        qint64 suggestedInvoiceId = 0;
        qint64 suggestedInvoiceNumber = 0;
        QString reason;
        QString fileName;
    };
    // One imported bank file as its log has it.
    struct ImportLog
    {
        qint64 id = 0;
        QDateTime importedAt;
        QString fileName;
        QString format;
        QString transmission;
        int transactions = 0;
        int booked = 0;
        int waiting = 0;
        Money total;
        Money bookedAmount;
    };
    // Every file imported, newest first; empty with lastError() set when they cannot be read.
    QList<ImportLog> importLog() const;

    // Those still waiting, oldest first; empty with lastError() set when they cannot be read.
    QList<Waiting> waiting() const;
    // Books a waiting transaction as a payment of the invoice the user chose
    // (also more than it has outstanding: the user decided), or sets it aside
    // as not the network's money. Each only once.
    Outcome bookWaiting(qint64 waitingId, qint64 invoiceNumber);
    Outcome setAside(qint64 waitingId);

    static QString key(Disposition disposition);  // "booked", "waiting", ... for CSV
    QString lastError() const { return m_lastError; }

private:
    std::optional<Result> plan(const QByteArray &contents, const BankFile &file) const;
    // "OCR …", or the file's checksum and the position for a transaction the bank gave no reference.
    static QString referenceOf(const BankTransaction &transaction, const QByteArray &checksum);

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace Sekretariat
