#pragma once

#include "people/person.h"

#include "common/formdialog.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Sekretariat {

class OptionalDateEdit;

// One role of a person at a member, for a period.
class RoleDialog : public FormDialog
{
    Q_OBJECT

public:
    // members: (id, display name) in the order to offer them.
    RoleDialog(const QList<QPair<qint64, QString>> &members, const Role &role, QWidget *parent = nullptr);

    Role role() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    qint64 m_id;
    QFormLayout *m_form;
    QComboBox *m_type;
    QComboBox *m_member;
    OptionalDateEdit *m_validFrom;
    OptionalDateEdit *m_validTo;
    QLineEdit *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
