#pragma once

#include "dues/invoice.h"

#include "common/formdialog.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Sekretariat {

class DateField;

class Workspace;

// An amount against one invoice: a payment received, or a credit note for all
// or part of it. Shows what is owed; a refused amount keeps the dialog open
// with the reason.
class InvoiceAmountDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Purpose { Payment, CreditNote };

    InvoiceAmountDialog(const Workspace *workspace, const Invoice &invoice, Purpose purpose, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const Workspace *m_workspace;
    Invoice m_invoice;
    Purpose m_purpose;
    QLabel *m_summary;
    QLineEdit *m_amount;
    DateField *m_date;
    QLineEdit *m_note;
    QLabel *m_error;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
