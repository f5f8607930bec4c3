#pragma once

#include <QDialog>

class QTableWidget;

namespace Sekretariat {

class Workspace;

// The bank files imported so far, newest first, as their log has them: when,
// which file, how many transactions, what was booked and what waits.
class PaymentImportLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PaymentImportLogDialog(const Workspace *workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace Sekretariat
