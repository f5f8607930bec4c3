#include "creditdialog.h"

#include "common/datefield.h"
#include "dues/invoicerepository.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sekretariat {

CreditDialog::CreditDialog(const Workspace *workspace, const QList<Invoice> &invoices, Purpose purpose, QWidget *parent)
    : FormDialog(parent)
    , m_workspace(workspace)
    , m_purpose(purpose)
    , m_summary(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_date(new DateField(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(purpose == Purpose::SetAgainst ? QStringLiteral("setCreditAgainstDialog")
                                                 : QStringLiteral("refundCreditDialog"));
    for (const Invoice &invoice : invoices) {
        if (invoice.kind != InvoiceKind::Invoice)
            continue;
        if (invoice.outstanding() < Money())
            m_withCredit.append(invoice);
        else if (invoice.outstanding() > Money())
            m_withOutstanding.append(invoice);
    }
    m_summary->setWordWrap(true);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(QDate::currentDate());
    m_note->setObjectName(QStringLiteral("note"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    m_form->addRow(new QLabel(this), m_from);
    m_form->addRow(new QLabel(this), m_to);
    m_form->addRow(new QLabel(this), m_amount);
    m_form->addRow(new QLabel(this), m_date);
    m_form->addRow(new QLabel(this), m_note);
    m_form->setRowVisible(m_to, purpose == Purpose::SetAgainst);
    m_form->setRowVisible(m_note, purpose == Purpose::Refund);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &CreditDialog::suggestAmount);
    connect(m_to, &QComboBox::currentIndexChanged, this, &CreditDialog::suggestAmount);
    connect(m_amount, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreditDialog::reject);
    retranslateUi();
    suggestAmount();
    setMinimumWidth(480);
}

void CreditDialog::suggestAmount()
{
    const int from = m_from->currentIndex();
    if (from < 0 || from >= m_withCredit.size())
        return;
    Money amount = -m_withCredit.at(from).outstanding();
    const int to = m_to->currentIndex();
    if (m_purpose == Purpose::SetAgainst && to >= 0 && to < m_withOutstanding.size())
        amount = std::min(amount, m_withOutstanding.at(to).outstanding());
    m_amount->setText(amount.toPlainString());
    m_amount->selectAll();
}

void CreditDialog::accept()
{
    const int from = m_from->currentIndex();
    const int to = m_to->currentIndex();
    if (from < 0 || from >= m_withCredit.size() || (m_purpose == Purpose::SetAgainst && (to < 0 || to >= m_withOutstanding.size()))) {
        m_error->setText(m_purpose == Purpose::SetAgainst
                             ? tr("Credit is set against an invoice with money outstanding; this member has none.")
                             : tr("This member has no credit to refund."));
        m_error->show();
        return;
    }
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
    const Invoice &source = m_withCredit.at(from);
    Outcome outcome = Outcome::failure(QString());
    if (m_purpose == Purpose::SetAgainst) {
        outcome = invoices.setCreditAgainst(source.id, m_withOutstanding.at(to).id, *amount, m_date->date());
    } else {
        const auto answer = QMessageBox::question(
            this, tr("Refund Credit"),
            tr("Record that %1 of invoice %2 was paid back to the member? Pay it from the bank yourself; this "
               "only books it.")
                .arg(amount->toString())
                .arg(source.number),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        outcome = invoices.refundCredit(source.id, *amount, m_date->date(), m_note->text());
    }
    if (!outcome) {
        m_error->setText(outcome.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

void CreditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CreditDialog::retranslateUi()
{
    const bool setAgainst = m_purpose == Purpose::SetAgainst;
    setWindowTitle(setAgainst ? tr("Set Credit Against an Invoice") : tr("Refund Credit"));
    m_summary->setText(setAgainst ? tr("Moves what the member paid too much from one invoice to another that is "
                                       "still open: a payment taken back from the first and booked on the second.")
                                  : tr("Books that what the member paid too much was paid back to the member."));
    const QLocale locale;
    const int from = m_from->currentIndex();
    const int to = m_to->currentIndex();
    m_from->clear();
    for (const Invoice &invoice : std::as_const(m_withCredit))
        m_from->addItem(tr("Invoice %1 (%2): %3 in the member's favour")
                            .arg(invoice.number)
                            .arg(invoice.year)
                            .arg((-invoice.outstanding()).toString(locale)));
    m_to->clear();
    for (const Invoice &invoice : std::as_const(m_withOutstanding))
        m_to->addItem(tr("Invoice %1 (%2): %3 outstanding")
                          .arg(invoice.number)
                          .arg(invoice.year)
                          .arg(invoice.outstanding().toString(locale)));
    m_from->setCurrentIndex(std::max(from, 0));
    m_to->setCurrentIndex(std::max(to, 0));
    auto label = [this](QWidget *field) { return qobject_cast<QLabel *>(m_form->labelForField(field)); };
    label(m_from)->setText(tr("&From:"));
    label(m_to)->setText(tr("&To:"));
    label(m_amount)->setText(tr("&Amount:"));
    label(m_date)->setText(tr("&Date:"));
    label(m_note)->setText(tr("&Note:"));
    for (QWidget *field : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                           static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_date),
                           static_cast<QWidget *>(m_note)})
        label(field)->setBuddy(field);
    m_buttons->button(QDialogButtonBox::Ok)->setText(setAgainst ? tr("&Set Against") : tr("&Refund…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Sekretariat
