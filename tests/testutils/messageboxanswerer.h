#pragma once

// For widget tests: answers the message boxes the code under test opens, in
// turn, and remembers what they said. Header-only, as the test-utils library
// itself needs no widgets.
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Sekretariat::TestUtils {

class MessageBoxAnswerer : public QObject
{
public:
    explicit MessageBoxAnswerer(const QList<QMessageBox::StandardButton> &answers)
        : m_answers(answers)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || m_answers.isEmpty())
                return;
            texts.append(box->text() + u'\n' + box->informativeText());
            defaults.append(box->standardButton(box->defaultButton()));
            box->button(m_answers.takeFirst())->click();
        });
        m_timer.start(10);
    }

    QStringList texts;
    QList<QMessageBox::StandardButton> defaults;

private:
    QList<QMessageBox::StandardButton> m_answers;
    QTimer m_timer;
};

} // namespace Sekretariat::TestUtils
