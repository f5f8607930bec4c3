#include "gatheringreportdialog.h"

#include "workspace/workspace.h"

#include "events/eventrepository.h"
#include "events/gatheringreport.h"

#include "common/listexport.h"
#include "common/shownlist.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Sekretariat {

namespace {

constexpr int shortRole = Qt::UserRole + 1;

} // namespace

GatheringReportDialog::GatheringReportDialog(const Workspace *workspace, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_eventId(eventId)
    , m_summary(new QLabel(this))
    , m_shortOnly(new QCheckBox(tr("Only members short of the rule"), this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("gatheringReport"));
    m_summary->setWordWrap(true);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(shortRole);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QPushButton *exportButton = buttons->addButton(tr("&Export List…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportList"));
    // What is shown: the filter and the sort the user chose.
    connect(exportButton, &QPushButton::clicked, this,
            [this] { ListExport::exportViewWithDialog(this, *m_view, windowTitle()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_shortOnly);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_shortOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setFilterFixedString(only ? QStringLiteral("short") : QString());
    });
    resize(820, 620);
    fill();
}

void GatheringReportDialog::fill()
{
    const std::optional<Event> event = m_workspace->events().find(m_eventId);
    if (!event)
        return;
    const bool assembly = event->type == EventType::GeneralAssembly;
    const QList<GatheringReportLine> lines = m_workspace->gatheringReport(m_eventId, QDateTime::currentDateTime());
    setWindowTitle(assembly ? tr("Members Represented: %1").arg(event->title) : tr("Members at %1").arg(event->title));
    m_model->setHorizontalHeaderLabels({tr("Number"), tr("Member"), tr("Administration"), tr("Politicians"),
                                        tr("Attended"), assembly ? tr("Represented") : tr("Rule met")});
    int shortCount = 0;
    for (const GatheringReportLine &line : lines) {
        const bool isShort = assembly ? !line.represented() : !line.meetsRule();
        shortCount += isShort ? 1 : 0;
        QList<QStandardItem *> row;
        for (const QString &text : {line.member.number, line.member.name, QString::number(line.administrative),
                                    QString::number(line.political), QString::number(line.attended),
                                    isShort ? tr("No") : tr("Yes")}) {
            auto *item = new QStandardItem(text);
            item->setData(isShort ? QStringLiteral("short") : QStringLiteral("ok"), shortRole);
            if (isShort)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            row.append(item);
        }
        m_model->appendRow(row);
    }
    const bool over = event->hasEndedBy(QDateTime::currentDateTime());
    const QString day = QLocale().toString(event->startsAt.date(), QLocale::ShortFormat);
    QString summary = assembly ? tr("%1 of the %2 members on %3 were represented.")
                                     .arg(lines.size() - shortCount)
                                     .arg(lines.size())
                                     .arg(day)
                               : tr("%1 of the %2 members on %3 sent both an administrator and a politician.")
                                     .arg(lines.size() - shortCount)
                                     .arg(lines.size())
                                     .arg(day);
    summary += u' ' + (over ? tr("Counted from who attended.") : tr("Counted from who is registered; after the event, from who attended."));
    m_summary->setText(summary);
    m_view->resizeColumnsToContents();
}

} // namespace Sekretariat
