#include "invoiceamountdialog.h"

#include "members/memberplausibility.h"

#include "common/datefield.h"
#include "common/doubtsquestion.h"

#include "workspace/workspace.h"

#include "issuedatequestion.h"

#include "dues/invoicerepository.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sekretariat {

InvoiceAmountDialog::InvoiceAmountDialog(const Workspace *workspace, const Invoice &invoice, Purpose purpose,
                                         QWidget *parent)
    : FormDialog(parent)
    , m_workspace(workspace)
    , m_invoice(invoice)
    , m_purpose(purpose)
    , m_summary(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_date(new DateField(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(purpose == Purpose::Payment ? QStringLiteral("paymentDialog") : QStringLiteral("creditNoteDialog"));
    m_summary->setWordWrap(true);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(QDate::currentDate());
    m_note->setObjectName(QStringLiteral("note"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    // What is still owed, or what may still be credited, is the likely amount.
    const Money suggested = purpose == Purpose::Payment ? m_invoice.outstanding() : m_invoice.amount + m_invoice.credited;
    if (suggested > Money())
        m_amount->setText(suggested.toPlainString());

    m_form->addRow(new QLabel(this), m_amount);
    m_form->addRow(new QLabel(this), m_date);
    m_form->addRow(new QLabel(this), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_amount, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InvoiceAmountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InvoiceAmountDialog::reject);
    m_amount->selectAll();
    retranslateUi();
    setMinimumWidth(460);
}

void InvoiceAmountDialog::accept()
{
    const std::optional<Money> amount = Money::parse(m_amount->text());
    if (!amount) {
        m_error->setText(tr("Amount: “%1” is not an amount, such as %2.")
                             .arg(m_amount->text(), Money::fromKroner(1250).toPlainString()));
        m_error->show();
        m_amount->setFocus();
        return;
    }
    if (const QString problem = m_date->problemIfRequired(DateField::labelOf(m_date)); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_date->setFocus();
        return;
    }
    InvoiceRepository invoices = m_workspace->invoices();
    Outcome outcome = Outcome::failure(QString());
    if (m_purpose == Purpose::Payment) {
        // Bookkeeping lasts: a slip in the amount or the year is asked about before it is booked.
        QStringList doubts;
        if (*amount > m_invoice.outstanding())
            doubts.append(tr("%1 is more than the %2 outstanding; the rest, %3, becomes the member's credit.")
                              .arg(amount->toString(), m_invoice.outstanding().toString(),
                                   (*amount - m_invoice.outstanding()).toString()));
        if (MemberPlausibility::isFarFromToday(m_date->date(), QDate::currentDate()) || m_date->date() > QDate::currentDate())
            doubts.append(tr("The payment date %1 is not a day the money can have come.")
                              .arg(QLocale().toString(m_date->date(), QLocale::ShortFormat)));
        if (!DoubtsQuestion::confirm(this, tr("Register this payment?"), doubts))
            return;
        outcome = invoices.registerPayment(m_invoice.id, m_date->date(), *amount, m_note->text().trimmed());
    } else {
        if (!IssueDateQuestion::accepts(this, tr("Credit Note"), m_date->date(), m_workspace))
            return;
        const auto answer = QMessageBox::question(
            this, tr("Credit Note"),
            tr("Issue a credit note of %1 for invoice %2? It gets its own number and can never be changed or deleted.")
                .arg(amount->toString())
                .arg(m_invoice.number),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        outcome = invoices.issueCreditNote(m_invoice.id, *amount, m_date->date(), m_note->text().trimmed());
    }
    if (!outcome) {
        m_error->setText(outcome.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

void InvoiceAmountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void InvoiceAmountDialog::retranslateUi()
{
    const bool payment = m_purpose == Purpose::Payment;
    setWindowTitle(payment ? tr("Register Payment") : tr("Credit Note"));
    QString summary = tr("Invoice %1 to %2, %3. Amount %4, credited %5, paid %6, outstanding %7.")
                          .arg(m_invoice.number)
                          .arg(m_invoice.buyerName, QLocale().toString(m_invoice.issueDate, QLocale::ShortFormat),
                               m_invoice.amount.toString(), (-m_invoice.credited).toString(), m_invoice.paid.toString(),
                               m_invoice.outstanding().toString());
    if (payment)
        summary += u' ' + tr("A negative amount corrects a payment registered by mistake.");
    else
        summary += u' ' + tr("At most what is not credited yet can be credited.");
    m_summary->setText(summary);
    auto label = [this](QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    label(m_amount)->setText(tr("&Amount:"));
    label(m_date)->setText(payment ? tr("&Paid on:") : tr("&Date:"));
    label(m_note)->setText(payment ? tr("&Note:") : tr("&Reason:"));
    for (QWidget *field : {static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_note)})
        label(field)->setBuddy(field);
    m_buttons->button(QDialogButtonBox::Ok)->setText(payment ? tr("&Register") : tr("&Issue Credit Note…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Sekretariat
