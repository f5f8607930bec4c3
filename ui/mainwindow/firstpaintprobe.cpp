#include "firstpaintprobe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace Sekretariat {

namespace {

// Started when the program's libraries are initialised, before main().
const QElapsedTimer &loadTimer()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer;
}

[[maybe_unused]] const bool loadTimerStarted = loadTimer().isValid();

} // namespace

bool FirstPaintProbe::isRequested()
{
    return qEnvironmentVariableIntValue("SEKRETARIAT_EXIT_AFTER_FIRST_PAINT") == 1;
}

bool FirstPaintProbe::visitAllPagesRequested()
{
    return qEnvironmentVariableIntValue("SEKRETARIAT_VISIT_ALL_PAGES") == 1;
}

void FirstPaintProbe::reportPeakMemoryAndQuit()
{
    std::printf("peak-memory %lld KiB\n", static_cast<long long>(peakMemoryKiB()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void FirstPaintProbe::arm(QWidget *window)
{
    // One report per process: a second database opened later changes nothing.
    static bool armed = false;
    if (!window || armed)
        return;
    armed = true;
    auto *probe = new FirstPaintProbe(window);
    qApp->installEventFilter(probe);
}

FirstPaintProbe::FirstPaintProbe(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The report waits for the event loop, so that the whole frame is painted
    // and flushed first.
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    std::printf("first-paint %lld ms peak-memory %lld KiB\n", static_cast<long long>(millisecondsSinceProcessStart()),
                static_cast<long long>(peakMemoryKiB()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

qint64 FirstPaintProbe::millisecondsSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        // Field 22 is the start time in clock ticks since boot; the command name
        // (field 2) may hold spaces, so count from its closing parenthesis.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        bool ok = false;
        const qint64 startTicks = fields.value(19).toLongLong(&ok);
        timespec now{};
        if (ok && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const qint64 ticksPerSecond = sysconf(_SC_CLK_TCK);
            const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
            return nowMs - startTicks * 1000 / ticksPerSecond;
        }
    }
#endif
    return loadTimer().elapsed();
}

qint64 FirstPaintProbe::peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace Sekretariat
