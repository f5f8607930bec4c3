#include "tableimportwizard.h"

#include "filedialogs.h"
#include "importmergedialog.h"
#include "members/memberrepository.h"
#include "people/roleterms.h"
#include "tableimport/importreport.h"
#include "tableimport/importreportmodel.h"
#include "tableimport/tableimportjob.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Sekretariat {

namespace {

constexpr int previewRows = 20;

// A page whose Next or Finish waits for a condition of the wizard's.
class ConditionPage : public QWizardPage
{
public:
    ConditionPage(std::function<bool()> complete, QWidget *parent)
        : QWizardPage(parent), m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete(); }
    void recheck() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};

QString settingsKey(const QString &shape)
{
    return QStringLiteral("import/mappings/") + shape;
}

} // namespace

TableImportWizard::TableImportWizard(Workspace *workspace, ImportKind kind, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_path(path)
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tableImportWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setWindowTitle(kind == ImportKind::People ? tr("Import People – %1").arg(QFileInfo(path).fileName())
                                              : tr("Import Members – %1").arg(QFileInfo(path).fileName()));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(ReportPage, createReportPage());
    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        m_progress->setMaximum(int(std::max<qsizetype>(1, m_total->load())));
        m_progress->setValue(int(m_done->load()));
    });
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this, &TableImportWizard::checked);
    connect(&m_applyWatcher, &QFutureWatcherBase::finished, this, [this] { written(m_applyWatcher.result()); });

    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_bytes = file.readAll();
    else
        m_readError = tr("The file “%1” cannot be read: %2").arg(path, file.errorString());
    readFile();
    resize(1100, 680);
}

int TableImportWizard::importWithDialog(QWidget *parent, Workspace *workspace, ImportKind kind, const QString &path)
{
    const QString file = path.isEmpty()
        ? FileDialogs::openFile(parent, kind == ImportKind::People ? tr("Import People") : tr("Import Members"),
                                QStringLiteral("import"),
                                tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
        : path;
    if (file.isEmpty())
        return 0;
    TableImportWizard wizard(workspace, kind, file, parent);
    return wizard.exec() == QDialog::Accepted ? wizard.written() : 0;
}

TableImportWizard::~TableImportWizard()
{
    stopWork();
}

QWizardPage *TableImportWizard::createFilePage()
{
    auto *page = new ConditionPage([this] { return m_table.has_value(); }, this);
    page->setObjectName(QStringLiteral("filePage"));
    page->setTitle(tr("The file"));
    page->setSubTitle(tr("Check that the letters (æ, ø, å) and the columns look right; if not, choose the "
                         "file's encoding or separator."));
    m_fileSummary = new QLabel(page);
    m_fileSummary->setObjectName(QStringLiteral("fileSummary"));
    m_fileSummary->setWordWrap(true);
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (DecodedText::Encoding encoding : {DecodedText::Encoding::Utf8, DecodedText::Encoding::Utf8WithBom,
                                           DecodedText::Encoding::Windows1252})
        m_encoding->addItem(TextDecoder::name(encoding), int(encoding));
    m_separator = new QComboBox(page);
    m_separator->setObjectName(QStringLiteral("separator"));
    m_separator->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);

    auto *choices = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), page);
    encodingLabel->setBuddy(m_encoding);
    auto *separatorLabel = new QLabel(tr("&Separator:"), page);
    separatorLabel->setBuddy(m_separator);
    choices->addWidget(encodingLabel);
    choices->addWidget(m_encoding);
    choices->addSpacing(16);
    choices->addWidget(separatorLabel);
    choices->addWidget(m_separator);
    choices->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_fileSummary);
    layout->addLayout(choices);
    layout->addWidget(m_preview, 1);

    auto reread = [this, page] {
        readFile();
        page->recheck();
    };
    connect(m_encoding, &QComboBox::activated, this, reread);
    connect(m_separator, &QComboBox::activated, this, reread);
    return page;
}

QWizardPage *TableImportWizard::createMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("mappingPage"));
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Choose the field each column goes into; a column set to “(not imported)” is left out."));
    m_columns = new QTableWidget(0, 3, page);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->verticalHeader()->hide();
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First rows"), tr("Field")});
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_columns->setColumnWidth(2, 240);
    m_mappingError = new QLabel(page);
    m_mappingError->setObjectName(QStringLiteral("mappingError"));
    m_mappingError->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_mappingError->setWordWrap(true);
    m_mappingError->hide();
    auto *saveMapping = new QPushButton(tr("Save &Mapping…"), page);
    saveMapping->setObjectName(QStringLiteral("saveMapping"));
    saveMapping->setToolTip(tr("Keep the columns' fields in a file, for the command line's --mapping"));
    connect(saveMapping, &QPushButton::clicked, this, &TableImportWizard::saveMapping);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columns, 1);
    if (m_kind == ImportKind::People) {
        m_defaultMember = new QComboBox(page);
        m_defaultMember->setObjectName(QStringLiteral("defaultMember"));
        m_defaultMember->addItem(tr("None"), QString());
        QList<Member> members = m_workspace->members().all();
        std::sort(members.begin(), members.end(),
                  [](const Member &a, const Member &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Member &member : std::as_const(members))
            m_defaultMember->addItem(QStringLiteral("%1 (%2)").arg(member.name, member.number), member.number);
        m_defaultRole = new QComboBox(page);
        m_defaultRole->setObjectName(QStringLiteral("defaultRole"));
        m_defaultRole->addItem(tr("None"), QString());
        for (RoleType type : RoleTerms::types())
            m_defaultRole->addItem(RoleTerms::label(type), RoleTerms::key(type));
        auto *defaults = new QFormLayout;
        defaults->addRow(tr("Memb&er of rows without one:"), m_defaultMember);
        defaults->addRow(tr("&Role of rows without one:"), m_defaultRole);
        layout->addLayout(defaults);
    }
    layout->addWidget(m_mappingError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(saveMapping);
    layout->addLayout(buttons);
    return page;
}

QWizardPage *TableImportWizard::createReportPage()
{
    auto *page = new ConditionPage([this] { return reportComplete(); }, this);
    m_reportPage = page;
    page->setObjectName(QStringLiteral("reportPage"));
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every row as the forms would check it. Nothing is written until you choose Import, "
                         "and then all of it in one go."));
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_stop = new QPushButton(tr("&Stop"), page);
    m_stop->setObjectName(QStringLiteral("stop"));
    connect(m_stop, &QPushButton::clicked, this, [this] { m_cancel->store(true); });
    m_show = new QComboBox(page);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->addItem(tr("All rows"), int(ImportReportModel::Show::All));
    m_show->addItem(tr("Rows with errors"), int(ImportReportModel::Show::Errors));
    m_show->addItem(tr("Duplicates"), int(ImportReportModel::Show::Duplicates));
    m_show->addItem(tr("Rows with changes or warnings"), int(ImportReportModel::Show::Remarks));
    m_duplicates = new QComboBox(page);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->addItem(tr("Skip them"), int(ImportRow::Action::Skip));
    m_duplicates->addItem(tr("Merge them"), int(ImportRow::Action::Merge));
    if (m_kind == ImportKind::People)
        m_duplicates->addItem(tr("Add them as new people"), int(ImportRow::Action::Add));
    m_report = new ImportReportModel(this);
    m_reportView = new QTableView(page);
    m_reportView->setObjectName(QStringLiteral("report"));
    m_reportView->setModel(m_report);
    m_reportView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reportView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportView->setWordWrap(false);
    m_reportView->verticalHeader()->hide();
    m_reportView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_reportView->verticalHeader()->setDefaultSectionSize(m_reportView->fontMetrics().height() + 8);
    m_reportView->horizontalHeader()->setStretchLastSection(true);
    m_reportView->setColumnWidth(ImportReportModel::RowColumn, 60);
    m_reportView->setColumnWidth(ImportReportModel::ResultColumn, 150);
    m_reportView->setColumnWidth(ImportReportModel::NameColumn, 200);
    m_reportView->setColumnWidth(ImportReportModel::ExistingColumn, 220);
    m_decide = new QPushButton(tr("&Decide…"), page);
    m_decide->setObjectName(QStringLiteral("decide"));
    m_decide->setToolTip(tr("For the chosen duplicate: merge field by field, skip it or add it"));
    m_decide->setEnabled(false);
    m_saveReport = new QPushButton(tr("Save &Report…"), page);
    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    m_saveReport->setEnabled(false);
    m_leaveOutErrors = new QCheckBox(page);
    m_leaveOutErrors->setObjectName(QStringLiteral("leaveOutErrors"));
    m_leaveOutErrors->hide();

    auto *progressLine = new QHBoxLayout;
    progressLine->addWidget(m_progress, 1);
    progressLine->addWidget(m_stop);
    auto *choices = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("S&how:"), page);
    showLabel->setBuddy(m_show);
    auto *duplicatesLabel = new QLabel(m_kind == ImportKind::People ? tr("&People already in the register:")
                                                                    : tr("&Members already in the register:"),
                                       page);
    duplicatesLabel->setBuddy(m_duplicates);
    choices->addWidget(showLabel);
    choices->addWidget(m_show);
    choices->addSpacing(16);
    choices->addWidget(duplicatesLabel);
    choices->addWidget(m_duplicates);
    choices->addWidget(m_decide);
    choices->addStretch();
    choices->addWidget(m_saveReport);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addLayout(progressLine);
    layout->addLayout(choices);
    layout->addWidget(m_reportView, 1);
    m_rowDetails = new QLabel(page);
    m_rowDetails->setObjectName(QStringLiteral("rowDetails"));
    m_rowDetails->setWordWrap(true);
    m_rowDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowDetails->setMinimumHeight(m_rowDetails->fontMetrics().lineSpacing() * 3);
    m_rowDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_rowDetails);
    layout->addWidget(m_leaveOutErrors);

    connect(m_show, &QComboBox::activated, this, [this] {
        m_report->setShow(ImportReportModel::Show(m_show->currentData().toInt()));
    });
    connect(m_duplicates, &QComboBox::activated, this, [this] {
        m_report->setDuplicateAction(ImportRow::Action(m_duplicates->currentData().toInt()));
        showSummary();
    });
    connect(m_reportView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_decide->setEnabled(current.isValid()
                                     && m_report->rowAt(current.row()).status == ImportRow::Status::Duplicate);
                showRowDetails();
            });
    // The row's reasons in full: the table's column shows only their beginning.
    connect(m_report, &QAbstractItemModel::dataChanged, this, &TableImportWizard::showRowDetails);
    connect(m_report, &QAbstractItemModel::modelReset, this, &TableImportWizard::showRowDetails);
    connect(m_reportView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        decideDuplicate(index.row());
    });
    connect(m_decide, &QPushButton::clicked, this, [this] { decideDuplicate(m_reportView->currentIndex().row()); });
    connect(m_saveReport, &QPushButton::clicked, this, &TableImportWizard::saveReport);
    connect(m_leaveOutErrors, &QCheckBox::toggled, page, [page] { page->recheck(); });
    return page;
}

void TableImportWizard::readFile()
{
    if (!m_readError.isEmpty() && m_bytes.isEmpty()) {
        m_fileSummary->setText(m_readError);
        return;
    }
    TableFileOptions options;
    if (m_table && m_table->format == TableFile::Format::Csv) {
        options.encoding = DecodedText::Encoding(m_encoding->currentData().toInt());
        options.separator = m_separator->currentData().toString().at(0);
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    m_table = TableFileReader::read(m_bytes, options, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!m_table) {
        m_fileSummary->setText(error);
        m_preview->clear();
        m_preview->setRowCount(0);
        return;
    }
    const bool csv = m_table->format == TableFile::Format::Csv;
    m_encoding->setEnabled(csv);
    m_separator->setEnabled(csv);
    if (csv) {
        m_encoding->setCurrentIndex(m_encoding->findData(int(m_table->encoding)));
        m_separator->setCurrentIndex(m_separator->findData(QString(m_table->separator)));
    }
    const QString format = csv ? tr("CSV file") : tr("Excel workbook (the first sheet)");
    m_fileSummary->setText(tr("%1: %n row(s) below the header, ", nullptr, int(m_table->size())).arg(format)
                           + tr("%n column(s).", nullptr, int(m_table->headers.size())));
    showPreview();
}

void TableImportWizard::showPreview()
{
    const int rows = int(std::min<qsizetype>(previewRows, m_table->size()));
    m_preview->clear();
    m_preview->setColumnCount(int(m_table->headers.size()));
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(m_table->headers);
    QStringList numbers;
    for (int row = 0; row < rows; ++row) {
        numbers.append(QString::number(m_table->rowNumbers.at(row)));
        const QStringList &cells = m_table->rows.at(row);
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->setVerticalHeaderLabels(numbers);
    m_preview->resizeColumnsToContents();
}

void TableImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        showMapping();
    else if (id == ReportPage)
        startChecking();
}

std::optional<ImportMapping> TableImportWizard::rememberedMapping() const
{
    const QString json = QSettings().value(settingsKey(ImportMapping::shapeKey(m_kind, m_table->headers))).toString();
    if (json.isEmpty())
        return std::nullopt;
    return ImportMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), m_kind, m_table->headers, nullptr);
}

void TableImportWizard::rememberMapping() const
{
    QSettings().setValue(settingsKey(ImportMapping::shapeKey(m_kind, m_table->headers)),
                         QString::fromUtf8(QJsonDocument(m_mapping.toJson(m_table->headers)).toJson(QJsonDocument::Compact)));
}

void TableImportWizard::showMapping()
{
    m_mapping = rememberedMapping().value_or(ImportMapping::guess(m_kind, m_table->headers));
    const QList<ImportField> fields = ImportFields::fieldsOf(m_kind);
    m_columns->setRowCount(int(m_table->headers.size()));
    for (int column = 0; column < m_table->headers.size(); ++column) {
        m_columns->setItem(column, 0, new QTableWidgetItem(m_table->headers.at(column)));
        QStringList examples;
        for (qsizetype row = 0; row < m_table->size() && examples.size() < 3; ++row) {
            const QString cell = m_table->rows.at(row).at(column).trimmed();
            if (!cell.isEmpty())
                examples.append(cell);
        }
        m_columns->setItem(column, 1, new QTableWidgetItem(examples.join(QStringLiteral(" · "))));
        auto *field = new QComboBox(m_columns);
        field->setObjectName(QStringLiteral("field%1").arg(column));
        for (ImportField each : fields)
            field->addItem(ImportFields::label(each), int(each));
        field->setCurrentIndex(field->findData(int(m_mapping.fieldOf(column))));
        m_columns->setCellWidget(column, 2, field);
    }
    if (m_defaultMember)
        m_defaultMember->setCurrentIndex(std::max(0, m_defaultMember->findData(m_mapping.defaultMember)));
    if (m_defaultRole)
        m_defaultRole->setCurrentIndex(
            m_mapping.defaultRole ? std::max(0, m_defaultRole->findData(RoleTerms::key(*m_mapping.defaultRole))) : 0);
    m_mappingError->hide();
}

ImportMapping TableImportWizard::mappingFromPage() const
{
    ImportMapping mapping;
    mapping.kind = m_kind;
    for (int column = 0; column < m_columns->rowCount(); ++column) {
        const auto *field = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
        mapping.columns.append(field ? ImportField(field->currentData().toInt()) : ImportField::Ignore);
    }
    if (m_defaultMember)
        mapping.defaultMember = m_defaultMember->currentData().toString();
    if (m_defaultRole && !m_defaultRole->currentData().toString().isEmpty())
        mapping.defaultRole = RoleTerms::fromKey(m_defaultRole->currentData().toString());
    return mapping;
}

bool TableImportWizard::validateCurrentPage()
{
    if (currentId() != MappingPage)
        return QWizard::validateCurrentPage();
    const ImportMapping mapping = mappingFromPage();
    QString problem;
    if (const QList<ImportField> repeated = mapping.repeatedFields(); !repeated.isEmpty())
        problem = tr("Two columns go into “%1”; choose one of them.").arg(ImportFields::label(repeated.first()));
    else if (m_kind == ImportKind::People && mapping.columnOf(ImportField::FirstName) < 0
             && mapping.columnOf(ImportField::LastName) < 0 && mapping.columnOf(ImportField::FullName) < 0)
        problem = tr("Choose the column of the first names, the last names or the full names.");
    else if (m_kind == ImportKind::Members && mapping.columnOf(ImportField::Number) < 0
             && mapping.columnOf(ImportField::Name) < 0)
        problem = tr("Choose the column of the members' numbers or names.");
    if (!problem.isEmpty()) {
        m_mappingError->setText(problem);
        m_mappingError->show();
        return false;
    }
    m_mappingError->hide();
    m_mapping = mapping;
    rememberMapping();
    return true;
}

void TableImportWizard::saveMapping()
{
    const QString path = FileDialogs::saveFile(this, tr("Save Mapping"), QStringLiteral("mapping"),
                                               QFileInfo(m_path).completeBaseName() + QStringLiteral("-mapping.json"),
                                               tr("Mapping (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(mappingFromPage().toJson(m_table->headers)).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        QMessageBox::warning(this, tr("Save Mapping"), tr("The mapping could not be saved: %1").arg(file.errorString()));
}

void TableImportWizard::startChecking()
{
    stopWork();
    m_report->setPlan({});
    m_cancel->store(false);
    m_done->store(0);
    m_total->store(m_table->size());
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_checking = true;
    m_summary->setText(tr("Checking %n row(s)…", nullptr, int(m_table->size())));
    m_saveReport->setEnabled(false);
    m_leaveOutErrors->hide();
    m_leaveOutErrors->setChecked(false);
    const ConnectionDescription where = m_workspace->people().connectionDescription();
    const TableFile table = *m_table;
    const ImportMapping mapping = m_mapping;
    const QDate today = QDate::currentDate();
    auto done = m_done;
    auto total = m_total;
    auto cancel = m_cancel;
    m_planWatcher.setFuture(QtConcurrent::run([where, table, mapping, today, done, total, cancel] {
        PlanResult result;
        std::optional<ImportPlan> plan = TableImportJob::plan(
            where, table, mapping, today,
            [done, total, cancel](qsizetype reached, qsizetype of) {
                done->store(reached);
                total->store(of);
                return !cancel->load();
            },
            &result.error);
        if (plan)
            result.plan = std::make_shared<ImportPlan>(std::move(*plan));
        return result;
    }));
    m_progressTimer->start();
    static_cast<ConditionPage *>(m_reportPage)->recheck();
}

void TableImportWizard::checked()
{
    m_checking = false;
    m_progressTimer->stop();
    m_progress->hide();
    m_stop->hide();
    const PlanResult result = m_planWatcher.result();
    if (!result.plan) {
        m_summary->setText(result.error.isEmpty() ? tr("Checking was stopped. Go back and Next to check again.")
                                                  : result.error);
        static_cast<ConditionPage *>(m_reportPage)->recheck();
        return;
    }
    // Moved out: changing a row of the report's plan later copies nothing.
    m_report->setPlan(std::move(*result.plan));
    m_report->setDuplicateAction(ImportRow::Action(m_duplicates->currentData().toInt()));
    m_saveReport->setEnabled(true);
    const int errors = m_report->plan().count(ImportRow::Status::Error);
    m_leaveOutErrors->setText(tr("&Leave out the %n row(s) with errors and import the rest", nullptr, errors));
    m_leaveOutErrors->setVisible(errors > 0);
    showSummary();
}

void TableImportWizard::showSummary()
{
    QStringList lines{ImportReport::summary(m_report->plan())};
    lines.append(m_report->plan().fileFindings);
    m_summary->setText(lines.join(u'\n'));
    static_cast<ConditionPage *>(m_reportPage)->recheck();
}

bool TableImportWizard::reportComplete() const
{
    if (m_checking || m_writing || m_report->plan().rows.isEmpty())
        return false;
    const ImportPlan &plan = m_report->plan();
    if (plan.hasErrors() && !m_leaveOutErrors->isChecked())
        return false;
    return plan.count(ImportRow::Action::Add) + plan.count(ImportRow::Action::Merge) > 0;
}

void TableImportWizard::showRowDetails()
{
    const QModelIndex current = m_reportView->currentIndex();
    if (!current.isValid() || current.row() >= m_report->rowCount()) {
        m_rowDetails->setText(m_report->rowCount() > 0 ? tr("Choose a row to read all that is said about it.") : QString());
        return;
    }
    const ImportRow &row = m_report->rowAt(current.row());
    QStringList lines{tr("Row %1: %2").arg(row.rowNumber).arg(ImportReport::result(row))};
    lines.append(ImportReport::details(row));
    m_rowDetails->setText(lines.join(u'\n'));
}

void TableImportWizard::decideDuplicate(int modelRow)
{
    if (modelRow < 0 || modelRow >= m_report->rowCount())
        return;
    ImportRow &row = m_report->planRow(modelRow);
    if (row.status != ImportRow::Status::Duplicate)
        return;
    ImportMergeDialog dialog(row, m_kind, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    row = dialog.row();
    m_report->rowChanged(modelRow);
    showSummary();
}

void TableImportWizard::saveReport()
{
    const QString path = FileDialogs::saveFile(this, tr("Save Report"), QStringLiteral("export"),
                                               QFileInfo(m_path).completeBaseName() + tr("-report") + QStringLiteral(".csv"),
                                               tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray csv = ImportReport::csv(m_report->plan());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        QMessageBox::warning(this, tr("Save Report"), tr("The report could not be saved: %1").arg(file.errorString()));
}

void TableImportWizard::accept()
{
    if (!reportComplete())
        return;
    const ImportPlan plan = m_report->plan();
    m_cancel->store(false);
    m_done->store(0);
    m_total->store(plan.rows.size());
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_writing = true;
    m_summary->setText(tr("Writing…"));
    setWriting(true);
    const ConnectionDescription where = m_workspace->people().connectionDescription();
    auto done = m_done;
    auto total = m_total;
    auto cancel = m_cancel;
    m_applyWatcher.setFuture(QtConcurrent::run([where, plan, done, total, cancel] {
        return TableImportJob::apply(where, plan, [done, total, cancel](qsizetype reached, qsizetype of) {
            done->store(reached);
            total->store(of);
            return !cancel->load();
        });
    }));
    m_progressTimer->start();
    static_cast<ConditionPage *>(m_reportPage)->recheck();
}

void TableImportWizard::written(const Outcome &outcome)
{
    m_writing = false;
    m_progressTimer->stop();
    m_progress->hide();
    m_stop->hide();
    setWriting(false);
    if (!outcome) {
        m_summary->setText(outcome.message());
        static_cast<ConditionPage *>(m_reportPage)->recheck();
        return;
    }
    const ImportPlan &plan = m_report->plan();
    m_written = plan.count(ImportRow::Action::Add) + plan.count(ImportRow::Action::Merge);
    // Roles decide the members' contact columns, so the members are read again too.
    m_workspace->membersModel()->reload();
    if (m_kind == ImportKind::People) {
        m_workspace->peopleModel()->reloadInBackground();
        emit m_workspace->peopleChanged();
    } else {
        emit m_workspace->membersChanged();
    }
    QWizard::accept();
}

void TableImportWizard::setWriting(bool writing)
{
    const QList<QWidget *> choices{m_show, m_duplicates, m_leaveOutErrors, m_reportView, button(QWizard::BackButton)};
    for (QWidget *widget : choices)
        widget->setEnabled(!writing);
    m_decide->setEnabled(false);
}

void TableImportWizard::stopWork()
{
    m_cancel->store(true);
    m_planWatcher.waitForFinished();
    m_applyWatcher.waitForFinished();
}

void TableImportWizard::reject()
{
    stopWork();
    QWizard::reject();
}

} // namespace Sekretariat
