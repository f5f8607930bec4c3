#include "waitingpaymentsdialog.h"

#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sekretariat {

WaitingPaymentsDialog::WaitingPaymentsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_book(new QPushButton(this))
    , m_setAside(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("waitingPaymentsDialog"));
    setWindowTitle(tr("Payments Waiting"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("waiting"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Amount"), tr("KID"), tr("Payer or message"), tr("Suggested invoice"),
                                        tr("Why it waits"), tr("File")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_book->setObjectName(QStringLiteral("book"));
    m_book->setText(tr("&Book on Invoice…"));
    m_setAside->setObjectName(QStringLiteral("setAside"));
    m_setAside->setText(tr("&Not Ours…"));
    m_setAside->setToolTip(tr("Set the payment aside: it is not the network's money (it stays in the import log)."));
    m_buttons->addButton(m_book, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_setAside, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_book, &QPushButton::clicked, this, &WaitingPaymentsDialog::bookSelected);
    connect(m_setAside, &QPushButton::clicked, this, &WaitingPaymentsDialog::setAsideSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WaitingPaymentsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &WaitingPaymentsDialog::bookSelected);
    resize(960, 460);
    reload();
}

void WaitingPaymentsDialog::reload()
{
    const PaymentImportRepository imports = m_workspace->paymentImports();
    m_waiting = imports.waiting();
    const QLocale locale;
    m_table->setRowCount(int(m_waiting.size()));
    for (int row = 0; row < m_waiting.size(); ++row) {
        const PaymentImportRepository::Waiting &w = m_waiting.at(row);
        const BankTransaction &t = w.transaction;
        const QStringList texts{locale.toString(t.bookingDate, QLocale::ShortFormat), t.amount.toString(locale), t.kid,
                                !t.payerName.isEmpty() ? t.payerName : !t.text.isEmpty() ? t.text : t.payerAccount,
                                w.suggestedInvoiceNumber > 0 ? QString::number(w.suggestedInvoiceNumber) : QString(),
                                w.reason, w.fileName};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (column == 1 || column == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(!imports.lastError().isEmpty()
                           ? tr("The waiting payments cannot be read: %1").arg(imports.lastError())
                       : m_waiting.isEmpty()
                           ? tr("No payment from the bank waits for you.")
                           : tr("%n payment(s) from the bank could not be booked by their KID. Book each on its invoice, "
                                "or set it aside if it is not the network's money.",
                                nullptr, int(m_waiting.size())));
    if (!m_waiting.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

const PaymentImportRepository::Waiting *WaitingPaymentsDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_waiting.size() || !m_table->selectionModel()->isRowSelected(row, {}))
        return nullptr;
    return &m_waiting.at(row);
}

void WaitingPaymentsDialog::updateButtons()
{
    m_book->setEnabled(selected());
    m_setAside->setEnabled(selected());
}

Outcome WaitingPaymentsDialog::bookSelectedOn(qint64 invoiceNumber)
{
    const PaymentImportRepository::Waiting *waiting = selected();
    if (!waiting)
        return Outcome::failure(tr("Choose a payment first."));
    const Outcome booked = m_workspace->paymentImports().bookWaiting(waiting->id, invoiceNumber);
    if (booked) {
        ++m_booked;
        reload();
    }
    return booked;
}

void WaitingPaymentsDialog::bookSelected()
{
    const PaymentImportRepository::Waiting *waiting = selected();
    if (!waiting)
        return;
    bool ok = false;
    const QString typed = QInputDialog::getText(
        this, tr("Book on Invoice"),
        tr("The invoice number the payment of %1 belongs to:").arg(waiting->transaction.amount.toString()),
        QLineEdit::Normal,
        waiting->suggestedInvoiceNumber > 0 ? QString::number(waiting->suggestedInvoiceNumber) : QString(), &ok);
    if (!ok)
        return;
    bool isNumber = false;
    const qint64 number = typed.trimmed().toLongLong(&isNumber);
    const Outcome booked = isNumber ? bookSelectedOn(number)
                                    : Outcome::failure(tr("Invoice: “%1” is not an invoice number.").arg(typed.trimmed()));
    if (!booked)
        QMessageBox::warning(this, tr("Book on Invoice"), booked.message());
}

void WaitingPaymentsDialog::setAsideSelected()
{
    const PaymentImportRepository::Waiting *waiting = selected();
    if (!waiting)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Not Ours"),
        tr("Set the payment of %1 on %2 aside as not the network's money? It is not booked, and cannot be "
           "booked later.")
            .arg(waiting->transaction.amount.toString(),
                 QLocale().toString(waiting->transaction.bookingDate, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Outcome setAside = m_workspace->paymentImports().setAside(waiting->id); !setAside)
        QMessageBox::warning(this, tr("Not Ours"), setAside.message());
    reload();
}

} // namespace Sekretariat
