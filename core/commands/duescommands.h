#pragma once

#include "common/outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QIODevice;
class QTextStream;

namespace Sekretariat {

struct DuesRunLine;
class Repositories;

// The dues commands of the command line: a year's run (preview or issue) and
// the invoice export. Results go to `out`, translated messages to `err`; the
// return value is CommandRunner's exit code.
class DuesCommands
{
    Q_DECLARE_TR_FUNCTIONS(DuesCommands)

public:
    struct RunOptions
    {
        QString year;            // as typed; checked here
        bool issue = false;
        QString issueDate;       // YYYY-MM-DD; today when empty
        QString pdfDirectory;    // empty: no PDFs
        QString ehfDirectory;    // EHF of the members that receive it; empty: none
    };

    struct ExportOptions
    {
        QString year;            // every year when empty
        QString numbers;         // "12,13,20-25": only these; empty for all of the year
        QString pdfDirectory;    // also write the documents' PDFs here; empty: none
        QString ehfDirectory;    // and their EHF here; empty: none
    };

    static int duesRun(const QString &databasePath, const RunOptions &options, QIODevice &out, QTextStream &err);
    static int exportInvoices(const QString &databasePath, const ExportOptions &options, QIODevice &out,
                              QTextStream &err);
    // What every member owes by how long it is overdue, today, as CSV.
    static int exportAgeing(const QString &databasePath, QIODevice &out, QTextStream &err);
    // One invoice or credit note, by its number, as EHF XML.
    // A member's statement of account (by the member's number) as CSV or PDF.
    static int exportStatement(const QString &databasePath, const QString &memberNumber, const QString &format,
                               QIODevice &out, QTextStream &err);
    static int exportEhf(const QString &databasePath, const QString &number, QIODevice &out, QTextStream &err);

    // "12,13,20-25" as numbers, or nullopt with the message in `error`.
    static std::optional<QList<qint64>> parseNumbers(const QString &text, QString *error);

    // The preview as CSV: member_number, name, kind, population, population_date,
    // rate, raw_amount, rule, amount, already_invoiced, warnings.
    static bool writePreview(const QList<DuesRunLine> &lines, QIODevice &out);
    // A year between 2000 and 2200, or nullopt with the message in `error`.
    static std::optional<int> parseYear(const QString &text, QString *error);

private:
    // The PDFs (with the combined one) into pdfDirectory, the EHF into ehfDirectory;
    // either may be empty. `allEhf`: every invoice and credit note, else only
    // those of members that receive EHF.
    static Outcome writeDocuments(const Repositories &repositories, const QList<qint64> &invoiceIds,
                                  const QString &pdfDirectory, const QString &ehfDirectory, bool allEhf);
};

} // namespace Sekretariat
