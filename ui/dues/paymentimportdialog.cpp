#include "paymentimportdialog.h"

#include "payments/bankfilereader.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sekretariat {

namespace {

enum Column { PositionColumn, DateColumn, AmountColumn, KidColumn, PayerColumn, MatchColumn, ResultColumn,
              InvoiceColumn, MemberColumn, OutstandingColumn, ReasonColumn, ColumnCount };

QString matchLabel(PaymentMatch::Status status)
{
    switch (status) {
    case PaymentMatch::Status::Matched:
        return PaymentImportDialog::tr("Matched");
    case PaymentMatch::Status::Overpaid:
        return PaymentImportDialog::tr("Overpaid");
    case PaymentMatch::Status::Suggested:
        return PaymentImportDialog::tr("Suggested");
    case PaymentMatch::Status::Unmatched:
        return PaymentImportDialog::tr("Unmatched");
    case PaymentMatch::Status::NotAPayment:
        return PaymentImportDialog::tr("Not a payment");
    }
    return {};
}

QString dispositionLabel(PaymentImportRepository::Disposition disposition)
{
    switch (disposition) {
    case PaymentImportRepository::Disposition::Booked:
        return PaymentImportDialog::tr("To book");
    case PaymentImportRepository::Disposition::Waiting:
        return PaymentImportDialog::tr("Waits for you");
    case PaymentImportRepository::Disposition::AlreadyImported:
        return PaymentImportDialog::tr("Imported before");
    case PaymentImportRepository::Disposition::Shown:
        return PaymentImportDialog::tr("Not booked");
    }
    return {};
}

} // namespace

PaymentImportDialog::PaymentImportDialog(Workspace *workspace, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_path(path)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("paymentImportDialog"));
    setWindowTitle(tr("Import Payments – %1").arg(QFileInfo(path).fileName()));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("transactions"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Date"), tr("Amount"), tr("KID"), tr("Payer"), tr("Match"),
                                        tr("Result"), tr("Invoice"), tr("Member"), tr("Outstanding after"),
                                        tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaymentImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    resize(1100, 560);
    showPreview();
}

void PaymentImportDialog::showPreview()
{
    QPushButton *book = m_buttons->button(QDialogButtonBox::Ok);
    book->setEnabled(false);
    book->setText(tr("&Book Payments"));
    QString error;
    const std::optional<QByteArray> contents = BankFileReader::contentsOf(m_path, &error);
    if (!contents) {
        m_summary->setText(error);
        return;
    }
    m_contents = *contents;
    m_file = BankFileReader::read(m_contents, &error);
    if (!m_file) {
        m_summary->setText(error);
        return;
    }
    // The repository says why it cannot: a file imported before, a read that failed.
    const PaymentImportRepository imports = m_workspace->paymentImports();
    const std::optional<PaymentImportRepository::Result> planned = imports.preview(m_contents, *m_file);
    if (!planned) {
        m_summary->setText(imports.lastError());
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(planned->lines.size()));
    for (int row = 0; row < planned->lines.size(); ++row) {
        const PaymentImportRepository::Line &line = planned->lines.at(row);
        const BankTransaction &t = line.match.transaction;
        const bool withInvoice = line.match.invoiceNumber > 0;
        const bool earlier = line.disposition == PaymentImportRepository::Disposition::AlreadyImported;
        const QStringList texts{QString::number(t.position),
                                locale.toString(t.bookingDate, QLocale::ShortFormat),
                                t.currency == u"NOK" ? t.amount.toString(locale)
                                                     : QStringLiteral("%1 %2").arg(t.currency, t.amount.toPlainString(locale)),
                                t.kid,
                                !t.payerName.isEmpty() ? t.payerName : !t.text.isEmpty() ? t.text : t.payerAccount,
                                earlier ? QString() : matchLabel(line.match.status),
                                dispositionLabel(line.disposition),
                                withInvoice ? QString::number(line.match.invoiceNumber) : QString(),
                                line.match.memberName,
                                withInvoice ? line.match.outstandingAfter.toString(locale) : QString(),
                                line.match.reason};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == PositionColumn || column == AmountColumn || column == InvoiceColumn
                || column == OutstandingColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(texts.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1, %n transaction(s): %2 to book (%3), %4 waiting for you, %5 imported before. "
                          "Payments whose KID matches an invoice are booked; the others wait for you.",
                          nullptr, int(planned->lines.size()))
                           .arg(m_file->format)
                           .arg(planned->booked)
                           .arg(planned->bookedAmount.toString(locale))
                           .arg(planned->waiting)
                           .arg(planned->alreadyImported));
    book->setText(tr("&Book %n Payment(s)", nullptr, planned->booked));
    book->setEnabled(planned->booked + planned->waiting > 0);
}

void PaymentImportDialog::accept()
{
    if (!m_file)
        return;
    PaymentImportRepository imports = m_workspace->paymentImports();
    const Outcome imported = imports.import(m_path, m_contents, *m_file, &m_result);
    if (!imported) {
        QMessageBox::warning(this, tr("Import Payments"), imported.message());
        return;
    }
    QDialog::accept();
}

} // namespace Sekretariat
