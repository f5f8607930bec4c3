#include "memberinvoicestable.h"

#include "dues/invoiceterms.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace Sekretariat {

MemberInvoicesTable::MemberInvoicesTable(const QList<Invoice> &invoices, QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("memberInvoices"));
    setColumnCount(6);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setInvoices(invoices);
}

void MemberInvoicesTable::setInvoices(const QList<Invoice> &invoices)
{
    m_invoices = invoices;
    std::sort(m_invoices.begin(), m_invoices.end(), [](const Invoice &a, const Invoice &b) { return a.number > b.number; });
    fill();
}

void MemberInvoicesTable::fill()
{
    const QLocale locale;
    setHorizontalHeaderLabels({tr("Number"), tr("Year"), tr("Issued"), tr("Amount"), tr("Outstanding"), tr("Status")});
    setRowCount(int(m_invoices.size()));
    const QDate today = QDate::currentDate();
    for (int row = 0; row < m_invoices.size(); ++row) {
        const Invoice &invoice = m_invoices.at(row);
        const bool creditNote = invoice.kind == InvoiceKind::CreditNote;
        const QStringList cells{QString::number(invoice.number), QString::number(invoice.year),
                                locale.toString(invoice.issueDate, QLocale::ShortFormat), invoice.amount.toString(locale),
                                creditNote ? QString() : invoice.outstanding().toString(locale),
                                InvoiceTerms::label(InvoiceStatusRule::statusOf(invoice, today))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column <= 1 || column == 3 || column == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, invoice.id);
            setItem(row, column, item);
        }
    }
    resizeColumnsToContents();
}

void MemberInvoicesTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QTableWidget::changeEvent(event);
}

} // namespace Sekretariat
