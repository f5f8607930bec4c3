// bench_memory: the peak resident memory (VmHWM) of the program with the large
// database open and every page visited, against a bare QMainWindow program's
// peak at its first paint. Both run as real processes under the offscreen
// platform; median of 3 runs each.
//
//   bench_memory [FILE]
#include "benchmarkreport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Sekretariat::Benchmark;

namespace {

double peakKiB(const QString &program, const QStringList &arguments, const QString &variable, const QString &settings)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings);
    environment.insert(variable, QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return -1;
    static const QRegularExpression pattern(QStringLiteral("peak-memory (\\d+) KiB"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QString path = largeDatabasePath(application.arguments());
    if (path.isEmpty())
        return 2;
    QTemporaryDir settings;
    QList<double> ours;
    QList<double> bare;
    for (int run = 0; run < 3; ++run) {
        ours.append(peakKiB(QStringLiteral(SEKRETARIAT_EXECUTABLE), {QStringLiteral("--database"), path},
                            QStringLiteral("SEKRETARIAT_VISIT_ALL_PAGES"), settings.path()));
        bare.append(peakKiB(QStringLiteral(BARE_WINDOW_EXECUTABLE), {}, QStringLiteral("SEKRETARIAT_EXIT_AFTER_FIRST_PAINT"),
                            settings.path()));
    }
    if (ours.contains(-1) || bare.contains(-1)) {
        QTextStream(stderr) << "a run did not report its memory" << Qt::endl;
        return 1;
    }
    const double mine = median(ours) / 1024.0;
    const double baseline = median(bare) / 1024.0;
    printTable(QStringLiteral("Peak memory (VmHWM, MiB, median of 3 runs)"),
               {{QStringLiteral("program"), QStringLiteral("MiB")},
                {QStringLiteral("sekretariat, large database, every page visited"), number(mine)},
                {QStringLiteral("bare QMainWindow"), number(baseline)},
                {QStringLiteral("ratio (target <= 3)"), QString::number(mine / baseline, 'f', 2) + u' ' + meets(mine / baseline, 3)}});
    printBench(QStringLiteral("peak_memory"), mine, QStringLiteral("MiB"), baseline);
    return 0;
}
