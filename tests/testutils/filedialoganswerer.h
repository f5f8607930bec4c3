#pragma once

// For widget tests: answers the next file dialog as a person does, by pasting
// the path into its name field and pressing its accept button. (Typed letter by
// letter, the dialog's completer rewrites the path as it goes.) Header-only.
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace Sekretariat::TestUtils {

class FileDialogAnswerer : public QObject
{
public:
    explicit FileDialogAnswerer(const QString &path)
        : m_path(path)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || answered)
                return;
            answered = true;
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QGuiApplication::clipboard()->setText(m_path);
            name->setFocus();
            QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QPushButton *accept = buttons->button(QDialogButtonBox::Save);
            if (!accept)
                accept = buttons->button(QDialogButtonBox::Open);
            QTest::mouseClick(accept, Qt::LeftButton);
        });
        m_timer.start(20);
    }

    bool answered = false;

private:
    QString m_path;
    QTimer m_timer;
};

} // namespace Sekretariat::TestUtils
