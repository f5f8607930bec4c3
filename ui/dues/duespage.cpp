#include "duespage.h"

#include "common/filedialogs.h"
#include "common/registerfiltermodel.h"
#include "documents/invoicebatchwriter.h"
#include "dues/duesrepository.h"
#include "dues/dunningrule.h"
#include "dues/reminderfeerule.h"
#include "dues/invoicerepository.h"
#include "dues/invoicesmodel.h"
#include "dues/invoiceterms.h"
#include "duesrundialog.h"
#include "duessettingsdialog.h"
#include "ehfoutbox.h"
#include "ageingdialog.h"
#include "paymentimportdialog.h"
#include "paymentimportlogdialog.h"
#include "waitingpaymentsdialog.h"
#include "invoiceamountdialog.h"
#include "invoicecarddialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QUrl>
#include <QDesktopServices>
#include <QFileInfo>
#include <QPushButton>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sekretariat {

namespace {

const QString statusFilterName = QStringLiteral("status");
constexpr int allStatuses = -1;
constexpr int notPaid = -2;
constexpr int dueForDunning = -3;

bool matchesStatus(int wanted, InvoiceStatus status)
{
    if (wanted == allStatuses)
        return true;
    if (wanted == notPaid)
        return status == InvoiceStatus::Open || status == InvoiceStatus::PartlyPaid || status == InvoiceStatus::Overdue;
    return int(status) == wanted;
}

} // namespace

DuesPage::DuesPage(Workspace *workspace, QWidget *parent)
    : RegisterPage(QStringLiteral("dues"), workspace->newInvoicesModel(nullptr), parent)
    , m_workspace(workspace)
    , m_model(qobject_cast<InvoicesModel *>(filterModel()->sourceModel()))
    , m_paymentAction(new QAction(this))
    , m_creditAction(new QAction(this))
    , m_reminderAction(new QAction(this))
    , m_pdfAction(new QAction(this))
    , m_ehfAction(new QAction(this))
    , m_importAction(new QAction(this))
    , m_waitingAction(new QAction(this))
    , m_ageingAction(new QAction(this))
    , m_importLogAction(new QAction(this))
    , m_printAction(new QAction(this))
    , m_previewAction(new QAction(this))
    , m_paymentsButtonAction(new QAction(this))
    , m_documentsButtonAction(new QAction(this))
    , m_settingsAction(new QAction(this))
    , m_yearFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_totals(new QLabel(this))
{
    m_model->setParent(this);
    m_paymentAction->setObjectName(QStringLiteral("paymentAction"));
    m_paymentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_creditAction->setObjectName(QStringLiteral("creditAction"));
    m_reminderAction->setObjectName(QStringLiteral("reminderAction"));
    m_pdfAction->setObjectName(QStringLiteral("pdfAction"));
    m_pdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_ehfAction->setObjectName(QStringLiteral("ehfAction"));
    m_importAction->setObjectName(QStringLiteral("importPaymentsAction"));
    m_waitingAction->setObjectName(QStringLiteral("waitingPaymentsAction"));
    m_ageingAction->setObjectName(QStringLiteral("ageingAction"));
    m_importLogAction->setObjectName(QStringLiteral("importLogAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_ehfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_previewAction->setObjectName(QStringLiteral("previewAction"));
    m_settingsAction->setObjectName(QStringLiteral("duesSettingsAction"));
    for (QAction *action : {m_paymentAction, m_importAction, m_pdfAction, m_ehfAction, m_printAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_paymentAction, m_importAction, m_pdfAction, m_ehfAction, m_printAction});
    // The dues run is the page's New; invoices are never deleted.
    setDeletable(false);
    // One button for the payments: one by hand, the bank's files, what waits, the ageing.
    auto *bankMenu = new QMenu(this);
    bankMenu->addAction(m_paymentAction);
    bankMenu->addSeparator();
    bankMenu->addAction(m_importAction);
    bankMenu->addAction(m_waitingAction);
    bankMenu->addAction(m_importLogAction);
    bankMenu->addSeparator();
    bankMenu->addAction(m_ageingAction);
    m_paymentsButtonAction->setMenu(bankMenu);
    m_paymentsButtonAction->setObjectName(QStringLiteral("paymentsMenuAction"));
    addPageAction(m_paymentsButtonAction, false);
    addRowAction(m_paymentAction);
    addPageAction(m_creditAction);
    addPageAction(m_reminderAction);
    // And one for the documents of the selection.
    auto *documentsMenu = new QMenu(this);
    documentsMenu->addActions({m_pdfAction, m_ehfAction, m_printAction, m_previewAction});
    m_documentsButtonAction->setMenu(documentsMenu);
    m_documentsButtonAction->setObjectName(QStringLiteral("documentsMenuAction"));
    addPageAction(m_documentsButtonAction);
    for (QAction *grouped : {m_paymentsButtonAction, m_documentsButtonAction}) {
        if (auto *button = qobject_cast<QToolButton *>(toolBar()->widgetForAction(grouped)))
            button->setPopupMode(QToolButton::InstantPopup);
    }
    addMenuAction(m_settingsAction);

    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_yearFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter->addItem(QString(), allStatuses);
    m_statusFilter->addItem(QString(), notPaid);
    m_statusFilter->addItem(QString(), dueForDunning);
    for (InvoiceStatus status : {InvoiceStatus::Open, InvoiceStatus::PartlyPaid, InvoiceStatus::Paid,
                                 InvoiceStatus::Overdue, InvoiceStatus::Credited})
        m_statusFilter->addItem(QString(), int(status));
    filterBar()->addWidget(m_yearFilter);
    filterBar()->addWidget(m_statusFilter);

    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setContentsMargins(4, 2, 4, 2);
    pageLayout()->addWidget(m_totals);

    const int character = view()->fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> widths{
        {InvoicesModel::NumberColumn, 10},      {InvoicesModel::KindColumn, 12},     {InvoicesModel::MemberNumberColumn, 12},
        {InvoicesModel::MemberNameColumn, 24}, {InvoicesModel::YearColumn, 7},      {InvoicesModel::IssueDateColumn, 12},
        {InvoicesModel::DueDateColumn, 12},    {InvoicesModel::AmountColumn, 15},   {InvoicesModel::CreditedColumn, 14},
        {InvoicesModel::PaidColumn, 15},       {InvoicesModel::OutstandingColumn, 15},
        {InvoicesModel::StatusColumn, 14},     {InvoicesModel::KidColumn, 15},
        {InvoicesModel::DunningColumn, 14},    {InvoicesModel::NextStepColumn, 24}, {InvoicesModel::FeesColumn, 11}};
    QHeaderView *header = view()->horizontalHeader();
    for (const auto &[column, characters] : widths)
        header->resizeSection(column, characters * character + 12);
    // The dunning beside the status, the fees beside what was paid.
    header->moveSection(header->visualIndex(InvoicesModel::FeesColumn), header->visualIndex(InvoicesModel::PaidColumn) + 1);
    header->moveSection(header->visualIndex(InvoicesModel::DunningColumn),
                        header->visualIndex(InvoicesModel::StatusColumn) + 1);
    header->moveSection(header->visualIndex(InvoicesModel::NextStepColumn),
                        header->visualIndex(InvoicesModel::DunningColumn) + 1);
    view()->sortByColumn(InvoicesModel::NumberColumn, Qt::AscendingOrder);
    setOptionalColumns({InvoicesModel::KidColumn, InvoicesModel::RemindersColumn, InvoicesModel::KindColumn,
                        InvoicesModel::YearColumn, InvoicesModel::CreditedColumn, InvoicesModel::IssueDateColumn,
                        InvoicesModel::MemberNumberColumn, InvoicesModel::FeesColumn, InvoicesModel::NextStepColumn});

    connect(m_paymentAction, &QAction::triggered, this, &DuesPage::registerPayment);
    connect(m_creditAction, &QAction::triggered, this, &DuesPage::creditCurrent);
    connect(m_importAction, &QAction::triggered, this, [this] { importPayments(); });
    connect(m_waitingAction, &QAction::triggered, this, &DuesPage::showWaitingPayments);
    connect(m_ageingAction, &QAction::triggered, this, &DuesPage::showAgeing);
    connect(m_importLogAction, &QAction::triggered, this, [this] {
        PaymentImportLogDialog dialog(m_workspace, this);
        dialog.exec();
    });
    connect(m_reminderAction, &QAction::triggered, this, &DuesPage::remindSelected);
    connect(m_pdfAction, &QAction::triggered, this, [this] { saveDocuments(selectedIds(), DocumentKind::Invoice); });
    connect(m_ehfAction, &QAction::triggered, this,
            [this] { saveDocuments(selectedIds(), DocumentKind::Invoice, {}, Files::Ehf); });
    connect(m_printAction, &QAction::triggered, this, [this] { printSelected(false); });
    connect(m_previewAction, &QAction::triggered, this, [this] { printSelected(true); });
    connect(m_settingsAction, &QAction::triggered, this, &DuesPage::editSettings);
    // Every load of the invoices, whoever starts it, says what it could not read.
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { showLoadResult(m_model->lastError().isEmpty(), m_model->lastError()); });
    connect(m_yearFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setYear(m_yearFilter->currentData().toInt());
        updateTotals();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &DuesPage::applyFilters);
    connect(this, &RegisterPage::countChanged, this, &DuesPage::updateTotals);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DuesPage::updateActions);

    updateYears();
    // Invoices issued or paid in another window: shown here too, the selection kept.
    connect(workspace, &Workspace::changedElsewhere, this, &DuesPage::reload);
    retranslateUi();
    updateActions();
}

DuesPage::~DuesPage()
{
    // The thread pool's jobs use the writer: let them stop before it goes.
    if (m_writer) {
        m_writer->cancel();
        m_future.waitForFinished();
    }
}

void DuesPage::reload()
{
    const QList<qint64> selected = selectedIds();
    m_model->reload();
    updateYears();
    if (!selected.isEmpty())
        selectId(selected.first());
    updateTotals();
    updateActions();
}

void DuesPage::updateYears()
{
    QList<int> years = m_workspace->invoices().invoiceYears();
    const int thisYear = QDate::currentDate().year();
    if (!years.contains(thisYear)) {
        years.append(thisYear);
        std::sort(years.begin(), years.end(), std::greater<int>());
    }
    const int chosen = m_yearFilter->count() > 0 ? m_yearFilter->currentData().toInt() : years.first();
    QSignalBlocker blocker(m_yearFilter);
    m_yearFilter->clear();
    m_yearFilter->addItem(tr("All years"), 0);
    for (int year : std::as_const(years))
        m_yearFilter->addItem(QString::number(year), year);
    const int index = m_yearFilter->findData(chosen);
    m_yearFilter->setCurrentIndex(index >= 0 ? index : 1);
    if (m_model->year() != m_yearFilter->currentData().toInt() || m_model->rowCount() == 0)
        m_model->setYear(m_yearFilter->currentData().toInt());
}

void DuesPage::applyFilters()
{
    const int wanted = m_statusFilter->currentData().toInt();
    filterModel()->setRowFilter(statusFilterName, wanted == allStatuses ? RegisterFilterModel::RowPredicate()
                                                                         : [this, wanted](int row) {
        if (wanted == dueForDunning)
            return m_model->index(row, 0).data(InvoicesModel::DunningDueRole).toBool();
        return matchesStatus(wanted, InvoiceStatus(m_model->index(row, 0).data(InvoicesModel::StatusRole).toInt()));
    });
    updateCount();
}

void DuesPage::updateTotals()
{
    QList<Invoice> shown;
    shown.reserve(filterModel()->rowCount());
    for (int row = 0; row < filterModel()->rowCount(); ++row)
        shown.append(m_model->invoiceAt(filterModel()->mapToSource(filterModel()->index(row, 0)).row()));
    const InvoiceTotals totals = InvoiceTotals::of(shown);
    if (totals.fees.isZero()) {
        m_totals->setText(tr("Invoiced %1 · Credited %2 · Paid %3 · Outstanding %4")
                              .arg(totals.invoiced.toString(), (-totals.credited).toString(), totals.paid.toString(),
                                   totals.outstanding.toString()));
    } else {
        m_totals->setText(tr("Invoiced %1 · Credited %2 · Reminder fees %3 · Paid %4 · Outstanding %5")
                              .arg(totals.invoiced.toString(), (-totals.credited).toString(), totals.fees.toString(),
                                   totals.paid.toString(), totals.outstanding.toString()));
    }
}

void DuesPage::updateActions()
{
    const QList<qint64> ids = selectedIds();
    const qint64 current = currentId();
    const int row = m_model->rowOfInvoice(current);
    const bool isInvoice = row >= 0 && m_model->invoiceAt(row).kind == InvoiceKind::Invoice;
    m_paymentAction->setEnabled(isInvoice);
    m_creditAction->setEnabled(isInvoice);
    m_reminderAction->setEnabled(!ids.isEmpty());
    m_pdfAction->setEnabled(!ids.isEmpty());
    m_documentsButtonAction->setEnabled(!ids.isEmpty());
    m_ehfAction->setEnabled(!ids.isEmpty());
    m_printAction->setEnabled(!ids.isEmpty());
    m_previewAction->setEnabled(!ids.isEmpty());
}

void DuesPage::addNew()
{
    const int year = m_yearFilter->currentData().toInt() > 0 ? m_yearFilter->currentData().toInt()
                                                              : QDate::currentDate().year();
    DuesRunDialog dialog(m_workspace, year, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<qint64> ids = dialog.issuedIds();
    const int index = m_yearFilter->findData(dialog.year());
    if (index < 0)
        m_yearFilter->addItem(QString::number(dialog.year()), dialog.year());
    m_yearFilter->setCurrentIndex(m_yearFilter->findData(dialog.year()));
    reload();
    const auto answer = QMessageBox::question(
        this, tr("Invoices Issued"),
        tr("%n invoice(s) issued. Save them now as PDF (one file each and one for printing), and as EHF for "
           "the members that receive it?", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        saveDocuments(ids, DocumentKind::Invoice, {}, Files::PdfAndEhf);
}

void DuesPage::openCurrent()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    InvoiceCardDialog card(m_workspace, id, this);
    connect(&card, &InvoiceCardDialog::saveEhfRequested, this,
            [this](qint64 invoiceId) { saveDocuments({invoiceId}, DocumentKind::Invoice, {}, Files::Ehf); });
    connect(&card, &InvoiceCardDialog::dunningRequested, this, [this](qint64 invoiceId) {
        selectId(invoiceId);
        remindSelected();
    });
    card.exec();
    if (card.changedRegister()) {
        reload();
        selectId(id);
    }
}

void DuesPage::deleteSelected()
{
    if (selectedIds().isEmpty())
        return;
    QMessageBox::information(this, tr("Invoices Are Kept"),
                             tr("Issued invoices and credit notes are never deleted: the bookkeeping must be able "
                                "to trace every number. To correct an invoice, issue a credit note for it."));
}

void DuesPage::registerPayment()
{
    const int row = m_model->rowOfInvoice(currentId());
    if (row < 0)
        return;
    const qint64 id = currentId();
    InvoiceAmountDialog dialog(m_workspace, m_model->invoiceAt(row),
                               InvoiceAmountDialog::Purpose::Payment, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectId(id);
    }
}

void DuesPage::importPayments(const QString &path)
{
    const QString file = path.isEmpty()
        ? FileDialogs::openFile(this, tr("Import Payments"), QStringLiteral("bankfile"),
                                tr("Bank files (OCR giro, camt.053/054) (*.txt *.ocr *.dat *.xml);;All files (*)"))
        : path;
    if (file.isEmpty())
        return;
    PaymentImportDialog dialog(m_workspace, file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const PaymentImportRepository::Result &result = dialog.result();
    QMessageBox::information(this, tr("Import Payments"),
                             tr("%n payment(s) booked from the bank file, in all %1; %2 wait for you.", nullptr,
                                result.booked)
                                 .arg(result.bookedAmount.toString())
                                 .arg(result.waiting));
}

void DuesPage::showWaitingPayments()
{
    WaitingPaymentsDialog dialog(m_workspace, this);
    dialog.exec();
    if (dialog.bookedCount() > 0)
        reload();
}

void DuesPage::showAgeing()
{
    AgeingDialog dialog(m_workspace, this);
    dialog.exec();
}

void DuesPage::creditCurrent()
{
    const int row = m_model->rowOfInvoice(currentId());
    if (row < 0)
        return;
    const qint64 id = currentId();
    InvoiceAmountDialog dialog(m_workspace, m_model->invoiceAt(row),
                               InvoiceAmountDialog::Purpose::CreditNote, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const QList<Invoice> notes = m_workspace->invoices().creditNotesOf(id);
    if (notes.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Credit Note Issued"),
                                              tr("Credit note %1 issued. Save it now as PDF, and as EHF if the "
                                                 "member receives it?").arg(notes.last().number),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        saveDocuments({notes.last().id}, DocumentKind::Invoice, {}, Files::PdfAndEhf);
}

void DuesPage::remindSelected()
{
    const QDate today = QDate::currentDate();
    QList<qint64> overdue;
    int steps[DunningRule::handOver + 1] = {};
    int handedOver = 0;
    for (qint64 id : selectedIds()) {
        const int row = m_model->rowOfInvoice(id);
        if (row < 0 || m_model->index(row, 0).data(InvoicesModel::StatusRole).toInt() != int(InvoiceStatus::Overdue))
            continue;
        const int step = DunningRule::stepOf(m_model->invoiceAt(row)) + 1;
        if (step > DunningRule::handOver) {
            ++handedOver;
            continue;
        }
        ++steps[step];
        overdue.append(id);
    }
    if (overdue.isEmpty()) {
        QMessageBox::information(this, tr("Dunning"),
                                 handedOver > 0 ? tr("The selected overdue invoices are handed over already; the "
                                                     "program has no step after that.")
                                                : tr("Dunning is only for overdue invoices; none is selected."));
        return;
    }
    const DuesSettings settings = m_workspace->dues().loadSettings();
    QStringList plan;
    for (int step = DunningRule::firstReminder; step <= DunningRule::handOver; ++step) {
        if (steps[step] > 0)
            plan.append(tr("%1: %2").arg(DunningRule::nextLabel(step)).arg(steps[step]));
    }
    QString question =
        tr("Record the next dunning step, dated %1, for %n overdue invoice(s)? The new due date is %2.", nullptr,
           int(overdue.size()))
            .arg(QLocale().toString(today, QLocale::ShortFormat),
                 QLocale().toString(today.addDays(settings.reminderTermsDays), QLocale::ShortFormat));
    question += u'\n' + plan.join(u'\n');
    if (settings.reminderFee > Money()) {
        question += u'\n'
            + tr("A reminder fee of %1 is added to the 1st and 2nd reminders sent at least %2 days after the due date.")
                  .arg(settings.reminderFee.toString())
                  .arg(ReminderFeeRule::feeAllowedAfterDays);
    }
    if (handedOver > 0)
        question += u'\n' + tr("%n invoice(s) handed over already are left as they are.", nullptr, handedOver);
    const auto answer = QMessageBox::question(this, tr("Dunning"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                              QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    InvoiceRepository invoices = m_workspace->invoices();
    const Outcome recorded = invoices.recordReminders(overdue, today);
    reload();
    if (!recorded) {
        QMessageBox::warning(this, tr("Dunning"), tr("No dunning step was recorded: %1").arg(recorded.message()));
        return;
    }
    saveDocuments(overdue, DocumentKind::Reminder);
}

void DuesPage::editSettings()
{
    DuesSettingsDialog dialog(m_workspace, this);
    dialog.exec();
}

QList<InvoiceDocumentData> DuesPage::documentsOf(const QList<qint64> &ids, DocumentKind kind)
{
    QString error;
    const std::optional<QList<InvoiceDocumentData>> documents =
        m_workspace->documents(ids, kind, &error);
    if (!documents) {
        QMessageBox::warning(this, tr("Documents"), error);
        return {};
    }
    return *documents;
}

void DuesPage::saveDocuments(const QList<qint64> &invoiceIds, DocumentKind kind, QString folder, Files files)
{
    if (invoiceIds.isEmpty() || m_writer)
        return;
    QList<InvoiceDocumentData> documents = documentsOf(invoiceIds, kind);
    if (documents.isEmpty())
        return;
    std::sort(documents.begin(), documents.end(), [](const InvoiceDocumentData &a, const InvoiceDocumentData &b) {
        return a.invoice.number < b.invoice.number;
    });
    if (folder.isEmpty()) {
        folder = files == Files::Ehf ? EhfOutbox::folderToWrite(this)
                                     : FileDialogs::existingFolder(this, tr("Save PDFs in Folder"), QStringLiteral("pdf"));
        if (folder.isEmpty())
            return;
    }

    m_writer = std::make_unique<InvoiceBatchWriter>(documents, folder);
    QString ehfFolder;
    if (files == Files::Ehf) {
        ehfFolder = folder;
        m_writer->setPdfFiles(false);
        m_writer->setEhf(InvoiceBatchWriter::Ehf::All, folder);
    } else if (files == Files::PdfAndEhf) {
        const QString outbox = EhfOutbox::folder();
        ehfFolder = !outbox.isEmpty() && QDir(outbox).exists() ? outbox : folder;
        m_writer->setEhf(InvoiceBatchWriter::Ehf::Receivers, ehfFolder);
    }
    if (files != Files::Ehf && documents.size() > 1)
        m_writer->setCombinedFileName(InvoiceBatchWriter::defaultCombinedFileName(documents));
    if (files == Files::Ehf && m_writer->ehfDocuments().isEmpty()) {
        QMessageBox::information(this, tr("EHF"), tr("Reminders are sent as PDF only; none of the selected "
                                                     "documents is an invoice or a credit note."));
        m_writer.reset();
        return;
    }
    // An invalid EHF is refused by the receiver's access point: none is written.
    if (const QStringList problems = files == Files::Pdf ? QStringList() : m_writer->ehfProblems(); !problems.isEmpty()) {
        QMessageBox refusal(QMessageBox::Warning, tr("EHF"),
                            tr("%n document(s) cannot be written as valid EHF:", nullptr, int(problems.size())),
                            QMessageBox::Cancel, this);
        refusal.setInformativeText(problems.join(u'\n')
                                   + QStringLiteral("\n\n")
                                   + tr("Complete the member or the network settings, or clear “receives EHF” on the "
                                        "member's Invoicing tab."));
        QPushButton *pdfOnly = files == Files::PdfAndEhf ? refusal.addButton(tr("Write the PDFs Only"), QMessageBox::AcceptRole)
                                                         : nullptr;
        refusal.exec();
        if (!pdfOnly || refusal.clickedButton() != pdfOnly) {
            m_writer.reset();
            return;
        }
        m_writer->setEhf(InvoiceBatchWriter::Ehf::None, {});
        ehfFolder.clear();
    }
    QStringList existing = m_writer->targetPaths();
    existing.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    if (!existing.isEmpty()) {
        QMessageBox question(QMessageBox::Question, tr("PDF"),
                             tr("%n of these files exist already in %1, such as “%2”.", nullptr, int(existing.size()))
                                 .arg(QDir::toNativeSeparators(folder), QFileInfo(existing.first()).fileName()),
                             QMessageBox::Yes | QMessageBox::Cancel, this);
        question.setInformativeText(tr("Replace them with the documents as issued?"));
        question.button(QMessageBox::Yes)->setText(tr("Replace"));
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Yes) {
            m_writer.reset();
            return;
        }
    }
    auto *progress = new QProgressDialog(files == Files::Pdf ? tr("Writing PDFs…") : tr("Writing documents…"), tr("Cancel"), 0, m_writer->fileCount(), this);
    progress->setObjectName(QStringLiteral("pdfProgress"));
    progress->setWindowTitle(tr("PDF"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, this, [this] {
        if (m_writer)
            m_writer->cancel();
    });
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, progress, folder, ehfFolder, files] {
        watcher->deleteLater();
        const Outcome outcome = m_writer->outcome();
        const QStringList written = m_writer->writtenFiles();
        m_writer.reset();
        // Closing a progress dialog reports a cancel; with the writer gone it is ignored.
        progress->close();
        const qsizetype ehfCount = std::count_if(written.cbegin(), written.cend(),
                                                 [](const QString &file) { return file.endsWith(QStringLiteral(".xml")); });
        QStringList parts;
        if (files != Files::Ehf)
            parts.append(tr("%n PDF file(s) written to %1.", nullptr, int(written.size() - ehfCount))
                             .arg(QDir::toNativeSeparators(folder)));
        if (!ehfFolder.isEmpty())
            parts.append(tr("%n EHF file(s) written to %1.", nullptr, int(ehfCount)).arg(QDir::toNativeSeparators(ehfFolder)));
        const QString message = outcome ? parts.join(u' ') : outcome.message();
        emit documentsWritten(written, message);
        if (!outcome) {
            QMessageBox::warning(this, tr("PDF"), message);
            return;
        }
        emit statusMessage(message);
        showWrittenNotice(message, files == Files::Ehf ? ehfFolder : folder);
    });
    m_future = m_writer->start();
    watcher->setFuture(m_future);
}

void DuesPage::showWrittenNotice(const QString &message, const QString &folder)
{
    // Not modal: the user may go on working while it is read.
    auto *notice = new QMessageBox(QMessageBox::Information, tr("Documents Saved"), message, QMessageBox::Close, this);
    notice->setObjectName(QStringLiteral("documentsWrittenNotice"));
    notice->setAttribute(Qt::WA_DeleteOnClose);
    notice->setModal(false);
    QPushButton *open = notice->addButton(tr("Open Folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFolder"));
    connect(open, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    notice->show();
}

void DuesPage::paintDocuments(QPrinter *printer, const QList<InvoiceDocumentData> &documents)
{
    QPainter painter;
    if (!painter.begin(printer))
        return;
    const QRectF page = printer->paperRect(QPrinter::DevicePixel).translated(-printer->pageRect(QPrinter::DevicePixel).topLeft());
    bool first = true;
    for (const InvoiceDocumentData &data : documents) {
        const InvoiceDocument document(data);
        for (int index = 0; index < document.pageCount(); ++index) {
            if (!first)
                printer->newPage();
            first = false;
            document.paint(painter, page, index);
        }
    }
    painter.end();
}

void DuesPage::printSelected(bool preview)
{
    const QList<InvoiceDocumentData> documents = documentsOf(selectedIds(), DocumentKind::Invoice);
    if (documents.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(InvoiceDocument(documents.first()).title());
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print Preview"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [this, &documents](QPrinter *target) { paintDocuments(target, documents); });
        dialog.resize(900, 1000);
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    // Its file chooser is Qt's standard one, which opens the files it lists (see
    // FileDialogs); PDFs are saved through Save PDF instead.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() == QDialog::Accepted)
        paintDocuments(&printer, documents);
}

QString DuesPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n invoice(s) and credit note(s)", "", total);
    return tr("%1 of %n invoices and credit notes", "", total).arg(shown);
}

void DuesPage::retranslateUi()
{
    m_paymentAction->setText(tr("Register &Payment…"));
    m_paymentAction->setToolTip(tr("Register a payment received for the invoice (Ctrl+B)"));
    m_creditAction->setText(tr("&Credit Note…"));
    m_creditAction->setToolTip(tr("Correct the invoice with a credit note for all or part of it"));
    m_reminderAction->setText(tr("&Dunning Step…"));
    m_reminderAction->setToolTip(tr("Record the next dunning step (1st reminder, 2nd reminder, hand-over) for the "
                                    "selected overdue invoices and save the letters as PDF"));
    m_pdfAction->setText(tr("Save &PDFs…"));
    m_pdfAction->setToolTip(tr("Save the selected invoices as PDF files (Ctrl+Shift+S)"));
    m_importAction->setText(tr("&Import Payments…"));
    //: The toolbar's button for payments: by hand, the bank's files, what waits, and the ageing.
    m_paymentsButtonAction->setText(tr("Pa&yments"));
    m_paymentsButtonAction->setToolTip(tr("Register a payment, import the bank's files, the waiting payments and the ageing"));
    //: The toolbar's button for the PDFs, EHF and printing of the selected invoices.
    m_documentsButtonAction->setText(tr("Doc&uments"));
    m_documentsButtonAction->setToolTip(tr("Save the selected invoices as PDF or EHF, or print them"));
    m_importAction->setToolTip(tr("Book the payments of a bank file (OCR giro or camt.053/054) by their KID "
                                  "(Ctrl+Shift+I)"));
    m_waitingAction->setText(tr("&Waiting Payments…"));
    m_ageingAction->setText(tr("&Ageing of Receivables…"));
    m_importLogAction->setText(tr("Imported &Bank Files…"));
    m_importLogAction->setToolTip(tr("The log of every bank file imported: when, what it booked, what waits"));
    m_ageingAction->setToolTip(tr("What each member owes, by how long it is overdue"));
    m_waitingAction->setToolTip(tr("The bank's payments that could not be booked by their KID"));
    m_ehfAction->setText(tr("Save &EHF…"));
    m_ehfAction->setToolTip(tr("Save the selected invoices and credit notes as EHF e-invoices, into the EHF "
                               "outbox when one is set (Ctrl+Shift+E)"));
    m_printAction->setText(tr("P&rint Invoices…"));
    m_previewAction->setText(tr("Print Pre&view…"));
    m_settingsAction->setText(tr("Rates and &Terms…"));
    if (m_yearFilter->count() > 0)
        m_yearFilter->setItemText(0, tr("All years"));
    m_yearFilter->setToolTip(tr("Show the invoices of this year"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    m_statusFilter->setItemText(1, tr("Not paid"));
    m_statusFilter->setItemText(2, tr("Due for dunning"));
    for (int i = 3; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(i, InvoiceTerms::label(InvoiceStatus(m_statusFilter->itemData(i).toInt())));
    m_statusFilter->setToolTip(tr("Show only invoices with this status; “Not paid” is open, partly paid and overdue; "
                                  "“Due for dunning” is overdue with the next dunning step’s day come"));
    RegisterPage::retranslateUi();
    newAction()->setText(tr("Dues Run…"));
    newAction()->setToolTip(tr("Preview and issue a year's dues invoices (Ctrl+N)"));
    updateTotals();
}

QString DuesPage::listTitle() const
{
    return tr("Invoices");
}

QString DuesPage::menuTitle() const
{
    return tr("&Invoices");
}

} // namespace Sekretariat
