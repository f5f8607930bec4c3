#include "importmergedialog.h"

#include "tableimport/importfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sekretariat {

ImportMergeDialog::ImportMergeDialog(const ImportRow &row, ImportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_row(row)
    , m_action(new QComboBox(this))
    , m_fields(new QTableWidget(int(row.merge.size()), 3, this))
{
    setObjectName(QStringLiteral("importMergeDialog"));
    setWindowTitle(tr("Row %1 – %2").arg(row.rowNumber).arg(row.name));
    m_action->setObjectName(QStringLiteral("action"));
    m_action->addItem(tr("Merge into the register's"), int(ImportRow::Action::Merge));
    m_action->addItem(tr("Skip the row"), int(ImportRow::Action::Skip));
    if (kind == ImportKind::People)
        m_action->addItem(tr("Add as a new person"), int(ImportRow::Action::Add));
    m_action->setCurrentIndex(std::max(0, m_action->findData(int(row.action))));

    m_fields->setObjectName(QStringLiteral("fields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("In the register"), tr("In the file (ticked: taken)")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    for (int index = 0; index < row.merge.size(); ++index) {
        const FieldChange &change = row.merge.at(index);
        m_fields->setItem(index, 0, new QTableWidgetItem(ImportFields::label(change.field)));
        m_fields->setItem(index, 1, new QTableWidgetItem(change.before));
        auto *taken = new QTableWidgetItem(change.after);
        taken->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        taken->setCheckState(change.take ? Qt::Checked : Qt::Unchecked);
        m_fields->setItem(index, 2, taken);
    }
    m_fields->resizeColumnsToContents();
    m_fields->horizontalHeader()->setStretchLastSection(true);

    auto *existing = new QLabel(tr("In the register: %1").arg(row.existing), this);
    existing->setWordWrap(true);
    auto *nothing = new QLabel(tr("The file has nothing the register does not already have."), this);
    nothing->setVisible(row.merge.isEmpty());
    auto *form = new QFormLayout;
    form->addRow(tr("&This row:"), m_action);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(existing);
    layout->addLayout(form);
    layout->addWidget(m_fields, 1);
    layout->addWidget(nothing);
    layout->addWidget(buttons);
    auto enableFields = [this] {
        m_fields->setEnabled(ImportRow::Action(m_action->currentData().toInt()) == ImportRow::Action::Merge);
    };
    enableFields();
    connect(m_action, &QComboBox::currentIndexChanged, this, enableFields);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 420);
}

ImportRow ImportMergeDialog::row() const
{
    ImportRow chosen = m_row;
    chosen.action = ImportRow::Action(m_action->currentData().toInt());
    for (int index = 0; index < chosen.merge.size(); ++index)
        chosen.merge[index].take = m_fields->item(index, 2)->checkState() == Qt::Checked;
    return chosen;
}

} // namespace Sekretariat
