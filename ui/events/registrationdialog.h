#pragma once

#include "events/registration.h"

#include "common/formdialog.h"

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Sekretariat {

class Workspace;

// What can change on a registration: the member represented, the capacity the
// person comes in, the note (diet, access) and a guest's name and e-mail.
class RegistrationDialog : public FormDialog
{
    Q_OBJECT

public:
    RegistrationDialog(Workspace *workspace, const Registration &registration, QWidget *parent = nullptr);

    Registration registration() const;

private:
    Registration m_registration;
    QLineEdit *m_guestName;
    QLineEdit *m_guestEmail;
    QComboBox *m_member;
    QComboBox *m_role;
    QLineEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
