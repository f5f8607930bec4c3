#include "changewatcher.h"

#include "connectionfactory.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace Sekretariat {

namespace {

const QString changeChannel = QStringLiteral("sekretariat_changed");

} // namespace

ChangeWatcher::ChangeWatcher(const QSqlDatabase &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
    // A burst of commits (three people saving at once) is one reload.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(std::min(intervalMs, 100));
    connect(&m_coalesce, &QTimer::timeout, this, [this] { check(); });
}

bool ChangeWatcher::listens() const
{
    return ConnectionFactory::isServer(m_database);
}

void ChangeWatcher::start()
{
    if (listens()) {
        QSqlDriver *driver = m_database.driver();
        if (!driver->subscribedToNotifications().contains(changeChannel))
            driver->subscribeToNotification(changeChannel);
        if (m_listening)
            return;
        m_listening = true;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                    // Our own commits are known here already, as SQLite's are.
                    if (name != changeChannel || source == QSqlDriver::SelfSource)
                        return;
                    m_noticed = true;
                    m_coalesce.start();
                });
        return;
    }
    m_version = dataVersion();
    m_timer.start();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    m_coalesce.stop();
    // The connection keeps listening: another watcher may share it.
    if (listens() && m_database.isOpen())
        disconnect(m_database.driver(), nullptr, this, nullptr);
    m_listening = false;
}

bool ChangeWatcher::check()
{
    if (listens()) {
        if (!m_noticed)
            return false;
        m_noticed = false;
        emit changedElsewhere();
        return true;
    }
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
