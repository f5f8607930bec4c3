#include "afterfirstpaint.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Sekretariat {

void AfterFirstPaint::run(QWidget *window, std::function<void()> work)
{
    auto *waiter = new AfterFirstPaint(window, std::move(work));
    qApp->installEventFilter(waiter);
    // A window that is hidden never paints: then the work runs anyway, a little later.
    QTimer::singleShot(1000, waiter, [waiter] {
        if (!waiter->m_done) {
            waiter->m_done = true;
            waiter->m_work();
            waiter->deleteLater();
        }
    });
}

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> work)
    : QObject(window)
    , m_window(window)
    , m_work(std::move(work))
{
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_done = true;
        qApp->removeEventFilter(this);
        // After the event loop has finished this frame.
        QTimer::singleShot(0, this, [this] {
            m_work();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Sekretariat
