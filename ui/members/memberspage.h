#pragma once

#include "common/registerpage.h"

class QCheckBox;
class QAction;
class QComboBox;

namespace Sekretariat {

class MembersModel;
class Workspace;

// The member register: search, filters on status, type and missing contacts,
// and New, Open and Delete through MemberDialog and MemberRepository.
class MembersPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit MembersPage(Workspace *workspace, QWidget *parent = nullptr);

    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QCheckBox *missingContactsFilter() const { return m_missingContactsFilter; }

    void addNew() override;
    void openCurrent() override;
    void deleteSelected() override;
    // Reads a file of Statistics Norway's table 07459 (asks for it when `path` is empty).
    void importPopulation(const QString &path = {});
    QAction *importPopulationAction() const { return m_importPopulationAction; }
    void importMembers(const QString &path = {});

protected:
    void retranslateUi() override;
    QString countText(int shown, int total) const override;

public:
    QString listTitle() const override;
    QString menuTitle() const override;

protected:

private:
    void applyFilters();
    QVariant sourceData(int sourceRow, int role) const;

    Workspace *m_workspace;
    MembersModel *m_model;
    QComboBox *m_statusFilter;
    QComboBox *m_kindFilter;
    QCheckBox *m_missingContactsFilter;
    QAction *m_importPopulationAction;
    QAction *m_importMembersAction;
};

} // namespace Sekretariat
