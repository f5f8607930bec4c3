#include "networksettingsdialog.h"

#include "common/filedialogs.h"
#include "common/checkdigits.h"
#include "settings/networksettingsrepository.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sekretariat {

NetworkSettingsDialog::NetworkSettingsDialog(Workspace *workspace, QWidget *parent)
    : FormDialog(parent)
    , m_workspace(workspace)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_organisationNumber(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_bankAccount(new QLineEdit(this))
    , m_iban(new QLineEdit(this))
    , m_bic(new QLineEdit(this))
    , m_ourReference(new QLineEdit(this))
    , m_inBusinessRegister(new QCheckBox(this))
    , m_logoPreview(new QLabel(this))
    , m_chooseLogo(new QPushButton(this))
    , m_removeLogo(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_organisationNumber->setObjectName(QStringLiteral("organisationNumber"));
    m_address->setObjectName(QStringLiteral("address"));
    m_postalCode->setObjectName(QStringLiteral("postalCode"));
    m_city->setObjectName(QStringLiteral("city"));
    m_email->setObjectName(QStringLiteral("email"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_website->setObjectName(QStringLiteral("website"));
    m_bankAccount->setObjectName(QStringLiteral("bankAccount"));
    m_iban->setObjectName(QStringLiteral("iban"));
    m_bic->setObjectName(QStringLiteral("bic"));
    m_ourReference->setObjectName(QStringLiteral("ourReference"));
    m_inBusinessRegister->setObjectName(QStringLiteral("inBusinessRegister"));
    m_iban->setMaxLength(42);
    m_bic->setMaxLength(14);
    m_ourReference->setMaxLength(120);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_organisationNumber->setMaxLength(11);
    m_bankAccount->setMaxLength(13);
    m_postalCode->setMaxLength(4);
    m_postalCode->setMaximumWidth(80);
    m_logoPreview->setFixedSize(160, 64);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();

    auto *postal = new QHBoxLayout;
    postal->addWidget(m_postalCode);
    postal->addWidget(m_city, 1);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    auto *logo = new QHBoxLayout;
    logo->addWidget(m_logoPreview);
    logo->addLayout(logoButtons);
    logo->addStretch();

    // Labels are made here, not by addRow(QString, ...): an empty text makes none.
    auto addRow = [this](QWidget *buddy, auto *field) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    addRow(m_name, m_name);
    addRow(m_organisationNumber, m_organisationNumber);
    addRow(m_address, m_address);
    addRow(m_postalCode, postal);
    addRow(m_email, m_email);
    addRow(m_phone, m_phone);
    addRow(m_website, m_website);
    addRow(m_bankAccount, m_bankAccount);
    addRow(m_iban, m_iban);
    addRow(m_bic, m_bic);
    addRow(m_ourReference, m_ourReference);
    addRow(m_chooseLogo, logo);
    // Beside the organisation number it qualifies.
    m_form->insertRow(2, new QLabel(this), m_inBusinessRegister);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NetworkSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NetworkSettingsDialog::reject);
    connect(m_chooseLogo, &QPushButton::clicked, this, &NetworkSettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] { setLogo({}); });

    const NetworkSettings settings = workspace->networkSettings().load();
    m_name->setText(settings.name);
    m_organisationNumber->setText(settings.organisationNumber);
    m_address->setPlainText(settings.address);
    m_postalCode->setText(settings.postalCode);
    m_city->setText(settings.city);
    m_email->setText(settings.email);
    m_phone->setText(settings.phone);
    m_website->setText(settings.website);
    m_bankAccount->setText(settings.bankAccount);
    m_iban->setText(settings.iban);
    m_bic->setText(settings.bic);
    m_ourReference->setText(settings.ourReference);
    m_inBusinessRegister->setChecked(settings.inBusinessRegister);
    setLogo(settings.logo);

    retranslateUi();
    setMinimumWidth(520);
}

void NetworkSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Network settings"));
    const QStringList labels{tr("&Name:"),    tr("&Organisation number:"), tr("&Address:"),
                             tr("Postal code and &city:"), tr("&E-mail:"), tr("&Phone:"),
                             tr("&Website:"), tr("&Bank account:"), tr("&IBAN:"), tr("BIC (SWI&FT):"),
                             tr("O&ur reference:"), tr("Logo:")};
    for (qsizetype i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_organisationNumber->setPlaceholderText(tr("9 digits"));
    m_bankAccount->setPlaceholderText(tr("11 digits"));
    m_bankAccount->setToolTip(tr("The account members pay their dues to; checked by its MOD11 check digit."));
    m_iban->setPlaceholderText(tr("NO and 13 digits"));
    m_iban->setToolTip(tr("Printed with the BIC on documents in English, for payments from abroad."));
    m_bic->setPlaceholderText(tr("8 or 11 characters"));
    m_ourReference->setPlaceholderText(tr("Name of the secretariat's contact"));
    m_ourReference->setToolTip(tr("“Our reference” on invoices: whom the member's invoice reception can ask."));
    m_inBusinessRegister->setText(tr("Registered in the Register of Business &Enterprises (Foretaksregisteret)"));
    m_inBusinessRegister->setToolTip(tr("Invoices then say “Foretaksregisteret” after the organisation number, "
                                        "as the law requires."));
    m_chooseLogo->setText(tr("C&hoose…"));
    m_removeLogo->setText(tr("&Remove"));
    if (m_logo.isEmpty())
        m_logoPreview->setText(tr("No logo"));
}

void NetworkSettingsDialog::setLogo(const QByteArray &logo)
{
    m_logo = logo;
    QPixmap pixmap;
    if (!logo.isEmpty() && pixmap.loadFromData(logo)) {
        m_logoPreview->setPixmap(pixmap.scaled(m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                               Qt::SmoothTransformation));
    } else {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
    }
    m_removeLogo->setEnabled(!logo.isEmpty());
}

void NetworkSettingsDialog::chooseLogo()
{
    const QString file = FileDialogs::openFile(this, tr("Choose a logo"), QStringLiteral("logo"),
                                               tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (file.isEmpty())
        return;
    QFile image(file);
    QPixmap check;
    if (!image.open(QIODevice::ReadOnly) || image.size() > 2 * 1024 * 1024) {
        showError(tr("The logo must be an image file of at most 2 MB."), QString());
        return;
    }
    const QByteArray bytes = image.readAll();
    if (!check.loadFromData(bytes)) {
        showError(tr("“%1” is not an image this program can read.").arg(QFileInfo(file).fileName()), QString());
        return;
    }
    m_error->hide();
    setLogo(bytes);
}

NetworkSettings NetworkSettingsDialog::settingsFromFields() const
{
    NetworkSettings settings;
    settings.name = m_name->text().trimmed();
    settings.organisationNumber = CheckDigits::normalized(m_organisationNumber->text());
    settings.address = m_address->toPlainText().trimmed();
    settings.postalCode = m_postalCode->text().trimmed();
    settings.city = m_city->text().trimmed();
    settings.email = m_email->text().trimmed();
    settings.phone = m_phone->text().trimmed();
    settings.website = m_website->text().trimmed();
    settings.bankAccount = CheckDigits::normalized(m_bankAccount->text());
    settings.iban = CheckDigits::compact(m_iban->text());
    settings.bic = CheckDigits::compact(m_bic->text());
    settings.ourReference = m_ourReference->text().trimmed();
    settings.inBusinessRegister = m_inBusinessRegister->isChecked();
    settings.logo = m_logo;
    return settings;
}

void NetworkSettingsDialog::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->show();
    if (!field.isEmpty()) {
        if (QWidget *widget = findChild<QWidget *>(field))
            widget->setFocus();
    }
}

void NetworkSettingsDialog::accept()
{
    const Outcome saved = m_workspace->networkSettings().save(settingsFromFields());
    if (!saved) {
        showError(saved.message(), saved.field());
        return;
    }
    QDialog::accept();
}

void NetworkSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Sekretariat
