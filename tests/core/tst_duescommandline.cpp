// The dues commands through the real executable, without a display: the
// preview as CSV, issuing, the invoice export, and refusals that write nothing.
#include "dues/invoiceterms.h"
#include "duesfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

class TestDuesCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void previewIssueAndExport();
    void refusesBadYearsAndWritesNothing();
    void issuingWritesThePdfs();
    void exportsTheAgeing();
    void exportsAStatementOfAccount();
};

void TestDuesCommandLine::exportsTheAgeing()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    QList<qint64> ids;
    InvoiceRepository invoices(workspace->connection());
    QVERIFY(invoices.issue(2025, planDuesRun(workspace->connection(), 2025).mid(0, 3), duesIssueDate, false, &ids));
    QVERIFY(invoices.registerPayment(ids.at(1), QDate(2025, 3, 1), invoices.find(ids.at(1))->amount, {}));
    const Money owed = invoices.find(ids.at(0))->amount + invoices.find(ids.at(2))->amount;
    const CommandLineResult ageing = runCommandLine({QStringLiteral("--database"), workspace->path(),
                                                     QStringLiteral("export"), QStringLiteral("ageing"),
                                                     QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(ageing.exitCode == 0, qPrintable(ageing.err));
    const QStringList rows = ageing.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);  // the header, two members who owe, the total
    // Due on 5 March 2025: long overdue by now.
    QVERIFY2(rows.last().endsWith(QStringLiteral(",%1,%1").arg(InvoiceTerms::exportAmount(owed))), qPrintable(rows.last()));
}

void TestDuesCommandLine::exportsAStatementOfAccount()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    QList<qint64> ids;
    InvoiceRepository invoices(workspace->connection());
    const QList<DuesRunLine> lines = planDuesRun(workspace->connection(), 2025).mid(0, 2);
    QVERIFY(invoices.issue(2025, lines, duesIssueDate, false, &ids));
    QVERIFY(invoices.registerPayment(ids.at(0), QDate(2025, 3, 1), Money::fromKroner(1000), QStringLiteral("part")));
    const QString number = lines.first().member.number;
    auto run = [&](const QString &member, const QString &format) {
        return runCommandLine({QStringLiteral("--database"), workspace->path(), QStringLiteral("export"),
                               QStringLiteral("statement"), member, QStringLiteral("--format"), format});
    };
    const CommandLineResult csv = run(number, QStringLiteral("csv"));
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);  // the header, the invoice, the payment
    const Money amount = invoices.find(ids.at(0))->amount;
    QCOMPARE(rows.at(1), QStringLiteral("2025-02-03,invoice,1,1,2025,,,%1,%1").arg(InvoiceTerms::exportAmount(amount)));
    QCOMPARE(rows.at(2), QStringLiteral("2025-03-01,payment,,1,,,part,-1000.00,%1")
                             .arg(InvoiceTerms::exportAmount(amount - Money::fromKroner(1000))));

    const CommandLineResult pdf = run(number, QStringLiteral("pdf"));
    QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
    QVERIFY(pdf.out.startsWith(QStringLiteral("%PDF-")));

    const CommandLineResult unknown = run(QStringLiteral("9999"), QStringLiteral("csv"));
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("9999")), qPrintable(unknown.err));
    const CommandLineResult badFormat = run(number, QStringLiteral("xlsx"));
    QVERIFY(badFormat.exitCode != 0);
    QVERIFY(badFormat.err.contains(QStringLiteral("statement")));
}

void TestDuesCommandLine::previewIssueAndExport()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(SEKRETARIAT_EXECUTABLE)), "build the sekretariat target first");
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    QSqlDatabase database = workspace->connection();
    const QList<DuesRunLine> lines = planDuesRun(database, 2025);
    const QString path = workspace->path();

    CommandLineResult preview = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"), QStringLiteral("--year"),
                                QStringLiteral("2025")});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    QStringList rows = preview.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), lines.size() + 1);
    QCOMPARE(rows.first(), QStringLiteral("member_number,name,kind,population,population_date,rate,raw_amount,rule,"
                                          "amount,already_invoiced,warnings"));
    QVERIFY(rows.at(1).startsWith(lines.first().member.number + u','));
    QVERIFY(rows.at(1).contains(QStringLiteral(",2.32,")));
    QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), qint64(0));

    // While the workspace (as the window would) has the file, a writing command
    // is refused, naming who has it; nothing is issued. A server's register is
    // written by several at once by design (writes take turns, see Transaction).
    if (!workspace->isServer()) {
        const QStringList issue{QStringLiteral("--database"), path, QStringLiteral("dues-run"), QStringLiteral("--year"),
                                QStringLiteral("2025"), QStringLiteral("--issue"), QStringLiteral("--issue-date"),
                                QStringLiteral("2025-02-03")};
        const CommandLineResult refused = runCommandLine(issue);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is open for writing by")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("the Sekretariat window")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), qint64(0));
    }
    database = QSqlDatabase();
    workspace->close();

    const CommandLineResult issued = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"), QStringLiteral("--year"),
                                     QStringLiteral("2025"), QStringLiteral("--issue"), QStringLiteral("--issue-date"),
                                     QStringLiteral("2025-02-03")});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    // More than a month back: issued, with a note on why such a date is unusual.
    QVERIFY2(issued.err.contains(QStringLiteral("Note: ")), qPrintable(issued.err));
    QStringList expected;
    for (int i = 1; i <= lines.size(); ++i)
        expected.append(QString::number(i));
    QCOMPARE(issued.out.split(u'\n', Qt::SkipEmptyParts), expected);

    // Again: nothing left to issue, nothing issued twice; the message says what
    // the earlier run issued, and the exit code says nothing was done.
    const CommandLineResult again = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"), QStringLiteral("--year"),
                                    QStringLiteral("2025"), QStringLiteral("--issue")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.out.isEmpty());
    QVERIFY2(again.err.contains(QStringLiteral("invoices 1 to %1").arg(lines.size())), qPrintable(again.err));
    QVERIFY(workspace->reopen());
    const QSqlDatabase reopened = workspace->connection();
    QCOMPARE(rowCountOf(reopened, QStringLiteral("invoices")), qint64(lines.size()));
    QCOMPARE(InvoiceRepository(reopened).find(InvoiceRepository(reopened).invoicesOfYear(2025).first().id)->dueDate,
             QDate(2025, 3, 5));
    preview = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"), QStringLiteral("--year"),
                      QStringLiteral("2025")});
    QVERIFY(preview.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).at(1).contains(QStringLiteral(",yes,")));

    const CommandLineResult exported = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("export"),
                                       QStringLiteral("invoices"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    rows = exported.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), lines.size() + 1);
    QCOMPARE(rows.first(), QStringLiteral("number,kind,member_number,year,amount,kid,status,issue_date,due_date,paid,"
                                          "credited,outstanding"));
    QVERIFY(rows.at(1).startsWith(QStringLiteral("1,invoice,") + lines.first().member.number + QStringLiteral(",2025,")));
    QVERIFY(rows.at(1).contains(QStringLiteral(",2025-02-03,2025-03-05,0.00,0.00,")));

    const CommandLineResult otherYear = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("export"),
                                        QStringLiteral("invoices"), QStringLiteral("--year"), QStringLiteral("2024")});
    QCOMPARE(otherYear.exitCode, 0);
    QCOMPARE(otherYear.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1);
}

void TestDuesCommandLine::refusesBadYearsAndWritesNothing()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(SEKRETARIAT_EXECUTABLE)), "build the sekretariat target first");
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QString path = workspace->path();
    const QList<QStringList> bad{
        {QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("twenty")},
        {QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("1850"), QStringLiteral("--issue")},
        {QStringLiteral("dues-run"), QStringLiteral("--issue")},
        {QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("2031"), QStringLiteral("--issue")},
        {QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--issue"),
         QStringLiteral("--issue-date"), QStringLiteral("3.2.2025")},
        {QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--issue-date"),
         QStringLiteral("2025-02-03")},
        {QStringLiteral("check"), QStringLiteral("--year"), QStringLiteral("2025")},
    };
    for (const QStringList &arguments : bad) {
        const CommandLineResult result = runCommandLine(QStringList{QStringLiteral("--database"), path} + arguments);
        QVERIFY2(result.exitCode != 0, qPrintable(arguments.join(u' ')));
        QVERIFY2(!result.err.trimmed().isEmpty(), qPrintable(arguments.join(u' ')));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    }
    const CommandLineResult noRate = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"),
                                     QStringLiteral("--year"), QStringLiteral("2031")});
    QCOMPARE(noRate.exitCode, 1);
    QVERIFY2(noRate.err.contains(QStringLiteral("2031")), qPrintable(noRate.err));
    QCOMPARE(rowCountOf(workspace->connection(), QStringLiteral("invoices")), qint64(0));
    QCOMPARE(InvoiceRepository(workspace->connection()).nextNumber(), qint64(1));

    const CommandLineResult missing = runCommandLine({QStringLiteral("--database"), workspace->filePath(QStringLiteral("nothing.sqlite")),
                                      QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("2025")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(workspace->filePath(QStringLiteral("nothing.sqlite"))));
}

void TestDuesCommandLine::issuingWritesThePdfs()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(SEKRETARIAT_EXECUTABLE)), "build the sekretariat target first");
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    workspace->close();
    const QString folder = workspace->filePath(QStringLiteral("pdf"));
    const CommandLineResult result = runCommandLine({QStringLiteral("--database"), workspace->path(), QStringLiteral("dues-run"),
                                     QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--issue"),
                                     QStringLiteral("--pdf"), folder});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(workspace->reopen());
    const qint64 issued = rowCountOf(workspace->connection(), QStringLiteral("invoices"));
    QVERIFY(issued > 0);
    // One file per invoice and the combined one for printing.
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QCOMPARE(qint64(files.size()), issued + 1);
    QVERIFY(files.contains(QStringLiteral("invoices-00001-%1.pdf").arg(issued, 5, 10, QLatin1Char('0'))));
    // The single files by number first, padded; the combined one after them.
    QVERIFY2(files.first().startsWith(QStringLiteral("00001-")), qPrintable(files.first()));
    QVERIFY(files.last().startsWith(QStringLiteral("invoices-")));
}

QTEST_GUILESS_MAIN(TestDuesCommandLine)
#include "tst_duescommandline.moc"
