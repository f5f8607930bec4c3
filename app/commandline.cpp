#include "commandline.h"

#include "database/database.h"
#include "i18n/languagemanager.h"

#include <QCommandLineParser>

namespace {

const char *const printingOptions[] = {"-h", "--help", "--help-all", "-?", "-v", "--version"};

} // namespace

bool CommandLine::isHeadlessCommand(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    for (const QString &argument : arguments.mid(1)) {
        for (const char *option : printingOptions) {
            if (argument == QLatin1StringView(option))
                return true;
        }
    }
    // A mistake is reported without a window too, so a typo in a script on a
    // machine without a display gets its message instead of a crash.
    CommandLine probe;
    return !probe.parse(arguments) || !probe.command().isEmpty();
}

bool CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Member register, dues and events for a network of municipalities.\n\n"
           "Commands (no window is opened):\n"
           "  export members|people|invoices|events|registrations --format csv [--year YEAR]\n"
           "                                       write a table as CSV to standard output\n"
           "  export members|people|invoices|events --format xlsx --output FILE\n"
           "                                       write a table as an Excel workbook, as the window\n"
           "                                       shows it (its columns, in the chosen language)\n"
           "  export people --format vcf [--output FILE]\n"
           "                                       everyone's contact card (vCard 4.0)\n"
           "  export invoices [--year YEAR] [--numbers N,N-N] --pdf FOLDER | --ehf FOLDER\n"
           "                                       also write the issued documents as PDF or EHF\n"
           "  export invoice NUMBER --format ehf   write one invoice or credit note as EHF\n"
           "                                       (Peppol BIS Billing 3.0) to standard output\n"
           "  export ageing --format csv           what each member owes, by days overdue\n"
           "  export statement MEMBER --format csv|pdf\n"
           "                                       a member's statement of account, by its number\n"
           "  export event ID --format ics         write an event as an iCalendar file\n"
           "  check                                report the schema version, check integrity and\n"
           "                                       the bookkeeping; never changes the file\n"
           "  import payments FILE [--dry-run]     book the payments of a bank file (OCR giro,\n"
           "                                       camt.053/054) matched by KID; print the matching\n"
           "  import population FILE [--year YEAR] [--dry-run]\n"
           "                                       set the members' population from a file of\n"
           "                                       Statistics Norway's table 07459 (CSV, JSON-stat)\n"
           "  import people|members FILE [--mapping FILE] [--duplicates skip|merge|add] [--dry-run]\n"
           "                                       add people or members from a CSV file or an Excel\n"
           "                                       workbook; print what each row does; a file with\n"
           "                                       errors writes nothing\n"
           "  dues-run --year YEAR                 show the year's dues as CSV, one line per member\n"
           "  dues-run --year YEAR --issue [--issue-date YYYY-MM-DD] [--pdf FOLDER] [--ehf FOLDER]\n"
           "                                       issue the year's invoices and print their numbers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption({QStringLiteral("d"), QStringLiteral("database")},
                                            tr("Use the database FILE instead of the default one."),
                                            tr("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Fill a new, empty database with demo members and people."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format for export: csv, xlsx, vcf for people, ics for one event, ehf for one invoice, pdf for a statement."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Language of the window and messages: nb or en."),
                                            tr("LANGUAGE"));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The year of dues-run or export invoices; import population: the year to read from a file of several."),
                                        tr("YEAR"));
    const QCommandLineOption issueOption(QStringLiteral("issue"),
                                         tr("dues-run: issue the invoices instead of showing the preview."));
    const QCommandLineOption issueDateOption(QStringLiteral("issue-date"),
                                             tr("dues-run: the invoices' date (default today)."), tr("YYYY-MM-DD"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       tr("dues-run and export invoices: also write the documents as PDF into FOLDER."),
                                       tr("FOLDER"));
    const QCommandLineOption ehfOption(
        QStringLiteral("ehf"),
        tr("dues-run and export invoices: also write the invoices and credit notes as EHF into FOLDER."),
        tr("FOLDER"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("import: show what the file would do; change nothing."));
    const QCommandLineOption numbersOption(QStringLiteral("numbers"),
                                           tr("export invoices: only the documents with these numbers (12,13,20-25)."),
                                           tr("NUMBERS"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          tr("export: write to FILE instead of standard output (needed for xlsx)."),
                                          tr("FILE"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        tr("import people|members: the columns' fields from FILE (JSON, as the import wizard saves it)."), tr("FILE"));
    const QCommandLineOption duplicatesOption(
        QStringLiteral("duplicates"),
        tr("import people|members: what to do with someone already in the register: skip (default), merge or add."),
        tr("ACTION"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("copy-database: the register to copy (a file or postgresql://user@host:port/db)."),
        tr("WHERE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("copy-database: the new file or empty server database to copy into."), tr("WHERE"));
    parser.addOptions({databaseOption, demoOption, formatOption, languageOption, yearOption, issueOption,
                       issueDateOption, pdfOption, ehfOption, numbersOption, dryRunOption, outputOption,
                       mappingOption, duplicatesOption, fromOption, toOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("export, import, check, dues-run or copy-database; none opens the window."),
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
    if (!m_command.isEmpty() && m_command.first() != u"export" && m_command.first() != u"check"
        && m_command.first() != u"dues-run" && m_command.first() != u"import"
        && m_command.first() != u"copy-database") {
        m_errorString = tr("Unknown command “%1”. Known commands: export, import, check, dues-run, copy-database.")
                            .arg(m_command.first());
        return false;
    }
    m_from = parser.value(fromOption);
    m_to = parser.value(toOption);
    if ((parser.isSet(fromOption) || parser.isSet(toOption)) && m_command.value(0) != u"copy-database") {
        m_errorString = tr("--from and --to belong to the command copy-database.");
        return false;
    }
    if (m_command.value(0) == u"copy-database" && (m_from.isEmpty() || m_to.isEmpty())) {
        m_errorString = tr("copy-database needs --from and --to: the register to copy and where to.");
        return false;
    }
    m_dryRun = parser.isSet(dryRunOption);
    m_output = parser.value(outputOption);
    if (parser.isSet(outputOption) && m_command.value(0) != u"export") {
        m_errorString = tr("--output belongs to the command export.");
        return false;
    }
    if (parser.isSet(outputOption) && m_output.isEmpty()) {
        m_errorString = tr("--output needs a file name.");
        return false;
    }
    // Written over or read as a file, the register would be lost or its locks dropped.
    if (Sekretariat::Database::isRegisterFile(m_databasePath, m_output)) {
        m_errorString = tr("--output names the register itself (or a file SQLite keeps beside it): choose another file.");
        return false;
    }
    if (m_command.value(0) == u"import" && Sekretariat::Database::isRegisterFile(m_databasePath, m_command.value(2))) {
        m_errorString = tr("“%1” is the register itself (or a file SQLite keeps beside it), not a file to import.")
                            .arg(m_command.value(2));
        return false;
    }
    if (m_dryRun && m_command.value(0) != u"import") {
        m_errorString = tr("--dry-run belongs to the command import.");
        return false;
    }
    m_year = parser.value(yearOption);
    m_issue = parser.isSet(issueOption);
    m_issueDate = parser.value(issueDateOption);
    m_pdfDirectory = parser.value(pdfOption);
    m_ehfDirectory = parser.value(ehfOption);
    const bool duesRun = m_command.value(0) == u"dues-run";
    const bool exportInvoices = m_command.value(0) == u"export" && m_command.value(1) == u"invoices";
    const bool importPopulation = m_command.value(0) == u"import" && m_command.value(1) == u"population";
    m_numbers = parser.value(numbersOption);
    const bool importTable = m_command.value(0) == u"import"
        && (m_command.value(1) == u"people" || m_command.value(1) == u"members");
    m_mapping = parser.value(mappingOption);
    m_duplicates = parser.value(duplicatesOption);
    if (!importTable && (parser.isSet(mappingOption) || parser.isSet(duplicatesOption))) {
        m_errorString = tr("--mapping and --duplicates belong to the commands import people and import members.");
        return false;
    }
    if (importTable && Sekretariat::Database::isRegisterFile(m_databasePath, m_mapping)) {
        m_errorString = tr("--mapping names the register itself: choose the mapping's file.");
        return false;
    }
    if (!duesRun && (m_issue || parser.isSet(issueDateOption))) {
        m_errorString = tr("--issue and --issue-date belong to the command dues-run.");
        return false;
    }
    if (!duesRun && !exportInvoices && parser.isSet(pdfOption)) {
        m_errorString = tr("--pdf belongs to the commands dues-run and export invoices.");
        return false;
    }
    if (!duesRun && !exportInvoices && parser.isSet(ehfOption)) {
        m_errorString = tr("--ehf belongs to the commands dues-run and export invoices.");
        return false;
    }
    if (!exportInvoices && parser.isSet(numbersOption)) {
        m_errorString = tr("--numbers belongs to the command export invoices.");
        return false;
    }
    if (!duesRun && !exportInvoices && !importPopulation && parser.isSet(yearOption)) {
        m_errorString = tr("--year belongs to the commands dues-run, export invoices and import population.");
        return false;
    }
    return true;
}
