#include "duessettingsdialog.h"

#include "common/filedialogs.h"

#include "dunningsettingspage.h"
#include "ehfoutbox.h"

#include "workspace/workspace.h"

#include "dues/duesrepository.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace Sekretariat {

namespace {

enum RateColumn { YearColumn, EnteredColumn, RateColumn, FloorColumn, CapColumn, RateColumnCount };

QString percent(int basisPoints)
{
    return QLocale().toString(basisPoints / 100.0, 'f', 2) + QStringLiteral(" %");
}

} // namespace

DuesSettingsDialog::DuesSettingsDialog(const Workspace *workspace, QWidget *parent)
    : FormDialog(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_ratesHelp(new QLabel(this))
    , m_rates(new QTableWidget(this))
    , m_rateForm(new QFormLayout)
    , m_year(new QSpinBox(this))
    , m_rate(new QLineEdit(this))
    , m_deflator(new QLineEdit(this))
    , m_floor(new QLineEdit(this))
    , m_cap(new QLineEdit(this))
    , m_saveYear(new QPushButton(this))
    , m_removeYear(new QPushButton(this))
    , m_termsForm(new QFormLayout)
    , m_paymentDays(new QSpinBox(this))
    , m_reminderDays(new QSpinBox(this))
    , m_proRata(new QCheckBox(this))
    , m_vatRegistered(new QCheckBox(this))
    , m_ehfOutbox(new QLineEdit(this))
    , m_chooseOutbox(new QPushButton(this))
    , m_dunning(new DunningSettingsPage(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("duesSettingsDialog"));
    m_ratesHelp->setWordWrap(true);
    m_rates->setObjectName(QStringLiteral("rates"));
    m_rates->setColumnCount(RateColumnCount);
    m_rates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rates->verticalHeader()->hide();
    m_rates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rates->horizontalHeader()->setSectionResizeMode(EnteredColumn, QHeaderView::Stretch);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2200);
    m_year->setValue(QDate::currentDate().year() + 1);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_deflator->setObjectName(QStringLiteral("deflator"));
    m_floor->setObjectName(QStringLiteral("floor"));
    m_cap->setObjectName(QStringLiteral("cap"));
    m_saveYear->setObjectName(QStringLiteral("saveYear"));
    m_removeYear->setObjectName(QStringLiteral("removeYear"));
    m_paymentDays->setObjectName(QStringLiteral("paymentTermsDays"));
    m_paymentDays->setRange(0, 365);
    m_reminderDays->setObjectName(QStringLiteral("reminderTermsDays"));
    m_reminderDays->setRange(0, 365);
    m_proRata->setObjectName(QStringLiteral("proRata"));
    m_vatRegistered->setObjectName(QStringLiteral("vatRegistered"));
    m_ehfOutbox->setObjectName(QStringLiteral("ehfOutbox"));
    m_chooseOutbox->setObjectName(QStringLiteral("chooseOutbox"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    for (QWidget *field : {static_cast<QWidget *>(m_year), static_cast<QWidget *>(m_rate),
                           static_cast<QWidget *>(m_deflator), static_cast<QWidget *>(m_floor),
                           static_cast<QWidget *>(m_cap)})
        m_rateForm->addRow(new QLabel(this), field);
    auto *yearButtons = new QHBoxLayout;
    yearButtons->addStretch();
    yearButtons->addWidget(m_removeYear);
    yearButtons->addWidget(m_saveYear);
    auto *ratesPage = new QWidget(m_tabs);
    auto *ratesLayout = new QVBoxLayout(ratesPage);
    ratesLayout->addWidget(m_ratesHelp);
    ratesLayout->addWidget(m_rates, 1);
    ratesLayout->addLayout(m_rateForm);
    ratesLayout->addLayout(yearButtons);

    m_termsForm->addRow(new QLabel(this), m_paymentDays);
    m_termsForm->addRow(new QLabel(this), m_reminderDays);
    m_termsForm->addRow(new QLabel(this), m_proRata);
    m_termsForm->addRow(new QLabel(this), m_vatRegistered);
    auto *outbox = new QHBoxLayout;
    outbox->addWidget(m_ehfOutbox, 1);
    outbox->addWidget(m_chooseOutbox);
    m_termsForm->addRow(new QLabel(this), outbox);
    auto *termsPage = new QWidget(m_tabs);
    termsPage->setLayout(m_termsForm);

    m_tabs->addTab(ratesPage, QString());
    m_tabs->addTab(termsPage, QString());
    m_tabs->addTab(m_dunning, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    const DuesSettings settings = m_workspace->dues().loadSettings();
    m_paymentDays->setValue(settings.paymentTermsDays);
    m_reminderDays->setValue(settings.reminderTermsDays);
    m_proRata->setChecked(settings.proRataNewMembers);
    m_vatRegistered->setChecked(settings.vatRegistered);
    m_dunning->load(settings);
    m_ehfOutbox->setText(QDir::toNativeSeparators(EhfOutbox::folder()));
    connect(m_chooseOutbox, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::existingFolder(this, tr("EHF Outbox"), QStringLiteral("ehf"));
        if (!folder.isEmpty())
            m_ehfOutbox->setText(QDir::toNativeSeparators(folder));
    });

    connect(m_rates, &QTableWidget::currentCellChanged, this, [this](int row) { showYear(row); });
    connect(m_saveYear, &QPushButton::clicked, this, &DuesSettingsDialog::saveYear);
    connect(m_removeYear, &QPushButton::clicked, this, &DuesSettingsDialog::removeYear);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DuesSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DuesSettingsDialog::reject);

    resize(720, 560);
    retranslateUi();
}

void DuesSettingsDialog::loadRates()
{
    DuesRepository dues = m_workspace->dues();
    const QList<RateEntry> entries = dues.rateEntries();
    const RateTable table = dues.rateTable();
    const QLocale locale;
    m_rates->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const RateEntry &entry = entries.at(row);
        const std::optional<YearRate> effective = table.rateFor(entry.year);
        QString entered;
        if (entry.rateOre)
            entered = tr("rate %1").arg(Money::fromOre(*entry.rateOre).toString(locale));
        else if (entry.deflatorBasisPoints)
            entered = tr("deflator %1").arg(percent(*entry.deflatorBasisPoints));
        const QStringList cells{QString::number(entry.year), entered,
                                effective ? Money::fromOre(effective->rateOre).toString(locale) : QString(),
                                effective ? effective->floor.toString(locale) : QString(),
                                effective ? effective->cap.toString(locale) : QString()};
        for (int column = 0; column < RateColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != EnteredColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, entry.year);
            m_rates->setItem(row, column, item);
        }
    }
}

void DuesSettingsDialog::showYear(int row)
{
    if (row < 0 || row >= m_rates->rowCount())
        return;
    const int year = m_rates->item(row, YearColumn)->data(Qt::UserRole).toInt();
    for (const RateEntry &entry : m_workspace->dues().rateEntries()) {
        if (entry.year != year)
            continue;
        m_year->setValue(entry.year);
        m_rate->setText(entry.rateOre ? Money::fromOre(*entry.rateOre).toPlainString() : QString());
        m_deflator->setText(entry.deflatorBasisPoints ? QLocale().toString(*entry.deflatorBasisPoints / 100.0, 'f', 2)
                                                      : QString());
        m_floor->setText(entry.floor ? entry.floor->toPlainString() : QString());
        m_cap->setText(entry.cap ? entry.cap->toPlainString() : QString());
    }
}

bool DuesSettingsDialog::saveYear()
{
    RateEntry entry;
    entry.year = m_year->value();
    auto readMoney = [this](QLineEdit *field, const QString &label, std::optional<Money> *target) {
        if (field->text().trimmed().isEmpty())
            return true;
        *target = Money::parse(field->text());
        if (!*target) {
            showError(tr("%1: “%2” is not an amount.").arg(label, field->text()));
            field->setFocus();
            return false;
        }
        return true;
    };
    std::optional<Money> rate;
    if (!readMoney(m_rate, tr("Rate"), &rate) || !readMoney(m_floor, tr("Floor"), &entry.floor)
        || !readMoney(m_cap, tr("Cap"), &entry.cap))
        return false;
    if (rate)
        entry.rateOre = rate->ore();
    if (!m_deflator->text().trimmed().isEmpty()) {
        QString text = m_deflator->text().trimmed();
        text.remove(u'%');
        bool ok = false;
        const double value = QLocale().toDouble(text.trimmed(), &ok);
        if (!ok) {
            showError(tr("Deflator: “%1” is not a percentage, such as %2.")
                          .arg(m_deflator->text(), QLocale().toString(4.2, 'f', 2)));
            m_deflator->setFocus();
            return false;
        }
        entry.deflatorBasisPoints = int(std::lround(value * 100));
    }
    const Outcome saved = m_workspace->dues().saveRateEntry(entry);
    if (!saved) {
        showError(saved.message());
        return false;
    }
    m_error->hide();
    loadRates();
    return true;
}

void DuesSettingsDialog::removeYear()
{
    const int year = m_year->value();
    const auto answer = QMessageBox::question(this, tr("Remove Year"), tr("Remove the rate of %1?").arg(year),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Outcome removed = m_workspace->dues().removeRateEntry(year);
    if (!removed) {
        showError(removed.message());
        return;
    }
    m_error->hide();
    loadRates();
}

void DuesSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void DuesSettingsDialog::accept()
{
    DuesSettings settings;
    settings.paymentTermsDays = m_paymentDays->value();
    settings.reminderTermsDays = m_reminderDays->value();
    settings.proRataNewMembers = m_proRata->isChecked();
    settings.vatRegistered = m_vatRegistered->isChecked();
    if (QString error; !m_dunning->read(&settings, &error)) {
        m_tabs->setCurrentWidget(m_dunning);
        showError(error);
        return;
    }
    const QString outbox = QDir::fromNativeSeparators(m_ehfOutbox->text().trimmed());
    // A folder chosen before and gone since (an unplugged drive) does not block the terms.
    if (!outbox.isEmpty() && outbox != EhfOutbox::folder() && !QDir(outbox).exists()) {
        m_tabs->setCurrentIndex(1);
        showError(tr("EHF outbox: the folder “%1” does not exist.").arg(m_ehfOutbox->text().trimmed()));
        m_ehfOutbox->setFocus();
        return;
    }
    const Outcome saved = m_workspace->dues().saveSettings(settings);
    if (!saved) {
        const QStringList dunningFields{QStringLiteral("firstReminderDays"), QStringLiteral("secondReminderDays"),
                                        QStringLiteral("handOverDays"), QStringLiteral("reminderFee")};
        m_tabs->setCurrentWidget(dunningFields.contains(saved.field()) ? static_cast<QWidget *>(m_dunning)
                                                                       : m_tabs->widget(1));
        showError(saved.message());
        return;
    }
    EhfOutbox::setFolder(outbox);
    QDialog::accept();
}

void DuesSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DuesSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Dues Settings"));
    m_tabs->setTabText(0, tr("Rates"));
    m_tabs->setTabText(1, tr("Terms"));
    m_tabs->setTabText(2, tr("Dunning"));
    m_ratesHelp->setText(tr("Enter a year's own rate per inhabitant, or its deflator: the year then takes the year "
                            "before's rate times (1 + deflator), rounded to whole øre. Floor and cap carry over "
                            "until a year sets its own. Dues are rounded to whole kroner."));
    m_rates->setHorizontalHeaderLabels({tr("Year"), tr("Entered"), tr("Rate"), tr("Floor"), tr("Cap")});
    const QList<QPair<QWidget *, QString>> rateLabels{{m_year, tr("&Year:")},
                                                      {m_rate, tr("Ra&te per inhabitant:")},
                                                      {m_deflator, tr("&Deflator (%):")},
                                                      {m_floor, tr("&Floor (empty: as before):")},
                                                      {m_cap, tr("C&ap (empty: as before):")}};
    for (const auto &[field, text] : rateLabels) {
        auto *label = qobject_cast<QLabel *>(m_rateForm->labelForField(field));
        label->setText(text);
        label->setBuddy(field);
    }
    const QList<QPair<QWidget *, QString>> termLabels{{m_paymentDays, tr("&Payment terms (days):")},
                                                      {m_reminderDays, tr("Re&minder terms (days):")}};
    if (auto *outboxLabel = qobject_cast<QLabel *>(m_termsForm->itemAt(4, QFormLayout::LabelRole)->widget())) {
        outboxLabel->setText(tr("&EHF outbox:"));
        outboxLabel->setBuddy(m_ehfOutbox);
    }
    m_ehfOutbox->setPlaceholderText(tr("None: EHF files are saved beside the PDFs"));
    m_ehfOutbox->setToolTip(tr("The folder your access point or accounting program sends EHF invoices from. "
                               "A setting of this computer."));
    m_chooseOutbox->setText(tr("C&hoose…"));
    for (const auto &[field, text] : termLabels) {
        auto *label = qobject_cast<QLabel *>(m_termsForm->labelForField(field));
        label->setText(text);
        label->setBuddy(field);
    }
    m_proRata->setText(tr("New members pay for the &months from the month they became active"));
    m_vatRegistered->setText(tr("The network is registered for &VAT (“MVA” after the organisation number)"));
    m_saveYear->setText(tr("&Save Year"));
    m_removeYear->setText(tr("Re&move Year…"));
    m_rate->setPlaceholderText(tr("or a deflator"));
    m_deflator->setPlaceholderText(tr("or a rate"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    loadRates();
}

} // namespace Sekretariat
