// The invoices list: statuses on a given day, amounts and export values, totals
// that count credit notes once, and 20,000 invoices read in well under a second.
#include "common/modelroles.h"
#include "duesfixture.h"
#include "dues/invoicesmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

class TestInvoicesModel : public QObject
{
    Q_OBJECT

private slots:
    void invoicesModel();
    void twentyThousandInvoicesReadQuickly();
};

void TestInvoicesModel::invoicesModel()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    const QList<DuesRunLine> lines = planDuesRun(database, 2025);
    QList<qint64> ids;
    QVERIFY(repository.issue(2025, lines, duesIssueDate, false, &ids));
    QVERIFY(repository.issue(2024, {duesLineOf44600(database)}, duesIssueDate, false));
    QVERIFY(repository.issueCreditNote(ids.at(0), Money::fromKroner(1000), duesIssueDate.addDays(1), {}));
    QVERIFY(repository.registerPayment(ids.at(1), duesIssueDate.addDays(2), lines.at(1).calculation.amount, {}));
    QVERIFY(repository.registerPayment(ids.at(2), duesIssueDate.addDays(2), Money::fromKroner(100), {}));

    InvoicesModel model{InvoiceRepository(database)};
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(duesIssueDate.addDays(10));
    model.setYear(2025);
    QCOMPARE(model.year(), 2025);
    QCOMPARE(model.rowCount(), int(lines.size()) + 1);
    QCOMPARE(model.columnCount(), int(InvoicesModel::ColumnCount));
    model.setYear(0);
    QCOMPARE(model.rowCount(), int(lines.size()) + 2);
    model.setYear(2025);

    const int first = model.rowOfInvoice(ids.at(0));
    QCOMPARE(first, 0);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(cell(first, InvoicesModel::NumberColumn).toString(), QStringLiteral("1"));
    QCOMPARE(cell(first, InvoicesModel::MemberNameColumn).toString(), lines.at(0).member.name + QStringLiteral(" kommune"));
    QCOMPARE(cell(first, InvoicesModel::AmountColumn).toString(), lines.at(0).calculation.amount.toString(QLocale()));
    QCOMPARE(cell(first, InvoicesModel::IssueDateColumn).toString(), QLocale().toString(duesIssueDate, QLocale::ShortFormat));
    QCOMPARE(cell(first, InvoicesModel::StatusColumn, InvoicesModel::StatusRole).toInt(), int(InvoiceStatus::Open));
    QCOMPARE(cell(first, InvoicesModel::CreditedColumn, ExportValueRole).toString(), QStringLiteral("-1000.00"));
    QCOMPARE(cell(first, InvoicesModel::IssueDateColumn, ExportValueRole).toDate(), duesIssueDate);
    QCOMPARE(cell(first, InvoicesModel::KindColumn, ExportValueRole).toString(), QStringLiteral("invoice"));
    QCOMPARE(cell(first, InvoicesModel::NumberColumn, IdRole).toLongLong(), ids.at(0));
    QCOMPARE(cell(first, InvoicesModel::NumberColumn, InvoicesModel::MemberIdRole).toLongLong(), lines.at(0).member.id);
    QCOMPARE(cell(first, InvoicesModel::AmountColumn, SortRole).toLongLong(), lines.at(0).calculation.amount.ore());
    QVERIFY(cell(first, 0, SearchTextRole).toString().contains(lines.at(0).member.name.toCaseFolded()));
    QCOMPARE(cell(model.rowOfInvoice(ids.at(1)), InvoicesModel::StatusColumn, ExportValueRole).toString(),
             QStringLiteral("paid"));
    QCOMPARE(cell(model.rowOfInvoice(ids.at(2)), InvoicesModel::StatusColumn, ExportValueRole).toString(),
             QStringLiteral("partly_paid"));

    // The credit note is the last row: its own amount, nothing outstanding of its own.
    const int creditRow = model.rowCount() - 1;
    QCOMPARE(cell(creditRow, InvoicesModel::KindColumn, InvoicesModel::KindRole).toInt(), int(InvoiceKind::CreditNote));
    QCOMPARE(cell(creditRow, InvoicesModel::AmountColumn, ExportValueRole).toString(), QStringLiteral("-1000.00"));
    QVERIFY(cell(creditRow, InvoicesModel::OutstandingColumn).toString().isEmpty());
    QVERIFY(cell(creditRow, InvoicesModel::KindColumn).toString().contains(QStringLiteral("1")));

    const InvoiceTotals totals = model.totals();
    const Money invoiced = DuesRunPlanner::totals(lines).amount;
    QCOMPARE(totals.invoices, int(lines.size()));
    QCOMPARE(totals.invoiced, invoiced);
    QCOMPARE(totals.credited, -Money::fromKroner(1000));
    QCOMPARE(totals.paid, lines.at(1).calculation.amount + Money::fromKroner(100));
    QCOMPARE(totals.outstanding, totals.invoiced + totals.credited - totals.paid);

    // Past the due date, what is unpaid is overdue.
    model.setToday(duesIssueDate.addDays(31));
    QCOMPARE(cell(first, InvoicesModel::StatusColumn, InvoicesModel::StatusRole).toInt(), int(InvoiceStatus::Overdue));
    QCOMPARE(cell(model.rowOfInvoice(ids.at(1)), 0, InvoicesModel::StatusRole).toInt(), int(InvoiceStatus::Paid));

    QStringList keys;
    for (int column = 0; column < model.columnCount(); ++column) {
        keys.append(model.headerData(column, Qt::Horizontal, ExportKeyRole).toString());
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(keys.first(), QStringLiteral("number"));
    QCOMPARE(keys.mid(keys.size() - 4), (QStringList{QStringLiteral("reminders"), QStringLiteral("dunning_step"),
                                                      QStringLiteral("next_step"), QStringLiteral("fees")}));
    QVERIFY(!keys.contains(QString()));

    // After a reminder the due date shown is the one it set; the export keeps the invoice's.
    const QDate remindedOn = duesIssueDate.addDays(45);
    QVERIFY(repository.recordReminder(ids.at(0), remindedOn));
    model.setToday(remindedOn);
    model.reload();
    const int reminded = model.rowOfInvoice(ids.at(0));
    const Invoice invoice = *repository.find(ids.at(0));
    QCOMPARE(cell(reminded, InvoicesModel::DueDateColumn).toString(),
             QLocale().toString(invoice.reminderDueDate, QLocale::ShortFormat));
    QCOMPARE(cell(reminded, InvoicesModel::DueDateColumn, SortRole).toDate(), invoice.reminderDueDate);
    QCOMPARE(cell(reminded, InvoicesModel::DueDateColumn, ExportValueRole).toDate(), invoice.dueDate);
    QVERIFY(cell(reminded, InvoicesModel::DueDateColumn, Qt::ToolTipRole).toString().contains(
        QLocale().toString(invoice.dueDate, QLocale::ShortFormat)));
}

void TestInvoicesModel::twentyThousandInvoicesReadQuickly()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    const QList<DuesRunLine> plan = planDuesRun(database, 2025);
    QList<DuesRunLine> lines;
    while (lines.size() < 20000)
        lines.append(plan.at(lines.size() % plan.size()));
    InvoiceRepository repository(database);
    QElapsedTimer timer;
    timer.start();
    QList<qint64> ids;
    QVERIFY(repository.issue(2025, lines, duesIssueDate, true, &ids));
    const qint64 issuing = timer.restart();
    for (int i = 0; i < 200; ++i)
        QVERIFY(repository.registerPayment(ids.at(i * 7), duesIssueDate, Money::fromKroner(100), {}));
    timer.restart();
    const QList<Invoice> invoices = repository.invoicesOfYear(2025);
    const qint64 reading = timer.elapsed();
    QCOMPARE(invoices.size(), 20000);
    QCOMPARE(invoices.last().number, qint64(20000));
    QCOMPARE(InvoiceTotals::of(invoices).paid, Money::fromKroner(20000));
    qInfo("issued 20,000 invoices in %lld ms, read them in %lld ms", issuing, reading);
    QVERIFY2(reading < 5000, "reading 20,000 invoices must take seconds at most");
}

QTEST_GUILESS_MAIN(TestInvoicesModel)
#include "tst_invoicesmodel.moc"
