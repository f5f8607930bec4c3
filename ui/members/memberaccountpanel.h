#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Sekretariat {

class MemberInvoicesTable;
class Workspace;

// The member card's Invoices tab: the balance (what the member owes, or has
// in credit), the invoices, the statement of account as PDF or CSV, and what
// to do with a credit.
class MemberAccountPanel : public QWidget
{
    Q_OBJECT

public:
    MemberAccountPanel(Workspace *workspace, qint64 memberId, QWidget *parent = nullptr);

    MemberInvoicesTable *table() const { return m_table; }
    int invoiceCount() const;
    // The invoice's card, from a double-click or Enter on its row.
    void openInvoice(qint64 invoiceId);
    // Writes the statement (PDF, or CSV for a .csv path); an empty path asks
    // where. False, with the reason shown, when it cannot be written.
    bool saveStatement(const QString &path = {}, bool csv = false);
    // The invoices and the balance read again.
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void handleCredit(bool refund);
    void retranslateUi();

    Workspace *m_workspace;
    qint64 m_memberId;
    QLabel *m_balance;
    MemberInvoicesTable *m_table;
    QPushButton *m_statementPdf;
    QPushButton *m_statementCsv;
    QPushButton *m_setAgainst;
    QPushButton *m_refund;
};

} // namespace Sekretariat
