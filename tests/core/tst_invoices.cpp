// Issuing dues: gapless numbers and valid KIDs, one run all or nothing, no
// second invoice by mistake, nothing issued ever changed, credit notes,
// payments and reminders.
#include "bookkeeping/bookkeepingchain.h"
#include "bookkeeping/bookkeepingcheck.h"
#include "common/checkdigits.h"
#include "dues/dunningrule.h"
#include "dues/duesrepository.h"
#include "members/memberterms.h"
#include "duesfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(Sekretariat::MemberKind)

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

class TestInvoices : public QObject
{
    Q_OBJECT

private slots:
    void kidIsMemberNumberInvoiceNumberAndMod10_data();
    void kidIsMemberNumberInvoiceNumberAndMod10();
    void issuesARunWithGaplessNumbersAndValidKids();
    void doesNotInvoiceAMemberTwiceUnlessAllowed();
    void aFailureHalfwayWritesNothingAndConsumesNoNumber();
    void aLargeRunIsWrittenInPartsAndChainedInNumberOrder();
    void refusesEmptyRunsAndBadDates();
    void databaseRefusesChangingOrDeletingInvoicesAndPayments();
    void creditNotes();
    void fullCreditAllowsANewInvoice();
    void payments();
    void remindersOnlyForOverdueInvoices();
    void dunningGoesThroughThreeStepsWithTheLawfulFee();
    void dunningSeveralInvoicesIsAllOrNone();
    void statementRunsTheBalanceThroughEverything();
    void creditIsSetAgainstAnotherInvoiceOrRefunded();
    void rateOfAYearWithInvoicesCannotBeRemoved();
    void buyerIsTheLegalEntity_data();
    void buyerIsTheLegalEntity();
};

void TestInvoices::buyerIsTheLegalEntity_data()
{
    QTest::addColumn<MemberKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("legal");
    QTest::newRow("municipality") << MemberKind::Municipality << QStringLiteral("Enebakk") << QStringLiteral("Enebakk kommune");
    QTest::newRow("named in full") << MemberKind::Municipality << QStringLiteral("Oslo kommune") << QStringLiteral("Oslo kommune");
    QTest::newRow("county") << MemberKind::County << QStringLiteral("Trøndelag") << QStringLiteral("Trøndelag fylkeskommune");
    QTest::newRow("county in full") << MemberKind::County << QStringLiteral("Trøndelag fylkeskommune")
                                    << QStringLiteral("Trøndelag fylkeskommune");
    QTest::newRow("spaces") << MemberKind::Municipality << QStringLiteral(" Nore og Uvdal ")
                            << QStringLiteral("Nore og Uvdal kommune");
}

void TestInvoices::buyerIsTheLegalEntity()
{
    QFETCH(MemberKind, kind);
    QFETCH(QString, name);
    QFETCH(QString, legal);
    QCOMPARE(MemberTerms::legalName(kind, name), legal);
}

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
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    const QList<DuesRunLine> lines = planDuesRun(database, 2025);
    QVERIFY(lines.size() > 10);
    const DuesRunTotals totals = DuesRunPlanner::totals(lines);
    QCOMPARE(totals.included, int(lines.size()));

    InvoiceRepository repository(database);
    QList<qint64> ids;
    const Outcome issued = repository.issue(2025, lines, duesIssueDate, false, &ids);
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
        QCOMPARE(invoice->issueDate, duesIssueDate);
        QCOMPARE(invoice->dueDate, duesIssueDate.addDays(30));
        QCOMPARE(invoice->kid.size(), 12);
        QVERIFY(CheckDigits::isValidKid(invoice->kid));
        QCOMPARE(invoice->kid.back(), CheckDigits::mod10CheckDigit(invoice->kid.left(11)));
        QCOMPARE(invoice->kid, InvoiceRepository::kidFor(member.number, invoice->number));
        QCOMPARE(invoice->memberId, member.id);
        // The buyer is the legal entity, not the register's short name.
        QCOMPARE(invoice->buyerName, MemberTerms::legalName(member.kind, member.name));
        QVERIFY(invoice->buyerName.startsWith(member.name));
        QVERIFY(invoice->buyerName.endsWith(QStringLiteral("kommune")));
        QCOMPARE(invoice->buyerNumber, member.number);
        QCOMPARE(invoice->buyerOrganisationNumber, member.organisationNumber);
        QCOMPARE(invoice->buyerAddress, member.postalAddress().text());
        QVERIFY(invoice->buyerAddress.endsWith(member.invoicePostalCode + u' ' + member.invoiceCity));
        QCOMPARE(invoice->buyerEmail, member.invoiceEmail);
        QCOMPARE(invoice->buyerReference, member.buyerReference);
        QCOMPARE(invoice->language, member.documentLanguage);
        QCOMPARE(invoice->population, lines.at(i).calculation.population);
        QCOMPARE(invoice->populationDate, lines.at(i).calculation.populationDate);
        QCOMPARE(invoice->rateOre, qint64(232));
        QCOMPARE(invoice->rule, lines.at(i).calculation.rule);
        QCOMPARE(invoice->months, 12);
        QCOMPARE(invoice->amount, lines.at(i).calculation.amount);
        QCOMPARE(InvoiceStatusRule::statusOf(*invoice, duesIssueDate), InvoiceStatus::Open);
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
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<DuesRunLine> lines = planDuesRun(database, 2025);
    QVERIFY(repository.issue(2025, lines, duesIssueDate, false));
    const qint64 issued = rowCountOf(database, QStringLiteral("invoices"));

    // The next preview marks everyone as invoiced and includes no one.
    lines = planDuesRun(database, 2025);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(DuesRunPlanner::totals(lines).alreadyInvoiced, int(lines.size()));
    QCOMPARE(DuesRunPlanner::totals(lines).included, 0);
    QVERIFY(!repository.issue(2025, lines, duesIssueDate, false));

    // Forcing them in is refused, naming the members, unless a second invoice is meant.
    lines[0].included = true;
    lines[1].included = true;
    const Outcome refused = repository.issue(2025, lines, duesIssueDate, false);
    QVERIFY(!refused);
    QCOMPARE(refused.field(), QStringLiteral("members"));
    QVERIFY(refused.message().contains(lines.at(0).member.name));
    QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), issued);

    QList<qint64> ids;
    QVERIFY(repository.issue(2025, lines, duesIssueDate, true, &ids));
    QCOMPARE(ids.size(), 2);
    QCOMPARE(repository.find(ids.at(0))->number, issued + 1);

    // The same member twice in one run is refused too.
    const DuesRunLine line = duesLineOf44600(database);
    const Outcome twice = repository.issue(2024, {line, line}, duesIssueDate, false);
    QVERIFY(!twice);
    QCOMPARE(twice.field(), QStringLiteral("members"));
    QVERIFY(repository.invoicesOfYear(2024).isEmpty());
}

void TestInvoices::aFailureHalfwayWritesNothingAndConsumesNoNumber()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<DuesRunLine> lines = planDuesRun(database, 2025);
    QVERIFY(lines.size() > 4);

    // A member that does not exist, in the middle: the foreign key stops the insert.
    DuesRunLine ghost = lines.at(1);
    ghost.member.id = 999999;
    ghost.member.name = QStringLiteral("Ghost");
    QList<DuesRunLine> broken = lines;
    broken.insert(lines.size() / 2, ghost);
    QList<qint64> ids{42};
    const Outcome failed = repository.issue(2025, broken, duesIssueDate, false, &ids);
    QVERIFY(!failed);
    QVERIFY(failed.message().contains(QStringLiteral("Ghost")));
    QCOMPARE(ids, QList<qint64>{42});
    QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), qint64(0));
    QCOMPARE(repository.nextNumber(), qint64(1));
    QVERIFY(repository.invoicedMemberIds(2025).isEmpty());

    QVERIFY(repository.issue(2025, lines, duesIssueDate, false, &ids));
    QCOMPARE(repository.find(ids.first())->number, qint64(1));
    QCOMPARE(repository.find(ids.last())->number, qint64(lines.size()));
}

void TestInvoices::aLargeRunIsWrittenInPartsAndChainedInNumberOrder()
{
    // More members than one statement writes (40) or one link statement covers (100).
    TemporaryWorkspace workspace;
    QVERIFY(workspace.isOpen());
    QVERIFY(workspace.fillWithDemo(200));
    const QSqlDatabase database = workspace.connection();
    RateEntry rate;
    rate.year = 2025;
    rate.deflatorBasisPoints = 420;
    QVERIFY(DuesRepository(database).saveRateEntry(rate));
    const QList<DuesRunLine> lines = planDuesRun(database, 2025);
    QVERIFY2(lines.size() > 100, qPrintable(QString::number(lines.size())));

    InvoiceRepository repository(database);
    QList<qint64> ids;
    const Outcome issued = repository.issue(2025, lines, duesIssueDate, false, &ids);
    QVERIFY2(issued, qPrintable(issued.message()));
    QCOMPARE(ids.size(), lines.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const std::optional<Invoice> invoice = repository.find(ids.at(i));
        QVERIFY(invoice);
        QCOMPARE(invoice->number, qint64(i + 1));
        QCOMPARE(invoice->memberId, lines.at(i).member.id);
        QCOMPARE(invoice->amount, lines.at(i).calculation.amount);
    }
    const BookkeepingChain chain(database);
    QCOMPARE(chain.linkCount(), qint64(ids.size()));
    QCOMPARE(chain.verify(), QStringList());
    // The links follow the numbers: the first link is invoice 1's, the last the last's.
    QSqlQuery links(database);
    QVERIFY(links.exec(QStringLiteral("SELECT row_id FROM bookkeeping_chain ORDER BY seq")));
    QList<qint64> linked;
    while (links.next())
        linked.append(links.value(0).toLongLong());
    QCOMPARE(linked, ids);
}

void TestInvoices::refusesEmptyRunsAndBadDates()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    InvoiceRepository repository(workspace->connection());
    const QList<DuesRunLine> lines = planDuesRun(workspace->connection(), 2025);
    QCOMPARE(repository.issue(2025, {}, duesIssueDate, false).field(), QStringLiteral("members"));
    QCOMPARE(repository.issue(2025, lines, QDate(), false).field(), QStringLiteral("issueDate"));
    QCOMPARE(repository.issue(1999, lines, duesIssueDate, false).field(), QStringLiteral("year"));
    QCOMPARE(rowCountOf(workspace->connection(), QStringLiteral("invoices")), qint64(0));
    QCOMPARE(repository.nextNumber(), qint64(1));
}

void TestInvoices::databaseRefusesChangingOrDeletingInvoicesAndPayments()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2025, planDuesRun(database, 2025), duesIssueDate, false, &ids));
    const qint64 id = ids.first();
    const Invoice before = *repository.find(id);
    QVERIFY(repository.registerPayment(id, duesIssueDate.addDays(5), Money::fromKroner(100), {}));
    const qint64 paymentId = repository.registerPayment(id, duesIssueDate.addDays(6), Money::fromKroner(50), {}).id();

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
    QCOMPARE(rowCountOf(database, QStringLiteral("payments")), qint64(2));
}

void TestInvoices::creditNotes()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2024, {duesLineOf44600(database)}, QDate(2024, 3, 1), false, &ids));
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
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    const DuesRunLine line = duesLineOf44600(database);
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
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2024, {duesLineOf44600(database)}, QDate(2024, 3, 1), false, &ids));
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
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2024, {duesLineOf44600(database)}, QDate(2024, 3, 1), false, &ids));
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

void TestInvoices::dunningGoesThroughThreeStepsWithTheLawfulFee()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    DuesRepository dues(database);
    DuesSettings settings = dues.loadSettings();
    settings.reminderFee = Money::fromKroner(70);
    settings.firstReminderDays = 10;
    settings.secondReminderDays = 7;
    settings.handOverDays = 21;
    settings.handOverText = QStringLiteral("Faktura {invoice} er sendt til styret; {amount} står ubetalt.");
    QVERIFY(dues.saveSettings(settings));
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2024, {duesLineOf44600(database)}, QDate(2024, 3, 1), false, &ids));
    const qint64 id = ids.first();
    Invoice invoice = *repository.find(id);
    QCOMPARE(invoice.dueDate, QDate(2024, 3, 31));

    // The 1st reminder is proposed 10 days after the due date.
    std::optional<DunningRule::Proposal> next = DunningRule::next(invoice, settings);
    QVERIFY(next);
    QCOMPARE(next->step, DunningRule::firstReminder);
    QCOMPARE(next->from, QDate(2024, 4, 10));
    QVERIFY(!DunningRule::isDue(invoice, settings, QDate(2024, 4, 9)));
    QVERIFY(DunningRule::isDue(invoice, settings, QDate(2024, 4, 10)));

    // Sent 11 days after the due date: too early for a fee by law.
    QVERIFY(repository.recordReminder(id, QDate(2024, 4, 11)));
    invoice = *repository.find(id);
    QCOMPARE(DunningRule::stepOf(invoice), DunningRule::firstReminder);
    QCOMPARE(invoice.fees, Money());
    QCOMPARE(invoice.reminderDueDate, QDate(2024, 4, 25));
    next = DunningRule::next(invoice, settings);
    QCOMPARE(next->step, DunningRule::secondReminder);
    QCOMPARE(next->from, QDate(2024, 5, 2));

    // The 2nd carries the fee, and what is owed grows by it.
    QVERIFY(repository.recordReminder(id, QDate(2024, 5, 2)));
    invoice = *repository.find(id);
    QCOMPARE(DunningRule::stepOf(invoice), DunningRule::secondReminder);
    QCOMPARE(invoice.fees, Money::fromKroner(70));
    QCOMPARE(invoice.outstanding(), Money::fromKroner(44670));
    std::optional<IssuedContent> content = repository.issuedContentOf(id, true);
    QVERIFY(content && content->reminder);
    QCOMPARE(content->reminder->step, 2);
    QCOMPARE(content->reminder->fee, Money::fromKroner(70));
    QCOMPARE(content->reminder->feesBefore, Money());

    // The hand-over: no fee (two at most), the secretariat's text frozen on it.
    QCOMPARE(DunningRule::next(invoice, settings)->from, QDate(2024, 6, 6));
    QVERIFY(repository.recordReminder(id, QDate(2024, 6, 6)));
    invoice = *repository.find(id);
    QCOMPARE(DunningRule::stepOf(invoice), DunningRule::handOver);
    QCOMPARE(invoice.fees, Money::fromKroner(70));
    content = repository.issuedContentOf(id, true);
    QCOMPARE(content->reminder->step, 3);
    QCOMPARE(content->reminder->fee, Money());
    QCOMPARE(content->reminder->feesBefore, Money::fromKroner(70));
    QCOMPARE(content->reminder->text, settings.handOverText);
    QVERIFY(!DunningRule::next(invoice, settings));

    // Nothing after the hand-over.
    const Outcome after = repository.recordReminder(id, QDate(2024, 7, 1));
    QVERIFY(!after);
    QVERIFY(after.message().contains(QStringLiteral("handed over")));

    // Paying the invoice and the fee settles it; the chain covers the fees.
    QVERIFY(repository.registerPayment(id, QDate(2024, 7, 2), Money::fromKroner(44670), {}));
    QCOMPARE(InvoiceStatusRule::statusOf(*repository.find(id), QDate(2024, 7, 3)), InvoiceStatus::Paid);
    QCOMPARE(BookkeepingCheck(database).problems(11), QStringList());
}

void TestInvoices::dunningSeveralInvoicesIsAllOrNone()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    QList<qint64> ids;
    QVERIFY(repository.issue(2024, {duesLineOf44600(database)}, QDate(2024, 3, 1), false, &ids));
    QList<qint64> more;
    QVERIFY(repository.issue(2024, {duesLineOf44600(database)}, QDate(2024, 4, 1), true, &more));
    // The second is not overdue on 10 April: neither gets a reminder.
    const Outcome refused = repository.recordReminders({ids.first(), more.first()}, QDate(2024, 4, 10));
    QVERIFY(!refused);
    QCOMPARE(repository.find(ids.first())->reminderCount, 0);
    QVERIFY(repository.recordReminders({ids.first()}, QDate(2024, 4, 10)));
    QCOMPARE(repository.find(ids.first())->reminderCount, 1);
}

void TestInvoices::statementRunsTheBalanceThroughEverything()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    DuesRepository dues(database);
    DuesSettings settings = dues.loadSettings();
    settings.reminderFee = Money::fromKroner(70);
    QVERIFY(dues.saveSettings(settings));
    InvoiceRepository repository(database);
    QList<qint64> ids;
    const DuesRunLine line = duesLineOf44600(database);
    QVERIFY(repository.issue(2024, {line}, QDate(2024, 3, 1), false, &ids));
    const qint64 id = ids.first();
    QVERIFY(repository.issueCreditNote(id, Money::fromKroner(600), QDate(2024, 3, 5), {}));
    QVERIFY(repository.recordReminder(id, QDate(2024, 4, 20)));  // with the fee
    QVERIFY(repository.registerPayment(id, QDate(2024, 4, 20), Money::fromKroner(20000), {}));
    QVERIFY(repository.registerPayment(id, QDate(2024, 5, 2), Money::fromKroner(24170), QStringLiteral("rest")));

    const std::optional<AccountStatement> statement = repository.statementOf(line.member.id);
    QVERIFY(statement);
    const QList<StatementEntry> &entries = statement->entries();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(0).kind, StatementEntry::Kind::Invoice);
    QCOMPARE(entries.at(0).balance, Money::fromKroner(44600));
    QCOMPARE(entries.at(1).kind, StatementEntry::Kind::CreditNote);
    QCOMPARE(entries.at(1).invoiceNumber, entries.at(0).number);
    QCOMPARE(entries.at(1).balance, Money::fromKroner(44000));
    // On one day the fee before the payment.
    QCOMPARE(entries.at(2).kind, StatementEntry::Kind::Reminder);
    QCOMPARE(entries.at(2).amount, Money::fromKroner(70));
    QCOMPARE(entries.at(3).kind, StatementEntry::Kind::Payment);
    QCOMPARE(entries.at(3).balance, Money::fromKroner(24070));
    QCOMPARE(entries.at(4).note, QStringLiteral("rest"));
    QCOMPARE(statement->balance(), Money::fromKroner(-100));

    const QList<QByteArray> csv = statement->csv().split('\n');
    QCOMPARE(csv.first(), QByteArray("date,kind,number,invoice_number,year,step,note,amount,balance\r"));
    QCOMPARE(csv.at(3), QByteArray("2024-04-20,reminder,,1,,reminder_1,,70.00,44070.00\r"));
    QCOMPARE(csv.at(5), QByteArray("2024-05-02,payment,,1,,,rest,-24170.00,-100.00\r"));
}

void TestInvoices::creditIsSetAgainstAnotherInvoiceOrRefunded()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    InvoiceRepository repository(database);
    const DuesRunLine line = duesLineOf44600(database);
    QList<qint64> first;
    QVERIFY(repository.issue(2024, {line}, QDate(2024, 3, 1), false, &first));
    QList<qint64> second;
    QVERIFY(repository.issue(2024, {line}, QDate(2024, 4, 1), true, &second));
    QVERIFY(repository.registerPayment(first.first(), QDate(2024, 3, 20), Money::fromKroner(45000), {}));
    QCOMPARE(InvoiceTotals::of(repository.invoicesOfMember(line.member.id)).creditBalance, Money::fromKroner(400));

    // At most the credit, and at most what the other invoice has outstanding.
    QCOMPARE(repository.setCreditAgainst(first.first(), second.first(), Money::fromKroner(401), QDate(2024, 4, 2)).field(),
             QStringLiteral("amount"));
    QVERIFY(!repository.setCreditAgainst(first.first(), first.first(), Money::fromKroner(100), QDate(2024, 4, 2)));
    QCOMPARE(repository.paymentsOf(first.first()).size(), 1);
    QVERIFY(repository.setCreditAgainst(first.first(), second.first(), Money::fromKroner(300), QDate(2024, 4, 2)));
    QCOMPARE(repository.find(first.first())->outstanding(), Money::fromKroner(-100));
    QCOMPARE(repository.find(second.first())->outstanding(), Money::fromKroner(44300));
    QCOMPARE(repository.paymentsOf(second.first()).first().note, QStringLiteral("Credit from invoice 1"));

    // The rest paid back: a payment taken back, with the note.
    QCOMPARE(repository.refundCredit(first.first(), Money::fromKroner(101), QDate(2024, 4, 3), {}).field(),
             QStringLiteral("amount"));
    QVERIFY(repository.refundCredit(first.first(), Money::fromKroner(100), QDate(2024, 4, 3), QStringLiteral("to 1234")));
    QCOMPARE(repository.find(first.first())->outstanding(), Money());
    QCOMPARE(repository.paymentsOf(first.first()).last().note, QStringLiteral("Refunded: to 1234"));
    QCOMPARE(InvoiceTotals::of(repository.invoicesOfMember(line.member.id)).creditBalance, Money());
    QCOMPARE(BookkeepingCheck(database).problems(11), QStringList());
}

void TestInvoices::rateOfAYearWithInvoicesCannotBeRemoved()
{
    const auto workspace = demoWorkspaceWith2025Rate();
    QVERIFY(workspace);
    const QSqlDatabase database = workspace->connection();
    QVERIFY(InvoiceRepository(database).issue(2025, planDuesRun(database, 2025), duesIssueDate, false));
    DuesRepository dues(database);
    const Outcome refused = dues.removeRateEntry(2025);
    QVERIFY(!refused);
    QCOMPARE(refused.field(), QStringLiteral("year"));
    QVERIFY(dues.rateTable().rateFor(2025));
}

QTEST_GUILESS_MAIN(TestInvoices)
#include "tst_invoices.moc"
