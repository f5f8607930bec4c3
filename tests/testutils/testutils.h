#pragma once

#include "workspace/workspace.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace Sekretariat::TestUtils {

// The test run's PostgreSQL server (tools/postgresql-test-server.sh), when the
// test runs on it: CTest's "_postgresql" twin of a test names the server's
// folder in SEKRETARIAT_TEST_SERVER.
namespace TestServer {
bool isActive();
// A new, empty database on it; its URL (the password is in PGPASSWORD).
QString createDatabase();
void dropDatabase(const QString &url);
} // namespace TestServer

// A workspace on a fresh database in a temporary folder that disappears with
// it: a file, or an empty database of the test server when the test runs there.
class TemporaryWorkspace
{
public:
    TemporaryWorkspace();
    ~TemporaryWorkspace();
    bool isServer() const { return m_server; }
    bool isOpen() const { return m_open; }
    Workspace &workspace() { return *m_workspace; }
    QSqlDatabase connection() const { return m_workspace->database().connection(); }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_directory.filePath(name); }
    // Fills the database with the demo (40 members, their people and roles).
    bool fillWithDemo(int memberCount = 40);
    // Closes the workspace and with it the register's lock, so that another
    // program (the command line) may write the file; reopen() takes it back.
    // Connections taken before close() are gone: ask connection() again.
    void close();
    bool reopen();

private:
    QTemporaryDir m_directory;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    bool m_open = false;
    bool m_server = false;
};

// What the real executable did with a command line (in English, offscreen).
struct CommandLineResult
{
    int exitCode = -1;  // -1 when it crashed or did not finish
    QString out;
    QString err;
};

CommandLineResult runCommandLine(const QStringList &arguments);
// The same with standard output written to `outputFile` (e.g. /dev/full), the
// program started through `prefix` (setpriv, bash -c ...) when one is given, and
// `program` instead of the built executable (a copy of it) when one is given.
CommandLineResult runCommandLineTo(const QStringList &arguments, const QString &outputFile,
                                   const QStringList &prefix = {}, const QString &program = {});

// The Python that has `module` (Debian's, before another first on PATH); empty when none has.
QString pythonWith(const QString &module);

// A file's SHA-256, to show that it was left as it was; empty when it cannot be read.
QByteArray fileChecksum(const QString &path);
// The first value of the first row of `sql`, a count; -1 when it cannot be read.
qint64 countBySql(const QSqlDatabase &database, const QString &sql);

// Writes a real database of 300 members to `path`, then overwrites everything
// after its first page (the schema) with noise: it opens, but its data is damaged.
bool writeDamagedDatabase(const QString &path);

// A PDF's text through pdftotext -layout, with every kind of space made plain
// and the minus sign a hyphen, so amounts compare; empty when it cannot be read.
QString pdfText(const QString &path);

// A Nets OCR giro file of our own: one assignment, a transaction (amount in
// øre, KID) per payment, with correct control records.
QByteArray ocrGiroFile(const QList<QPair<qint64, QString>> &payments);

} // namespace Sekretariat::TestUtils
