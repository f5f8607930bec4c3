#pragma once

#include "common/registerpage.h"

namespace Sekretariat {

class ThemeGroupsModel;
class Workspace;

// The theme groups: search, and New, Open and Delete through GroupDialog.
class GroupsPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit GroupsPage(Workspace *workspace, QWidget *parent = nullptr);

    ThemeGroupsModel *model() const { return m_model; }
    void addNew() override;
    void openCurrent() override;
    void deleteSelected() override;

protected:
    QString countText(int shown, int total) const override;

public:
    QString listTitle() const override;
    QString menuTitle() const override;

protected:

private:
    void openGroup(qint64 id);

    Workspace *m_workspace;
    ThemeGroupsModel *m_model;
};

} // namespace Sekretariat
