#pragma once

#include "settings/networksettings.h"

#include "common/formdialog.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QFormLayout;

namespace Sekretariat {

class Workspace;

// The network's own data, used on every invoice and letter: name, organisation
// number, address, contact details, bank account and logo.
class NetworkSettingsDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit NetworkSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    void accept() override;
    // Uses the image bytes as the logo (what "Choose…" does after reading a file).
    void setLogo(const QByteArray &logo);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseLogo();
    void showError(const QString &message, const QString &field);
    NetworkSettings settingsFromFields() const;

    Workspace *m_workspace;
    QByteArray m_logo;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QLineEdit *m_name;
    QLineEdit *m_organisationNumber;
    QPlainTextEdit *m_address;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_website;
    QLineEdit *m_bankAccount;
    QLineEdit *m_iban;
    QLineEdit *m_bic;
    QLineEdit *m_ourReference;
    QCheckBox *m_inBusinessRegister;
    QLabel *m_logoPreview;
    QPushButton *m_chooseLogo;
    QPushButton *m_removeLogo;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
