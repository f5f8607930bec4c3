#pragma once

#include "population/populationrepository.h"

#include "members/member.h"

#include "common/formdialog.h"
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Sekretariat {

class CatalogueSearchField;
class MemberAttendanceTable;
class MemberAccountPanel;
class MemberPeopleTable;
class OptionalDateEdit;
class Outcome;
class Workspace;
struct ReferenceEntry;

// Adds or edits one member. Save writes through MemberRepository; a refused save
// keeps the dialog open, says why in red and puts the cursor on the field at fault.
class MemberDialog : public FormDialog
{
    Q_OBJECT

public:
    enum Tab { MemberTab, MembershipTab, InvoicingTab, OtherTab, PeopleTab, InvoicesTab, EventsTab };

    MemberDialog(Workspace *workspace, qint64 memberId = 0, QWidget *parent = nullptr);

    // The saved member's id, once the dialog was accepted (or the one being edited).
    qint64 memberId() const { return m_memberId; }
    QTabWidget *tabs() const { return m_tabs; }
    // The member as the fields describe it now.
    Member member() const;

    void accept() override;
    // The member's people as vCard 4.0 (asks for the file when `path` is empty).
    void saveContactCards(const QString &path = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createMemberTab();
    QWidget *createMembershipTab();
    QWidget *createInvoicingTab();
    QWidget *createOtherTab();
    QFormLayout *newForm(QWidget *page, bool fillHeight = false) const;
    void addRow(QFormLayout *form, const QString &field, QWidget *widget);
    template<typename T> T *input(const QString &field, QWidget *parent);

    void load(const Member &member);
    // 0: a new person at this member.
    void openPerson(qint64 personId);
    void fillFromCatalogue(const ReferenceEntry &entry);
    void showDefaultElectronicAddress();
    void showError(const Outcome &outcome);
    void retranslateUi();

    Workspace *m_workspace;
    qint64 m_memberId;
    Member m_loaded;  // as read: its version is what a save may overwrite
    QString m_savedName;
    QTabWidget *m_tabs;
    bool m_loading = false;
    QPushButton *m_addPerson = nullptr;
    QPushButton *m_openPerson = nullptr;
    QPushButton *m_saveContacts = nullptr;
    QLabel *m_populationHistory = nullptr;
    QList<PopulationRecord> m_earlierPopulations;
    QHash<QString, QLabel *> m_labels;

    CatalogueSearchField *m_catalogueSearch = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_countyNumber = nullptr;
    QLineEdit *m_countyName = nullptr;
    QSpinBox *m_population = nullptr;
    OptionalDateEdit *m_populationDate = nullptr;
    QLineEdit *m_organisationNumber = nullptr;

    QComboBox *m_status = nullptr;
    OptionalDateEdit *m_firstContactOn = nullptr;
    OptionalDateEdit *m_appliedOn = nullptr;
    OptionalDateEdit *m_decisionOn = nullptr;
    QLineEdit *m_decisionReference = nullptr;
    OptionalDateEdit *m_activeFrom = nullptr;
    OptionalDateEdit *m_resignedOn = nullptr;

    QPlainTextEdit *m_invoiceAddress = nullptr;
    QLineEdit *m_invoicePostalCode = nullptr;
    QLineEdit *m_invoiceCity = nullptr;
    QLineEdit *m_invoiceCountry = nullptr;
    QCheckBox *m_receivesEhf = nullptr;
    QLineEdit *m_electronicAddress = nullptr;
    QLineEdit *m_invoiceEmail = nullptr;
    QLineEdit *m_buyerReference = nullptr;
    QComboBox *m_documentLanguage = nullptr;

    QLineEdit *m_website = nullptr;
    QPlainTextEdit *m_notes = nullptr;

    MemberPeopleTable *m_people = nullptr;
    MemberAccountPanel *m_invoices = nullptr;
    MemberAttendanceTable *m_attendance = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Sekretariat
