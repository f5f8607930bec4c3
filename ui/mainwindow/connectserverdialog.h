#pragma once

#include "database/serveraddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sekretariat {

// File ▸ Connect to Server: where the shared register is (host, port,
// database, user, how the connection is secured) and the password, which the
// keychain may keep (never the settings file). The last address is offered
// again; a refusal of the server is shown above the fields.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);

    void setAddress(const ServerAddress &address);
    // For another use than connecting (a copy's target): the title, the words
    // above the fields and the button.
    void setPurpose(const QString &title, const QString &intro, const QString &acceptText);
    // The address with the password typed.
    ServerAddress address() const;
    bool rememberPassword() const;
    // Why the last try failed, shown until the user tries again.
    void setProblem(const QString &problem);

    void accept() override;

private:
    void updateOk();

    QLabel *m_intro = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Sekretariat
