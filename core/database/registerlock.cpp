#include "registerlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#endif

namespace Sekretariat {

namespace {

QMutex registryMutex;
QHash<QString, int> heldInProcess;  // lock path -> how many holders in this process
QHash<QString, QString> tokens;     // lock path -> the token written into it

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifndef Q_OS_WIN
    if (user.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user;
}

bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

qint64 currentPid()
{
    return QCoreApplication::applicationPid();
}

} // namespace

QString RegisterLock::Holder::describe() const
{
    if (!readable)
        return tr("an unknown program (its lock file cannot be read)");
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    const QString what = purpose == u"window" ? tr("the Sekretariat window")
                                              : tr("the command “%1”").arg(purpose);
    const QString who = user.isEmpty() ? tr("someone") : user;
    return tr("%1 on the computer %2 since %3 (%4)").arg(who, host, when, what);
}

RegisterLock::RegisterLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lockPath(lockPathFor(databasePath))
    , m_key(QFileInfo(lockPathFor(databasePath)).absoluteFilePath())
{
}

RegisterLock::~RegisterLock()
{
    release();
}

QString RegisterLock::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

RegisterLock::Holder RegisterLock::readHolder(const QString &lockPath)
{
    Holder holder;
    // The file is written in one go right after it is created; an empty or
    // partial one is read again a moment later before it counts as unreadable.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QFile file(lockPath);
        if (!file.open(QIODevice::ReadOnly))
            return holder;
        const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        if (!object.isEmpty()) {
            holder.user = object.value(QStringLiteral("user")).toString();
            holder.host = object.value(QStringLiteral("host")).toString();
            holder.pid = qint64(object.value(QStringLiteral("pid")).toDouble());
            holder.bootId = object.value(QStringLiteral("boot")).toString();
            holder.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
            holder.purpose = object.value(QStringLiteral("purpose")).toString();
            holder.readable = !holder.host.isEmpty() && holder.pid > 0;
            if (holder.readable)
                return holder;
        }
        QThread::msleep(50);
    }
    return holder;
}

bool RegisterLock::isStale(const Holder &holder)
{
    if (!holder.readable || holder.host != QSysInfo::machineHostName())
        return false;
    const QString boot = QString::fromLatin1(QSysInfo::bootUniqueId());
    if (!boot.isEmpty() && !holder.bootId.isEmpty() && boot != holder.bootId)
        return true;
    return !processIsRunning(holder.pid);
}

bool RegisterLock::isHeldByOther(const QString &databasePath, Holder *holder)
{
    const QString lockPath = lockPathFor(databasePath);
    {
        QMutexLocker locker(&registryMutex);
        if (heldInProcess.value(QFileInfo(lockPath).absoluteFilePath()) > 0)
            return false;
    }
    if (!QFileInfo::exists(lockPath))
        return false;
    const Holder found = readHolder(lockPath);
    if (found.readable && found.pid == currentPid() && found.host == QSysInfo::machineHostName())
        return false;
    if (isStale(found))
        return false;
    if (holder)
        *holder = found;
    return true;
}

bool RegisterLock::writeOwnLock(const QString &purpose)
{
    QFile file(m_lockPath);
    // NewOnly is O_CREAT | O_EXCL: of two programs creating it at once, one wins.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject object;
    object.insert(QStringLiteral("user"), currentUser());
    object.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    object.insert(QStringLiteral("pid"), double(currentPid()));
    object.insert(QStringLiteral("boot"), QString::fromLatin1(QSysInfo::bootUniqueId()));
    object.insert(QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    object.insert(QStringLiteral("purpose"), purpose);
    object.insert(QStringLiteral("token"), token);
    const QByteArray content = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(content) != content.size() || !file.flush()) {
        m_errorString = file.errorString();
        file.close();
        file.remove();
        return false;
    }
    file.close();
    tokens.insert(m_key, token);
    return true;
}

bool RegisterLock::breakStaleLock(const Holder &stale)
{
    // Moved aside first: of two programs breaking the same stale lock, only one
    // moves it, and neither removes a fresh lock the other has just written.
    const QString aside = m_lockPath + QStringLiteral(".stale-") + QUuid::createUuid().toString(QUuid::Id128);
    if (!QFile::rename(m_lockPath, aside))
        return false;
    const Holder moved = readHolder(aside);
    if (moved.pid == stale.pid && moved.since == stale.since && moved.host == stale.host) {
        QFile::remove(aside);
        return true;
    }
    QFile::rename(aside, m_lockPath);
    return false;
}

RegisterLock::Result RegisterLock::acquire(const QString &purpose)
{
    if (m_held)
        return Result::Acquired;
    QMutexLocker locker(&registryMutex);
    if (heldInProcess.value(m_key) > 0) {
        ++heldInProcess[m_key];
        m_held = true;
        return Result::Acquired;
    }
    const int attempts = 3;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (writeOwnLock(purpose)) {
            heldInProcess.insert(m_key, 1);
            m_held = true;
            return Result::Acquired;
        }
        if (!QFileInfo::exists(m_lockPath)) {
            // Released by its holder just now, or a folder we cannot write to:
            // only a create that keeps failing with no lock in the way is the latter.
            if (attempt + 1 < attempts && m_errorString.isEmpty())
                continue;
            const QString folder = QDir::toNativeSeparators(QFileInfo(m_lockPath).absolutePath());
            m_errorString = m_errorString.isEmpty()
                ? tr("the folder “%1” does not let this program create files").arg(folder)
                : tr("the lock file cannot be written in the folder “%1”: %2").arg(folder, m_errorString);
            return Result::CannotCreate;
        }
        m_holder = readHolder(m_lockPath);
        if (!m_holder.readable && !QFileInfo::exists(m_lockPath))
            continue;  // released while it was being read
        const bool ownLeftover = m_holder.readable && m_holder.pid == currentPid()
            && m_holder.host == QSysInfo::machineHostName();
        if (!ownLeftover && !isStale(m_holder))
            return Result::HeldByOther;
        if (!breakStaleLock(m_holder))
            continue;
    }
    m_holder = readHolder(m_lockPath);
    return Result::HeldByOther;
}

void RegisterLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    QMutexLocker locker(&registryMutex);
    if (--heldInProcess[m_key] > 0)
        return;
    heldInProcess.remove(m_key);
    const QString token = tokens.take(m_key);
    QFile file(m_lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    file.close();
    // Only our own lock goes; one that replaced it (after a stale-lock takeover
    // by mistake) belongs to someone else.
    if (object.value(QStringLiteral("token")).toString() == token)
        QFile::remove(m_lockPath);
}

} // namespace Sekretariat
