#pragma once

#include "common/outcome.h"
#include "tableimport/importmapping.h"
#include "tableimport/importplan.h"
#include "tableimport/tablefile.h"

#include <QFutureWatcher>
#include <QWizard>
#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Sekretariat {

class ImportReportModel;
class Workspace;

// Importing people or members from a CSV file or an Excel workbook: the file
// as read (its encoding and separator can be corrected), which column goes
// into which field (guessed from the headers, remembered for the next file of
// the same shape), and the report of every row before anything is written.
// Checking and writing run on a worker thread with progress and a way out;
// the writing is one transaction.
class TableImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, ReportPage };

    TableImportWizard(Workspace *workspace, ImportKind kind, const QString &path, QWidget *parent = nullptr);
    ~TableImportWizard() override;

    // Asks for the file (unless given) and runs the wizard: the rows written, 0 when nothing was.
    static int importWithDialog(QWidget *parent, Workspace *workspace, ImportKind kind, const QString &path = {});

    // How many rows were added or merged, after Import.
    int written() const { return m_written; }
    const std::optional<TableFile> &table() const { return m_table; }
    const ImportMapping &mapping() const { return m_mapping; }
    ImportReportModel *report() const { return m_report; }
    // Until the result is shown (the worker may have finished before).
    bool isChecking() const { return m_checking; }
    bool isWriting() const { return m_writing; }

    void accept() override;
    void reject() override;

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    struct PlanResult
    {
        // Shared with the future's copy of the result, and moved out of it, so the
        // report's plan is its alone: changing a row then copies nothing.
        std::shared_ptr<ImportPlan> plan;
        QString error;
    };

    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createReportPage();
    void readFile();
    void showPreview();
    void showMapping();
    ImportMapping mappingFromPage() const;
    void rememberMapping() const;
    std::optional<ImportMapping> rememberedMapping() const;
    void saveMapping();
    void startChecking();
    void checked();
    void showSummary();
    void decideDuplicate(int modelRow);
    void showRowDetails();
    void saveReport();
    void written(const Outcome &outcome);
    void stopWork();
    // While writing, nothing that changes the plan can be touched.
    void setWriting(bool writing);
    bool reportComplete() const;

    Workspace *m_workspace;
    ImportKind m_kind;
    QString m_path;
    QByteArray m_bytes;
    std::optional<TableFile> m_table;
    QString m_readError;
    ImportMapping m_mapping;
    int m_written = 0;
    bool m_checking = false;
    bool m_writing = false;

    // Shared with the worker thread, which outlives nothing: stopWork() waits for it.
    std::shared_ptr<std::atomic<qsizetype>> m_done = std::make_shared<std::atomic<qsizetype>>(0);
    std::shared_ptr<std::atomic<qsizetype>> m_total = std::make_shared<std::atomic<qsizetype>>(0);
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<PlanResult> m_planWatcher;
    QFutureWatcher<Outcome> m_applyWatcher;
    QTimer *m_progressTimer;

    QWizardPage *m_reportPage = nullptr;
    QLabel *m_fileSummary = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_separator = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_columns = nullptr;
    QComboBox *m_defaultMember = nullptr;
    QComboBox *m_defaultRole = nullptr;
    QLabel *m_mappingError = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QComboBox *m_show = nullptr;
    QComboBox *m_duplicates = nullptr;
    QTableView *m_reportView = nullptr;
    QLabel *m_rowDetails = nullptr;
    ImportReportModel *m_report = nullptr;
    QPushButton *m_decide = nullptr;
    QPushButton *m_saveReport = nullptr;
    QCheckBox *m_leaveOutErrors = nullptr;
};

} // namespace Sekretariat
