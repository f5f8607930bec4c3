// make_large_database FILE [--size small|full] [--seed N]
//
// Writes the benchmark database (LargeDatabaseBuilder) to a new FILE. The file is
// built beside it under a temporary name and renamed when complete, so a cached
// copy is never half-written.
#include "largedatabasebuilder.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Sekretariat;

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the large benchmark database."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The database to write; must not exist."));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("small or full (default)."),
                                        QStringLiteral("size"), QStringLiteral("full"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("The generator's seed."),
                                        QStringLiteral("seed"));
    parser.addOption(sizeOption);
    parser.addOption(seedOption);
    parser.process(application);

    if (parser.positionalArguments().size() != 1) {
        err << parser.helpText();
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const QString sizeName = parser.value(sizeOption);
    if (sizeName != u"small" && sizeName != u"full") {
        err << "--size is small or full\n";
        return 2;
    }
    if (QFileInfo::exists(path)) {
        err << path << " exists; a large database is written only to a new file.\n";
        return 1;
    }

    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);

    QElapsedTimer timer;
    timer.start();
    {
        Workspace workspace;
        if (workspace.open(partial) != Database::OpenResult::Ok) {
            err << workspace.errorString() << '\n';
            return 1;
        }
        LargeDatabaseBuilder builder(workspace.database().connection(), workspace.catalogue());
        builder.setSize(sizeName == u"small" ? LargeDatabaseSize::small() : LargeDatabaseSize::full());
        if (parser.isSet(seedOption))
            builder.setSeed(parser.value(seedOption).toUInt());
        builder.setProgressHandler([&](const QString &step) {
            out << QStringLiteral("%1 s  %2").arg(timer.elapsed() / 1000.0, 6, 'f', 1).arg(step) << Qt::endl;
        });
        const Outcome built = builder.build();
        if (!built) {
            err << built.message() << '\n';
            return 1;
        }
        const LargeDatabaseCounts counts = LargeDatabaseCounts::of(workspace.database().connection());
        out << QStringLiteral("%1 members, %2 people, %3 roles, %4 invoices, %5 credit notes, %6 payments, "
                              "%7 reminders, %9 events, %10 registrations in %8 s")
                   .arg(counts.members)
                   .arg(counts.people)
                   .arg(counts.roles)
                   .arg(counts.invoices)
                   .arg(counts.creditNotes)
                   .arg(counts.payments)
                   .arg(counts.reminders)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(counts.events)
                   .arg(counts.registrations)
            << Qt::endl;
    }
    // The last connection closed: SQLite has checkpointed the journal into the file.
    if (!QFile::rename(partial, path)) {
        err << "cannot rename " << partial << " to " << path << '\n';
        return 1;
    }
    return 0;
}
