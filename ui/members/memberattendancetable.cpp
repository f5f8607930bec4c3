#include "memberattendancetable.h"

#include "events/eventterms.h"

#include <QEvent>
#include <QHeaderView>

namespace Sekretariat {

MemberAttendanceTable::MemberAttendanceTable(const QList<GatheringReport::Attendance> &attendance, QWidget *parent)
    : QTableWidget(parent)
    , m_attendance(attendance)
{
    setObjectName(QStringLiteral("memberAttendance"));
    setColumnCount(4);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    fill();
}

void MemberAttendanceTable::fill()
{
    setHorizontalHeaderLabels({tr("Year"), tr("Event"), tr("Person"), tr("Came as")});
    setRowCount(int(m_attendance.size()));
    for (int row = 0; row < m_attendance.size(); ++row) {
        const GatheringReport::Attendance &attended = m_attendance.at(row);
        const QStringList cells{QString::number(attended.year), attended.eventTitle, attended.personName,
                                EventTerms::label(attended.role)};
        for (int column = 0; column < cells.size(); ++column)
            setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    resizeColumnsToContents();
}

void MemberAttendanceTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QTableWidget::changeEvent(event);
}

} // namespace Sekretariat
