#include "commandline.h"

#include "commands/commandrunner.h"
#include "demo/demodatabuilder.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "members/membersmodel.h"
#include "workspace/workspace.h"
#include "workspace/workspaceopening.h"

#include <QApplication>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>
#include <cstdio>
#include <memory>

using namespace Sekretariat;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sekretariat"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("fremsam.no"));
    QCoreApplication::setApplicationName(QStringLiteral("Sekretariat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEKRETARIAT_VERSION));
}

QString chosenLanguage(const CommandLine &commandLine)
{
    if (!commandLine.language().isEmpty())
        return commandLine.language();
    return QSettings().value(QStringLiteral("language"), LanguageManager::systemLanguage()).toString();
}

int runHeadless(int argc, char **argv)
{
    // Commands never show a window, but PDFs need fonts, which need a GUI
    // application: the offscreen platform gives one without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    describeApplication();
    LanguageManager languages;
    QTextStream err(stderr);
    CommandLine commandLine;
    const bool parsed = commandLine.parse(application.arguments());
    languages.setLanguage(chosenLanguage(commandLine));
    if (!parsed) {
        // Parse again in the chosen language so the message reads in it.
        commandLine.parse(application.arguments());
        err << commandLine.errorString() << Qt::endl;
        return CommandRunner::UsageError;
    }
    CommandOptions options;
    options.format = commandLine.format();
    options.year = commandLine.year();
    options.issue = commandLine.issue();
    options.issueDate = commandLine.issueDate();
    options.pdfDirectory = commandLine.pdfDirectory();
    options.ehfDirectory = commandLine.ehfDirectory();
    options.dryRun = commandLine.dryRun();
    options.numbers = commandLine.numbers();
    options.output = commandLine.output();
    options.mapping = commandLine.mapping();
    options.duplicates = commandLine.duplicates();
    options.from = commandLine.from();
    options.to = commandLine.to();
    if (!options.output.isEmpty()) {
        // --output: the file appears whole, and only when the command succeeded.
        QSaveFile out(options.output);
        if (!out.open(QIODevice::WriteOnly)) {
            err << QCoreApplication::translate("CommandRunner", "“%1” could not be written: %2")
                       .arg(options.output, out.errorString())
                << Qt::endl;
            return CommandRunner::Failure;
        }
        const int exitCode = CommandRunner::run(commandLine.databasePath(), commandLine.command(), options, out, err);
        if (exitCode != CommandRunner::Success) {
            out.cancelWriting();
            return exitCode;
        }
        if (!out.commit()) {
            err << QCoreApplication::translate("CommandRunner", "“%1” could not be written: %2")
                       .arg(options.output, out.errorString())
                << Qt::endl;
            return CommandRunner::Failure;
        }
        return exitCode;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return CommandRunner::Failure;
    const int exitCode = CommandRunner::run(commandLine.databasePath(), commandLine.command(), options, out, err);
    // Buffered output reaches the file only now: a full disk or a closed pipe is
    // found here, and a result that was not written is a failure.
    if (!out.flush() || out.error() != QFileDevice::NoError) {
        err << QCoreApplication::translate("CommandRunner", "The output could not be written: %1")
                   .arg(out.errorString())
            << Qt::endl;
        return exitCode == CommandRunner::Success ? int(CommandRunner::Failure) : exitCode;
    }
    return exitCode;
}

// --demo fills a new database before the window shows it.
bool prepareDemo(const QString &path, QTextStream &err)
{
    Workspace workspace;
    if (workspace.open(path) != Database::OpenResult::Ok) {
        err << workspace.errorString() << Qt::endl;
        return false;
    }
    if (workspace.membersModel()->rowCount() > 0)
        return true;
    DemoDataBuilder builder(workspace, workspace.catalogue());
    if (const Outcome built = builder.build(); !built) {
        err << built.message() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (CommandLine::isHeadlessCommand(argc, argv))
        return runHeadless(argc, argv);

    QApplication application(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sekretariat.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("no.fremsam.Sekretariat"));

    LanguageManager languages;
    CommandLine commandLine;
    const bool parsed = commandLine.parse(application.arguments());
    languages.setLanguage(chosenLanguage(commandLine));
    QTextStream err(stderr);
    if (!parsed) {
        commandLine.parse(application.arguments());
        err << commandLine.errorString() << Qt::endl;
        return CommandRunner::UsageError;
    }
    if (commandLine.demo() && !prepareDemo(commandLine.databasePath(), err))
        return CommandRunner::Failure;

    // A server's database is connected to and its member list read on a worker
    // thread while the window is built (half of the way to the first paint).
    std::unique_ptr<WorkspaceOpening> opening;
    if (ServerAddress::looksLikeUrl(commandLine.databasePath()))
        opening = std::make_unique<WorkspaceOpening>(commandLine.databasePath());
    Sekretariat::MainWindow window(&languages);
    window.show();
    if (opening) {
        // Closed while it connected: nothing is left to run.
        if (!window.openDatabase(*opening) && !window.isVisible())
            return CommandRunner::Success;
    } else {
        window.openDatabase(commandLine.databasePath());
    }
    return application.exec();
}
