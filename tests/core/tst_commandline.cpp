// The register commands through the real executable, with no display: export as
// CSV, check, and the refusals that must write nothing.
#include "common/csvreader.h"
#include "testutils.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QProcess>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(SEKRETARIAT_EXECUTABLE)), "build the sekretariat target first");
        QVERIFY(m_workspace.isOpen());
        QVERIFY(m_workspace.fillWithDemo());
    }

    void exportsMembersAsCsv()
    {
        const CommandLineResult result = runCommandLine(
            {QStringLiteral("--database"), m_workspace.path(), QStringLiteral("export"), QStringLiteral("members"),
             QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QStringList> rows = CsvReader::parse(result.out);
        QCOMPARE(rows.size(), 41);
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("kind"),
                                            QStringLiteral("county"), QStringLiteral("population"),
                                            QStringLiteral("status"), QStringLiteral("administrative_contact"),
                                            QStringLiteral("political_contact"),
                                            QStringLiteral("organisation_number"), QStringLiteral("invoice_email")}));
        QSqlQuery query(m_workspace.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT number, name, population, status FROM members "
                                          "WHERE kind = 'municipality' ORDER BY population DESC LIMIT 1")));
        QVERIFY(query.next());
        const auto row = std::find_if(rows.begin(), rows.end(), [&query](const QStringList &row) {
            return row.value(0) == query.value(0).toString();
        });
        QVERIFY(row != rows.end());
        QCOMPARE(row->value(1), query.value(1).toString());
        QCOMPARE(row->value(2), QStringLiteral("municipality"));
        QCOMPARE(row->value(4), query.value(2).toString());  // a plain number, no spaces
        QCOMPARE(row->value(5), query.value(3).toString());
    }

    void exportsPeopleAsCsv()
    {
        const CommandLineResult result = runCommandLine(
            {QStringLiteral("--database"), m_workspace.path(), QStringLiteral("export"), QStringLiteral("people")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QList<QStringList> rows = CsvReader::parse(result.out);
        QSqlQuery query(m_workspace.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM people")) && query.next());
        QCOMPARE(rows.size(), query.value(0).toInt() + 1);
        QCOMPARE(rows.first().value(0), QStringLiteral("last_name"));
        QCOMPARE(rows.first().value(5), QStringLiteral("email"));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 7);
    }

    void exportsTablesAsWorkbooks()
    {
        const QString python = TestUtils::pythonWith(QStringLiteral("openpyxl"));
        QVERIFY2(!python.isEmpty(), "python3-openpyxl is missing: install it (tools/install-dependencies.sh does)");
        const QString path = m_workspace.filePath(QStringLiteral("members.xlsx"));
        const CommandLineResult result = runCommandLine(
            {QStringLiteral("--language"), QStringLiteral("nb"), QStringLiteral("--database"), m_workspace.path(),
             QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--format"), QStringLiteral("xlsx"),
             QStringLiteral("--output"), path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QProcess reader;
        reader.start(python, {QStringLiteral("-c"),
                              QStringLiteral("import sys, openpyxl\n"
                                             "sheet = openpyxl.load_workbook(sys.argv[1]).active\n"
                                             "print(sheet.title, sheet.max_row)\n"
                                             "print('|'.join(str(c.value) for c in sheet[1]))\n"
                                             "for row in sheet.iter_rows(min_row=2):\n"
                                             "    print('%s|%s|%s' % (row[0].value, row[4].value, type(row[4].value).__name__))\n"),
                              path});
        QVERIFY(reader.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(reader.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 42, qPrintable(QString::fromUtf8(reader.readAllStandardError()) + lines.join(u'\n')));
        // In the language asked for, the window's headers.
        QCOMPARE(lines.at(0), QStringLiteral("Medlemmer 41"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Nummer|Navn|")), qPrintable(lines.at(1)));
        QSqlQuery query(m_workspace.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT number, population FROM members WHERE number = '1871'")) && query.next());
        // The number stays text with its digits; the population is a number.
        QVERIFY2(lines.contains(QStringLiteral("1871|%1|int").arg(query.value(1).toLongLong())), qPrintable(lines.join(u'\n')));

        // A workbook needs its file; a table without one is named; nothing is left half-written.
        const CommandLineResult noFile = runCommandLine({QStringLiteral("--database"), m_workspace.path(),
                                                         QStringLiteral("export"), QStringLiteral("members"),
                                                         QStringLiteral("--format"), QStringLiteral("xlsx")});
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY2(noFile.err.contains(u"--output"), qPrintable(noFile.err));
        const QString refused = m_workspace.filePath(QStringLiteral("ageing.xlsx"));
        const CommandLineResult ageing = runCommandLine({QStringLiteral("--database"), m_workspace.path(),
                                                         QStringLiteral("export"), QStringLiteral("ageing"),
                                                         QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                         QStringLiteral("--output"), refused});
        QCOMPARE(ageing.exitCode, 2);
        QVERIFY(!QFile::exists(refused));
        const CommandLineResult misplaced = runCommandLine({QStringLiteral("--database"), m_workspace.path(),
                                                            QStringLiteral("check"), QStringLiteral("--output"), refused});
        QCOMPARE(misplaced.exitCode, 2);
        QVERIFY2(misplaced.err.contains(u"--output"), qPrintable(misplaced.err));

        // The register itself is never the output, nor a file to import: it stays as it was.
        if (m_workspace.isServer())
            return;  // a server's register is no file here
        const QByteArray before = fileChecksum(m_workspace.path());
        for (const QStringList &command :
             {QStringList{QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--output"), m_workspace.path()},
              QStringList{QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--format"),
                          QStringLiteral("xlsx"), QStringLiteral("--output"), m_workspace.path() + QStringLiteral("-wal")},
              QStringList{QStringLiteral("import"), QStringLiteral("population"), m_workspace.path(), QStringLiteral("--dry-run")},
              QStringList{QStringLiteral("import"), QStringLiteral("payments"), m_workspace.path() + QStringLiteral("-shm")}}) {
            const CommandLineResult refusedRegister =
                runCommandLine(QStringList{QStringLiteral("--database"), m_workspace.path()} + command);
            QCOMPARE(refusedRegister.exitCode, 2);
            QVERIFY2(refusedRegister.err.contains(u"register itself"), qPrintable(refusedRegister.err));
        }
        QCOMPARE(fileChecksum(m_workspace.path()), before);

        // CSV goes to the file as well.
        const QString csv = m_workspace.filePath(QStringLiteral("people.csv"));
        const CommandLineResult people = runCommandLine({QStringLiteral("--database"), m_workspace.path(),
                                                         QStringLiteral("export"), QStringLiteral("people"),
                                                         QStringLiteral("--output"), csv});
        QCOMPARE(people.exitCode, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("last_name,"));
    }

    void checkReportsVersionAndIntegrity()
    {
        const CommandLineResult result =
            runCommandLine({QStringLiteral("--database"), m_workspace.path(), QStringLiteral("check")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const int latest = m_workspace.workspace().database().latestSchemaVersion();
        QVERIFY(result.out.contains(QStringLiteral("Schema version: %1").arg(latest)));
        QVERIFY(result.out.contains(QStringLiteral("Integrity check: ok")));
    }

    void checkFailsOnBrokenReferences()
    {
        TemporaryWorkspace broken;
        QVERIFY(broken.isOpen());
        if (broken.isServer())
            QSKIP("A server refuses a broken reference itself; there is no switch to turn that off.");
        QSqlQuery query(broken.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO people (first_name, member_id) VALUES ('Kari', 999)")));
        const CommandLineResult result =
            runCommandLine({QStringLiteral("--database"), broken.path(), QStringLiteral("check")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("1 problem")));
        // Each problem on its own indented line, with nothing before it (it once
        // printed the address of the indent: "0x55f9…Table people, row 1").
        QVERIFY2(result.err.contains(QStringLiteral("\n  Table people, row 1")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("0x")), qPrintable(result.err));
    }

    void missingFileIsNotCreated()
    {
        const QString path = m_workspace.filePath(QStringLiteral("typo.sqlite"));
        for (const QStringList &command : {QStringList{QStringLiteral("check")},
                                           QStringList{QStringLiteral("export"), QStringLiteral("members")}}) {
            const CommandLineResult result = runCommandLine(QStringList{QStringLiteral("--database"), path} + command);
            QCOMPARE(result.exitCode, 1);
            QVERIFY(result.err.contains(QStringLiteral("does not exist")));
            QVERIFY(!QFile::exists(path));
        }
    }

    void textFileIsRefusedAndKept()
    {
        const QString path = m_workspace.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        const CommandLineResult result = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("check")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("not a Sekretariat database")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a database"));
    }

    // A table another tool renamed: the command says it cannot read, exits 1 and
    // writes no export (it once wrote a header and exited 0, an empty table).
    void unreadableTablesFailTheCommand_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("command");
        QTest::newRow("members") << QStringLiteral("members") << QStringList{QStringLiteral("export"), QStringLiteral("members")};
        QTest::newRow("people") << QStringLiteral("people") << QStringList{QStringLiteral("export"), QStringLiteral("people")};
        QTest::newRow("events") << QStringLiteral("events") << QStringList{QStringLiteral("export"), QStringLiteral("events")};
        QTest::newRow("registrations of events") << QStringLiteral("event_registrations")
                                                 << QStringList{QStringLiteral("export"), QStringLiteral("events")};
        QTest::newRow("registrations") << QStringLiteral("event_registrations")
                                       << QStringList{QStringLiteral("export"), QStringLiteral("registrations")};
        QTest::newRow("calendar") << QStringLiteral("events")
                                  << QStringList{QStringLiteral("export"), QStringLiteral("event"), QStringLiteral("1"),
                                                 QStringLiteral("--format"), QStringLiteral("ics")};
        QTest::newRow("invoices") << QStringLiteral("invoices") << QStringList{QStringLiteral("export"), QStringLiteral("invoices")};
        QTest::newRow("dues-run members") << QStringLiteral("members")
                                          << QStringList{QStringLiteral("dues-run"), QStringLiteral("--year"),
                                                         QStringLiteral("2025")};
    }

    void unreadableTablesFailTheCommand()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, command);
        TemporaryWorkspace damaged;
        QVERIFY(damaged.fillWithDemo());
        RateEntry rate;  // so that dues-run gets as far as reading the members
        rate.year = 2025;
        rate.deflatorBasisPoints = 420;
        QVERIFY(damaged.workspace().dues().saveRateEntry(rate));
        {
            QSqlQuery query(damaged.connection());
            QVERIFY(query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)));
        }
        damaged.close();
        const CommandLineResult result = runCommandLine(QStringList{QStringLiteral("--database"), damaged.path()} + command);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("cannot be read")), qPrintable(result.err));
        QVERIFY2(result.err.contains(damaged.isServer() ? QStringLiteral("does not exist") : QStringLiteral("no such table")),
                 qPrintable(result.err));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    }

    void importsPeopleAndMembersFromFiles()
    {
        TemporaryWorkspace register_;
        QVERIFY(register_.fillWithDemo());
        const QString member = register_.workspace().members().all().first().number;
        register_.close();
        const QString sample = QStringLiteral(SEKRETARIAT_SHARED_DIR "/samples/csvimport/espenhoh-medlemmer-iso8859-1.csv");
        const QString mapping = register_.filePath(QStringLiteral("mapping.json"));
        QFile mappingFile(mapping);
        QVERIFY(mappingFile.open(QIODevice::WriteOnly));
        mappingFile.write(QStringLiteral(R"({"kind": "people", "columns": {"Fornavn": "first_name", "Etternavn": "last_name",
            "Gateadresse": "address", "Postnummer": "postal_code", "Poststed": "city", "Medlemsnummer": "reference"},
            "member": "%1", "role": "other"})").arg(member).toUtf8());
        mappingFile.close();
        const QByteArray before = fileChecksum(register_.path());

        // The sample has rows with errors: the report says which, and nothing is written.
        const CommandLineResult faulty = runCommandLine({QStringLiteral("--database"), register_.path(), QStringLiteral("import"),
                                                         QStringLiteral("people"), sample, QStringLiteral("--mapping"), mapping});
        QCOMPARE(faulty.exitCode, 1);
        QVERIFY2(faulty.err.contains(QStringLiteral("99 rows read: 96 to add, 0 to merge, 0 duplicates skipped, 3 with errors.")),
                 qPrintable(faulty.err));
        QVERIFY(faulty.err.contains(QStringLiteral("Nothing was written")));
        const QList<QStringList> lines = CsvReader::parse(faulty.out);
        QCOMPARE(lines.first(), (QStringList{QStringLiteral("row"), QStringLiteral("result"), QStringLiteral("name"),
                                             QStringLiteral("existing"), QStringLiteral("details")}));
        QCOMPARE(lines.size(), 100);
        QCOMPARE(lines.at(15).value(1), QStringLiteral("added"));
        QVERIFY(lines.at(15).value(4).contains(QStringLiteral("554 read as 0554")));
        QCOMPARE(fileChecksum(register_.path()), before);

        // A clean file: a dry run writes nothing, the import writes every row once.
        const QString clean = register_.filePath(QStringLiteral("kontakter.csv"));
        QFile cleanFile(clean);
        QVERIFY(cleanFile.open(QIODevice::WriteOnly));
        cleanFile.write(QStringLiteral("Fornavn;Etternavn;E-post;Kommune;Rolle\r\n"
                                       "Kari;Klar;kari.klar@example.no;%1;Styremedlem\r\n"
                                       "Ola;Open;ola.open@example.no;;\r\n").arg(member).toUtf8());
        cleanFile.close();
        const QStringList import{QStringLiteral("--database"), register_.path(), QStringLiteral("import"),
                                 QStringLiteral("people"), clean};
        const CommandLineResult dry = runCommandLine(import + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.err.contains(QStringLiteral("2 to add")), qPrintable(dry.err));
        QCOMPARE(fileChecksum(register_.path()), before);
        const CommandLineResult written = runCommandLine(import);
        QCOMPARE(written.exitCode, 0);
        QVERIFY2(written.err.contains(QStringLiteral("Written in one transaction.")), qPrintable(written.err));
        // Again: both are in the register now, and skipped.
        const CommandLineResult again = runCommandLine(import);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QStringLiteral("2 duplicates skipped")), qPrintable(again.err));
        QVERIFY(register_.reopen());
        QCOMPARE(countBySql(register_.connection(),
                            QStringLiteral("SELECT count(*) FROM people p JOIN roles r ON r.person_id = p.id"
                                           " WHERE p.email = 'kari.klar@example.no' AND r.role = 'board_member'")),
                 1);
        QCOMPARE(countBySql(register_.connection(), QStringLiteral("SELECT count(*) FROM people WHERE email = 'ola.open@example.no'")), 1);
        register_.close();

        // Members: 9999 is no municipality, so nothing is written.
        const QString members = register_.filePath(QStringLiteral("kommuner.csv"));
        QFile membersFile(members);
        QVERIFY(membersFile.open(QIODevice::WriteOnly));
        membersFile.write("Kommunenummer;Kommune\n9999;Atlantis\n");
        membersFile.close();
        const CommandLineResult noMember = runCommandLine({QStringLiteral("--database"), register_.path(), QStringLiteral("import"),
                                                           QStringLiteral("members"), members});
        QCOMPARE(noMember.exitCode, 1);
        QVERIFY2(noMember.out.contains(QStringLiteral("9999 is no municipality")), qPrintable(noMember.out));

        // What the command line refuses before it reads anything.
        const CommandLineResult badAction = runCommandLine({QStringLiteral("--database"), register_.path(), QStringLiteral("import"),
                                                            QStringLiteral("members"), members, QStringLiteral("--duplicates"),
                                                            QStringLiteral("add")});
        QCOMPARE(badAction.exitCode, 2);
        QVERIFY2(badAction.err.contains(QStringLiteral("cannot be added twice")), qPrintable(badAction.err));
        const CommandLineResult misplaced = runCommandLine({QStringLiteral("--database"), register_.path(), QStringLiteral("check"),
                                                            QStringLiteral("--mapping"), mapping});
        QCOMPARE(misplaced.exitCode, 2);
        QVERIFY2(misplaced.err.contains(QStringLiteral("--mapping")), qPrintable(misplaced.err));
        const CommandLineResult wrongMapping = runCommandLine({QStringLiteral("--database"), register_.path(), QStringLiteral("import"),
                                                               QStringLiteral("members"), members, QStringLiteral("--mapping"),
                                                               mapping});
        QCOMPARE(wrongMapping.exitCode, 1);
        QVERIFY2(wrongMapping.err.contains(QStringLiteral("The mapping is for importing people, not members.")),
                 qPrintable(wrongMapping.err));
    }

    void badArgumentsExitWithUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString path = m_workspace.path();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--database"), path, QStringLiteral("export"),
                                                       QStringLiteral("members"), QStringLiteral("--format"),
                                                       QStringLiteral("xml")}
                                        << QStringLiteral("Unknown format");
        QTest::newRow("unknown table") << QStringList{QStringLiteral("--database"), path, QStringLiteral("export"),
                                                      QStringLiteral("meetings")}
                                       << QStringLiteral("Unknown table");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("--database"), path, QStringLiteral("frobnicate")}
                                         << QStringLiteral("Unknown command");
        QTest::newRow("demo with command") << QStringList{QStringLiteral("--demo"), QStringLiteral("check")}
                                           << QStringLiteral("--demo");
        QTest::newRow("year without command") << QStringList{QStringLiteral("--database"), path, QStringLiteral("check"),
                                                             QStringLiteral("--year"), QStringLiteral("2025")}
                                              << QStringLiteral("--year");
    }

    void badArgumentsExitWithUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandLineResult result = runCommandLine(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void helpNeedsNoDisplay()
    {
        const CommandLineResult result = runCommandLine({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("export members|people")));
    }

    void messagesFollowTheLanguage()
    {
        const CommandLineResult result = runCommandLine(
            {QStringLiteral("--language"), QStringLiteral("nb"), QStringLiteral("--database"),
             m_workspace.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("check")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("finnes ikke")), qPrintable(result.err));
    }

private:
    TemporaryWorkspace m_workspace;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
