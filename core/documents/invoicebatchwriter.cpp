#include "invoicebatchwriter.h"

#include "a4pdfwriter.h"
#include "common/peppolparticipant.h"
#include "ehfdocument.h"
#include "invoicecontentbuilder.h"

#include <QDir>
#include <QPainter>
#include <QSaveFile>
#include <QtConcurrent>

namespace Sekretariat {

std::optional<QList<InvoiceDocumentData>> InvoiceBatchWriter::load(const InvoiceRepository &invoices,
                                                                   const QList<qint64> &invoiceIds, DocumentKind kind,
                                                                   QString *error)
{
    QList<InvoiceDocumentData> documents;
    documents.reserve(invoiceIds.size());
    for (qint64 id : invoiceIds) {
        const std::optional<Invoice> invoice = invoices.find(id);
        if (!invoice) {
            if (error)
                *error = tr("Invoice %1 could not be read.").arg(id);
            return std::nullopt;
        }
        InvoiceDocumentData data;
        data.invoice = *invoice;
        if (invoice->kind == InvoiceKind::CreditNote) {
            data.kind = DocumentKind::CreditNote;
            const std::optional<Invoice> credited = invoices.find(invoice->creditsInvoiceId);
            if (!credited) {
                if (error)
                    *error = tr("The invoice credited by credit note %1 could not be read.").arg(invoice->number);
                return std::nullopt;
            }
            data.creditedInvoice = *credited;
        } else if (kind == DocumentKind::Reminder) {
            if (!invoice->lastReminderOn.isValid()) {
                if (error)
                    *error = tr("Invoice %1 has no reminder recorded.").arg(invoice->number);
                return std::nullopt;
            }
            data.kind = DocumentKind::Reminder;
        }
        const bool reminder = data.kind == DocumentKind::Reminder;
        const std::optional<IssuedContent> issued = invoices.issuedContentOf(id, reminder);
        if (!issued) {
            if (error)
                *error = (reminder ? tr("The reminder of invoice %1 cannot be read: %2")
                                   : tr("Document %1 cannot be read: %2"))
                             .arg(invoice->number)
                             .arg(invoices.lastError());
            return std::nullopt;
        }
        data.seller = issued->seller;
        if (issued->buyer) {
            data.buyerAddress = issued->buyer->address;
            data.buyerEndpoint = issued->buyer->endpoint;
            data.receivesEhf = issued->buyer->receivesEhf;
        } else {
            data.buyerAddress = PostalAddress::fromText(invoice->buyerAddress);
            data.buyerEndpoint = PeppolParticipant::forOrganisationNumber(invoice->buyerOrganisationNumber);
        }
        data.vatRegistered = issued->vatRegistered;
        const Invoice &dues = data.kind == DocumentKind::CreditNote ? data.creditedInvoice : *invoice;
        if (dues.months == 12) {
            data.duesFullYear = dues.amount;
        } else if (const std::optional<IssuedContent> ofDues = invoices.issuedContentOf(dues.id, false)) {
            data.duesFullYear = ofDues->fullYear;  // none for invoices issued before schema 6
        }
        if (issued->reminder) {
            // The reminder says what it said when sent, whatever came in since.
            data.invoice.paid = issued->reminder->paid;
            data.invoice.credited = issued->reminder->credited;
            data.invoice.reminderCount = issued->reminder->number;
            data.creditNoteNumbers = issued->reminder->creditNoteNumbers;
            data.invoice.fees = issued->reminder->feesBefore + issued->reminder->fee;
            data.reminderStep = issued->reminder->step;
            data.reminderFee = issued->reminder->fee;
            data.reminderText = issued->reminder->text;
        } else if (reminder) {
            // Sent before schema 6: only the credit notes can still be told.
            for (const Invoice &creditNote : invoices.creditNotesOf(id))
                data.creditNoteNumbers.append(creditNote.number);
        }
        documents.append(data);
    }
    return documents;
}

InvoiceBatchWriter::InvoiceBatchWriter(QList<InvoiceDocumentData> documents, const QString &directory)
    : m_documents(std::move(documents))
    , m_directory(directory)
{
}

QString InvoiceBatchWriter::defaultCombinedFileName(const QList<InvoiceDocumentData> &documents)
{
    if (documents.isEmpty())
        return {};
    // Padded like the single files; after them in a folder sorted by name.
    //: A PDF file name: lower case, no spaces; %1-%2 are the first and last invoice numbers, padded.
    return tr("invoices-%1-%2.pdf")
        .arg(documents.first().invoice.number, 5, 10, QLatin1Char('0'))
        .arg(documents.last().invoice.number, 5, 10, QLatin1Char('0'));
}

void InvoiceBatchWriter::setEhf(Ehf which, const QString &directory)
{
    m_ehf = which;
    m_ehfDirectory = directory;
}

bool InvoiceBatchWriter::wantsEhf(const InvoiceDocumentData &document) const
{
    if (document.kind == DocumentKind::Reminder)
        return false;
    return m_ehf == Ehf::All || (m_ehf == Ehf::Receivers && document.receivesEhf);
}

QList<InvoiceDocumentData> InvoiceBatchWriter::ehfDocuments() const
{
    QList<InvoiceDocumentData> documents;
    for (const InvoiceDocumentData &document : m_documents) {
        if (wantsEhf(document))
            documents.append(document);
    }
    return documents;
}

QStringList InvoiceBatchWriter::ehfProblems() const
{
    QStringList problems;
    for (const InvoiceDocumentData &document : ehfDocuments()) {
        const QStringList missing = EhfDocument::problems(InvoiceContentBuilder::build(document));
        if (!missing.isEmpty()) {
            problems.append(tr("%1 %2: missing %3")
                                .arg(document.invoice.number)
                                .arg(document.invoice.buyerName, missing.join(QStringLiteral(", "))));
        }
    }
    return problems;
}

// The PDF first, then the EHF, each in its folder.
QStringList InvoiceBatchWriter::filesOf(const InvoiceContent &content, const InvoiceDocumentData &document) const
{
    QStringList files;
    if (m_pdfFiles)
        files.append(QDir(m_directory).filePath(content.fileBaseName + QStringLiteral(".pdf")));
    if (wantsEhf(document))
        files.append(QDir(m_ehfDirectory).filePath(content.fileBaseName + QStringLiteral(".xml")));
    return files;
}

QStringList InvoiceBatchWriter::targetPaths() const
{
    QStringList paths;
    if (!m_combinedFileName.isEmpty())
        paths.append(QDir(m_directory).filePath(m_combinedFileName));
    for (const InvoiceDocumentData &document : m_documents)
        paths += filesOf(InvoiceContentBuilder::build(document), document);
    return paths;
}

namespace {

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QFuture<void> InvoiceBatchWriter::start()
{
    {
        QMutexLocker locker(&m_state->mutex);
        m_state->written.clear();
        m_state->errors.clear();
        m_state->writtenNumbers.clear();
    }
    for (const QString &directory : {m_directory, m_ehf == Ehf::None ? m_directory : m_ehfDirectory}) {
        if (!QDir().mkpath(directory)) {
            QMutexLocker locker(&m_state->mutex);
            m_state->errors.append(tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(directory)));
            return QtFuture::makeReadyFuture();
        }
    }
    // The combined file is the longest job: it goes first, so it runs while the
    // other threads write the single files.
    QList<int> jobs;
    if (!m_combinedFileName.isEmpty())
        jobs.append(-1);
    for (int i = 0; i < m_documents.size(); ++i)
        jobs.append(i);
    m_jobs = jobs;
    return QtConcurrent::map(m_jobs, [this](int job) {
        if (m_state->cancelled)
            return;
        if (job < 0) {
            writeCombined();
            return;
        }
        const InvoiceDocumentData &document = m_documents.at(job);
        const InvoiceContent content = InvoiceContentBuilder::build(document);
        // One rendering of the PDF serves its file and the EHF that carries it.
        QByteArray pdf;
        QString error;
        QStringList written;
        const QStringList files = filesOf(content, document);
        bool ok = InvoiceDocument(content).renderPdf(&pdf, &error);
        for (const QString &path : files) {
            if (!ok)
                break;
            const bool ehf = path.endsWith(QStringLiteral(".xml"));
            ok = saveFile(path,
                          ehf ? EhfDocument::xml(content, pdf, content.fileBaseName + QStringLiteral(".pdf")) : pdf,
                          &error);
            if (ok)
                written.append(path);
        }
        QMutexLocker locker(&m_state->mutex);
        m_state->written += written;
        if (ok) {
            m_state->writtenNumbers.insert(document.invoice.number);
        } else {
            const QString path = files.value(int(written.size()), files.value(0));
            m_state->errors.append(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        }
    });
}

bool InvoiceBatchWriter::writeCombined() const
{
    const QString path = QDir(m_directory).filePath(m_combinedFileName);
    // Every page of every document, a longer one on more than one page.
    QList<InvoiceDocument> documents;
    QList<QPair<qsizetype, int>> pages;  // document, its page
    documents.reserve(m_documents.size());
    for (const InvoiceDocumentData &data : m_documents) {
        documents.append(InvoiceDocument(data));
        for (int page = 0; page < documents.last().pageCount(); ++page)
            pages.append({documents.size() - 1, page});
    }
    QString error;
    const bool written = A4PdfWriter::write(path, QFileInfo(path).completeBaseName(), int(pages.size()),
                                            [this, &documents, &pages](QPainter &painter, const QRectF &page, int index) {
                                                if (m_state->cancelled)
                                                    return false;
                                                const auto &[document, pageOfIt] = pages.at(index);
                                                documents.at(document).paint(painter, page, pageOfIt);
                                                return true;
                                            },
                                            &error);
    QMutexLocker locker(&m_state->mutex);
    if (written)
        m_state->written.append(path);
    else if (!error.isEmpty())
        m_state->errors.append(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
    return written;
}

Outcome InvoiceBatchWriter::run()
{
    start().waitForFinished();
    return outcome();
}

QStringList InvoiceBatchWriter::writtenFiles() const
{
    QMutexLocker locker(&m_state->mutex);
    QStringList files = m_state->written;
    files.sort();
    return files;
}

Outcome InvoiceBatchWriter::outcome() const
{
    QMutexLocker locker(&m_state->mutex);
    if (m_state->errors.isEmpty() && !m_state->cancelled)
        return Outcome::success();
    QStringList missing;
    for (const InvoiceDocumentData &document : m_documents) {
        if (!m_state->writtenNumbers.contains(document.invoice.number))
            missing.append(QString::number(document.invoice.number));
    }
    QStringList message = m_state->errors;
    if (m_state->cancelled)
        message.append(tr("Cancelled: %n of the files were written.", nullptr, int(m_state->written.size())));
    if (!missing.isEmpty()) {
        message.append(tr("The files of these documents are missing: %1. Write them again with "
                          "“export invoices --numbers %2 --pdf FOLDER”.")
                           .arg(missing.join(QStringLiteral(", ")), missing.join(u',')));
    }
    return Outcome::failure(message.join(u'\n'));
}

} // namespace Sekretariat
