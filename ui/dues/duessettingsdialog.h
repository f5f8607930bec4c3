#pragma once

#include "common/formdialog.h"

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace Sekretariat {

class DunningSettingsPage;
class Workspace;

// The dues rates per year (rate or deflator, floor, cap) and the invoicing
// terms. A year is saved on its own, at once; the terms when the dialog is
// accepted.
class DuesSettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit DuesSettingsDialog(const Workspace *workspace, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    void accept() override;
    // Saves the year in the form; false with the reason shown when refused.
    bool saveYear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadRates();
    void showYear(int row);
    void removeYear();
    void showError(const QString &message);
    void retranslateUi();

    const Workspace *m_workspace;
    QTabWidget *m_tabs;
    QLabel *m_ratesHelp;
    QTableWidget *m_rates;
    QFormLayout *m_rateForm;
    QSpinBox *m_year;
    QLineEdit *m_rate;
    QLineEdit *m_deflator;
    QLineEdit *m_floor;
    QLineEdit *m_cap;
    QPushButton *m_saveYear;
    QPushButton *m_removeYear;
    QFormLayout *m_termsForm;
    QSpinBox *m_paymentDays;
    QSpinBox *m_reminderDays;
    QCheckBox *m_proRata;
    QCheckBox *m_vatRegistered;
    QLineEdit *m_ehfOutbox;
    QPushButton *m_chooseOutbox;
    DunningSettingsPage *m_dunning;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
