// Start-up: from process start to the first painted main window on the large
// database, against a bare QMainWindow program, both run as real processes under
// the offscreen platform with SEKRETARIAT_EXIT_AFTER_FIRST_PAINT=1 (median of 5
// runs each, after one warm-up run each). Then, in this process, where the time
// goes: opening the file, loading each model, building the window.
//
//   bench_startup [FILE]
#include "benchmarkreport.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::Benchmark;

namespace {

constexpr int runs = 5;

struct Run
{
    double wallMs = -1;      // QProcess::start until the probe's line arrived
    double selfMs = -1;      // what the probe measured since the kernel started the process
    double peakKiB = -1;
};

Run runOnce(const QString &program, const QStringList &arguments, const QString &settingsDirectory)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("SEKRETARIAT_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
    // A settings folder of its own: the same window state every run, and the
    // user's recent-files list untouched.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsDirectory);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);

    Run run;
    QElapsedTimer timer;
    QByteArray output;
    timer.start();
    process.start(program, arguments);
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(20);
        output += process.readAllStandardOutput();
        if (run.wallMs < 0 && output.contains("first-paint"))
            run.wallMs = double(timer.nsecsElapsed()) / 1e6;
        if (timer.elapsed() > 120000) {
            process.kill();
            break;
        }
    }
    process.waitForFinished();
    static const QRegularExpression line(QStringLiteral("first-paint (\\d+) ms peak-memory (-?\\d+) KiB"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(output));
    if (match.hasMatch()) {
        run.selfMs = match.captured(1).toDouble();
        run.peakKiB = match.captured(2).toDouble();
    } else {
        QTextStream(stderr) << program << QStringLiteral(" printed no first-paint line: ") << QString::fromUtf8(output)
                            << QString::fromUtf8(process.readAllStandardError()) << Qt::endl;
        run.wallMs = -1;
    }
    return run;
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    const QString path = largeDatabasePath(application.arguments());
    if (path.isEmpty())
        return 2;
    QTemporaryDir settings;

    const QString program = QStringLiteral(SEKRETARIAT_EXECUTABLE);
    const QStringList programArguments{QStringLiteral("--database"), path, QStringLiteral("--language"),
                                       QStringLiteral("nb")};
    const QString bare = QStringLiteral(BARE_WINDOW_EXECUTABLE);

    // Warm the file cache and the settings folder, then alternate the two.
    runOnce(program, programArguments, settings.path());
    runOnce(bare, {}, settings.path());
    QList<double> programWall, programSelf, bareWall, bareSelf;
    for (int i = 0; i < runs; ++i) {
        const Run ours = runOnce(program, programArguments, settings.path());
        const Run baseline = runOnce(bare, {}, settings.path());
        if (ours.wallMs < 0 || baseline.wallMs < 0)
            return 1;
        programWall.append(ours.wallMs);
        programSelf.append(ours.selfMs);
        bareWall.append(baseline.wallMs);
        bareSelf.append(baseline.selfMs);
    }

    // Where the time goes, in this process (already warm: Qt, fonts and the
    // translations are loaded, so the parts add up to less than a cold start).
    QList<QStringList> parts{{QStringLiteral("step"), QStringLiteral("ms")}};
    {
        Database database;
        parts.append({QStringLiteral("Database::open (file checks, quick_check, migrations)"),
                      number(timed([&] { database.open(path); }))});
        MembersModel members{MemberRepository(database.connection())};
        parts.append({QStringLiteral("MembersModel::reload"), number(timed([&] { members.reload(); }))});
        PeopleModel people{PersonRepository(database.connection())};
        parts.append({QStringLiteral("PeopleModel::reload"), number(timed([&] { people.reload(); }))});
    }
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("nb"));
        std::unique_ptr<MainWindow> window;
        parts.append({QStringLiteral("MainWindow constructor"),
                      number(timed([&] { window = std::make_unique<MainWindow>(&languages); }))});
        window->show();
        parts.append({QStringLiteral("MainWindow::openDatabase (workspace, models, pages)"),
                      number(timed([&] { window->openDatabase(path); }))});
        parts.append({QStringLiteral("first paint"), number(timed([&] {
                          if (!QTest::qWaitForWindowExposed(window.get()))
                              QTextStream(stderr) << "the window was never shown" << Qt::endl;
                          QCoreApplication::processEvents();
                      }))});
    }

    const double ours = median(programWall);
    const double baseline = median(bareWall);
    printTable(QStringLiteral("Start-up to the first painted window (ms, median of %1 runs)").arg(runs),
               {{QStringLiteral("program"), QStringLiteral("median"), QStringLiteral("min"), QStringLiteral("max"),
                 QStringLiteral("self-measured")},
                {QStringLiteral("sekretariat --database large"), number(ours),
                 number(*std::min_element(programWall.begin(), programWall.end())), number(maximum(programWall)),
                 number(median(programSelf))},
                {QStringLiteral("bare QMainWindow"), number(baseline),
                 number(*std::min_element(bareWall.begin(), bareWall.end())), number(maximum(bareWall)),
                 number(median(bareSelf))},
                {QStringLiteral("ratio (target <= 3)"), QString::number(ours / baseline, 'f', 2), {}, {},
                 meets(ours / baseline, 3)}});
    printTable(QStringLiteral("Where the time goes (in-process, warm)"), parts);
    printBench(QStringLiteral("startup_first_paint"), ours, QStringLiteral("ms"), baseline);
    return 0;
}
