#include "paymentimportlogdialog.h"

#include "payments/paymentimportrepository.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sekretariat {

PaymentImportLogDialog::PaymentImportLogDialog(const Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("paymentImportLogDialog"));
    setWindowTitle(tr("Imported Bank Files"));
    const PaymentImportRepository imports = workspace->paymentImports();
    const QList<PaymentImportRepository::ImportLog> log = imports.importLog();
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(!imports.lastError().isEmpty()
                         ? tr("The log cannot be read: %1").arg(imports.lastError())
                         : tr("%n bank file(s) imported. A file is imported once; its log is never changed.", nullptr,
                              int(log.size())));
    const QStringList header{tr("Imported"), tr("File"), tr("Format"), tr("Transactions"), tr("Booked"),
                             tr("Waiting"), tr("Total"), tr("Booked amount")};
    m_table->setObjectName(QStringLiteral("importLog"));
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setRowCount(int(log.size()));
    const QLocale locale;
    for (int row = 0; row < log.size(); ++row) {
        const PaymentImportRepository::ImportLog &entry = log.at(row);
        const QStringList cells{locale.toString(entry.importedAt.toLocalTime(), QLocale::ShortFormat),
                                entry.fileName,
                                entry.format,
                                locale.toString(entry.transactions),
                                locale.toString(entry.booked),
                                locale.toString(entry.waiting),
                                entry.total.toString(locale),
                                entry.bookedAmount.toString(locale)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 1 && !entry.transmission.isEmpty())
                item->setToolTip(tr("Transmission %1").arg(entry.transmission));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 420);
}

} // namespace Sekretariat
