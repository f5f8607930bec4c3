#pragma once

#include "common/outcome.h"
#include "invoicedocument.h"
#include "dues/invoicerepository.h"

#include <QCoreApplication>
#include <QFuture>
#include <QMutex>
#include <QSet>
#include <atomic>
#include <optional>
#include <memory>

namespace Sekretariat {

// Writes a run of invoices (or credit notes, or reminders) as PDF files: one per
// document, named after its number and member, optionally one combined file for
// printing, and EHF e-invoices (carrying the same PDF) for the members that
// receive them. The documents are read on the calling thread; rendering runs on
// Qt's thread pool, so every core works and the window stays responsive.
class InvoiceBatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceBatchWriter)

public:
    // Reads what each document shows, as it was issued (the seller and VAT
    // status frozen on the row; for a reminder, what had been paid and credited
    // when it was sent). Credit notes are recognised by their kind, and `kind`
    // Reminder turns invoices into their latest reminders.
    static std::optional<QList<InvoiceDocumentData>> load(const InvoiceRepository &invoices,
                                                          const QList<qint64> &invoiceIds, DocumentKind kind,
                                                          QString *error);

    InvoiceBatchWriter(QList<InvoiceDocumentData> documents, const QString &directory);

    // Which EHF files are written, into `directory`: for the documents whose
    // member receives EHF, or for all (the user asked for these). Reminders
    // have no EHF. Without a call, none.
    enum class Ehf { None, Receivers, All };
    void setEhf(Ehf which, const QString &directory);
    // Off: EHF files only (the PDF still travels inside each).
    void setPdfFiles(bool write) { m_pdfFiles = write; }
    // The documents that get an EHF file.
    QList<InvoiceDocumentData> ehfDocuments() const;
    // What stops each of those from making a valid EHF ("12 Stavanger kommune:
    // the buyer reference"), translated; empty when all can be written.
    QStringList ehfProblems() const;

    // The combined file's name in the directory; empty for none.
    void setCombinedFileName(const QString &fileName) { m_combinedFileName = fileName; }
    static QString defaultCombinedFileName(const QList<InvoiceDocumentData> &documents);

    // Starts the work; the writer must outlive the future. Its progress counts finished files (documents,
    // then the combined one). Cancelling stops after the page in hand; files
    // already written stay, the combined file is only written whole.
    QFuture<void> start();
    void cancel() { m_state->cancelled = true; }
    // The files the batch will write, the combined one first when there is one.
    QStringList targetPaths() const;
    // The progress steps: one per document (its files), and the combined file.
    int fileCount() const { return int(m_documents.size()) + (m_combinedFileName.isEmpty() ? 0 : 1); }

    // Blocks until all is written; for the command line and tests.
    Outcome run();

    // After the future finished: the files written and what went wrong. A failure
    // names the documents whose file is missing, so they can be written again.
    QStringList writtenFiles() const;
    Outcome outcome() const;

private:
    struct State
    {
        std::atomic_bool cancelled = false;
        QMutex mutex;
        QStringList written;
        QStringList errors;
        QSet<qint64> writtenNumbers;  // documents whose own file was written
    };
    bool writeCombined() const;

    QList<InvoiceDocumentData> m_documents;
    QList<int> m_jobs;  // walked by the thread pool in place: lives as long as the writer
    QString m_directory;
    QString m_combinedFileName;
    bool wantsEhf(const InvoiceDocumentData &document) const;
    QStringList filesOf(const InvoiceContent &content, const InvoiceDocumentData &document) const;
    bool m_pdfFiles = true;
    Ehf m_ehf = Ehf::None;
    QString m_ehfDirectory;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace Sekretariat
