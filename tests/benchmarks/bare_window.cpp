// The baseline of the start-up and memory benchmarks: a bare QMainWindow with a
// menu, a status bar and an empty central widget, measured by the same probe as
// the program (SEKRETARIAT_EXIT_AFTER_FIRST_PAINT=1: print the time since the
// process started and the peak memory at the first paint, then quit).
#include "mainwindow/firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.setCentralWidget(new QWidget(&window));
    window.resize(1200, 760);
    window.show();
    if (Sekretariat::FirstPaintProbe::isRequested())
        Sekretariat::FirstPaintProbe::arm(&window);
    return application.exec();
}
