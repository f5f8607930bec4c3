#include "registercopy.h"

#include <QAtomicInt>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace Sekretariat {

Outcome RegisterCopy::run(QWidget *parent, const QString &from, const QString &to, DatabaseCopier::Report *report)
{
    const QStringList tables = DatabaseCopier::tables();
    QProgressDialog progress(tr("Opening the two registers…"), tr("&Stop"), 0, int(tables.size()) + 1, parent);
    progress.setWindowTitle(tr("Copy Register"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(420);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    QAtomicInt stopped(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&stopped] { stopped.storeRelaxed(1); });
    QProgressDialog *shown = &progress;
    // Told on the worker thread; the dialog is changed on its own (and outlives
    // the worker: run() waits for it).
    const DatabaseCopier::Progress told = [&stopped, shown, tables](const QString &table, qint64 rows) {
        QMetaObject::invokeMethod(
            shown,
            [shown, tables, table, rows] {
                if (shown->wasCanceled())
                    return;
                const qsizetype index = tables.indexOf(table);
                shown->setValue(int(index) + 1);
                shown->setLabelText(index == tables.size() - 1
                                        ? tr("Comparing the copy with the original…")
                                        : tr("Copying %1: %Ln row(s)…", nullptr, rows).arg(table));
            },
            Qt::QueuedConnection);
        return stopped.loadRelaxed() == 0;
    };

    DatabaseCopier::Report made;
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([from, to, &made, told] { return DatabaseCopier::copy(from, to, &made, told); }));
    loop.exec();
    const Outcome copied = watcher.result();
    progress.close();
    if (copied && report)
        *report = made;
    return copied;
}

} // namespace Sekretariat
