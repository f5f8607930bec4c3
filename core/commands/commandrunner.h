#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;
class QTextStream;

namespace Sekretariat {

class Workspace;

// The options of the command line that commands read.
struct CommandOptions
{
    QString format = QStringLiteral("csv");
    QString year;                // --year, as typed
    bool issue = false;          // --issue
    QString issueDate;           // --issue-date
    QString pdfDirectory;        // --pdf
    QString ehfDirectory;        // --ehf
    bool dryRun = false;         // --dry-run of import
    QString numbers;             // --numbers of export invoices
    QString output;              // --output of export: `out` is that file
    QString mapping;             // --mapping of import people|members
    QString duplicates;          // --duplicates of import people|members: skip, merge, add
    QString from;                // --from of copy-database: a file or a server's URL
    QString to;                  // --to of copy-database
};

// The commands that need no window: export, check and dues-run. They write
// results to `out` and translated messages to `err`, and return the process exit code.
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    static int run(const QString &databasePath, const QStringList &arguments, const QString &format,
                   QIODevice &out, QTextStream &err);
    static int run(const QString &databasePath, const QStringList &arguments, const CommandOptions &options,
                   QIODevice &out, QTextStream &err);

private:
    // The workspace of a reading command (its models), or false with the reason on `err`.
    static bool openForReading(Workspace &workspace, const QString &databasePath, QTextStream &err);
    static int exportTable(const QString &databasePath, const QString &table, const QString &format,
                           QIODevice &out, QTextStream &err);
    // A table as the window shows it, as an Excel workbook.
    static int exportWorkbook(const QString &databasePath, const QString &table, const CommandOptions &options,
                              QIODevice &out, QTextStream &err);
    static int exportContacts(const QString &databasePath, QIODevice &out, QTextStream &err);
    static int check(const QString &databasePath, QIODevice &out, QTextStream &err);
    static int copyDatabase(const QString &from, const QString &to, QIODevice &out, QTextStream &err);
};

} // namespace Sekretariat
