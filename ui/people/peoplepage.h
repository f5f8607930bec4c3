#pragma once

#include "common/registerpage.h"

class QComboBox;
class QAction;

namespace Sekretariat {

class PeopleModel;
class Workspace;

// The people register: everyone at the members and the partners outside the
// membership, with their current roles. Built for 100,000 rows: filters are
// predicates on the model, never widgets filled row by row.
class PeoplePage : public RegisterPage
{
    Q_OBJECT

public:
    explicit PeoplePage(Workspace *workspace, QWidget *parent = nullptr);

    QComboBox *affiliationFilter() const { return m_affiliationFilter; }
    QComboBox *roleFilter() const { return m_roleFilter; }

    void addNew() override;
    void openCurrent() override;
    void deleteSelected() override;

    // The e-mail addresses of the selected rows, or of every shown row when none
    // is selected, joined by "; " for a BCC field.
    QString emailAddressesForCopy() const;
    void copyEmailAddresses();
    // The selected people (or everyone shown) as vCard 4.0, asking for the file
    // when `path` is empty.
    QList<qint64> peopleForContacts() const;
    void exportContacts(const QString &path = {});
    void importPeople(const QString &path = {});
    QAction *exportContactsAction() const { return m_exportContacts; }

protected:
    void retranslateUi() override;
    QString countText(int shown, int total) const override;

public:
    QString listTitle() const override;
    QString menuTitle() const override;

protected:

private:
    void applyFilters();

    Workspace *m_workspace;
    PeopleModel *m_model;
    QComboBox *m_affiliationFilter;
    QComboBox *m_roleFilter;
    QAction *m_copyEmails;
    QAction *m_exportContacts;
    QAction *m_importPeople;
};

} // namespace Sekretariat
