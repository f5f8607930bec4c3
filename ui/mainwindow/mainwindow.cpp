#include "mainwindow.h"
MainWindow::MainWindow(Sekretariat::LanguageManager *, QWidget *parent) : QMainWindow(parent) {}
bool MainWindow::openDatabase(const QString &) { return true; }
