#pragma once

#include "common/outcome.h"
#include "documentrenderer.h"
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
// document, named after its number and member, and optionally one combined file
// for printing. The documents are read on the calling thread; rendering runs on
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

    // How each document's own file is written: PDF unless told otherwise. The
    // combined file for printing is always a PDF.
    void setRenderer(std::shared_ptr<const DocumentRenderer> renderer) { m_renderer = std::move(renderer); }

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
    std::shared_ptr<const DocumentRenderer> m_renderer = std::make_shared<PdfDocumentRenderer>();
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace Sekretariat
