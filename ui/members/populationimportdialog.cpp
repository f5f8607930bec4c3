#include "populationimportdialog.h"

#include "population/populationfile.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sekretariat {

namespace {

enum Column { NumberColumn, NameColumn, BeforeColumn, BeforeDateColumn, AfterColumn, AfterDateColumn, ChangeColumn,
              DuesBeforeColumn, DuesAfterColumn, ResultColumn, SourceColumn, ColumnCount };

// Sorts by the number or date behind the text, not the text.
class SortedItem : public QTableWidgetItem
{
public:
    SortedItem(const QString &text, const QVariant &key) : QTableWidgetItem(text) { setData(Qt::UserRole, key); }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return QVariant::compare(data(Qt::UserRole), other.data(Qt::UserRole)) == QPartialOrdering::Less;
    }
};

} // namespace

PopulationImportDialog::PopulationImportDialog(Workspace *workspace, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_path(path)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_unmatchedLabel(new QLabel(this))
    , m_unmatched(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("populationImportDialog"));
    setWindowTitle(tr("Import Population – %1").arg(QFileInfo(path).fileName()));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("changes"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_unmatched->setObjectName(QStringLiteral("unmatched"));
    m_unmatched->setMaximumHeight(m_unmatched->fontMetrics().height() * 5);
    m_unmatchedLabel->setBuddy(m_unmatched);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_unmatchedLabel);
    layout->addWidget(m_unmatched);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PopulationImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    resize(1180, 620);
    showPreview();
}

void PopulationImportDialog::showPreview()
{
    QPushButton *update = m_buttons->button(QDialogButtonBox::Ok);
    update->setEnabled(false);
    update->setText(tr("&Update Members"));
    m_unmatchedLabel->hide();
    m_unmatched->hide();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    QString error;
    const std::optional<PopulationFile> figures = PopulationFileReader::read(file.readAll(), 0, &error);
    if (!figures) {
        m_summary->setText(error);
        return;
    }
    const PopulationRepository populations = m_workspace->populations();
    m_plan = populations.plan(*figures);
    if (!m_plan) {
        m_summary->setText(populations.lastError());
        return;
    }
    const QLocale locale;
    const QString duesYear = QString::number(m_plan->duesYear);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Member"), tr("Population"), tr("Of"), tr("From the File"),
                                        tr("Of"), tr("Change"), tr("Dues %1 Now").arg(duesYear),
                                        tr("Dues %1 After").arg(duesYear), tr("Result"), tr("From / Why")});
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_plan->changes.size()));
    auto money = [&locale](const std::optional<Money> &amount) { return amount ? amount->toString(locale) : QString(); };
    for (int row = 0; row < m_plan->changes.size(); ++row) {
        const PopulationChange &change = m_plan->changes.at(row);
        const Member &member = change.member;
        const bool withFigure = change.result != PopulationChange::Result::NoFigure;
        const qint64 difference = change.population - member.population;
        QString source = change.reason.isEmpty() ? change.source : change.reason;
        if (change.renumbered)
            source = tr("%1 (renumbered since)").arg(change.source);
        const QList<QTableWidgetItem *> items{
            new SortedItem(member.number, member.number),
            new SortedItem(member.name, member.name),
            new SortedItem(locale.toString(member.population), member.population),
            new SortedItem(locale.toString(member.populationDate, QLocale::ShortFormat), member.populationDate),
            new SortedItem(withFigure ? locale.toString(change.population) : QString(), change.population),
            new SortedItem(withFigure ? locale.toString(change.populationDate, QLocale::ShortFormat) : QString(),
                           change.populationDate),
            new SortedItem(withFigure ? (difference > 0 ? QStringLiteral("+") : QString()) + locale.toString(difference)
                                      : QString(),
                           difference),
            new SortedItem(money(change.duesBefore), change.duesBefore ? change.duesBefore->ore() : 0),
            new SortedItem(money(change.duesAfter), change.duesAfter ? change.duesAfter->ore() : 0),
            new SortedItem(PopulationImportPlanner::resultLabel(change.result), int(change.result)),
            new SortedItem(source, source)};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = items.at(column);
            if (column == BeforeColumn || column == AfterColumn || column == ChangeColumn || column == DuesBeforeColumn
                || column == DuesAfterColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(item->text());
            m_table->setItem(row, column, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NumberColumn, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();

    m_unmatched->clear();
    m_unmatched->addItems(m_plan->unmatched);
    m_unmatchedLabel->setText(tr("In the file, not &matched to a municipality (%n):", nullptr,
                                 int(m_plan->unmatched.size())));
    m_unmatchedLabel->setVisible(!m_plan->unmatched.isEmpty());
    m_unmatched->setVisible(!m_plan->unmatched.isEmpty());

    const int updates = m_plan->updates();
    QString summary = tr("%1: the population on %2 of %n municipalities (%3).", nullptr,
                         int(figures->municipalities.size()))
                          .arg(figures->title.isEmpty() ? QFileInfo(m_path).fileName() : figures->title,
                               locale.toString(figures->date(), QStringLiteral("d MMMM yyyy")), figures->format);
    summary += u' ' + tr("%n member(s) get a new figure; the figures they have now stay in their history.", nullptr, updates);
    m_summary->setText(summary);
    update->setText(tr("&Update %n Member(s)", nullptr, updates));
    update->setEnabled(updates > 0);
}

void PopulationImportDialog::accept()
{
    if (!m_plan || m_plan->updates() == 0)
        return;
    PopulationRepository populations = m_workspace->populations();
    const Outcome applied = populations.apply(*m_plan);
    if (!applied) {
        QMessageBox::warning(this, tr("Import Population"), applied.message());
        return;
    }
    m_updated = m_plan->updates();
    QDialog::accept();
}

} // namespace Sekretariat
