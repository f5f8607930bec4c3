#pragma once

#include "common/formdialog.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Sekretariat {

class OptionalDateEdit;
class Workspace;

// A theme group: name, theme, description, period, leader and its people, saved
// together with Save.
class GroupDialog : public FormDialog
{
    Q_OBJECT

public:
    GroupDialog(Workspace *workspace, qint64 groupId, QWidget *parent = nullptr);

    qint64 groupId() const { return m_groupId; }
    QListWidget *participants() const { return m_participants; }
    void addParticipant(qint64 personId);
    void setLeader(qint64 personId);
    QString emailList() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();

    Workspace *m_workspace;
    qint64 m_groupId;
    qint64 m_leaderId = 0;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_theme;
    QPlainTextEdit *m_description;
    OptionalDateEdit *m_startsOn;
    OptionalDateEdit *m_endsOn;
    QLabel *m_leader;
    QPushButton *m_chooseLeader;
    QLabel *m_participantsTitle;
    QListWidget *m_participants;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_copyEmails;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace Sekretariat
