#pragma once

#include "payments/paymentimportrepository.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Sekretariat {

class Workspace;

// The bank's payments that could not be booked by their KID: the user books
// each on the invoice it belongs to (a suggestion is offered) or sets it aside
// as not the network's money.
class WaitingPaymentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WaitingPaymentsDialog(Workspace *workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Books the selected one on `invoiceNumber` without asking; the button asks.
    Outcome bookSelectedOn(qint64 invoiceNumber);
    int bookedCount() const { return m_booked; }

private:
    void reload();
    void bookSelected();
    void setAsideSelected();
    void updateButtons();
    const PaymentImportRepository::Waiting *selected() const;

    Workspace *m_workspace;
    QList<PaymentImportRepository::Waiting> m_waiting;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_book;
    QPushButton *m_setAside;
    QDialogButtonBox *m_buttons;
    int m_booked = 0;
};

} // namespace Sekretariat
