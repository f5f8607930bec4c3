#pragma once

#include "dues/ageingreport.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Sekretariat {

class Workspace;

// What every member owes by how long it is overdue, today, with the totals;
// saved as CSV for the board or the accountant.
class AgeingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AgeingDialog(Workspace *workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool saveCsv(const QString &path, QString *error) const;

private:
    void save();

    QList<AgeingReport::Row> m_rows;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace Sekretariat
