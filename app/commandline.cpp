#include "commandline.h"

#include "database/database.h"
#include "i18n/languagemanager.h"

#include <QCommandLineParser>

namespace {

const char *const headlessCommands[] = {"export", "check"};
const char *const optionsWithValue[] = {"--database", "-d", "--format", "--language"};

} // namespace

bool CommandLine::isHeadlessCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        bool takesValue = false;
        for (const char *option : optionsWithValue)
            takesValue = takesValue || argument == option;
        if (takesValue) {
            ++i;
            continue;
        }
        if (argument.startsWith('-'))
            continue;
        for (const char *command : headlessCommands) {
            if (argument == command)
                return true;
        }
        return false;
    }
    return false;
}

bool CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Member register, dues and events for a network of municipalities.\n\n"
           "Commands (no window is opened):\n"
           "  export members|people --format csv   write a table as CSV to standard output\n"
           "  check                                report the schema version and check integrity"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption({QStringLiteral("d"), QStringLiteral("database")},
                                            tr("Use the database FILE instead of the default one."),
                                            tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Fill a new, empty database with demo members and people."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format for export: csv."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Language of the window and messages: nb or en."),
                                            tr("LANGUAGE"));
    parser.addOptions({databaseOption, demoOption, formatOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("export or check; none opens the window."),
                                 tr("[command]"));

    if (!parser.parse(arguments)) {
        m_errorString = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    m_databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : Sekretariat::Database::defaultPath();
    if (m_databasePath.isEmpty()) {
        m_errorString = tr("--database needs a file name.");
        return false;
    }
    m_demo = parser.isSet(demoOption);
    m_format = parser.value(formatOption);
    m_language = parser.value(languageOption);
    if (!m_language.isEmpty() && !Sekretariat::LanguageManager::availableLanguages().contains(m_language)) {
        m_errorString = tr("Unknown language “%1”. Known languages: %2.")
                            .arg(m_language, Sekretariat::LanguageManager::availableLanguages().join(QStringLiteral(", ")));
        return false;
    }
    m_command = parser.positionalArguments();
    if (!m_command.isEmpty() && m_demo) {
        m_errorString = tr("--demo opens the window; it cannot be combined with a command.");
        return false;
    }
    if (!m_command.isEmpty() && m_command.first() != u"export" && m_command.first() != u"check") {
        m_errorString = tr("Unknown command “%1”. Known commands: export, check.").arg(m_command.first());
        return false;
    }
    return true;
}
