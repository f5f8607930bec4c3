#pragma once

#include "common/registerpage.h"
#include "documents/invoicedocument.h"

#include <QFuture>
#include <memory>

class QComboBox;
class QLabel;
class QPrinter;
class QToolBar;

namespace Sekretariat {

class InvoiceBatchWriter;
class InvoicesModel;
class Workspace;

// The dues: a year's invoices and credit notes with their status, filters by
// year and status, totals of what is shown, and the actions of the year: the
// dues run, payments, credit notes, reminders, PDFs and printing.
class DuesPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit DuesPage(Workspace *workspace, QWidget *parent = nullptr);
    ~DuesPage() override;

    InvoicesModel *model() const { return m_model; }
    QComboBox *yearFilter() const { return m_yearFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QLabel *totalsLabel() const { return m_totals; }

    void addNew() override;       // a dues run
    void openCurrent() override;  // the invoice's card
    void deleteSelected() override;

    void registerPayment();
    void creditCurrent();
    void remindSelected();
    // Asks for a bank file (OCR giro, camt.053/054), previews and books it.
    void importPayments(const QString &path = {});
    void showWaitingPayments();
    void showAgeing();
    void editSettings();
    // What saveDocuments writes: PDFs; PDFs and the EHF of the members that
    // receive it (into the EHF outbox when one is set, else beside the PDFs);
    // or EHF only, of every invoice and credit note asked for.
    enum class Files { Pdf, PdfAndEhf, Ehf };
    // Writes the documents into the folder off the UI thread, with a progress
    // dialog that can cancel; asks for the folder when none is given.
    void saveDocuments(const QList<qint64> &invoiceIds, DocumentKind kind, QString folder = {},
                       Files files = Files::Pdf);
    void printSelected(bool preview);
    // The batch in progress, if any; tests wait on it.
    bool isWritingDocuments() const { return m_writer != nullptr; }
    void reload();

signals:
    void documentsWritten(const QStringList &files, const QString &message);

protected:
    void retranslateUi() override;
    QString countText(int shown, int total) const override;

public:
    QString listTitle() const override;
    QString menuTitle() const override;

protected:

private:
    void applyFilters();
    void updateYears();
    void updateTotals();
    void updateActions();
    QList<InvoiceDocumentData> documentsOf(const QList<qint64> &ids, DocumentKind kind);
    // Where the files went, with a button that opens the folder.
    void showWrittenNotice(const QString &message, const QString &folder);
    void paintDocuments(QPrinter *printer, const QList<InvoiceDocumentData> &documents);

    Workspace *m_workspace;
    InvoicesModel *m_model;
    QAction *m_paymentAction;
    QAction *m_creditAction;
    QAction *m_reminderAction;
    QAction *m_pdfAction;
    QAction *m_ehfAction;
    QAction *m_importAction;
    QAction *m_waitingAction;
    QAction *m_ageingAction;
    QAction *m_importLogAction;
    QAction *m_printAction;
    QAction *m_previewAction;
    QAction *m_paymentsButtonAction;
    QAction *m_documentsButtonAction;
    QAction *m_settingsAction;
    QComboBox *m_yearFilter;
    QComboBox *m_statusFilter;
    QLabel *m_totals;
    std::unique_ptr<InvoiceBatchWriter> m_writer;
    QFuture<void> m_future;
};

} // namespace Sekretariat
