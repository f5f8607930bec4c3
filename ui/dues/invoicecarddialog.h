#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QDialogButtonBox;

namespace Sekretariat {

class Workspace;

// One invoice or credit note as the secretariat looks it up: what was invoiced
// to whom, its calculation, credit notes, payments and reminders. Read only:
// issued invoices never change.
class InvoiceCardDialog : public QDialog
{
    Q_OBJECT

public:
    InvoiceCardDialog(const Workspace *workspace, qint64 invoiceId, QWidget *parent = nullptr);

    QString text() const;

signals:
    // "Save EHF…": the page that opened the card writes it.
    void saveEhfRequested(qint64 invoiceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const Workspace *m_workspace;
    qint64 m_invoiceId;
    QLabel *m_content;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveEhf;
};

} // namespace Sekretariat
