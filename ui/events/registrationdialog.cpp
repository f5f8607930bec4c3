#include "registrationdialog.h"

#include "events/eventterms.h"
#include "members/memberrepository.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Sekretariat {

RegistrationDialog::RegistrationDialog(Workspace *workspace, const Registration &registration, QWidget *parent)
    : FormDialog(parent)
    , m_registration(registration)
    , m_guestName(new QLineEdit(registration.guestName, this))
    , m_guestEmail(new QLineEdit(registration.guestEmail, this))
    , m_member(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_note(new QLineEdit(registration.note, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("registrationDialog"));
    setWindowTitle(tr("Registration – %1").arg(registration.name()));
    m_member->addItem(tr("None"), 0);
    for (const Member &member : workspace->members().all())
        m_member->addItem(QStringLiteral("%1 %2").arg(member.number, member.name), member.id);
    m_member->setCurrentIndex(std::max(0, m_member->findData(registration.memberId)));
    for (ParticipantRole role : EventTerms::roles())
        m_role->addItem(EventTerms::label(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(registration.role)));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Diet, access, other needs"));

    auto *form = new QFormLayout(this);
    if (registration.isGuest()) {
        form->addRow(tr("&Name:"), m_guestName);
        form->addRow(tr("&E-mail:"), m_guestEmail);
    } else {
        m_guestName->hide();
        m_guestEmail->hide();
    }
    form->addRow(tr("&Represents:"), m_member);
    form->addRow(tr("&Comes as:"), m_role);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

Registration RegistrationDialog::registration() const
{
    Registration registration = m_registration;
    registration.memberId = m_member->currentData().toLongLong();
    registration.role = ParticipantRole(m_role->currentData().toInt());
    registration.note = m_note->text().trimmed();
    if (registration.isGuest()) {
        registration.guestName = m_guestName->text().trimmed();
        registration.guestEmail = m_guestEmail->text().trimmed();
    }
    return registration;
}

} // namespace Sekretariat
