#pragma once

#include "events/event.h"
#include "events/registration.h"

#include "common/formdialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Sekretariat {

class DateTimeField;

class OptionalDateEdit;
class RegisterFilterModel;
class RegistrationsModel;
class Workspace;

// The event card: its facts, saved with Save, and its registrations, where each
// action (register, cancel, check in) is saved at once. The search field above
// the registrations is the check-in: type a few letters, press Space.
class EventDialog : public FormDialog
{
    Q_OBJECT

public:
    EventDialog(Workspace *workspace, qint64 eventId, QWidget *parent = nullptr);

    qint64 eventId() const { return m_eventId; }
    RegistrationsModel *registrations() const { return m_registrations; }
    QLineEdit *checkInField() const { return m_checkIn; }
    QTableView *registrationView() const { return m_view; }

    // Saves the event's facts; false with the reason shown when refused.
    bool saveEvent();
    bool registerPerson(qint64 personId);
    bool registerGuest(const QString &name, const QString &email);
    void toggleAttended();
    // Before the event's day, asks once whether check-in is meant already.
    bool confirmCheckInNow();
    void cancelCurrent();
    // Member represented, capacity and note of the current registration.
    void editCurrent();
    void markPromotionTold();
    // The e-mail addresses of those registered or attended, for a BCC field.
    QString emailList() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    bool addRegistration(const Registration &registration);
    void addPersonFromRegister();
    void addGuest();
    void copyEmails();
    void saveCalendar();
    void saveParticipantList();
    void showMemberReport();
    qint64 currentRegistration() const;
    void showError(const QString &message);
    void updateSummary();
    void retranslateUi();

    Workspace *m_workspace;
    qint64 m_eventId;
    Event m_loaded;  // as read: its version is what a save may overwrite
    bool m_earlyCheckInConfirmed = false;
    QFormLayout *m_form;
    QComboBox *m_type;
    QComboBox *m_language;
    QLineEdit *m_title;
    DateTimeField *m_start;
    DateTimeField *m_end;
    QLineEdit *m_place;
    QLineEdit *m_link;
    QSpinBox *m_capacity;
    OptionalDateEdit *m_deadline;
    QLineEdit *m_fee;
    QCheckBox *m_annual;
    QPlainTextEdit *m_description;
    QLabel *m_registrationsTitle;
    QLabel *m_summary;
    QLineEdit *m_checkIn;
    RegistrationsModel *m_registrations;
    RegisterFilterModel *m_filter;
    QTableView *m_view;
    QPushButton *m_addPerson;
    QPushButton *m_addGuest;
    QPushButton *m_attended;
    QPushButton *m_cancel;
    QPushButton *m_edit;
    QPushButton *m_told;
    QPushButton *m_copyEmails;
    QPushButton *m_calendar;
    QPushButton *m_participantPdf;
    QPushButton *m_exportList;
    QPushButton *m_report;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace Sekretariat
