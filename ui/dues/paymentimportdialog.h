#pragma once

#include "payments/paymentimportrepository.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace Sekretariat {

class Workspace;

// A bank file before it is booked: each transaction, what it matched and what
// becomes of it (booked, waiting for the user, from an earlier file, not a
// payment). Book writes the matched payments in one transaction.
class PaymentImportDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentImportDialog(Workspace *workspace, const QString &path, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // After Book: what was booked.
    const PaymentImportRepository::Result &result() const { return m_result; }

    void accept() override;

private:
    void showPreview();

    Workspace *m_workspace;
    QString m_path;
    QByteArray m_contents;
    std::optional<BankFile> m_file;
    PaymentImportRepository::Result m_result;
    QLabel *m_summary;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
