#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Sekretariat {

// A theme group: people from members, or partners outside the membership,
// working on one theme for a period, with a leader.
struct ThemeGroup
{
    qint64 id = 0;
    QString name;
    QString theme;
    QString description;
    QDate startsOn;
    QDate endsOn;
    qint64 leaderId = 0;          // 0: none yet
    QList<qint64> participantIds;
};

} // namespace Sekretariat
