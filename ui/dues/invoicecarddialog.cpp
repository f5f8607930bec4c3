#include "invoicecarddialog.h"

#include "workspace/workspace.h"

#include "dues/duescalculator.h"
#include "dues/invoicerepository.h"
#include "dues/invoiceterms.h"

#include "common/checkdigits.h"
#include "common/filedialogs.h"
#include "documents/invoicedocument.h"
#include "invoiceamountdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sekretariat {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:16px; color:#5f6368'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
}

} // namespace

InvoiceCardDialog::InvoiceCardDialog(Workspace *workspace, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_invoiceId(invoiceId)
    , m_content(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_saveEhf(new QPushButton(this))
    , m_payment(new QPushButton(this))
    , m_credit(new QPushButton(this))
    , m_dunning(new QPushButton(this))
    , m_preview(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
{
    m_saveEhf->setObjectName(QStringLiteral("saveEhf"));
    m_payment->setObjectName(QStringLiteral("cardPayment"));
    m_credit->setObjectName(QStringLiteral("cardCreditNote"));
    m_dunning->setObjectName(QStringLiteral("cardDunning"));
    m_preview->setObjectName(QStringLiteral("cardPreview"));
    m_savePdf->setObjectName(QStringLiteral("cardSavePdf"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_payment, m_credit, m_dunning}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch();
    for (QPushButton *button : {m_preview, m_savePdf, m_saveEhf}) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    // Shown once the page connects to them.
    m_dunning->hide();
    m_saveEhf->hide();
    connect(m_saveEhf, &QPushButton::clicked, this, [this] { emit saveEhfRequested(m_invoiceId); });
    connect(m_dunning, &QPushButton::clicked, this, [this] {
        emit dunningRequested(m_invoiceId);
        m_changed = true;
        retranslateUi();
    });
    connect(m_payment, &QPushButton::clicked, this, &InvoiceCardDialog::registerPayment);
    connect(m_credit, &QPushButton::clicked, this, &InvoiceCardDialog::issueCreditNote);
    connect(m_preview, &QPushButton::clicked, this, &InvoiceCardDialog::previewPdf);
    connect(m_savePdf, &QPushButton::clicked, this, [this] { savePdf(); });
    setObjectName(QStringLiteral("invoiceCard"));
    m_content->setObjectName(QStringLiteral("content"));
    m_content->setTextFormat(Qt::RichText);
    m_content->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_content->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(actions);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 620);
    retranslateUi();
}

QString InvoiceCardDialog::text() const
{
    return m_content->text();
}

void InvoiceCardDialog::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&InvoiceCardDialog::saveEhfRequested))
        m_saveEhf->show();
    if (signal == QMetaMethod::fromSignal(&InvoiceCardDialog::dunningRequested))
        m_dunning->setVisible(true);
    QDialog::connectNotify(signal);
}

void InvoiceCardDialog::registerPayment()
{
    const std::optional<Invoice> invoice = m_workspace->invoices().find(m_invoiceId);
    if (!invoice)
        return;
    InvoiceAmountDialog dialog(m_workspace, *invoice, InvoiceAmountDialog::Purpose::Payment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    retranslateUi();
}

void InvoiceCardDialog::issueCreditNote()
{
    const std::optional<Invoice> invoice = m_workspace->invoices().find(m_invoiceId);
    if (!invoice)
        return;
    InvoiceAmountDialog dialog(m_workspace, *invoice, InvoiceAmountDialog::Purpose::CreditNote, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    retranslateUi();
    const QList<Invoice> notes = m_workspace->invoices().creditNotesOf(m_invoiceId);
    if (notes.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Credit Note Issued"),
        tr("Credit note %1 issued. Open its card, to save or print it?").arg(notes.last().number),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        InvoiceCardDialog card(m_workspace, notes.last().id, this);
        card.exec();
    }
}

void InvoiceCardDialog::previewPdf()
{
    QString error;
    const auto documents = m_workspace->documents({m_invoiceId}, DocumentKind::Invoice, &error);
    if (!documents || documents->isEmpty()) {
        QMessageBox::warning(this, tr("Preview"), error);
        return;
    }
    const InvoiceDocument document(documents->first());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(document.title());
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("invoicePreview"));
    preview.setWindowTitle(tr("Preview: %1").arg(windowTitle()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *target) {
        QPainter painter;
        if (!painter.begin(target))
            return;
        const QRectF page = target->paperRect(QPrinter::DevicePixel)
                                .translated(-target->pageRect(QPrinter::DevicePixel).topLeft());
        for (int index = 0; index < document.pageCount(); ++index) {
            if (index > 0)
                target->newPage();
            document.paint(painter, page, index);
        }
    });
    preview.resize(900, 1000);
    preview.exec();
}

bool InvoiceCardDialog::savePdf(QString path)
{
    QString error;
    const auto documents = m_workspace->documents({m_invoiceId}, DocumentKind::Invoice, &error);
    if (!documents || documents->isEmpty()) {
        QMessageBox::warning(this, tr("Save PDF"), error);
        return false;
    }
    const InvoiceDocument document(documents->first());
    if (path.isEmpty())
        path = FileDialogs::saveFile(this, tr("Save PDF"), QStringLiteral("pdf"), document.fileName(),
                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!document.writePdf(path, &error)) {
        QMessageBox::warning(this, tr("Save PDF"), tr("The PDF could not be written: %1").arg(error));
        return false;
    }
    return true;
}

void InvoiceCardDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void InvoiceCardDialog::retranslateUi()
{
    const InvoiceRepository invoices = m_workspace->invoices();
    const std::optional<Invoice> found = invoices.find(m_invoiceId);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_payment->setText(tr("Register &Payment…"));
    m_credit->setText(tr("&Credit Note…"));
    m_dunning->setText(tr("&Dunning Step…"));
    m_preview->setText(tr("Pre&view…"));
    m_savePdf->setText(tr("Save P&DF…"));
    m_saveEhf->setText(tr("Save &EHF…"));
    m_saveEhf->setToolTip(tr("Save this document as an EHF e-invoice, into the EHF outbox when one is set"));
    if (!found) {
        setWindowTitle(tr("Invoice"));
        m_content->setText(tr("This invoice could not be read."));
        return;
    }
    const Invoice &invoice = *found;
    // What follows from a credit note is done on its invoice.
    const bool open = invoice.kind == InvoiceKind::Invoice
        && InvoiceStatusRule::statusOf(invoice, QDate::currentDate()) != InvoiceStatus::Credited;
    m_payment->setEnabled(open && !m_workspace->isReadOnly());
    m_credit->setEnabled(open && !m_workspace->isReadOnly());
    m_dunning->setEnabled(InvoiceStatusRule::statusOf(invoice, QDate::currentDate()) == InvoiceStatus::Overdue
                          && !m_workspace->isReadOnly());
    const QLocale locale;
    auto date = [&locale](const QDate &date) { return locale.toString(date, QLocale::ShortFormat); };
    const bool creditNote = invoice.kind == InvoiceKind::CreditNote;
    setWindowTitle(QStringLiteral("%1 %2").arg(InvoiceTerms::label(invoice.kind)).arg(invoice.number));

    QString html = QStringLiteral("<h2>%1 %2</h2><table>").arg(InvoiceTerms::label(invoice.kind).toHtmlEscaped()).arg(invoice.number);
    html += row(tr("Member"), QStringLiteral("%1 %2").arg(invoice.buyerNumber, invoice.buyerName));
    html += row(tr("Organisation no."), CheckDigits::groupedOrganisationNumber(invoice.buyerOrganisationNumber));
    html += row(tr("Invoice address"), invoice.buyerAddress);
    html += row(tr("Invoice e-mail"), invoice.buyerEmail);
    html += row(tr("Buyer reference"), invoice.buyerReference);
    html += row(tr("Year"), QString::number(invoice.year));
    html += row(tr("Issued"), date(invoice.issueDate));
    if (creditNote) {
        html += row(tr("Credits invoice"), QString::number(invoice.creditsInvoiceNumber));
        html += row(tr("Reason"), invoice.note);
        html += row(tr("Amount"), invoice.amount.toString(locale));
    } else {
        html += row(tr("Due"), date(invoice.dueDate));
        html += row(tr("KID"), invoice.kid);
        html += row(tr("Calculation"), tr("%1 inhabitants (%2) × %3 per inhabitant; rule: %4")
                                           .arg(locale.toString(invoice.population), date(invoice.populationDate),
                                                Money::fromOre(invoice.rateOre).toString(locale),
                                                DuesCalculator::ruleLabel(invoice.rule)));
        if (invoice.months < 12)
            html += row(tr("Months charged"), QString::number(invoice.months));
        html += row(tr("Amount"), invoice.amount.toString(locale));
        html += row(tr("Credited"), (-invoice.credited).toString(locale));
        html += row(tr("Paid"), invoice.paid.toString(locale));
        html += row(tr("Outstanding"), invoice.outstanding().toString(locale));
        html += row(tr("Status"), InvoiceTerms::label(InvoiceStatusRule::statusOf(invoice, QDate::currentDate())));
        if (invoice.reminderCount > 0) {
            html += row(tr("Reminders"), tr("%n reminder(s), the last on %1, due %2", nullptr, invoice.reminderCount)
                                              .arg(date(invoice.lastReminderOn), date(invoice.reminderDueDate)));
        }
    }
    html += QStringLiteral("</table>");

    if (!creditNote) {
        const QList<InvoiceRepository::Payment> payments = invoices.paymentsOf(invoice.id);
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Payments").toHtmlEscaped());
        if (payments.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("No payment registered.").toHtmlEscaped());
        html += QStringLiteral("<table>");
        for (const InvoiceRepository::Payment &payment : payments)
            html += row(date(payment.paidOn), payment.amount.toString(locale) + (payment.note.isEmpty() ? QString() : QStringLiteral(" – ") + payment.note));
        html += QStringLiteral("</table>");
        const QList<Invoice> notes = invoices.creditNotesOf(invoice.id);
        if (!notes.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Credit notes").toHtmlEscaped());
            for (const Invoice &note : notes)
                html += row(tr("No. %1, %2").arg(note.number).arg(date(note.issueDate)),
                            note.amount.toString(locale) + (note.note.isEmpty() ? QString() : QStringLiteral(" – ") + note.note));
            html += QStringLiteral("</table>");
        }
    }
    m_content->setText(html);
}

} // namespace Sekretariat
