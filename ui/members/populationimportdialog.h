#pragma once

#include "population/populationimportplan.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Sekretariat {

class Workspace;

// A population file of Statistics Norway before it is written: per member the
// figure it has and the file's, and the next dues run before and after; what
// the file has that matches no municipality is listed below. Update writes the
// new figures in one transaction.
class PopulationImportDialog : public QDialog
{
    Q_OBJECT

public:
    PopulationImportDialog(Workspace *workspace, const QString &path, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QListWidget *unmatched() const { return m_unmatched; }
    // The members updated, after Update.
    int updated() const { return m_updated; }

    void accept() override;

private:
    void showPreview();

    Workspace *m_workspace;
    QString m_path;
    std::optional<PopulationImportPlan> m_plan;
    int m_updated = 0;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_unmatchedLabel;
    QListWidget *m_unmatched;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
