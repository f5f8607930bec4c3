#include "ageingdialog.h"

#include "common/filedialogs.h"
#include "common/listexport.h"
#include "common/modelroles.h"
#include "common/shownlist.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sekretariat {

AgeingDialog::AgeingDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ageingDialog"));
    const QDate today = QDate::currentDate();
    const QLocale locale;
    setWindowTitle(tr("Ageing of Receivables"));
    const InvoiceRepository invoices = workspace->invoices();
    m_rows = AgeingReport::of(invoices.invoicesOfYear(0), today);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setText(!invoices.lastError().isEmpty()
                           ? tr("The invoices cannot be read: %1").arg(invoices.lastError())
                           : tr("What each member owes on %1, by the days since the invoice's due date.")
                                 .arg(locale.toString(today, QLocale::ShortFormat)));
    QStringList header{tr("No."), tr("Member")};
    for (int bucket = 0; bucket < AgeingReport::BucketCount; ++bucket)
        header.append(AgeingReport::bucketLabel(AgeingReport::Bucket(bucket)));
    header.append(tr("Total"));
    m_table->setObjectName(QStringLiteral("ageing"));
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    QList<AgeingReport::Row> shown = m_rows;
    shown.append(AgeingReport::totalOf(m_rows));
    m_table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const AgeingReport::Row &r = shown.at(row);
        QStringList texts{r.memberNumber, r.memberName};
        for (int bucket = 0; bucket < AgeingReport::BucketCount; ++bucket)
            texts.append(r.amounts[bucket].isZero() ? QString() : r.amounts[bucket].toString(locale));
        texts.append(r.total.toString(locale));
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column >= 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                // A workbook gets the amount, not its text.
                const Money amount = column - 2 < AgeingReport::BucketCount ? r.amounts[column - 2] : r.total;
                if (!texts.at(column).isEmpty())
                    item->setData(SpreadsheetValueRole, QVariant::fromValue(amount));
            }
            if (row == shown.size() - 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("&Save CSV…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveCsv"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(saveButton, &QPushButton::clicked, this, &AgeingDialog::save);
    QPushButton *exportButton = buttons->addButton(tr("&Export List…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportList"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QList<int> columns;
        for (int column = 0; column < m_table->columnCount(); ++column)
            columns.append(column);
        ListExport::exportWithDialog(this, ShownList::of(*m_table->model(), columns), windowTitle());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 520);
}

bool AgeingDialog::saveCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray csv = AgeingReport::csv(m_rows);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void AgeingDialog::save()
{
    //: A CSV file name: lower case, no spaces; %1 is today's date.
    const QString suggested = tr("ageing-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = FileDialogs::saveFile(this, tr("Save Ageing as CSV"), QStringLiteral("csv"), suggested,
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QString error; !saveCsv(path, &error))
        QMessageBox::warning(this, tr("Save Ageing as CSV"),
                             tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace Sekretariat
