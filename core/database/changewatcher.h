#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace Sekretariat {

// Notices that another connection committed to the register (another program,
// or a worker thread of this one). On SQLite, `PRAGMA data_version` on this
// connection changes then, and only then: asked every `interval`, a cheap read
// of the file's header. On a PostgreSQL server the register's triggers NOTIFY
// sekretariat_changed at every commit and this connection LISTENs: the notice
// comes at once, without asking. A change is told once.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(const QSqlDatabase &database, int intervalMs = 1000, QObject *parent = nullptr);

    void start();
    void stop();
    // Asks now (the timer asks by itself); true when something changed.
    bool check();

signals:
    void changedElsewhere();

private:
    qint64 dataVersion() const;
    bool listens() const;

    bool m_noticed = false;
    bool m_listening = false;
    QTimer m_coalesce;

    QSqlDatabase m_database;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace Sekretariat
