#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Sekretariat {

// Keeps a second program from writing a register that another one has open.
// SQLite's own locks are POSIX advisory locks, which the operating system drops
// when any handle to the file in the holding process is closed, and which are
// unreliable on network drives; this lock does not depend on them. It is a file
// beside the database (FILE.lock) naming the user, the computer, the process and
// since when; it is created atomically with its content and removed on release.
//
// Stale-lock rule: a lock of this computer whose process is gone (or that was
// written before the computer last started) is taken over; a lock of another
// computer never is, since whether that program still runs cannot be known
// from here. The message then says how to remove it by hand.
//
// Within one process the lock is shared: the window's worker connections and a
// second Database on the same file count, and the file goes with the last.
class RegisterLock
{
    Q_DECLARE_TR_FUNCTIONS(RegisterLock)

public:
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QString bootId;
        QDateTime since;
        QString purpose;  // "window" or the command's name
        bool readable = false;

        // "Kari Nordmann on kontor-pc since 01.12.2026 09:14 (the Sekretariat window)"
        QString describe() const;
    };

    enum class Result { Acquired, HeldByOther, CannotCreate };

    explicit RegisterLock(const QString &databasePath);
    ~RegisterLock();

    RegisterLock(const RegisterLock &) = delete;
    RegisterLock &operator=(const RegisterLock &) = delete;

    Result acquire(const QString &purpose);
    void release();
    bool isHeld() const { return m_held; }

    // After HeldByOther: who has it. After CannotCreate: why not.
    Holder holder() const { return m_holder; }
    QString errorString() const { return m_errorString; }

    static QString lockPathFor(const QString &databasePath);
    // Who holds the file now, if anyone (a stale lock counts as none).
    static bool isHeldByOther(const QString &databasePath, Holder *holder = nullptr);
    static Holder readHolder(const QString &lockPath);
    static bool isStale(const Holder &holder);

private:
    bool writeOwnLock(const QString &purpose);
    bool breakStaleLock(const Holder &stale);

    QString m_databasePath;
    QString m_lockPath;
    QString m_key;
    bool m_held = false;
    Holder m_holder;
    QString m_errorString;
};

} // namespace Sekretariat
