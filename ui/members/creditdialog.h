#pragma once

#include "dues/invoice.h"

#include "common/formdialog.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Sekretariat {

class DateField;

class Workspace;

// What a member paid beyond an invoice: set against another of its invoices,
// or marked as paid back. One transaction each.
class CreditDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Purpose { SetAgainst, Refund };

    // `invoices`: the member's; those with credit are offered as the source,
    // those with money outstanding as the target.
    CreditDialog(const Workspace *workspace, const QList<Invoice> &invoices, Purpose purpose, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void suggestAmount();
    void retranslateUi();

    const Workspace *m_workspace;
    QList<Invoice> m_withCredit;
    QList<Invoice> m_withOutstanding;
    Purpose m_purpose;
    QLabel *m_summary;
    QComboBox *m_from;
    QComboBox *m_to;
    QLineEdit *m_amount;
    DateField *m_date;
    QLineEdit *m_note;
    QLabel *m_error;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
