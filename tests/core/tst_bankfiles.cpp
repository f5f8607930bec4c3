// Bank files made by others (../shared/samples/ocr and camt053) read to the
// counts and totals their READMEs give; broken and foreign files refused whole
// with the record and what is wrong; the transactions matched to issued
// invoices by KID, by amount and payer, or not at all; the dry run on the
// command line, which books each payment once, in one transaction.
#include "bookkeeping/bookkeepingcheck.h"
#include "common/checkdigits.h"
#include "dues/duesrepository.h"
#include "duesfixture.h"
#include "payments/bankfilereader.h"
#include "payments/camtreader.h"
#include "payments/ocrgiroreader.h"
#include "payments/paymentimportrepository.h"
#include "payments/paymentmatcher.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

const QString samples = QStringLiteral(SEKRETARIAT_SHARED_DIR "/samples");

QByteArray sample(const QString &name)
{
    QFile file(QDir(samples).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBankFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(samples).exists(), qPrintable(QStringLiteral("The samples are missing at %1").arg(samples)));
    }

    void ocrSamplesReadToTheirControlTotals()
    {
        QString error;
        const auto netsgiro = OcrGiroReader::read(sample(QStringLiteral("ocr/netsgiro-ocr_giro_transactions.txt")), &error);
        QVERIFY2(netsgiro, qPrintable(error));
        QCOMPARE(netsgiro->transactions.size(), 20);
        QCOMPARE(netsgiro->total, Money::fromOre(5144900));
        QCOMPARE(netsgiro->transactions.first().text, QStringLiteral("Foo bar baz"));
        QCOMPARE(netsgiro->transactions.first().kid, QStringLiteral("0000531"));

        // The specification's example: no final newline, three amounts signed "-", a net control sum.
        const auto spec = OcrGiroReader::read(sample(QStringLiteral("ocr/java-netsgiro-ocr1-nets-spec-example.txt")), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->transactions.size(), 23);
        QCOMPARE(spec->total, Money::fromOre(1563000));
        int negative = 0;
        for (const BankTransaction &transaction : spec->transactions) {
            QCOMPARE(transaction.kid.size(), 14);
            QVERIFY(CheckDigits::isValidKid(transaction.kid));
            negative += transaction.amount < Money() ? 1 : 0;
        }
        QCOMPARE(negative, 3);
        QSet<QString> references;
        for (const BankTransaction &transaction : spec->transactions)
            references.insert(transaction.bankReference);
        QCOMPARE(references.size(), spec->transactions.size());
        QVERIFY(!spec->transactions.at(14).isIncomingPayment());

        const auto freeText = OcrGiroReader::read(sample(QStringLiteral("ocr/java-netsgiro-ocr3-type21-freetext.txt")), &error);
        QVERIFY2(freeText, qPrintable(error));
        QCOMPARE(freeText->transactions.size(), 1);
        QVERIFY(freeText->transactions.first().kid.isEmpty());
        QVERIFY(freeText->transactions.first().text.startsWith(QStringLiteral("ABCDEFGHIJ")));
    }

    void foreignAndBrokenOcrFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected");
        const QByteArray good = sample(QStringLiteral("ocr/netsgiro-ocr_giro_transactions.txt"));
        QTest::newRow("AvtaleGiro") << sample(QStringLiteral("ocr/netsgiro-avtalegiro_agreements.txt"))
                                    << QStringLiteral("AvtaleGiro");
        QByteArray shortRecord = good;
        shortRecord.replace("Foo bar baz                             0000000000000000000000000",
                            "Foo bar baz                             000000000000000000000000");
        QTest::newRow("a record of 79 characters") << shortRecord << QStringLiteral("Record 5: it has 79 characters");
        QByteArray wrongSum = good;
        wrongSum.replace("NY090088000000200000004300000000005144900", "NY090088000000200000004300000000005144901");
        QTest::newRow("a wrong control sum") << wrongSum << QStringLiteral("control record says");
        QByteArray cut = good.left(good.lastIndexOf("NY000089"));
        QTest::newRow("cut short") << cut << QStringLiteral("cut short");
        QByteArray counted = good;
        counted.replace("NY000089000000200000004500", "NY000089000000210000004500");
        QTest::newRow("a wrong transaction count") << counted << QStringLiteral("says 21 transactions; it has 20");
        QTest::newRow("text") << QByteArray("Dato;Beløp\n01.01.2025;100\n") << QStringLiteral("neither");
    }

    void foreignAndBrokenOcrFilesAreRefused()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!BankFileReader::read(contents, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Nothing was read")) || expected == u"neither", qPrintable(error));
    }

    void camtSamplesRead()
    {
        QString error;
        const auto minimal = BankFileReader::read(sample(QStringLiteral("camt053/genkgo-camt053.v2.minimal.xml")), &error);
        QVERIFY2(minimal, qPrintable(error));
        QCOMPARE(minimal->format, QStringLiteral("camt.053.001.02"));
        QCOMPARE(minimal->transactions.size(), 1);
        QCOMPARE(minimal->transactions.first().kid, QStringLiteral("4654654654654654"));
        QVERIFY(minimal->transactions.first().amount > Money());

        const auto multi = BankFileReader::read(sample(QStringLiteral("camt053/genkgo-camt053.v2.multi.statement.xml")), &error);
        QVERIFY2(multi, qPrintable(error));
        QCOMPARE(multi->transactions.size(), 2);
        QVERIFY(multi->transactions.at(0).amount > Money());
        QVERIFY(multi->transactions.at(1).amount < Money());

        // A batch entry of three transactions, each with its own amount and references.
        const auto batch = BankFileReader::read(sample(QStringLiteral("camt053/genkgo-camt054.v2.xml")), &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->format, QStringLiteral("camt.054.001.02"));
        QCOMPARE(batch->transactions.size(), 3);

        const auto swiss = BankFileReader::read(sample(QStringLiteral("camt053/oca-test-camt054.xml")), &error);
        QVERIFY2(swiss, qPrintable(error));
        QCOMPARE(swiss->format, QStringLiteral("camt.054.001.04"));
        QCOMPARE(swiss->transactions.size(), 1);
        QCOMPARE(swiss->transactions.first().kid, QStringLiteral("000000000000000000000000003"));
        QVERIFY(!swiss->transactions.first().payerName.isEmpty());
        QVERIFY(!swiss->transactions.first().payerAccount.isEmpty());

        // No XML declaration; a reversal batch of two.
        const auto dutch = BankFileReader::read(sample(QStringLiteral("camt053/oca-test-camt053.xml")), &error);
        QVERIFY2(dutch, qPrintable(error));
        QCOMPARE(dutch->transactions.size(), 4);
        int reversals = 0;
        for (const BankTransaction &transaction : dutch->transactions)
            reversals += transaction.reversal ? 1 : 0;
        QCOMPARE(reversals, 2);

        const auto large = BankFileReader::read(sample(QStringLiteral("camt053/viafintech-053-valid_example_v4.xml")), &error);
        QVERIFY2(large, qPrintable(error));
        QCOMPARE(large->format, QStringLiteral("camt.053.001.04"));
        QVERIFY(large->transactions.size() >= 32);
        int structured = 0;
        for (const BankTransaction &transaction : large->transactions)
            structured += transaction.kid.isEmpty() ? 0 : 1;
        QCOMPARE(structured, 10);
    }

    void aCamtFileWithoutStatementsIsRefused()
    {
        QString error;
        QVERIFY(!BankFileReader::read(sample(QStringLiteral("camt053/genkgo-camt053.v2.wrong.xml")), &error));
        QVERIFY2(error.contains(QStringLiteral("no statement")), qPrintable(error));
        QVERIFY(!BankFileReader::read(sample(QStringLiteral("ehf/peppol-base-example.xml")), &error));
        QVERIFY2(error.contains(QStringLiteral("not an ISO 20022")), qPrintable(error));
        QVERIFY(!CamtReader::read(sample(QStringLiteral("camt053/genkgo-camt053.v2.minimal.xml")).left(900), &error));
        QVERIFY2(error.contains(QStringLiteral("well-formed")), qPrintable(error));
    }

    void paymentsAreMatchedToTheirInvoices()
    {
        auto workspace = demoWorkspaceWith2025Rate();
        QVERIFY(workspace);
        const QSqlDatabase database = workspace->connection();
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, planDuesRun(database, 2025).mid(0, 4), duesIssueDate, false, &ids));
        const Invoice first = *invoices.find(ids.at(0));
        const Invoice second = *invoices.find(ids.at(1));
        const Invoice third = *invoices.find(ids.at(2));
        QString wrongKid = first.kid;
        wrongKid.back() = wrongKid.back() == u'0' ? u'1' : u'0';

        QString error;
        const auto file = BankFileReader::read(ocrGiroFile({{first.amount.ore(), first.kid},
                                                        {second.amount.ore() + 10000, second.kid},      // 100 kr too much
                                                        {third.amount.ore(), QString()},                // no KID
                                                        {first.amount.ore(), wrongKid},                 // a wrong check digit
                                                        {-5000, first.kid}}),                           // money back
                                               &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->transactions.size(), 5);
        // Our fixture's payer names nobody, so the payment without KID is suggested only by its text.
        QList<BankTransaction> transactions = file->transactions;
        transactions[2].text = QStringLiteral("Kontingent ") + third.buyerName;

        const QList<PaymentMatch> matches = PaymentMatcher::match(transactions, invoices.invoicesOfYear(0));
        QCOMPARE(matches.size(), 5);
        QCOMPARE(matches.at(0).status, PaymentMatch::Status::Matched);
        QCOMPARE(matches.at(0).invoiceNumber, first.number);
        QCOMPARE(matches.at(0).outstandingAfter, Money());
        QCOMPARE(matches.at(1).status, PaymentMatch::Status::Overpaid);
        QCOMPARE(matches.at(1).outstandingAfter, Money::fromKroner(-100));
        QCOMPARE(matches.at(2).status, PaymentMatch::Status::Suggested);
        QCOMPARE(matches.at(2).invoiceNumber, third.number);
        // Invoice 1 is paid by the first line: the same amount again finds no open invoice.
        QCOMPARE(matches.at(3).status, PaymentMatch::Status::Unmatched);
        QVERIFY2(matches.at(3).reason.contains(QStringLiteral("check digit")), qPrintable(matches.at(3).reason));
        QCOMPARE(matches.at(4).status, PaymentMatch::Status::NotAPayment);
    }

    void aLargeFileIsBookedInPartsEachPaymentWithItsOwnReference()
    {
        // More payments than one statement writes (40), and some that wait between them.
        TemporaryWorkspace workspace;
        QVERIFY(workspace.isOpen() && workspace.fillWithDemo(200));
        const QSqlDatabase database = workspace.connection();
        RateEntry rate;
        rate.year = 2025;
        rate.deflatorBasisPoints = 420;
        QVERIFY(DuesRepository(database).saveRateEntry(rate));
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, planDuesRun(database, 2025), duesIssueDate, false, &ids));
        QVERIFY2(ids.size() > 80, qPrintable(QString::number(ids.size())));
        QList<QPair<qint64, QString>> payments;
        QHash<QString, qint64> invoiceOfKid;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const Invoice invoice = *invoices.find(ids.at(i));
            invoiceOfKid.insert(invoice.kid, invoice.id);
            payments.append({invoice.amount.ore(), invoice.kid});
            if (i % 9 == 0)
                payments.append({12300 + i, QString()});  // no KID: waits
        }
        const QByteArray contents = ocrGiroFile(payments);
        QString error;
        const std::optional<BankFile> file = BankFileReader::read(contents, &error);
        QVERIFY2(file, qPrintable(error));
        PaymentImportRepository::Result result;
        const Outcome imported =
            PaymentImportRepository(database).import(QStringLiteral("large.ocr"), contents, *file, &result);
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(result.booked, int(ids.size()));
        QVERIFY(result.waiting > 0);

        // Each payment carries the reference of its own line, and that line paid its invoice.
        // The bank's own reference of a line, or (without one) its position in the file.
        QHash<QString, QString> kidOfReference;
        QHash<qint64, QString> kidAtPosition;
        for (const BankTransaction &transaction : file->transactions) {
            kidOfReference.insert(transaction.bankReference, transaction.kid);
            kidAtPosition.insert(transaction.position, transaction.kid);
        }
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT r.bank_reference, p.invoice_id, p.note FROM payments p"
                                          " JOIN payment_bank_references r ON r.payment_id = p.id")));
        int checked = 0;
        while (query.next()) {
            const QString reference = query.value(0).toString();
            const QString kid = kidOfReference.contains(reference)
                                    ? kidOfReference.value(reference)
                                    : kidAtPosition.value(reference.mid(reference.lastIndexOf(u'#') + 1).toLongLong());
            QVERIFY2(!kid.isEmpty(), qPrintable(reference));
            QCOMPARE(query.value(1).toLongLong(), invoiceOfKid.value(kid));
            QVERIFY(query.value(2).toString().endsWith(kid));
            ++checked;
        }
        QCOMPARE(checked, int(ids.size()));
        QCOMPARE(rowCountOf(database, QStringLiteral("bank_transactions_waiting")), qint64(result.waiting));
        QCOMPARE(BookkeepingCheck(database).problems(workspace.workspace().database().schemaVersion()), QStringList());
    }

    void theCommandLineBooksTheMatchedPaymentsOnce()
    {
        auto workspace = demoWorkspaceWith2025Rate();
        QVERIFY(workspace);
        QList<qint64> ids;
        InvoiceRepository invoices(workspace->connection());
        QVERIFY(invoices.issue(2025, planDuesRun(workspace->connection(), 2025).mid(0, 2), duesIssueDate, false, &ids));
        const Invoice first = *invoices.find(ids.at(0));
        const Invoice second = *invoices.find(ids.at(1));
        auto writeFile = [&workspace](const QString &name, const QByteArray &contents) {
            const QString path = workspace->filePath(name);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(contents);
            return path;
        };
        const QString bankFile = writeFile(QStringLiteral("ocr.txt"), ocrGiroFile({{first.amount.ore(), first.kid}, {12300, QString()}}));
        const qint64 payments = rowCountOf(workspace->connection(), QStringLiteral("payments"));
        const QString path = workspace->path();
        workspace->close();
        const QStringList import{QStringLiteral("--database"), path, QStringLiteral("import"), QStringLiteral("payments")};

        const CommandLineResult dry = runCommandLine(import + QStringList{bankFile, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QStringList lines = dry.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("position,booking_date,amount")));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",matched,booked,%1,").arg(first.number)), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral(",unmatched,waiting,")), qPrintable(lines.at(2)));
        QVERIFY2(dry.err.contains(QStringLiteral("Nothing was booked")), qPrintable(dry.err));
        QVERIFY(workspace->reopen());
        QCOMPARE(rowCountOf(workspace->connection(), QStringLiteral("payments")), payments);
        workspace->close();

        const CommandLineResult booked = runCommandLine(import + QStringList{bankFile});
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        QVERIFY(workspace->reopen());
        QCOMPARE(rowCountOf(workspace->connection(), QStringLiteral("payments")), payments + 1);
        QCOMPARE(rowCountOf(workspace->connection(), QStringLiteral("bank_transactions_waiting")), 1);
        QCOMPARE(InvoiceRepository(workspace->connection()).find(first.id)->outstanding(), Money());
        workspace->close();
        const CommandLineResult check = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("check")});
        QVERIFY2(check.out.contains(QStringLiteral("Bookkeeping check: ok")), qPrintable(check.out));

        // The same file again books nothing and says so.
        const CommandLineResult again = runCommandLine(import + QStringList{bankFile});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("imported already")), qPrintable(again.err));
        // Another file with the same transaction and a new one: only the new one is booked.
        const QString overlapping = writeFile(QStringLiteral("ocr2.txt"),
                                              ocrGiroFile({{first.amount.ore(), first.kid}, {12300, QString()},
                                                       {second.amount.ore(), second.kid}}) + "\n");
        const CommandLineResult next = runCommandLine(import + QStringList{overlapping});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        lines = next.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.at(1).contains(QStringLiteral(",already_imported,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral(",already_imported,")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).contains(QStringLiteral(",booked,%1,").arg(second.number)), qPrintable(lines.at(3)));
        QVERIFY(workspace->reopen());
        QCOMPARE(rowCountOf(workspace->connection(), QStringLiteral("payments")), payments + 2);
        QCOMPARE(rowCountOf(workspace->connection(), QStringLiteral("payment_imports")), 2);
        workspace->close();

        const CommandLineResult foreign = runCommandLine(
            import + QStringList{QDir(samples).filePath(QStringLiteral("ocr/netsgiro-avtalegiro_agreements.txt"))});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains(QStringLiteral("AvtaleGiro")), qPrintable(foreign.err));
        const CommandLineResult missing = runCommandLine(import + QStringList{workspace->filePath(QStringLiteral("none.txt"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("cannot be read")), qPrintable(missing.err));
    }

    // What could not be booked by its KID waits; the user books it on an invoice or sets it aside, once.
    void waitingPaymentsAreBookedOrSetAsideOnce()
    {
        auto workspace = demoWorkspaceWith2025Rate();
        QVERIFY(workspace);
        const QSqlDatabase database = workspace->connection();
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, planDuesRun(database, 2025).mid(0, 2), duesIssueDate, false, &ids));
        const Invoice first = *invoices.find(ids.at(0));
        const Invoice second = *invoices.find(ids.at(1));
        const QByteArray contents = ocrGiroFile({{first.amount.ore(), QString()},                     // no KID
                                                 {second.amount.ore() + 50000, second.kid},           // overpaid
                                                 {777, QStringLiteral("12345")}});                    // unknown KID
        QString error;
        const auto file = BankFileReader::read(contents, &error);
        QVERIFY2(file, qPrintable(error));
        QList<BankTransaction> transactions = file->transactions;
        PaymentImportRepository imports(database);
        PaymentImportRepository::Result result;
        QVERIFY(imports.import(QStringLiteral("ocr.txt"), contents, *file, &result));
        QCOMPARE(result.booked, 0);
        QCOMPARE(result.waiting, 3);
        QList<PaymentImportRepository::Waiting> waiting = imports.waiting();
        QCOMPARE(waiting.size(), 3);
        QCOMPARE(waiting.at(1).status, PaymentMatch::Status::Overpaid);
        QCOMPARE(waiting.at(1).suggestedInvoiceNumber, second.number);

        const qint64 payments = rowCountOf(database, QStringLiteral("payments"));
        const Outcome refused = imports.bookWaiting(waiting.at(0).id, 99999);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("99999")), qPrintable(refused.message()));
        QVERIFY(imports.bookWaiting(waiting.at(0).id, first.number));
        QCOMPARE(rowCountOf(database, QStringLiteral("payments")), payments + 1);
        QCOMPARE(InvoiceRepository(database).find(first.id)->outstanding(), Money());
        QVERIFY(!imports.bookWaiting(waiting.at(0).id, first.number));  // only once
        QCOMPARE(rowCountOf(database, QStringLiteral("payments")), payments + 1);
        // The user books the overpayment knowingly: the invoice shows it as paid beyond its amount.
        QVERIFY(imports.bookWaiting(waiting.at(1).id, second.number));
        QCOMPARE(InvoiceRepository(database).find(second.id)->outstanding(), Money::fromKroner(-500));
        QVERIFY(imports.setAside(waiting.at(2).id));
        QVERIFY(!imports.setAside(waiting.at(2).id));
        QVERIFY(imports.waiting().isEmpty());
        const QStringList problems = BookkeepingCheck(database).problems(workspace->workspace().database().schemaVersion());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The same transactions in another file are not met again.
        const QByteArray again = contents + "\n";
        const auto second_file = BankFileReader::read(again, &error);
        QVERIFY(imports.import(QStringLiteral("ocr-2.txt"), again, *second_file, &result));
        QCOMPARE(result.alreadyImported, 3);
        QCOMPARE(result.booked + result.waiting, 0);
    }

    // A failure half-way leaves nothing: no payment, no log, no queue.
    void aFailedImportBooksNothing()
    {
        auto workspace = demoWorkspaceWith2025Rate();
        QVERIFY(workspace);
        const QSqlDatabase database = workspace->connection();
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, planDuesRun(database, 2025).mid(0, 3), duesIssueDate, false, &ids));
        QList<QPair<qint64, QString>> payments;
        for (qint64 id : std::as_const(ids))
            payments.append({invoices.find(id)->amount.ore(), invoices.find(id)->kid});
        const QByteArray contents = ocrGiroFile(payments);
        QString error;
        const auto file = BankFileReader::read(contents, &error);
        QVERIFY2(file, qPrintable(error));
        const qint64 before = rowCountOf(database, QStringLiteral("payments"));
        {
            // Another program (here a trigger) refuses the second payment's bank reference.
            QSqlQuery inject(database);
            if (workspace->isServer()) {
                QVERIFY(inject.exec(QStringLiteral(
                    "CREATE FUNCTION injected() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    " IF (SELECT count(*) FROM payment_bank_references) >= 1 THEN RAISE EXCEPTION 'injected failure';"
                    " END IF; RETURN NEW; END; $$")));
                QVERIFY(inject.exec(QStringLiteral("CREATE TRIGGER injected BEFORE INSERT ON payment_bank_references"
                                                   " FOR EACH ROW EXECUTE FUNCTION injected()")));
            } else {
                QVERIFY(inject.exec(QStringLiteral(
                    "CREATE TEMP TRIGGER injected BEFORE INSERT ON payment_bank_references"
                    " WHEN (SELECT count(*) FROM payment_bank_references) >= 1"
                    " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
            }
        }
        PaymentImportRepository imports(database);
        const Outcome imported = imports.import(QStringLiteral("ocr.txt"), contents, *file, nullptr);
        QVERIFY(!imported);
        QVERIFY2(imported.message().contains(QStringLiteral("Nothing was booked")), qPrintable(imported.message()));
        QCOMPARE(rowCountOf(database, QStringLiteral("payments")), before);
        QCOMPARE(rowCountOf(database, QStringLiteral("payment_imports")), 0);
        QCOMPARE(rowCountOf(database, QStringLiteral("payment_bank_references")), 0);
        QVERIFY(QSqlQuery(database).exec(workspace->isServer()
                                             ? QStringLiteral("DROP TRIGGER injected ON payment_bank_references")
                                             : QStringLiteral("DROP TRIGGER temp.injected")));
        PaymentImportRepository::Result result;
        QVERIFY(imports.import(QStringLiteral("ocr.txt"), contents, *file, &result));
        QCOMPARE(result.booked, 3);
        QCOMPARE(rowCountOf(database, QStringLiteral("payments")), before + 3);
    }

    // `check` holds the log of each bank file against what it booked.
    void checkFindsAnImportChangedOutside()
    {
        auto workspace = demoWorkspaceWith2025Rate();
        QVERIFY(workspace);
        const QSqlDatabase database = workspace->connection();
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, planDuesRun(database, 2025).mid(0, 2), duesIssueDate, false, &ids));
        const QByteArray contents = ocrGiroFile({{invoices.find(ids.at(0))->amount.ore(), invoices.find(ids.at(0))->kid},
                                                 {invoices.find(ids.at(1))->amount.ore(), invoices.find(ids.at(1))->kid}});
        QString error;
        const auto file = BankFileReader::read(contents, &error);
        QVERIFY(imports(database).import(QStringLiteral("innbetalinger.ocr"), contents, *file, nullptr));
        const int schema = workspace->workspace().database().schemaVersion();
        QCOMPARE(BookkeepingCheck(database).problems(schema), QStringList());

        QSqlQuery tamper(database);
        QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER payment_bank_references_are_never_deleted%1")
                                .arg(workspace->isServer() ? QStringLiteral(" ON payment_bank_references") : QString())));
        QVERIFY(tamper.exec(QStringLiteral("DELETE FROM payment_bank_references WHERE payment_id = (SELECT min(payment_id)"
                                           " FROM payment_bank_references)")));
        const QString problems = BookkeepingCheck(database).problems(schema).join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("payment_bank_references_are_never_deleted")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("“innbetalinger.ocr” booked 2 payments")), qPrintable(problems));
    }

private:
    static PaymentImportRepository imports(const QSqlDatabase &database) { return PaymentImportRepository(database); }
};

QTEST_GUILESS_MAIN(TestBankFiles)
#include "tst_bankfiles.moc"
