#include "invoicecarddialog.h"

#include "workspace/workspace.h"

#include "dues/duescalculator.h"
#include "dues/invoicerepository.h"
#include "dues/invoiceterms.h"

#include <QDialogButtonBox>
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

InvoiceCardDialog::InvoiceCardDialog(const Workspace *workspace, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_invoiceId(invoiceId)
    , m_content(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_saveEhf(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    m_saveEhf->setObjectName(QStringLiteral("saveEhf"));
    connect(m_saveEhf, &QPushButton::clicked, this, [this] { emit saveEhfRequested(m_invoiceId); });
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
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 620);
    retranslateUi();
}

QString InvoiceCardDialog::text() const
{
    return m_content->text();
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
    m_saveEhf->setText(tr("Save &EHF…"));
    m_saveEhf->setToolTip(tr("Save this document as an EHF e-invoice, into the EHF outbox when one is set"));
    if (!found) {
        setWindowTitle(tr("Invoice"));
        m_content->setText(tr("This invoice could not be read."));
        return;
    }
    const Invoice &invoice = *found;
    const QLocale locale;
    auto date = [&locale](const QDate &date) { return locale.toString(date, QLocale::ShortFormat); };
    const bool creditNote = invoice.kind == InvoiceKind::CreditNote;
    setWindowTitle(QStringLiteral("%1 %2").arg(InvoiceTerms::label(invoice.kind)).arg(invoice.number));

    QString html = QStringLiteral("<h2>%1 %2</h2><table>").arg(InvoiceTerms::label(invoice.kind).toHtmlEscaped()).arg(invoice.number);
    html += row(tr("Member"), QStringLiteral("%1 %2").arg(invoice.buyerNumber, invoice.buyerName));
    html += row(tr("Organisation no."), invoice.buyerOrganisationNumber);
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
