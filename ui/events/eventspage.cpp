#include "eventspage.h"

#include "common/registerfiltermodel.h"
#include "eventdialog.h"
#include "events/eventrepository.h"
#include "events/eventsmodel.h"
#include "events/eventterms.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace Sekretariat {

namespace {

enum When { AnyTime, Upcoming, Past };

} // namespace

EventsPage::EventsPage(Workspace *workspace, QWidget *parent)
    : RegisterPage(QStringLiteral("events"), workspace->newEventsModel(nullptr), parent)
    , m_workspace(workspace)
    , m_model(qobject_cast<EventsModel *>(filterModel()->sourceModel()))
    , m_typeFilter(new QComboBox(this))
    , m_whenFilter(new QComboBox(this))
{
    m_model->setParent(this);
    const bool loaded = m_model->reload();
    showLoadResult(loaded, m_model->lastError());
    connect(workspace, &Workspace::changedElsewhere, this, [this] { showLoadResult(m_model->reload(), m_model->lastError()); });
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeFilter->addItem(QString(), -1);
    for (EventType type : EventTerms::types())
        m_typeFilter->addItem(QString(), int(type));
    m_whenFilter->setObjectName(QStringLiteral("whenFilter"));
    m_whenFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int when : {AnyTime, Upcoming, Past})
        m_whenFilter->addItem(QString(), when);
    filterBar()->addWidget(m_typeFilter);
    filterBar()->addWidget(m_whenFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    connect(m_whenFilter, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);

    const int character = view()->fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> widths{{EventsModel::StartColumn, 32}, {EventsModel::TitleColumn, 40},
                                        {EventsModel::TypeColumn, 22},  {EventsModel::PlaceColumn, 22},
                                        {EventsModel::CapacityColumn, 9}, {EventsModel::RegisteredColumn, 11},
                                        {EventsModel::WaitlistedColumn, 9}};
    for (const auto &[column, characters] : widths)
        view()->horizontalHeader()->resizeSection(column, characters * character + 12);
    view()->sortByColumn(EventsModel::StartColumn, Qt::AscendingOrder);
    setOptionalColumns({EventsModel::AttendedColumn, EventsModel::TypeColumn, EventsModel::WaitlistedColumn});
    retranslateUi();
}

void EventsPage::applyFilters()
{
    const int type = m_typeFilter->currentData().toInt();
    const int when = m_whenFilter->currentData().toInt();
    filterModel()->setRowFilter(QStringLiteral("type"), type < 0 ? RegisterFilterModel::RowPredicate() : [this, type](int row) {
        return m_model->index(row, 0).data(EventsModel::TypeRole).toInt() == type;
    });
    filterModel()->setRowFilter(QStringLiteral("when"), when == AnyTime ? RegisterFilterModel::RowPredicate() : [this, when](int row) {
        const bool past = m_model->index(row, 0).data(EventsModel::EndRole).toDateTime() < QDateTime::currentDateTime();
        return when == Past ? past : !past;
    });
    updateCount();
}

void EventsPage::openEvent(qint64 id)
{
    EventDialog dialog(m_workspace, id, this);
    dialog.exec();
    const bool loaded = m_model->reload();
    showLoadResult(loaded, m_model->lastError());
    if (dialog.eventId() > 0)
        selectId(dialog.eventId());
}

void EventsPage::addNew()
{
    openEvent(0);
}

void EventsPage::openCurrent()
{
    if (const qint64 id = currentId(); id > 0)
        openEvent(id);
}

void EventsPage::deleteSelected()
{
    const qint64 id = currentId();
    const int row = m_model->rowOfEvent(id);
    if (row < 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Event"),
                                              tr("Delete the event “%1” with its registrations?").arg(m_model->eventAt(row).title),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const Outcome removed = m_workspace->events().remove(id); !removed)
        QMessageBox::warning(this, tr("Not Deleted"), removed.message());
    const bool loaded = m_model->reload();
    showLoadResult(loaded, m_model->lastError());
}

QString EventsPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n event(s)", "", total);
    return tr("%1 of %n events", "", total).arg(shown);
}

void EventsPage::retranslateUi()
{
    m_typeFilter->setItemText(0, tr("All types"));
    for (int i = 1; i < m_typeFilter->count(); ++i)
        m_typeFilter->setItemText(i, EventTerms::label(EventType(m_typeFilter->itemData(i).toInt())));
    m_whenFilter->setItemText(AnyTime, tr("Upcoming and past"));
    m_whenFilter->setItemText(Upcoming, tr("Upcoming"));
    m_whenFilter->setItemText(Past, tr("Past"));
    RegisterPage::retranslateUi();
}

QString EventsPage::listTitle() const
{
    return tr("Events");
}

QString EventsPage::menuTitle() const
{
    return tr("Even&ts");
}

} // namespace Sekretariat
