#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Sekretariat {

// For the start-up benchmark: with SEKRETARIAT_EXIT_AFTER_FIRST_PAINT=1 in the
// environment, the first time the watched window paints after arm(), the program
// prints one line to standard output
//   first-paint <ms since the process started> ms peak-memory <VmHWM> KiB
// and quits. Without the variable nothing is installed and nothing changes.
// Plain Qt, so the bare-window baseline measures itself with the same code.
class FirstPaintProbe : public QObject
{
public:
    static bool isRequested();
    // For the memory benchmark: SEKRETARIAT_VISIT_ALL_PAGES=1 asks the window to
    // show each page once, then print "peak-memory <VmHWM> KiB" and quit.
    static bool visitAllPagesRequested();
    static void reportPeakMemoryAndQuit();
    // Watches the window and its children; the probe belongs to the window.
    static void arm(QWidget *window);

    // Milliseconds since the process started (from /proc/self/stat on Linux, to
    // the kernel's 10 ms tick; elsewhere since the program's libraries loaded).
    static qint64 millisecondsSinceProcessStart();
    // The peak resident memory (VmHWM) in KiB, or -1 where the system does not say.
    static qint64 peakMemoryKiB();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget *window);
    void report();

    QPointer<QWidget> m_window;
    bool m_painted = false;
};

} // namespace Sekretariat
