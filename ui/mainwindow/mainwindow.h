#pragma once
#include <QMainWindow>
namespace Sekretariat { class LanguageManager; class Workspace; }
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Sekretariat::LanguageManager *languages, QWidget *parent = nullptr);
    bool openDatabase(const QString &path);
};
