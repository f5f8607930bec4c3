#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;
class QTextStream;

namespace Sekretariat {

// The commands that need no window: export and check. They write results to
// `out` and translated messages to `err`, and return the process exit code.
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    static int run(const QString &databasePath, const QStringList &arguments, const QString &format,
                   QIODevice &out, QTextStream &err);

private:
    static int exportTable(const QString &databasePath, const QString &table, const QString &format,
                           QIODevice &out, QTextStream &err);
    static int check(const QString &databasePath, QIODevice &out, QTextStream &err);
};

} // namespace Sekretariat
