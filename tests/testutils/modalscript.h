#pragma once

// For widget tests: works through the modal dialogs the code under test opens,
// one after another and inside each other, as a person would. Each step names
// the class of the dialog it waits for (a message box, a card, a form) and what
// to do in it; a step runs once, when its dialog is the active modal window.
// Header-only.
#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace Sekretariat::TestUtils {

class ModalScript : public QObject
{
public:
    struct Step {
        const char *className;
        std::function<void(QWidget *)> act;
    };

    explicit ModalScript(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || m_steps.isEmpty() || modal == m_last || !modal->inherits(m_steps.first().className))
                return;
            m_last = modal;
            const Step step = m_steps.takeFirst();
            seen.append(QString::fromLatin1(step.className));
            // The step may open another modal dialog: run it outside this slot.
            QTimer::singleShot(0, modal, [modal, step] { step.act(modal); });
        });
        m_timer.start(15);
    }

    bool done() const { return m_steps.isEmpty(); }
    QStringList seen;

private:
    QList<Step> m_steps;
    QWidget *m_last = nullptr;
    QTimer m_timer;
};

} // namespace Sekretariat::TestUtils
