#include "connectserverdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sekretariat {

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(QStringLiteral("connectServerDialog"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("The secretariat's shared register on a PostgreSQL server. Ask the server's "
                            "administrator for these; an empty database is set up at the first connection."),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. db.example.no"));
    form->addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    form->addRow(tr("P&ort:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("&User name:"), m_user);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    const QList<QPair<QString, QString>> modes{
        {QStringLiteral("require"), tr("Encrypted (require)")},
        {QStringLiteral("verify-full"), tr("Encrypted, server's certificate checked (verify-full)")},
        {QStringLiteral("prefer"), tr("Encrypted when the server offers it (prefer)")},
        {QStringLiteral("disable"), tr("Not encrypted (disable): on this computer only")}};
    for (const auto &[mode, label] : modes)
        m_sslMode->addItem(label, mode);
    form->addRow(tr("&Security:"), m_sslMode);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in this computer's keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *field : {m_host, m_database})
        connect(field, &QLineEdit::textChanged, this, &ConnectServerDialog::updateOk);

    QString error;
    const auto last = ServerAddress::fromUrl(QSettings().value(QStringLiteral("server/last")).toString(), &error);
    setAddress(last.value_or(ServerAddress{}));
    updateOk();
}

void ConnectServerDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.databaseName);
    m_user->setText(address.user);
    const int mode = m_sslMode->findData(address.isSet() ? address.sslMode : QStringLiteral("require"));
    m_sslMode->setCurrentIndex(mode >= 0 ? mode : 0);
}

ServerAddress ConnectServerDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.databaseName = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    address.password = m_password->text();
    return address;
}

bool ConnectServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectServerDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        m_password->setFocus();
}

void ConnectServerDialog::setPurpose(const QString &title, const QString &intro, const QString &acceptText)
{
    setWindowTitle(title);
    m_intro->setText(intro);
    m_ok->setText(acceptText);
}

void ConnectServerDialog::accept()
{
    // Offered again next time; the password never goes into the settings.
    QSettings().setValue(QStringLiteral("server/last"), address().toUrl());
    QDialog::accept();
}

void ConnectServerDialog::updateOk()
{
    m_ok->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

} // namespace Sekretariat
