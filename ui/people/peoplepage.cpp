#include "peoplepage.h"

#include "common/tableimportwizard.h"

#include "common/clipboardnotice.h"

#include "common/contactcardsfile.h"
#include "common/modelroles.h"
#include "common/registerfiltermodel.h"
#include "people/peoplemodel.h"
#include "people/personrepository.h"
#include "people/roleterms.h"
#include "persondialog.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QAction>
#include <QToolBar>
#include <QTableView>

namespace Sekretariat {

namespace {

enum Affiliation { Everyone, AtMembers, Partners };

const int namesShown = 10;

} // namespace

PeoplePage::PeoplePage(Workspace *workspace, QWidget *parent)
    : RegisterPage(QStringLiteral("people"), workspace->peopleModel(), parent)
    , m_workspace(workspace)
    , m_model(workspace->peopleModel())
    , m_affiliationFilter(new QComboBox(this))
    , m_roleFilter(new QComboBox(this))
    , m_copyEmails(new QAction(this))
    , m_exportContacts(new QAction(this))
    , m_importPeople(new QAction(this))
{
    m_affiliationFilter->setObjectName(QStringLiteral("affiliationFilter"));
    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_copyEmails->setObjectName(QStringLiteral("copyEmails"));
    m_affiliationFilter->addItem(QString(), int(Everyone));
    m_affiliationFilter->addItem(QString(), int(AtMembers));
    m_affiliationFilter->addItem(QString(), int(Partners));
    m_roleFilter->addItem(QString(), QString());
    for (RoleType type : RoleTerms::types())
        m_roleFilter->addItem(QString(), RoleTerms::key(type));
    m_affiliationFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roleFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    filterBar()->addWidget(m_affiliationFilter);
    filterBar()->addWidget(m_roleFilter);
    m_copyEmails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyEmails->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyEmails);
    addPageAction(m_copyEmails);
    m_exportContacts->setObjectName(QStringLiteral("exportContacts"));
    addMenuAction(m_exportContacts);
    addRowAction(m_exportContacts);
    m_importPeople->setObjectName(QStringLiteral("importPeopleAction"));
    addMenuAction(m_importPeople);

    // Read in the background: whatever could not be read is said when it is done.
    auto reportLoad = [this] { showLoadResult(m_model->lastError().isEmpty(), m_model->lastError()); };
    connect(m_model, &QAbstractItemModel::modelReset, this, reportLoad);
    reportLoad();

    connect(m_affiliationFilter, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilters);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilters);
    connect(m_copyEmails, &QAction::triggered, this, &PeoplePage::copyEmailAddresses);
    connect(m_exportContacts, &QAction::triggered, this, [this] { exportContacts(); });
    connect(m_importPeople, &QAction::triggered, this, [this] { importPeople(); });

    const int character = view()->fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> widths{{PeopleModel::LastNameColumn, 16}, {PeopleModel::FirstNameColumn, 14},
                                        {PeopleModel::TitleColumn, 22},    {PeopleModel::MemberColumn, 26},
                                        {PeopleModel::RolesColumn, 50},    {PeopleModel::EmailColumn, 34}};
    for (const auto &[column, characters] : widths)
        view()->horizontalHeader()->resizeSection(column, characters * character + 12);

    setOptionalColumns({PeopleModel::PhoneColumn, PeopleModel::TitleColumn});

    // The base constructor could not reach this class's overrides yet.
    retranslateUi();
}

void PeoplePage::applyFilters()
{
    const int affiliation = m_affiliationFilter->currentData().toInt();
    const QString role = m_roleFilter->currentData().toString();
    RegisterFilterModel *filter = filterModel();
    filter->setRowFilter(QStringLiteral("affiliation"),
                         affiliation == Everyone ? RegisterFilterModel::RowPredicate()
                                                 : [this, affiliation](int row) {
                                                       const bool atMember =
                                                           m_model->index(row, 0).data(PeopleModel::MemberIdRole).toLongLong() > 0;
                                                       return affiliation == AtMembers ? atMember : !atMember;
                                                   });
    filter->setRowFilter(QStringLiteral("role"), role.isEmpty() ? RegisterFilterModel::RowPredicate() : [this, role](int row) {
        const QString keys = m_model->index(row, PeopleModel::RolesColumn).data(ExportValueRole).toString();
        return keys.split(u';').contains(role);
    });
    updateCount();
}

QString PeoplePage::emailAddressesForCopy() const
{
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < filterModel()->rowCount(); ++row)
            rows.append(filterModel()->index(row, 0));
    }
    QStringList addresses;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString address = index.data(PeopleModel::EmailRole).toString();
        if (!address.isEmpty() && !addresses.contains(address))
            addresses.append(address);
    }
    return addresses.join(QStringLiteral("; "));
}

void PeoplePage::copyEmailAddresses()
{
    emit statusMessage(ClipboardNotice::copyAddresses(toolBar()->widgetForAction(m_copyEmails), emailAddressesForCopy()));
}

QList<qint64> PeoplePage::peopleForContacts() const
{
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < filterModel()->rowCount(); ++row)
            rows.append(filterModel()->index(row, 0));
    }
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(IdRole).toLongLong());
    return ids;
}

void PeoplePage::importPeople(const QString &path)
{
    if (const int written = TableImportWizard::importWithDialog(this, m_workspace, ImportKind::People, path))
        emit statusMessage(tr("%n person(s) imported.", nullptr, written));
}

void PeoplePage::exportContacts(const QString &path)
{
    emit statusMessage(QString());
    const QList<qint64> ids = peopleForContacts();
    if (ids.isEmpty())
        return;
    const QString suggestion = ids.size() == 1
        ? filterModel()->index(view()->currentIndex().row(), PeopleModel::FirstNameColumn).data().toString() + u' '
            + filterModel()->index(view()->currentIndex().row(), PeopleModel::LastNameColumn).data().toString()
        : tr("contacts-%1").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString file = ContactCardsFile::save(this, *m_workspace, ids, suggestion, path);
    if (file.isEmpty())
        return;
    emit statusMessage(tr("%n contact card(s) written to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(file)));
}

void PeoplePage::addNew()
{
    PersonDialog dialog(m_workspace, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace->personChanged(dialog.personId());
    selectId(dialog.personId());
}

void PeoplePage::openCurrent()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    PersonDialog dialog(m_workspace, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace->personChanged(id);
    selectId(id);
}

void PeoplePage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (qint64 id : ids) {
        const int row = m_model->rowOfPerson(id);
        const QString name = (m_model->index(row, PeopleModel::FirstNameColumn).data().toString() + u' '
                              + m_model->index(row, PeopleModel::LastNameColumn).data().toString()).trimmed();
        // Enough to tell two of the same name apart.
        QStringList details;
        for (int column : {int(PeopleModel::MemberColumn), int(PeopleModel::EmailColumn)}) {
            const QString detail = m_model->index(row, column).data().toString();
            if (!detail.isEmpty())
                details.append(detail);
        }
        names.append(details.isEmpty() ? name : tr("%1 (%2)", "person (member, e-mail)").arg(name, details.join(QStringLiteral(", "))));
    }
    QString question;
    if (ids.size() == 1) {
        question = tr("Delete “%1”?").arg(names.first().trimmed());
    } else {
        QStringList listed = names.mid(0, namesShown);
        if (names.size() > namesShown)
            listed.append(tr("and %n more", "", int(names.size() - namesShown)));
        question = tr("Delete these %n people?", "", int(ids.size())) + QStringLiteral("\n\n") + listed.join(u'\n');
    }
    QMessageBox box(QMessageBox::Question, tr("Delete people"), question, QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("Their roles are deleted with them. This cannot be undone."));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;

    PersonRepository repository = m_workspace->people();
    const Outcome removed = repository.removeMany(ids);
    if (!removed) {
        QMessageBox::warning(this, tr("Not deleted"), removed.message());
        return;
    }
    for (qint64 id : ids)
        m_workspace->personChanged(id);
}

QString PeoplePage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n person(s)", "", total);
    return tr("%1 of %n people", "", total).arg(shown);
}

void PeoplePage::retranslateUi()
{
    m_affiliationFilter->setItemText(Everyone, tr("Everyone"));
    m_affiliationFilter->setItemText(AtMembers, tr("People at members"));
    m_affiliationFilter->setItemText(Partners, tr("Partners outside the membership"));
    m_roleFilter->setItemText(0, tr("Any role"));
    for (int i = 1; i < m_roleFilter->count(); ++i)
        m_roleFilter->setItemText(i, RoleTerms::label(RoleTerms::fromKey(m_roleFilter->itemData(i).toString())));
    m_copyEmails->setText(tr("Copy E-mail Addresses"));
    m_exportContacts->setText(tr("Export Contact &Cards (vCard)…"));
    m_importPeople->setText(tr("&Import People…"));
    m_importPeople->setToolTip(tr("Add people from a CSV file or an Excel workbook"));
    m_exportContacts->setToolTip(tr("Save the selected people (or everyone shown) as contact cards for Outlook, "
                                    "Apple Contacts or Thunderbird"));
    m_copyEmails->setToolTip(tr("Copy the e-mail addresses of the selected people (or of everyone shown) "
                                "for the BCC field of an e-mail"));
    RegisterPage::retranslateUi();
}

QString PeoplePage::listTitle() const
{
    return tr("People");
}

QString PeoplePage::menuTitle() const
{
    return tr("&People");
}

} // namespace Sekretariat
