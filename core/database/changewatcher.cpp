#include "changewatcher.h"

#include <QSqlQuery>

namespace Sekretariat {

ChangeWatcher::ChangeWatcher(const QSqlDatabase &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
}

void ChangeWatcher::start()
{
    m_version = dataVersion();
    m_timer.start();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

bool ChangeWatcher::check()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_version)
        return false;
    m_version = version;
    emit changedElsewhere();
    return true;
}

qint64 ChangeWatcher::dataVersion() const
{
    if (!m_database.isOpen())
        return -1;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace Sekretariat
