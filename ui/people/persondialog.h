#pragma once

#include "people/person.h"

#include "common/formdialog.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Sekretariat {

class Workspace;

// A person and their roles, saved together in one transaction.
class PersonDialog : public FormDialog
{
    Q_OBJECT

public:
    PersonDialog(Workspace *workspace, qint64 personId = 0, QWidget *parent = nullptr);

    qint64 personId() const { return m_personId; }
    QList<Role> roles() const { return m_roles; }
    // What "Add role…" does once its dialog is accepted.
    void addRole(const Role &role);
    // A new person at this member (from the member's card).
    void setMember(qint64 memberId);
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRoles();
    void editRole(int row);
    Person personFromFields() const;
    void load(const Person &person);
    // "Ann Hansen (Gol kommune, ann@gol.kommune.no)": enough to tell two apart.
    QString describe(const Person &person) const;
    // Another with the same e-mail, or the same name at the same member: asks
    // whether to open that one instead. False when this one is not to be saved.
    bool confirmNoDuplicate(const Person &person);
    QString memberName(qint64 memberId) const;

    Workspace *m_workspace;
    qint64 m_personId;
    QList<Role> m_roles;
    Person m_loaded;
    QList<QPair<qint64, QString>> m_members;

    QFormLayout *m_form;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_title;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_member;
    QLineEdit *m_organisation;
    QLineEdit *m_address;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QPlainTextEdit *m_notes;
    QLabel *m_rolesLabel;
    QLabel *m_groups = nullptr;   // the theme groups the person is in or leads
    QTableWidget *m_rolesTable;
    QPushButton *m_addRole;
    QPushButton *m_editRole;
    QPushButton *m_removeRole;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
