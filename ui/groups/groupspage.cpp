#include "groupspage.h"

#include "common/registerfiltermodel.h"
#include "events/themegrouprepository.h"
#include "events/themegroupsmodel.h"
#include "groupdialog.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace Sekretariat {

GroupsPage::GroupsPage(Workspace *workspace, QWidget *parent)
    : RegisterPage(QStringLiteral("groups"), workspace->newThemeGroupsModel(nullptr), parent)
    , m_workspace(workspace)
    , m_model(qobject_cast<ThemeGroupsModel *>(filterModel()->sourceModel()))
{
    m_model->setParent(this);
    const bool loaded = m_model->reload();
    showLoadResult(loaded, m_model->lastError());
    connect(workspace, &Workspace::changedElsewhere, this, [this] { showLoadResult(m_model->reload(), m_model->lastError()); });
    const int character = view()->fontMetrics().averageCharWidth();
    for (const auto &[column, characters] : QList<QPair<int, int>>{{0, 34}, {1, 30}, {2, 24}, {3, 8}})
        view()->horizontalHeader()->resizeSection(column, characters * character + 12);
    retranslateUi();
}

void GroupsPage::openGroup(qint64 id)
{
    GroupDialog dialog(m_workspace, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool loaded = m_model->reload();
    showLoadResult(loaded, m_model->lastError());
    selectId(dialog.groupId());
}

void GroupsPage::addNew()
{
    openGroup(0);
}

void GroupsPage::openCurrent()
{
    if (const qint64 id = currentId(); id > 0)
        openGroup(id);
}

void GroupsPage::deleteSelected()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    const QString name = m_model->index(m_model->rowOfGroup(id), ThemeGroupsModel::NameColumn).data().toString();
    const auto answer = QMessageBox::question(this, tr("Delete Group"),
                                              tr("Delete the theme group “%1”? Its people stay in the register.").arg(name),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const Outcome removed = m_workspace->themeGroups().remove(id); !removed)
        QMessageBox::warning(this, tr("Not Deleted"), removed.message());
    const bool loaded = m_model->reload();
    showLoadResult(loaded, m_model->lastError());
}

QString GroupsPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n group(s)", "", total);
    return tr("%1 of %n groups", "", total).arg(shown);
}

QString GroupsPage::listTitle() const
{
    return tr("Theme Groups");
}

QString GroupsPage::menuTitle() const
{
    return tr("Theme &Groups");
}

} // namespace Sekretariat
