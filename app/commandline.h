#pragma once

#include <QCoreApplication>
#include <QStringList>

// What the command line asked for. Parsing is kept apart from main() so that the
// decision "window or not" can be made before any QApplication exists.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when the arguments name a command that runs without a window.
    static bool isHeadlessCommand(int argc, char **argv);

    // Returns false with errorString() set for arguments that make no sense;
    // --help and --version print and exit as usual.
    bool parse(const QStringList &arguments);

    QString errorString() const { return m_errorString; }
    QString databasePath() const { return m_databasePath; }
    bool demo() const { return m_demo; }
    QString language() const { return m_language; }
    QString format() const { return m_format; }
    QStringList command() const { return m_command; }
    // --year, --issue, --issue-date and --pdf of dues-run (and --year of export invoices).
    QString year() const { return m_year; }
    bool issue() const { return m_issue; }
    QString issueDate() const { return m_issueDate; }
    QString pdfDirectory() const { return m_pdfDirectory; }
    QString ehfDirectory() const { return m_ehfDirectory; }
    QString numbers() const { return m_numbers; }
    bool dryRun() const { return m_dryRun; }
    QString output() const { return m_output; }
    QString mapping() const { return m_mapping; }
    QString duplicates() const { return m_duplicates; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }

private:
    QString m_errorString;
    QString m_databasePath;
    bool m_demo = false;
    QString m_language;
    QString m_format = QStringLiteral("csv");
    QStringList m_command;
    QString m_year;
    bool m_issue = false;
    QString m_issueDate;
    QString m_pdfDirectory;
    QString m_ehfDirectory;
    QString m_numbers;
    bool m_dryRun = false;
    QString m_output;
    QString m_mapping;
    QString m_duplicates;
    QString m_from;
    QString m_to;
};
