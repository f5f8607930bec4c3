#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace Sekretariat {

// Runs a function once a window has painted its first frame: work that can wait
// (reading 100,000 people, checking the file) then does not compete with it.
class AfterFirstPaint : public QObject
{
public:
    static void run(QWidget *window, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *window, std::function<void()> work);

    QPointer<QWidget> m_window;
    std::function<void()> m_work;
    bool m_done = false;
};

} // namespace Sekretariat
