#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QDialogButtonBox;

namespace Sekretariat {

class Workspace;

// One invoice or credit note as the secretariat looks it up: what was invoiced
// to whom, its calculation, credit notes, payments and reminders. Issued
// invoices never change; what follows from one starts here: a payment, a credit
// note, the next dunning step, its PDF (previewed or saved) and its EHF.
class InvoiceCardDialog : public QDialog
{
    Q_OBJECT

public:
    InvoiceCardDialog(Workspace *workspace, qint64 invoiceId, QWidget *parent = nullptr);

    QString text() const;
    // True once a payment or credit note was registered from the card.
    bool changedRegister() const { return m_changed; }

    void registerPayment();
    void issueCreditNote();
    void previewPdf();
    // Writes the document's PDF to `path`, or asks where; false when not written.
    bool savePdf(QString path = {});

signals:
    // "Save EHF…" and "Dunning Step…": the page that opened the card does them;
    // without a page listening, the buttons are not shown.
    void saveEhfRequested(qint64 invoiceId);
    void dunningRequested(qint64 invoiceId);

protected:
    void changeEvent(QEvent *event) override;

    void connectNotify(const QMetaMethod &signal) override;

private:
    void retranslateUi();

    Workspace *m_workspace;
    qint64 m_invoiceId;
    QLabel *m_content;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveEhf;
    QPushButton *m_payment;
    QPushButton *m_credit;
    QPushButton *m_dunning;
    QPushButton *m_preview;
    QPushButton *m_savePdf;
    bool m_changed = false;
};

} // namespace Sekretariat
