// Issuing dues: gapless numbers and valid KIDs, one run all or nothing, no
// second invoice by mistake, nothing issued ever changed, credit notes,
// payments, reminders, the invoices model and the command line.
#include "common/checkdigits.h"
#include "common/modelroles.h"
#include "dues/duesrepository.h"
#include "dues/duesrunplanner.h"
#include "dues/invoicerepository.h"
#include "dues/invoicesmodel.h"
#include "dues/invoiceterms.h"
#include "members/memberrepository.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Sekretariat;

namespace {

const QDate issueDate(2025, 2, 3);

// A demo database with a rate for 2025 (2024's NOK 2.23 and a deflator of 4.20 %).
std::unique_ptr<TestUtils::TemporaryWorkspace> demoWorkspace()
{
    auto workspace = std::make_unique<TestUtils::TemporaryWorkspace>();
    if (!workspace->isOpen() || !workspace->fillWithDemo())
        return nullptr;
    RateEntry entry;
    entry.year = 2025;
    entry.deflatorBasisPoints = 420;
    if (!DuesRepository(workspace->connection()).saveRateEntry(entry))
        return nullptr;
    return workspace;
}

QList<DuesRunLine> planFor(const QSqlDatabase &database, int year)
{
    DuesRepository dues(database);
    const std::optional<YearRate> rate = dues.rateTable().rateFor(year);
    if (!rate)
        return {};
    return DuesRunPlanner::plan(year, MemberRepository(database).all(), *rate, dues.loadSettings(),
                                InvoiceRepository(database).invoicedMemberIds(year));
}

// One line for a member of 20,000 inhabitants: NOK 44,600 in 2024.
DuesRunLine lineOf44600(const QSqlDatabase &database)
{
    DuesRunLine line = planFor(database, 2025).value(0);
    line.calculation = DuesCalculator::calculate(MemberKind::Municipality, 20000, QDate(2023, 1, 1),
                                                 *DuesRepository(database).rateTable().rateFor(2024));
    line.included = true;
    return line;
}

qint64 countOf(const QSqlDatabase &database, const QString &table)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SEKRETARIAT_EXECUTABLE), QStringList{QStringLiteral("--language"), QStringLiteral("en")} + arguments);
    CliResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestInvoices : public QObject
{
    Q_OBJECT

private slots:
    void kidIsMemberNumberInvoiceNumberAndMod10_data();
    void kidIsMemberNumberInvoiceNumberAndMod10();
    void issuesARunWithGaplessNumbersAndValidKids();
    void doesNotInvoiceAMemberTwiceUnlessAllowed();
    void aFailureHalfwayWritesNothingAndConsumesNoNumber();
    void refusesEmptyRunsAndBadDates();
    void databaseRefusesChangingOrDeletingInvoicesAndPayments();
    void creditNotes();
    void fullCreditAllowsANewInvoice();
    void payments();
    void remindersOnlyForOverdueInvoices();
    void rateOfAYearWithInvoicesCannotBeRemoved();
    void invoicesModel();
    void twentyThousandInvoicesReadQuickly();

    void commandLinePreviewIssueAndExport();
    void commandLineRefusesBadYearsAndWritesNothing();
    void commandLinePdfNeverFakesSuccess();
};

void TestInvoices::kidIsMemberNumberInvoiceNumberAndMod10_data()
{
    QTest::addColumn<QString>("memberNumber");
    QTest::addColumn<qint64>("invoiceNumber");
    QTest::addColumn<QString>("body");

    QTest::newRow("Oslo, 1") << QStringLiteral("0301") << qint64(1) << QStringLiteral("03010000001");
    QTest::newRow("Bergen, 42") << QStringLiteral("4601") << qint64(42) << QStringLiteral("46010000042");
    QTest::newRow("county 46") << QStringLiteral("46") << qint64(1234567) << QStringLiteral("00461234567");
}

void TestInvoices::kidIsMemberNumberInvoiceNumberAndMod10()
{
    QFETCH(QString, memberNumber);
    QFETCH(qint64, invoiceNumber);
    QFETCH(QString, body);
    const QString kid = InvoiceRepository::kidFor(memberNumber, invoiceNumber);
    QCOMPARE(kid.size(), 12);
    QCOMPARE(kid.left(11), body);
    QCOMPARE(kid.back(), CheckDigits::mod10CheckDigit(body));
    QVERIFY(CheckDigits::isValidKid(kid));
}

void TestInvoices::issuesARunWithGaplessNumbersAndValidKids()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    const QList<DuesRunLine> lines = planFor(database, 2025);
    QVERIFY(lines.size() > 10);
    const DuesRunTotals totals = DuesRunPlanner::totals(lines);
    QCOMPARE(totals.included, int(lines.size()));

    InvoiceRepository repository(database);
    QList<qint64> ids;
    const Outcome issued = repository.issue(2025, lines, issueDate, false, &ids);
    QVERIFY2(issued, qPrintable(issued.message()));
    QCOMPARE(ids.size(), lines.size());
    QCOMPARE(repository.nextNumber(), qint64(lines.size() + 1));

    Money sum;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const std::optional<Invoice> invoice = repository.find(ids.at(i));
        QVERIFY(invoice);
        const Member &member = lines.at(i).member;
        QCOMPARE(invoice->number, qint64(i + 1));
        QCOMPARE(invoice->kind, InvoiceKind::Invoice);
        QCOMPARE(invoice->year, 2025);
        QCOMPARE(invoice->issueDate, issueDate);
        QCOMPARE(invoice->dueDate, issueDate.addDays(30));
        QCOMPARE(invoice->kid.size(), 12);
        QVERIFY(CheckDigits::isValidKid(invoice->kid));
        QCOMPARE(invoice->kid.back(), CheckDigits::mod10CheckDigit(invoice->kid.left(11)));
        QCOMPARE(invoice->kid, InvoiceRepository::kidFor(member.number, invoice->number));
        QCOMPARE(invoice->memberId, member.id);
        QCOMPARE(invoice->buyerName, member.name);
        QCOMPARE(invoice->buyerNumber, member.number);
        QCOMPARE(invoice->buyerOrganisationNumber, member.organisationNumber);
        QCOMPARE(invoice->buyerAddress, member.invoiceAddress);
        QCOMPARE(invoice->buyerEmail, member.invoiceEmail);
        QCOMPARE(invoice->buyerReference, member.buyerReference);
        QCOMPARE(invoice->language, member.documentLanguage);
        QCOMPARE(invoice->population, lines.at(i).calculation.population);
        QCOMPARE(invoice->populationDate, lines.at(i).calculation.populationDate);
        QCOMPARE(invoice->rateOre, qint64(232));
        QCOMPARE(invoice->rule, lines.at(i).calculation.rule);
        QCOMPARE(invoice->months, 12);
        QCOMPARE(invoice->amount, lines.at(i).calculation.amount);
        QCOMPARE(InvoiceStatusRule::statusOf(*invoice, issueDate), InvoiceStatus::Open);
        sum += invoice->amount;
    }
    QCOMPARE(sum, totals.amount);
    QCOMPARE(repository.invoicesOfYear(2025).size(), lines.size());
    QCOMPARE(repository.invoicesOfYear(0).size(), lines.size());
    QVERIFY(repository.invoicesOfYear(2024).isEmpty());
    QCOMPARE(repository.invoicesOfMember(lines.first().member.id).size(), 1);
}

void TestInvoices::doesNotInvoiceAMemberTwiceUnlessAllowed()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<DuesRunLine> lines = planFor(database, 2025);
    QVERIFY(repository.issue(2025, lines, issueDate, false));
    const qint64 issued = countOf(database, QStringLiteral("invoices"));

    // The next preview marks everyone as invoiced and includes no one.
    lines = planFor(database, 2025);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(DuesRunPlanner::totals(lines).alreadyInvoiced, int(lines.size()));
    QCOMPARE(DuesRunPlanner::totals(lines).included, 0);
    QVERIFY(!repository.issue(2025, lines, issueDate, false));

    // Forcing them in is refused, naming the members, unless a second invoice is meant.
    lines[0].included = true;
    lines[1].included = true;
    const Outcome refused = repository.issue(2025, lines, issueDate, false);
    QVERIFY(!refused);
    QCOMPARE(refused.field(), QStringLiteral("members"));
    QVERIFY(refused.message().contains(lines.at(0).member.name));
    QCOMPARE(countOf(database, QStringLiteral("invoices")), issued);

    QList<qint64> ids;
    QVERIFY(repository.issue(2025, lines, issueDate, true, &ids));
    QCOMPARE(ids.size(), 2);
    QCOMPARE(repository.find(ids.at(0))->number, issued + 1);

    // The same member twice in one run is refused too.
    const DuesRunLine line = lineOf44600(database);
    const Outcome twice = repository.issue(2024, {line, line}, QDate(2024, 3, 1), false);
    QVERIFY(!twice);
    QCOMPARE(twice.field(), QStringLiteral("members"));
    QVERIFY(repository.invoicesOfYear(2024).isEmpty());
}

void TestInvoices::aFailureHalfwayWritesNothingAndConsumesNoNumber()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<DuesRunLine> lines = planFor(database, 2025);
    QVERIFY(lines.size() > 4);

    // A member that does not exist, in the middle: the foreign key stops the insert.
    DuesRunLine ghost = lines.at(1);
    ghost.member.id = 999999;
    ghost.member.name = QStringLiteral("Ghost");
    QList<DuesRunLine> broken = lines;
    broken.insert(lines.size() / 2, ghost);
    QList<qint64> ids{42};
    const Outcome failed = repository.issue(2025, broken, issueDate, false, &ids);
    QVERIFY(!failed);
    QVERIFY(failed.message().contains(QStringLiteral("Ghost")));
    QCOMPARE(ids, QList<qint64>{42});
    QCOMPARE(countOf(database, QStringLiteral("invoices")), qint64(0));
    QCOMPARE(repository.nextNumber(), qint64(1));
    QVERIFY(repository.invoicedMemberIds(2025).isEmpty());

    QVERIFY(repository.issue(2025, lines, issueDate, false, &ids));
    QCOMPARE(repository.find(ids.first())->number, qint64(1));
    QCOMPARE(repository.find(ids.last())->number, qint64(lines.size()));
}

void TestInvoices::refusesEmptyRunsAndBadDates()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    InvoiceRepository repository(workspace->connection());
    const QList<DuesRunLine> lines = planFor(workspace->connection(), 2025);
    QCOMPARE(repository.issue(2025, {}, issueDate, false).field(), QStringLiteral("members"));
    QCOMPARE(repository.issue(2025, lines, QDate(), false).field(), QStringLiteral("issueDate"));
    QCOMPARE(repository.issue(1999, lines, issueDate, false).field(), QStringLiteral("year"));
    QCOMPARE(countOf(workspace->connection(), QStringLiteral("invoices")), qint64(0));
    QCOMPARE(repository.nextNumber(), qint64(1));
}

void TestInvoices::databaseRefusesChangingOrDeletingInvoicesAndPayments()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2025, planFor(database, 2025), issueDate, false, &ids));
    const qint64 id = ids.first();
    const Invoice before = *repository.find(id);
    QVERIFY(repository.registerPayment(id, issueDate.addDays(5), Money::fromKroner(100), {}));
    const qint64 paymentId = repository.registerPayment(id, issueDate.addDays(6), Money::fromKroner(50), {}).id();

    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE invoices SET amount_ore = ? WHERE id = ?"));
    query.addBindValue(1);
    query.addBindValue(id);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(QStringLiteral("cannot be changed")));
    query.prepare(QStringLiteral("DELETE FROM invoices WHERE id = ?"));
    query.addBindValue(id);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(QStringLiteral("cannot be deleted")));
    query.prepare(QStringLiteral("UPDATE payments SET amount_ore = ? WHERE id = ?"));
    query.addBindValue(999900);
    query.addBindValue(paymentId);
    QVERIFY(!query.exec());
    query.prepare(QStringLiteral("DELETE FROM payments WHERE id = ?"));
    query.addBindValue(paymentId);
    QVERIFY(!query.exec());

    const Invoice after = *repository.find(id);
    QCOMPARE(after.amount, before.amount);
    QCOMPARE(after.kid, before.kid);
    QCOMPARE(after.paid, Money::fromKroner(150));
    QCOMPARE(countOf(database, QStringLiteral("payments")), qint64(2));
}

void TestInvoices::creditNotes()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2024, {lineOf44600(database)}, QDate(2024, 3, 1), false, &ids));
    const qint64 id = ids.first();
    QCOMPARE(repository.find(id)->amount, Money::fromKroner(44600));

    const Outcome partial = repository.issueCreditNote(id, Money::fromKroner(1000), QDate(2024, 3, 10),
                                                       QStringLiteral("Wrong population"));
    QVERIFY2(partial, qPrintable(partial.message()));
    const Invoice credit = *repository.find(partial.id());
    QCOMPARE(credit.kind, InvoiceKind::CreditNote);
    QCOMPARE(credit.number, qint64(2));
    QCOMPARE(credit.amount, -Money::fromKroner(1000));
    QCOMPARE(credit.creditsInvoiceId, id);
    QCOMPARE(credit.creditsInvoiceNumber, qint64(1));
    QVERIFY(credit.kid.isEmpty());
    QCOMPARE(credit.buyerName, repository.find(id)->buyerName);
    QCOMPARE(credit.note, QStringLiteral("Wrong population"));
    QCOMPARE(repository.creditNotesOf(id).size(), 1);

    Invoice invoice = *repository.find(id);
    QCOMPARE(invoice.credited, -Money::fromKroner(1000));
    QCOMPARE(invoice.outstanding(), Money::fromKroner(43600));
    QCOMPARE(InvoiceStatusRule::statusOf(invoice, QDate(2024, 3, 10)), InvoiceStatus::Open);

    // More than is left, nothing, a credit note of a credit note, before the invoice: refused.
    const Outcome tooMuch = repository.issueCreditNote(id, Money::fromOre(4360001), QDate(2024, 3, 11), {});
    QVERIFY(!tooMuch);
    QCOMPARE(tooMuch.field(), QStringLiteral("amount"));
    QVERIFY(!repository.issueCreditNote(id, Money(), QDate(2024, 3, 11), {}));
    QVERIFY(!repository.issueCreditNote(id, -Money::fromKroner(5), QDate(2024, 3, 11), {}));
    QVERIFY(!repository.issueCreditNote(partial.id(), Money::fromKroner(5), QDate(2024, 3, 11), {}));
    QCOMPARE(repository.issueCreditNote(id, Money::fromKroner(5), QDate(2024, 2, 1), {}).field(), QStringLiteral("date"));
    QCOMPARE(repository.nextNumber(), qint64(3));

    QVERIFY(repository.issueCreditNote(id, Money::fromKroner(43600), QDate(2024, 3, 12), {}));
    invoice = *repository.find(id);
    QCOMPARE(invoice.credited, -Money::fromKroner(44600));
    QCOMPARE(invoice.outstanding(), Money());
    QCOMPARE(InvoiceStatusRule::statusOf(invoice, QDate(2025, 1, 1)), InvoiceStatus::Credited);
    QVERIFY(!repository.issueCreditNote(id, Money::fromOre(1), QDate(2024, 3, 13), {}));
    QCOMPARE(repository.invoicesOfYear(2024).size(), 3);
    QCOMPARE(repository.nextNumber(), qint64(4));

    const InvoiceTotals totals = InvoiceTotals::of(repository.invoicesOfYear(2024));
    QCOMPARE(totals.invoices, 1);
    QCOMPARE(totals.invoiced, Money::fromKroner(44600));
    QCOMPARE(totals.credited, -Money::fromKroner(44600));
    QCOMPARE(totals.outstanding, Money());
}

void TestInvoices::fullCreditAllowsANewInvoice()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    const DuesRunLine line = lineOf44600(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2024, {line}, QDate(2024, 3, 1), false, &ids));
    QVERIFY(repository.invoicedMemberIds(2024).contains(line.member.id));
    QVERIFY(repository.issueCreditNote(ids.first(), Money::fromKroner(1000), QDate(2024, 3, 2), {}));
    QVERIFY(repository.invoicedMemberIds(2024).contains(line.member.id));
    QVERIFY(!repository.issue(2024, {line}, QDate(2024, 3, 3), false));
    QVERIFY(repository.issueCreditNote(ids.first(), Money::fromKroner(43600), QDate(2024, 3, 3), {}));
    QVERIFY(!repository.invoicedMemberIds(2024).contains(line.member.id));
    QVERIFY(repository.issue(2024, {line}, QDate(2024, 3, 4), false, &ids));
    QCOMPARE(repository.find(ids.first())->number, qint64(4));
}

void TestInvoices::payments()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2024, {lineOf44600(database)}, QDate(2024, 3, 1), false, &ids));
    const qint64 id = ids.first();
    const QDate beforeDue(2024, 3, 20);
    const QDate afterDue(2024, 4, 15);
    QCOMPARE(repository.find(id)->dueDate, QDate(2024, 3, 31));

    QCOMPARE(repository.registerPayment(id, beforeDue, Money(), {}).field(), QStringLiteral("amount"));
    QCOMPARE(repository.registerPayment(id, QDate(), Money::fromKroner(1), {}).field(), QStringLiteral("date"));
    QCOMPARE(repository.registerPayment(id, beforeDue, -Money::fromKroner(1), {}).field(), QStringLiteral("amount"));

    QVERIFY(repository.registerPayment(id, beforeDue, Money::fromKroner(20000), QStringLiteral("first part")));
    Invoice invoice = *repository.find(id);
    QCOMPARE(invoice.paid, Money::fromKroner(20000));
    QCOMPARE(invoice.outstanding(), Money::fromKroner(24600));
    QCOMPARE(InvoiceStatusRule::statusOf(invoice, beforeDue), InvoiceStatus::PartlyPaid);
    QCOMPARE(InvoiceStatusRule::statusOf(invoice, afterDue), InvoiceStatus::Overdue);
    QCOMPARE(InvoiceStatusRule::statusOf(invoice, QDate(2024, 3, 31)), InvoiceStatus::PartlyPaid);

    QVERIFY(repository.registerPayment(id, beforeDue, Money::fromKroner(24600), {}));
    invoice = *repository.find(id);
    QCOMPARE(invoice.outstanding(), Money());
    QCOMPARE(InvoiceStatusRule::statusOf(invoice, afterDue), InvoiceStatus::Paid);

    // Paid twice by mistake: recorded, and shown as a negative outstanding.
    QVERIFY(repository.registerPayment(id, afterDue, Money::fromKroner(100), {}));
    invoice = *repository.find(id);
    QCOMPARE(invoice.outstanding(), -Money::fromKroner(100));
    QCOMPARE(InvoiceStatusRule::statusOf(invoice, afterDue), InvoiceStatus::Paid);
    QCOMPARE(InvoiceTotals::of({invoice}).outstanding, -Money::fromKroner(100));

    // A correction takes back at most what was paid.
    QCOMPARE(repository.registerPayment(id, afterDue, -Money::fromKroner(44701), {}).field(), QStringLiteral("amount"));
    QVERIFY(repository.registerPayment(id, afterDue, -Money::fromKroner(100), QStringLiteral("refunded")));
    QCOMPARE(repository.find(id)->outstanding(), Money());
    QCOMPARE(repository.paymentsOf(id).size(), 4);
    QCOMPARE(repository.paymentsOf(id).first().note, QStringLiteral("first part"));

    // Credit notes take no payments.
    const qint64 creditId = repository.issueCreditNote(id, Money::fromKroner(10), QDate(2024, 5, 1), {}).id();
    QVERIFY(creditId > 0);
    QVERIFY(!repository.registerPayment(creditId, afterDue, Money::fromKroner(10), {}));
}

void TestInvoices::remindersOnlyForOverdueInvoices()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2024, {lineOf44600(database)}, QDate(2024, 3, 1), false, &ids));
    const qint64 id = ids.first();

    const Outcome early = repository.recordReminder(id, QDate(2024, 3, 31));
    QVERIFY(!early);
    QVERIFY(!early.message().isEmpty());
    QVERIFY(!repository.recordReminder(id, QDate()));

    const Outcome reminded = repository.recordReminder(id, QDate(2024, 4, 10));
    QVERIFY2(reminded, qPrintable(reminded.message()));
    Invoice invoice = *repository.find(id);
    QCOMPARE(invoice.reminderCount, 1);
    QCOMPARE(invoice.lastReminderOn, QDate(2024, 4, 10));
    QCOMPARE(invoice.reminderDueDate, QDate(2024, 4, 24));
    QCOMPARE(invoice.dueDate, QDate(2024, 3, 31));
    // The reminder's due date counts now.
    QCOMPARE(InvoiceStatusRule::statusOf(invoice, QDate(2024, 4, 20)), InvoiceStatus::Open);
    QVERIFY(!repository.recordReminder(id, QDate(2024, 4, 20)));
    QCOMPARE(InvoiceStatusRule::statusOf(invoice, QDate(2024, 4, 25)), InvoiceStatus::Overdue);
    QVERIFY(repository.recordReminder(id, QDate(2024, 4, 25)));
    QCOMPARE(repository.find(id)->reminderCount, 2);
    QCOMPARE(repository.find(id)->reminderDueDate, QDate(2024, 5, 9));

    // Paid: no reminder, however late.
    QVERIFY(repository.registerPayment(id, QDate(2024, 5, 1), Money::fromKroner(44600), {}));
    QVERIFY(!repository.recordReminder(id, QDate(2024, 6, 1)));
}

void TestInvoices::rateOfAYearWithInvoicesCannotBeRemoved()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    QVERIFY(InvoiceRepository(database).issue(2025, planFor(database, 2025), issueDate, false));
    DuesRepository dues(database);
    const Outcome refused = dues.removeRateEntry(2025);
    QVERIFY(!refused);
    QCOMPARE(refused.field(), QStringLiteral("year"));
    QVERIFY(dues.rateTable().rateFor(2025));
}

void TestInvoices::invoicesModel()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    const QList<DuesRunLine> lines = planFor(database, 2025);
    QList<qint64> ids;
    QVERIFY(repository.issue(2025, lines, issueDate, false, &ids));
    QVERIFY(repository.issue(2024, {lineOf44600(database)}, QDate(2024, 3, 1), false));
    QVERIFY(repository.issueCreditNote(ids.at(0), Money::fromKroner(1000), issueDate.addDays(1), {}));
    QVERIFY(repository.registerPayment(ids.at(1), issueDate.addDays(2), lines.at(1).calculation.amount, {}));
    QVERIFY(repository.registerPayment(ids.at(2), issueDate.addDays(2), Money::fromKroner(100), {}));

    InvoicesModel model(database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(issueDate.addDays(10));
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
    QCOMPARE(cell(first, InvoicesModel::MemberNameColumn).toString(), lines.at(0).member.name);
    QCOMPARE(cell(first, InvoicesModel::AmountColumn).toString(), lines.at(0).calculation.amount.toString(QLocale()));
    QCOMPARE(cell(first, InvoicesModel::IssueDateColumn).toString(), QLocale().toString(issueDate, QLocale::ShortFormat));
    QCOMPARE(cell(first, InvoicesModel::StatusColumn, InvoicesModel::StatusRole).toInt(), int(InvoiceStatus::Open));
    QCOMPARE(cell(first, InvoicesModel::CreditedColumn, ExportValueRole).toString(), QStringLiteral("-1000.00"));
    QCOMPARE(cell(first, InvoicesModel::IssueDateColumn, ExportValueRole).toDate(), issueDate);
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
    model.setToday(issueDate.addDays(31));
    QCOMPARE(cell(first, InvoicesModel::StatusColumn, InvoicesModel::StatusRole).toInt(), int(InvoiceStatus::Overdue));
    QCOMPARE(cell(model.rowOfInvoice(ids.at(1)), 0, InvoicesModel::StatusRole).toInt(), int(InvoiceStatus::Paid));

    QStringList keys;
    for (int column = 0; column < model.columnCount(); ++column) {
        keys.append(model.headerData(column, Qt::Horizontal, ExportKeyRole).toString());
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(keys.first(), QStringLiteral("number"));
    QCOMPARE(keys.last(), QStringLiteral("reminders"));
    QVERIFY(!keys.contains(QString()));
}

void TestInvoices::twentyThousandInvoicesReadQuickly()
{
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    const QList<DuesRunLine> plan = planFor(database, 2025);
    QList<DuesRunLine> lines;
    while (lines.size() < 20000)
        lines.append(plan.at(lines.size() % plan.size()));
    InvoiceRepository repository(database);
    QElapsedTimer timer;
    timer.start();
    QList<qint64> ids;
    QVERIFY(repository.issue(2025, lines, issueDate, true, &ids));
    const qint64 issuing = timer.restart();
    for (int i = 0; i < 200; ++i)
        QVERIFY(repository.registerPayment(ids.at(i * 7), issueDate, Money::fromKroner(100), {}));
    timer.restart();
    const QList<Invoice> invoices = repository.invoicesOfYear(2025);
    const qint64 reading = timer.elapsed();
    QCOMPARE(invoices.size(), 20000);
    QCOMPARE(invoices.last().number, qint64(20000));
    QCOMPARE(InvoiceTotals::of(invoices).paid, Money::fromKroner(20000));
    qInfo("issued 20,000 invoices in %lld ms, read them in %lld ms", issuing, reading);
    QVERIFY2(reading < 5000, "reading 20,000 invoices must take seconds at most");
}

void TestInvoices::commandLinePreviewIssueAndExport()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(SEKRETARIAT_EXECUTABLE)), "build the sekretariat target first");
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    const QList<DuesRunLine> lines = planFor(database, 2025);
    const QString path = workspace->path();

    CliResult preview = runCli({QStringLiteral("--database"), path, QStringLiteral("dues-run"), QStringLiteral("--year"),
                                QStringLiteral("2025")});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    QStringList rows = preview.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), lines.size() + 1);
    QCOMPARE(rows.first(), QStringLiteral("member_number,name,kind,population,population_date,rate,raw_amount,rule,"
                                          "amount,already_invoiced,warnings"));
    QVERIFY(rows.at(1).startsWith(lines.first().member.number + u','));
    QVERIFY(rows.at(1).contains(QStringLiteral(",2.32,")));
    QCOMPARE(countOf(database, QStringLiteral("invoices")), qint64(0));

    const CliResult issued = runCli({QStringLiteral("--database"), path, QStringLiteral("dues-run"), QStringLiteral("--year"),
                                     QStringLiteral("2025"), QStringLiteral("--issue"), QStringLiteral("--issue-date"),
                                     QStringLiteral("2025-02-03")});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    QStringList expected;
    for (int i = 1; i <= lines.size(); ++i)
        expected.append(QString::number(i));
    QCOMPARE(issued.out.split(u'\n', Qt::SkipEmptyParts), expected);
    QCOMPARE(countOf(database, QStringLiteral("invoices")), qint64(lines.size()));
    QCOMPARE(InvoiceRepository(database).find(InvoiceRepository(database).invoicesOfYear(2025).first().id)->dueDate,
             QDate(2025, 3, 5));

    // Again: nothing left to issue, nothing issued twice.
    const CliResult again = runCli({QStringLiteral("--database"), path, QStringLiteral("dues-run"), QStringLiteral("--year"),
                                    QStringLiteral("2025"), QStringLiteral("--issue")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.isEmpty());
    QVERIFY(!again.err.isEmpty());
    QCOMPARE(countOf(database, QStringLiteral("invoices")), qint64(lines.size()));
    preview = runCli({QStringLiteral("--database"), path, QStringLiteral("dues-run"), QStringLiteral("--year"),
                      QStringLiteral("2025")});
    QVERIFY(preview.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).at(1).contains(QStringLiteral(",yes,")));

    const CliResult exported = runCli({QStringLiteral("--database"), path, QStringLiteral("export"),
                                       QStringLiteral("invoices"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    rows = exported.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), lines.size() + 1);
    QCOMPARE(rows.first(), QStringLiteral("number,kind,member_number,year,amount,kid,status,issue_date,due_date,paid,"
                                          "credited,outstanding"));
    QVERIFY(rows.at(1).startsWith(QStringLiteral("1,invoice,") + lines.first().member.number + QStringLiteral(",2025,")));
    QVERIFY(rows.at(1).contains(QStringLiteral(",2025-02-03,2025-03-05,0.00,0.00,")));

    const CliResult otherYear = runCli({QStringLiteral("--database"), path, QStringLiteral("export"),
                                        QStringLiteral("invoices"), QStringLiteral("--year"), QStringLiteral("2024")});
    QCOMPARE(otherYear.exitCode, 0);
    QCOMPARE(otherYear.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1);
}

void TestInvoices::commandLineRefusesBadYearsAndWritesNothing()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(SEKRETARIAT_EXECUTABLE)), "build the sekretariat target first");
    const auto workspace = demoWorkspace();
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
        const CliResult result = runCli(QStringList{QStringLiteral("--database"), path} + arguments);
        QVERIFY2(result.exitCode != 0, qPrintable(arguments.join(u' ')));
        QVERIFY2(!result.err.trimmed().isEmpty(), qPrintable(arguments.join(u' ')));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    }
    const CliResult noRate = runCli({QStringLiteral("--database"), path, QStringLiteral("dues-run"),
                                     QStringLiteral("--year"), QStringLiteral("2031")});
    QCOMPARE(noRate.exitCode, 1);
    QVERIFY2(noRate.err.contains(QStringLiteral("2031")), qPrintable(noRate.err));
    QCOMPARE(countOf(workspace->connection(), QStringLiteral("invoices")), qint64(0));
    QCOMPARE(InvoiceRepository(workspace->connection()).nextNumber(), qint64(1));

    const CliResult missing = runCli({QStringLiteral("--database"), workspace->filePath(QStringLiteral("nothing.sqlite")),
                                      QStringLiteral("dues-run"), QStringLiteral("--year"), QStringLiteral("2025")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(workspace->filePath(QStringLiteral("nothing.sqlite"))));
}

void TestInvoices::commandLinePdfNeverFakesSuccess()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(SEKRETARIAT_EXECUTABLE)), "build the sekretariat target first");
    const auto workspace = demoWorkspace();
    QVERIFY(workspace);
    const QString folder = workspace->filePath(QStringLiteral("pdf"));
    const CliResult result = runCli({QStringLiteral("--database"), workspace->path(), QStringLiteral("dues-run"),
                                     QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--issue"),
                                     QStringLiteral("--pdf"), folder});
    if (result.exitCode != 0) {
        // PDFs cannot be written: refused before anything was issued.
        QVERIFY(!result.err.trimmed().isEmpty());
        QCOMPARE(countOf(workspace->connection(), QStringLiteral("invoices")), qint64(0));
    } else {
        const qint64 issued = countOf(workspace->connection(), QStringLiteral("invoices"));
        QVERIFY(issued > 0);
        QCOMPARE(qint64(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size()), issued);
    }
}

QTEST_GUILESS_MAIN(TestInvoices)
#include "tst_invoices.moc"
