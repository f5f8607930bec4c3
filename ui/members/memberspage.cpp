#include "memberspage.h"

#include "common/registerfiltermodel.h"
#include "common/filedialogs.h"
#include "memberdialog.h"
#include "populationimportdialog.h"
#include "common/tableimportwizard.h"
#include "members/memberrepository.h"
#include "members/membersmodel.h"
#include "members/memberterms.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QMessageBox>

namespace Sekretariat {

namespace {

const QString statusFilterName = QStringLiteral("status");
const QString kindFilterName = QStringLiteral("kind");
const QString missingContactsFilterName = QStringLiteral("missingContacts");
// How many names a delete question lists before it says "and n more".
constexpr int namesShown = 10;

} // namespace

MembersPage::MembersPage(Workspace *workspace, QWidget *parent)
    : RegisterPage(QStringLiteral("members"), workspace->membersModel(), parent)
    , m_workspace(workspace)
    , m_model(workspace->membersModel())
    , m_statusFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_missingContactsFilter(new QCheckBox(this))
    , m_importPopulationAction(new QAction(this))
    , m_importMembersAction(new QAction(this))
{
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter->addItem(QString(), -1);
    for (MemberStatus status : MemberTerms::statuses())
        m_statusFilter->addItem(QString(), int(status));

    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindFilter->addItem(QString(), -1);
    for (MemberKind kind : MemberTerms::kinds())
        m_kindFilter->addItem(QString(), int(kind));

    m_missingContactsFilter->setObjectName(QStringLiteral("missingContactsFilter"));

    filterBar()->addWidget(m_statusFilter);
    filterBar()->addWidget(m_kindFilter);
    filterBar()->addWidget(m_missingContactsFilter);

    // Once a year, when Statistics Norway publishes the figures: the page's menu only.
    m_importPopulationAction->setObjectName(QStringLiteral("importPopulationAction"));
    addMenuAction(m_importPopulationAction);
    connect(m_importPopulationAction, &QAction::triggered, this, [this] { importPopulation(); });
    m_importMembersAction->setObjectName(QStringLiteral("importMembersAction"));
    addMenuAction(m_importMembersAction);
    connect(m_importMembersAction, &QAction::triggered, this, [this] { importMembers(); });

    // The workspace loads the members; whatever it could not read is said here.
    auto reportLoad = [this] { showLoadResult(m_model->lastError().isEmpty(), m_model->lastError()); };
    connect(m_model, &QAbstractItemModel::modelReset, this, reportLoad);
    reportLoad();
    // The contacts come a moment after the list (and may be longer than the room).
    connect(m_model, &MembersModel::contactsLoaded, this, &MembersPage::refitColumnsToNewRows);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilters);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilters);
    connect(m_missingContactsFilter, &QCheckBox::toggled, this, &MembersPage::applyFilters);

    // First widths, in characters, until the user's own are restored.
    const QList<QPair<int, int>> widths{{MembersModel::NumberColumn, 9},
                                        {MembersModel::NameColumn, 30},
                                        {MembersModel::KindColumn, 21},
                                        {MembersModel::CountyColumn, 18},
                                        {MembersModel::PopulationColumn, 15},
                                        {MembersModel::StatusColumn, 16},
                                        {MembersModel::AdministrativeContactColumn, 22},
                                        {MembersModel::PoliticalContactColumn, 22},
                                        {MembersModel::OrganisationNumberColumn, 15}};
    const int character = view()->fontMetrics().averageCharWidth();
    for (const auto &[column, characters] : widths)
        view()->horizontalHeader()->resizeSection(column, characters * character + 12);

    setOptionalColumns({MembersModel::InvoiceEmailColumn, MembersModel::OrganisationNumberColumn,
                        MembersModel::KindColumn, MembersModel::CountyColumn, MembersModel::PoliticalContactColumn});

    // The base constructor could not reach this class's overrides yet.
    retranslateUi();
}

QVariant MembersPage::sourceData(int sourceRow, int role) const
{
    return m_model->index(sourceRow, 0).data(role);
}

void MembersPage::applyFilters()
{
    const int status = m_statusFilter->currentData().toInt();
    const int kind = m_kindFilter->currentData().toInt();
    RegisterFilterModel *filter = filterModel();
    filter->setRowFilter(statusFilterName, status < 0 ? RegisterFilterModel::RowPredicate() : [this, status](int row) {
        return sourceData(row, MembersModel::StatusRole).toInt() == status;
    });
    filter->setRowFilter(kindFilterName, kind < 0 ? RegisterFilterModel::RowPredicate() : [this, kind](int row) {
        return sourceData(row, MembersModel::KindRole).toInt() == kind;
    });
    filter->setRowFilter(missingContactsFilterName, !m_missingContactsFilter->isChecked()
                             ? RegisterFilterModel::RowPredicate()
                             : [this](int row) { return sourceData(row, MembersModel::MissingContactsRole).toBool(); });
    updateCount();
}

void MembersPage::addNew()
{
    MemberDialog dialog(m_workspace, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace->memberChanged(dialog.memberId());
    selectId(dialog.memberId());
}

void MembersPage::openCurrent()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    MemberDialog dialog(m_workspace, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace->memberChanged(id);
    selectId(id);
}

void MembersPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (qint64 id : ids)
        names.append(m_model->index(m_model->rowOfMember(id), MembersModel::NameColumn).data().toString());

    QString question;
    if (ids.size() == 1) {
        question = tr("Delete the member “%1”?").arg(names.first());
    } else {
        QStringList listed = names.mid(0, namesShown);
        if (names.size() > namesShown)
            listed.append(tr("and %n more", "", int(names.size() - namesShown)));
        question = tr("Delete these %n member(s)?", "", int(ids.size())) + QStringLiteral("\n\n") + listed.join(u'\n');
    }
    QMessageBox box(QMessageBox::Question, tr("Delete members"), question, QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("Only a member without people or other history can be deleted. "
                              "A member that leaves the network is kept with the status Resigned."));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;

    MemberRepository repository = m_workspace->members();
    QStringList refusals;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Outcome outcome = repository.remove(ids.at(i));
        if (outcome)
            m_workspace->memberChanged(ids.at(i));
        else
            refusals.append(tr("%1: %2").arg(names.at(i), outcome.message()));
    }
    if (!refusals.isEmpty()) {
        QMessageBox refused(QMessageBox::Warning, tr("Not deleted"), refusals.join(QStringLiteral("\n\n")),
                            QMessageBox::Ok, this);
        refused.exec();
    }
}

QString MembersPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n member(s)", "", total);
    return tr("%1 of %n members", "", total).arg(shown);
}

void MembersPage::importMembers(const QString &path)
{
    if (const int written = TableImportWizard::importWithDialog(this, m_workspace, ImportKind::Members, path))
        emit statusMessage(tr("%n member(s) imported.", nullptr, written));
}

void MembersPage::importPopulation(const QString &path)
{
    const QString file = path.isEmpty()
        ? FileDialogs::openFile(this, tr("Import Population"), QStringLiteral("population"),
                                tr("Statistics Norway, table 07459 (*.csv *.json *.txt);;All files (*)"))
        : path;
    if (file.isEmpty())
        return;
    PopulationImportDialog dialog(m_workspace, file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    emit statusMessage(tr("The population of %n member(s) was updated.", nullptr, dialog.updated()));
}

void MembersPage::retranslateUi()
{
    m_importPopulationAction->setText(tr("Import &Population…"));
    m_importMembersAction->setText(tr("Import &Members…"));
    m_importMembersAction->setToolTip(tr("Add members from a CSV file or an Excel workbook"));
    m_importPopulationAction->setToolTip(tr("Set the members' population from a file of Statistics Norway (table 07459)"));
    // setItemText keeps each combo's current choice, and so the filters.
    m_statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(i, MemberTerms::label(MemberStatus(m_statusFilter->itemData(i).toInt())));
    m_statusFilter->setToolTip(tr("Show only members with this status"));

    m_kindFilter->setItemText(0, tr("All types"));
    for (int i = 1; i < m_kindFilter->count(); ++i)
        m_kindFilter->setItemText(i, MemberTerms::label(MemberKind(m_kindFilter->itemData(i).toInt())));
    m_kindFilter->setToolTip(tr("Show only municipalities or only county municipalities"));

    m_missingContactsFilter->setText(tr("Missing contacts only"));
    m_missingContactsFilter->setToolTip(
        tr("Show only members that must have an administrative and a political contact and lack one"));
    RegisterPage::retranslateUi();
}

QString MembersPage::listTitle() const
{
    return tr("Members");
}

QString MembersPage::menuTitle() const
{
    return tr("&Members");
}

} // namespace Sekretariat
