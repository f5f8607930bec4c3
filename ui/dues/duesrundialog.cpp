#include "duesrundialog.h"

#include "duessettingsdialog.h"

#include "common/datefield.h"

#include "workspace/workspace.h"

#include "issuedatequestion.h"

#include "common/registerfiltermodel.h"
#include "dues/duesrepository.h"
#include "dues/duesrunmodel.h"
#include "dues/invoicerepository.h"
#include "members/memberrepository.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <cmath>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Sekretariat {

DuesRunDialog::DuesRunDialog(const Workspace *workspace, int year, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new DuesRunModel(this))
    , m_filter(new RegisterFilterModel(this))
    , m_year(new QSpinBox(this))
    , m_issueDate(new DateField(this))
    , m_yearLabel(new QLabel(this))
    , m_issueDateLabel(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_setRate(new QPushButton(this))
    , m_carryForward(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_selectAll(new QPushButton(this))
    , m_selectNone(new QPushButton(this))
    , m_totals(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("duesRunDialog"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2200);
    m_year->setValue(year);
    m_yearLabel->setBuddy(m_year);
    m_year->setKeyboardTracking(false);
    m_issueDate->setObjectName(QStringLiteral("issueDate"));
    m_issueDate->setDate(QDate::currentDate());
    m_issueDateLabel->setBuddy(m_issueDate);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DuesRunModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int character = m_view->fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> widths{{DuesRunModel::IncludedColumn, 16}, {DuesRunModel::NumberColumn, 8},
                                        {DuesRunModel::NameColumn, 24},     {DuesRunModel::PopulationColumn, 12},
                                        {DuesRunModel::PopulationDateColumn, 14}, {DuesRunModel::RawAmountColumn, 17},
                                        {DuesRunModel::RuleColumn, 16},     {DuesRunModel::AmountColumn, 15}};
    for (const auto &[column, characters] : widths)
        m_view->horizontalHeader()->resizeSection(column, characters * character + 12);

    auto *top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(m_issueDateLabel);
    top->addWidget(m_issueDate);
    top->addStretch();
    top->addWidget(m_selectAll);
    top->addWidget(m_selectNone);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate, 1);
    rateRow->addWidget(m_setRate);
    rateRow->addWidget(m_carryForward);
    layout->addLayout(rateRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &DuesRunDialog::plan);
    m_setRate->setObjectName(QStringLiteral("setRate"));
    m_carryForward->setObjectName(QStringLiteral("carryForward"));
    for (QPushButton *button : {m_setRate, m_carryForward})
        button->setAutoDefault(false);
    connect(m_setRate, &QPushButton::clicked, this, &DuesRunDialog::setRate);
    connect(m_carryForward, &QPushButton::clicked, this, &DuesRunDialog::carryForward);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { m_model->setAllIncluded(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { m_model->setAllIncluded(false); });
    connect(m_model, &DuesRunModel::inclusionChanged, this, &DuesRunDialog::updateTotals);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DuesRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DuesRunDialog::reject);

    resize(1100, 620);
    plan();
    retranslateUi();
}

void DuesRunDialog::setRate()
{
    DuesSettingsDialog dialog(m_workspace, this);
    dialog.exec();
    plan();
}

void DuesRunDialog::carryForward()
{
    const std::optional<YearRate> last = m_workspace->dues().rateTable().rateFor(year() - 1);
    if (!last)
        return;
    bool ok = false;
    const double percent = QInputDialog::getDouble(
        this, tr("Carry the Rate Forward"),
        tr("The deflator for %1 in per cent (the state budget's price and wage growth for the municipalities); "
           "%2's rate is %3 per inhabitant:")
            .arg(year())
            .arg(year() - 1)
            .arg(Money::fromOre(last->rateOre).toString()),
        0.0, -20.0, 50.0, 2, &ok);
    if (!ok)
        return;
    RateEntry entry;
    entry.year = year();
    entry.deflatorBasisPoints = int(std::lround(percent * 100));
    const Outcome saved = m_workspace->dues().saveRateEntry(entry);
    if (!saved) {
        QMessageBox::warning(this, tr("Carry the Rate Forward"), saved.message());
        return;
    }
    plan();
}

int DuesRunDialog::year() const
{
    return m_year->value();
}

void DuesRunDialog::plan()
{
    DuesRepository dues = m_workspace->dues();
    const std::optional<YearRate> rate = dues.rateTable().rateFor(year());
    if (!rate) {
        m_model->setLines({});
    } else {
        m_model->setLines(DuesRunPlanner::plan(year(), m_workspace->members().all(), *rate, dues.loadSettings(),
                                               m_workspace->invoices().invoicedMemberIds(year())));
    }
    describeRate();
}

void DuesRunDialog::describeRate()
{
    const RateTable rates = m_workspace->dues().rateTable();
    const std::optional<YearRate> rate = rates.rateFor(year());
    // Without a rate, the way to one is offered right here.
    m_setRate->setVisible(!rate);
    m_carryForward->setVisible(!rate && rates.rateFor(year() - 1).has_value());
    if (!rate) {
        m_rate->setText(rates.whyNoRate(year()));
        return;
    }
    const QLocale locale;
    QString text = tr("Rate %1: %2 per inhabitant, floor %3, cap %4. Amounts are rounded to whole kroner; "
                      "county municipalities pay the cap.")
                       .arg(year())
                       .arg(Money::fromOre(rate->rateOre).toString(locale), rate->floor.toString(locale),
                            rate->cap.toString(locale));
    if (rate->derivedFromDeflator)
        text += u' ' + tr("The rate is last year's carried forward by the deflator.");
    m_rate->setText(text);
}

void DuesRunDialog::updateTotals()
{
    const DuesRunTotals totals = m_model->totals();
    QStringList parts;
    parts.append(tr("%n member(s) to invoice", nullptr, totals.included));
    parts.append(tr("in all %1").arg(totals.amount.toString()));
    if (totals.withWarnings > 0)
        parts.append(tr("%n with something to check", nullptr, totals.withWarnings));
    if (totals.alreadyInvoiced > 0)
        parts.append(tr("%n invoiced already for the year", nullptr, totals.alreadyInvoiced));
    m_totals->setText(parts.join(QStringLiteral(" · ")));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Issue %n Invoice(s)…", nullptr, totals.included));
    ok->setEnabled(totals.included > 0);
}

void DuesRunDialog::accept()
{
    const DuesRunTotals totals = m_model->totals();
    if (totals.included == 0)
        return;
    // Every EHF must be valid before anything is issued (as on the command line):
    // an invoice issued without its EHF would have to reach the buyer some other way.
    if (const QStringList problems = DuesRunPlanner::ehfProblems(m_model->lines(), m_workspace->networkSettings().load());
        !problems.isEmpty()) {
        QMessageBox refusal(QMessageBox::Warning, tr("Issue invoices"),
                            tr("%n member(s) cannot receive a valid EHF, so nothing is issued yet:", nullptr,
                               int(problems.size())),
                            QMessageBox::Ok, this);
        refusal.setInformativeText(problems.join(u'\n') + QStringLiteral("\n\n")
                                   + tr("Complete them, leave them out of this run, or clear “receives EHF” on the "
                                        "member's Invoicing tab."));
        refusal.exec();
        return;
    }
    if (const QString problem = m_issueDate->problemIfRequired(DateField::labelOf(m_issueDate)); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Issue invoices"), problem);
        m_issueDate->setFocus();
        return;
    }
    if (!IssueDateQuestion::accepts(this, tr("Issue invoices"), m_issueDate->date(), m_workspace))
        return;
    int again = 0;
    for (const DuesRunLine &line : m_model->lines())
        again += line.included && line.alreadyInvoiced ? 1 : 0;

    QMessageBox confirm(QMessageBox::Question, tr("Issue invoices"),
                        tr("Issue %n invoice(s) for %1, in all %2?", nullptr, totals.included)
                            .arg(year())
                            .arg(totals.amount.toString()),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    QString details = tr("Issued invoices get their numbers now and can never be changed or deleted; "
                         "a mistake is corrected with a credit note.");
    if (again > 0)
        details += QStringLiteral("\n\n") + tr("%n of them are invoiced for this year already and get a second invoice.",
                                               nullptr, again);
    confirm.setInformativeText(details);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return;

    QList<qint64> ids;
    const Outcome issued = m_workspace->invoices().issue(year(), m_model->lines(), m_issueDate->date(), again > 0, &ids);
    if (!issued) {
        QMessageBox::warning(this, tr("Issue invoices"), issued.message());
        return;
    }
    m_issuedIds = ids;
    QDialog::accept();
}

void DuesRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DuesRunDialog::retranslateUi()
{
    setWindowTitle(tr("Dues Run"));
    m_yearLabel->setText(tr("&Year:"));
    m_issueDateLabel->setText(tr("Invoice &date:"));
    m_selectAll->setText(tr("Select &All"));
    m_selectNone->setText(tr("Select &None"));
    m_setRate->setText(tr("Set the &Rate…"));
    m_setRate->setToolTip(tr("Open Rates and Terms to enter the year's rate, floor and cap"));
    m_carryForward->setText(tr("&Carry Last Year Forward…"));
    m_carryForward->setToolTip(tr("Last year's rate times the year's deflator"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    describeRate();
    updateTotals();
}

} // namespace Sekretariat
