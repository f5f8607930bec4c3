#include "memberaccountpanel.h"

#include "dues/invoicecarddialog.h"

#include "common/filedialogs.h"
#include "creditdialog.h"
#include "documents/statementdocument.h"
#include "dues/invoicerepository.h"
#include "memberinvoicestable.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace Sekretariat {

MemberAccountPanel::MemberAccountPanel(Workspace *workspace, qint64 memberId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_memberId(memberId)
    , m_balance(new QLabel(this))
    , m_table(new MemberInvoicesTable({}, this))
    , m_statementPdf(new QPushButton(this))
    , m_statementCsv(new QPushButton(this))
    , m_setAgainst(new QPushButton(this))
    , m_refund(new QPushButton(this))
{
    setObjectName(QStringLiteral("memberAccount"));
    m_balance->setObjectName(QStringLiteral("balance"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statementPdf->setObjectName(QStringLiteral("statementPdf"));
    m_statementCsv->setObjectName(QStringLiteral("statementCsv"));
    m_setAgainst->setObjectName(QStringLiteral("setCreditAgainst"));
    m_refund->setObjectName(QStringLiteral("refundCredit"));
    for (QPushButton *button : {m_statementPdf, m_statementCsv, m_setAgainst, m_refund})
        button->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statementPdf);
    buttons->addWidget(m_statementCsv);
    buttons->addStretch();
    buttons->addWidget(m_setAgainst);
    buttons->addWidget(m_refund);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_balance);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_statementPdf, &QPushButton::clicked, this, [this] { saveStatement({}, false); });
    connect(m_statementCsv, &QPushButton::clicked, this, [this] { saveStatement({}, true); });
    connect(m_setAgainst, &QPushButton::clicked, this, [this] { handleCredit(false); });
    connect(m_refund, &QPushButton::clicked, this, [this] { handleCredit(true); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openInvoice(m_table->item(index.row(), 0)->data(Qt::UserRole).toLongLong());
    });
    reload();
    retranslateUi();
}

void MemberAccountPanel::openInvoice(qint64 invoiceId)
{
    if (invoiceId <= 0)
        return;
    InvoiceCardDialog card(m_workspace, invoiceId, this);
    card.exec();
    if (card.changedRegister())
        reload();
}

int MemberAccountPanel::invoiceCount() const
{
    return m_table->rowCount();
}

void MemberAccountPanel::reload()
{
    m_table->setInvoices(m_workspace->invoices().invoicesOfMember(m_memberId));
    retranslateUi();
}

bool MemberAccountPanel::saveStatement(const QString &path, bool csv)
{
    const InvoiceRepository invoices = m_workspace->invoices();
    const std::optional<AccountStatement> statement = invoices.statementOf(m_memberId);
    const std::optional<Member> member = m_workspace->members().find(m_memberId);
    if (!statement || !member) {
        QMessageBox::warning(this, tr("Statement of Account"),
                             tr("The statement cannot be read: %1").arg(invoices.lastError()));
        return false;
    }
    const StatementDocument document(*statement, *member, m_workspace->networkSettings().load(), QDate::currentDate());
    QString target = path;
    if (target.isEmpty()) {
        QString name = document.fileName();
        if (csv)
            name = QFileInfo(name).completeBaseName() + QStringLiteral(".csv");
        target = csv ? FileDialogs::saveFile(this, tr("Save Statement as CSV"), QStringLiteral("csv"), name,
                                             tr("CSV files (*.csv)"))
                     : FileDialogs::saveFile(this, tr("Save Statement as PDF"), QStringLiteral("pdf"), name,
                                             tr("PDF files (*.pdf)"));
        if (target.isEmpty())
            return false;
    }
    QString error;
    bool written = false;
    if (csv) {
        QSaveFile file(target);
        written = file.open(QIODevice::WriteOnly) && file.write(statement->csv()) >= 0 && file.commit();
        error = file.errorString();
    } else {
        written = document.writePdf(target, &error);
    }
    if (!written) {
        QMessageBox::warning(this, tr("Statement of Account"), tr("The statement could not be saved: %1").arg(error));
        return false;
    }
    return true;
}

void MemberAccountPanel::handleCredit(bool refund)
{
    CreditDialog dialog(m_workspace, m_workspace->invoices().invoicesOfMember(m_memberId),
                        refund ? CreditDialog::Purpose::Refund : CreditDialog::Purpose::SetAgainst, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MemberAccountPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MemberAccountPanel::retranslateUi()
{
    const InvoiceTotals totals = InvoiceTotals::of(m_table->invoices());
    const Money owed = totals.outstanding + totals.creditBalance;  // what the open invoices still want
    QStringList parts;
    if (owed > Money())
        parts.append(tr("Outstanding: %1.").arg(owed.toString()));
    if (totals.creditBalance > Money())
        parts.append(tr("Credit balance: %1 paid beyond the invoices, in the member's favour.")
                         .arg(totals.creditBalance.toString()));
    if (parts.isEmpty())
        parts.append(tr("Nothing is outstanding."));
    m_balance->setText(parts.join(u' '));
    const bool hasCredit = totals.creditBalance > Money();
    m_setAgainst->setEnabled(hasCredit && owed > Money());
    m_refund->setEnabled(hasCredit);
    m_statementPdf->setText(tr("Statement (&PDF)…"));
    m_statementPdf->setToolTip(tr("Every invoice, credit note, reminder and payment with the running balance, in the "
                                  "member's language"));
    m_statementCsv->setText(tr("Statement (CS&V)…"));
    m_setAgainst->setText(tr("Set Credit &Against…"));
    m_setAgainst->setToolTip(tr("Use what the member paid too much for an invoice that is still open"));
    m_refund->setText(tr("Re&fund Credit…"));
    m_refund->setToolTip(tr("Book that the credit was paid back to the member"));
}

} // namespace Sekretariat
