#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QTextStream;

namespace Sekretariat {

// The event commands of the command line: the events and the registrations as
// CSV, and one event as an iCalendar file. Results go to `out`, translated
// messages to `err`; the return value is CommandRunner's exit code.
class EventCommands
{
    Q_DECLARE_TR_FUNCTIONS(EventCommands)

public:
    static int exportEvents(const QString &databasePath, QIODevice &out, QTextStream &err);
    static int exportRegistrations(const QString &databasePath, QIODevice &out, QTextStream &err);
    static int exportCalendar(const QString &databasePath, const QString &eventId, QIODevice &out, QTextStream &err);
};

} // namespace Sekretariat
