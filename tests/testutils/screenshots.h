#pragma once

// For widget tests: with SEKRETARIAT_SCREENSHOTS naming a folder, a widget is
// grabbed into it as a PNG to look at; without it nothing happens. Header-only,
// as the test-utils library itself needs no widgets.
#include <QDir>
#include <QFile>
#include <QWidget>

namespace Sekretariat::TestUtils {

inline void grabTo(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("SEKRETARIAT_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name));
}

// A document written by the test, copied there to look at.
inline void keepScreenshotFile(const QString &path, const QString &name)
{
    const QString folder = qEnvironmentVariable("SEKRETARIAT_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QFile::remove(QDir(folder).filePath(name));
    QFile::copy(path, QDir(folder).filePath(name));
}

} // namespace Sekretariat::TestUtils
