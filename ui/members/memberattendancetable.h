#pragma once

#include "events/gatheringreport.h"

#include <QTableWidget>

namespace Sekretariat {

// The events a member's people attended, newest first: year, event, person and
// the capacity they came in. Read-only, and short: a member attends a handful a year.
class MemberAttendanceTable : public QTableWidget
{
    Q_OBJECT

public:
    MemberAttendanceTable(const QList<GatheringReport::Attendance> &attendance, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QList<GatheringReport::Attendance> m_attendance;
};

} // namespace Sekretariat
