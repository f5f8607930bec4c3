// Invoices and credit notes as EHF Billing 3.0 (Peppol BIS Billing 3.0), checked
// by the official EN 16931 and Peppol rules (../shared/validators/peppol-bis3,
// Saxon-HE) and read back: amounts, references and the PDF inside agree with
// the document issued. The command line writes them, and refuses a dues run
// whose EHF would be invalid before anything is issued.
#include "documents/ehfdocument.h"
#include "documents/invoicebatchwriter.h"
#include "documents/invoicecontentbuilder.h"
#include "dues/invoiceterms.h"
#include "duesfixture.h"
#include "settings/networksettingsrepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

const QString validator = QStringLiteral(SEKRETARIAT_SHARED_DIR "/validators/peppol-bis3/validate.sh");

struct Validation
{
    int exitCode = -1;
    QString report;  // one failed assert per line: "fatal BR-CO-16: ..." or "warning ..."
};

Validation validate(const QString &path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), {validator, path});
    if (!process.waitForFinished(180000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

// The texts of a UBL document by the path of local names below the root,
// "AccountingCustomerParty/Party/EndpointID"; attributes as "…/EndpointID@schemeID".
QMultiHash<QString, QString> ublValues(const QByteArray &xml)
{
    QMultiHash<QString, QString> values;
    QXmlStreamReader reader(xml);
    QStringList path;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (!path.isEmpty() || reader.name() == u"Invoice" || reader.name() == u"CreditNote")
                path.append(reader.name().toString());
            text.clear();
            const QString here = path.mid(1).join(u'/');
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                values.insert(here + u'@' + attribute.name().toString(), attribute.value().toString());
        } else if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isEndElement()) {
            values.insert(path.mid(1).join(u'/'), text.trimmed());
            text.clear();
            path.removeLast();
        }
    }
    if (reader.hasError())
        values.insert(QStringLiteral("error"), reader.errorString());
    return values;
}

QString pdfNumber(const QByteArray &pdf, const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("embedded.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    return pdfText(path);
}

} // namespace

class TestEhf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(validator),
                 qPrintable(QStringLiteral("The Peppol validator is missing at %1; set SEKRETARIAT_SHARED_DIR")
                                .arg(validator)));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("java")).isEmpty()
                     && QFile::exists(QStringLiteral("/usr/share/java/Saxon-HE.jar")),
                 "Java or Saxon-HE is missing: tools/install-dependencies.sh installs them");
    }

    void init()
    {
        m_workspace = demoWorkspaceWith2025Rate();
        QVERIFY(m_workspace);
        m_output.reset(new QTemporaryDir);
    }

    void addressesAreSplitAtTheirPostcode()
    {
        const PostalAddress split = PostalAddress::fromText(QStringLiteral("Fakturamottak\nPostboks 8001\n4068 Stavanger"));
        QCOMPARE(split.lines, QStringLiteral("Fakturamottak\nPostboks 8001"));
        QCOMPARE(split.postalCode, QStringLiteral("4068"));
        QCOMPARE(split.city, QStringLiteral("Stavanger"));
        QVERIFY(split.isComplete());
        QCOMPARE(split.text(), QStringLiteral("Fakturamottak\nPostboks 8001\n4068 Stavanger"));
        // No "NNNN Town" at the end: all stays in the lines, for the user to complete.
        const PostalAddress whole = PostalAddress::fromText(QStringLiteral("Rådhuset\nStavanger"));
        QCOMPARE(whole.lines, QStringLiteral("Rådhuset\nStavanger"));
        QVERIFY(whole.postalCode.isEmpty());
        QVERIFY(!whole.isComplete());
        QVERIFY(whole.missing().contains(QStringLiteral("the postcode")));
        QVERIFY(!PostalAddress::fromText(QStringLiteral("Postboks 1\n123 Oslo")).isComplete());
    }

    void everyKindOfDocumentIsValidEhf_data()
    {
        QTest::addColumn<QString>("kind");       // rate, floor, cap, county, pro rata; partial, full credit
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("vatRegistered");
        QTest::newRow("rate, bokmål, outside VAT") << QStringLiteral("rate") << QStringLiteral("nb") << false;
        QTest::newRow("floor, nynorsk") << QStringLiteral("floor") << QStringLiteral("nn") << false;
        QTest::newRow("cap, English") << QStringLiteral("cap") << QStringLiteral("en") << false;
        QTest::newRow("county, VAT registered") << QStringLiteral("county") << QStringLiteral("nb") << true;
        QTest::newRow("pro rata, English, VAT registered") << QStringLiteral("pro rata") << QStringLiteral("en") << true;
        QTest::newRow("partial credit note") << QStringLiteral("partial credit") << QStringLiteral("nb") << false;
        QTest::newRow("full credit note, English, VAT registered")
            << QStringLiteral("full credit") << QStringLiteral("en") << true;
    }

    void everyKindOfDocumentIsValidEhf()
    {
        QFETCH(QString, kind);
        QFETCH(QString, language);
        QFETCH(bool, vatRegistered);
        const QSqlDatabase database = m_workspace->connection();
        DuesRepository dues(database);
        DuesSettings settings = dues.loadSettings();
        settings.vatRegistered = vatRegistered;
        QVERIFY(dues.saveSettings(settings));
        NetworkSettingsRepository network(database);
        NetworkSettings seller = network.load();
        seller.inBusinessRegister = vatRegistered;
        QVERIFY(network.save(seller));

        DuesRunLine line = planDuesRun(database, 2025).value(0);
        line.included = true;
        line.member.documentLanguage = language;
        const YearRate rate = *dues.rateTable().rateFor(2025);
        DuesRule expected = DuesRule::Rate;
        qint64 population = 12345;
        int months = 12;
        if (kind == u"floor") {
            population = 40;
            expected = DuesRule::Floor;
        } else if (kind == u"cap") {
            population = 5'000'000;
            expected = DuesRule::Cap;
        } else if (kind == u"county") {
            line.member.kind = MemberKind::County;
            line.member.number = QStringLiteral("46");
            line.member.name = QStringLiteral("Vestland");
            population = 650000;
            expected = DuesRule::County;
        } else if (kind == u"pro rata") {
            months = 7;
        }
        line.calculation = DuesCalculator::calculate(line.member.kind, population, QDate(2024, 1, 1), rate, months);
        QCOMPARE(line.calculation.rule, expected);
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY2(invoices.issue(2025, {line}, duesIssueDate, false, &ids), qPrintable(invoices.lastError()));
        qint64 id = ids.first();
        const Invoice invoice = *invoices.find(id);
        if (kind.endsWith(u"credit")) {
            const Money credit = kind == u"full credit" ? invoice.amount : Money::fromKroner(1000);
            const Outcome credited = invoices.issueCreditNote(id, credit, QDate(2025, 3, 1), QStringLiteral("Feil innbyggertall"));
            QVERIFY2(credited, qPrintable(credited.message()));
            id = credited.id();
        }
        const Invoice document = *invoices.find(id);

        QString error;
        const auto documents = m_workspace->workspace().documents({id}, DocumentKind::Invoice, &error);
        QVERIFY2(documents, qPrintable(error));
        const InvoiceContent content = InvoiceContentBuilder::build(documents->first());
        QVERIFY2(EhfDocument::problems(content).isEmpty(), qPrintable(EhfDocument::problems(content).join(u'\n')));
        QByteArray pdf;
        QVERIFY(InvoiceDocument(content).renderPdf(&pdf, &error));
        const QByteArray xml = EhfDocument::xml(content, pdf, content.fileBaseName + QStringLiteral(".pdf"));
        const QString path = m_output->filePath(content.fileBaseName + QStringLiteral(".xml"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(xml);
        }

        const Validation validation = validate(path);
        if (!validation.report.trimmed().isEmpty())
            qInfo().noquote() << kind << language << "validator:" << validation.report.trimmed();
        QVERIFY2(validation.exitCode == 0, qPrintable(validation.report));

        // What the receiver's system books is what was issued.
        const QMultiHash<QString, QString> values = ublValues(xml);
        QVERIFY2(!values.contains(QStringLiteral("error")), qPrintable(values.value(QStringLiteral("error"))));
        const bool creditNote = document.kind == InvoiceKind::CreditNote;
        const Money magnitude = creditNote ? -document.amount : document.amount;
        QCOMPARE(values.value(QStringLiteral("ID")), QString::number(document.number));
        QCOMPARE(values.value(QStringLiteral("LegalMonetaryTotal/PayableAmount")), InvoiceTerms::exportAmount(magnitude));
        QCOMPARE(values.value(QStringLiteral("BuyerReference")), line.member.buyerReference);
        QCOMPARE(values.value(QStringLiteral("AccountingCustomerParty/Party/EndpointID")),
                 line.member.organisationNumber);
        QCOMPARE(values.value(QStringLiteral("AccountingCustomerParty/Party/EndpointID@schemeID")), QStringLiteral("0192"));
        QCOMPARE(values.value(QStringLiteral("AccountingCustomerParty/Party/PostalAddress/PostalZone")),
                 line.member.invoicePostalCode);
        QCOMPARE(values.value(QStringLiteral("TaxTotal/TaxSubtotal/TaxCategory/ID")),
                 vatRegistered ? QStringLiteral("E") : QStringLiteral("O"));
        QCOMPARE(values.contains(QStringLiteral("AccountingSupplierParty/Party/PartyTaxScheme/CompanyID")), vatRegistered);
        if (vatRegistered) {
            const QStringList schemes = values.values(QStringLiteral("AccountingSupplierParty/Party/PartyTaxScheme/CompanyID"));
            QVERIFY(schemes.contains(QStringLiteral("NO%1MVA").arg(seller.organisationNumber)));
            QVERIFY(schemes.contains(QStringLiteral("Foretaksregisteret")));
        }
        if (creditNote) {
            QCOMPARE(values.value(QStringLiteral("CreditNoteTypeCode")), QStringLiteral("381"));
            QCOMPARE(values.value(QStringLiteral("BillingReference/InvoiceDocumentReference/ID")),
                     QString::number(invoice.number));
            QVERIFY(!values.contains(QStringLiteral("PaymentMeans/PaymentID")));
        } else {
            QCOMPARE(values.value(QStringLiteral("InvoiceTypeCode")), QStringLiteral("380"));
            QCOMPARE(values.value(QStringLiteral("PaymentMeans/PaymentID")), document.kid);
            QCOMPARE(values.value(QStringLiteral("DueDate")), document.dueDate.toString(Qt::ISODate));
            QCOMPARE(values.value(QStringLiteral("InvoiceLine/InvoicedQuantity")), QString::number(population));
            QCOMPARE(values.value(QStringLiteral("PaymentMeans/PayeeFinancialAccount/ID")), seller.bankAccount);
        }
        // The PDF inside is the same document.
        const QByteArray embedded = QByteArray::fromBase64(
            values.value(QStringLiteral("AdditionalDocumentReference/Attachment/EmbeddedDocumentBinaryObject")).toLatin1());
        QVERIFY(embedded.startsWith("%PDF"));
        const QString text = pdfNumber(embedded, m_output->path());
        QVERIFY2(text.contains(QString::number(document.number)), qPrintable(text));
        keepForLooking(path, kind);
    }

    void theValidatorCatchesAMissingBuyerReference()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, {duesLineOf44600(database)}, duesIssueDate, false, &ids));
        QString error;
        const auto documents = m_workspace->workspace().documents(ids, DocumentKind::Invoice, &error);
        QVERIFY2(documents, qPrintable(error));
        const InvoiceContent content = InvoiceContentBuilder::build(documents->first());
        QByteArray xml = EhfDocument::xml(content, QByteArray("%PDF-1.4"), QStringLiteral("x.pdf"));
        const QByteArray reference = "<cbc:BuyerReference>" + content.invoice.buyerReference.toUtf8() + "</cbc:BuyerReference>";
        QVERIFY(xml.contains(reference));
        xml.replace(reference, QByteArray());
        const QString path = m_output->filePath(QStringLiteral("broken.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xml);
        file.close();
        const Validation validation = validate(path);
        QCOMPARE(validation.exitCode, 1);
        QVERIFY2(validation.report.contains(QStringLiteral("PEPPOL-EN16931-R003")), qPrintable(validation.report));
    }

    // Only the members that receive EHF get a file; each names what it lacks.
    void theBatchWritesEhfForItsReceivers()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<DuesRunLine> lines = planDuesRun(database, 2025);
        QVERIFY(lines.size() >= 3);
        lines = lines.mid(0, 3);
        lines[1].member.receivesEhf = false;
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, lines, duesIssueDate, false, &ids));
        QString error;
        const auto documents = m_workspace->workspace().documents(ids, DocumentKind::Invoice, &error);
        QVERIFY2(documents, qPrintable(error));
        const QString ehf = m_output->filePath(QStringLiteral("outbox"));
        InvoiceBatchWriter writer(*documents, m_output->filePath(QStringLiteral("pdf")));
        writer.setEhf(InvoiceBatchWriter::Ehf::Receivers, ehf);
        QVERIFY(writer.ehfProblems().isEmpty());
        QVERIFY(writer.run());
        QCOMPARE(QDir(ehf).entryList({QStringLiteral("*.xml")}).size(), 2);
        QCOMPARE(QDir(m_output->filePath(QStringLiteral("pdf"))).entryList({QStringLiteral("*.pdf")}).size(), 3);
        QVERIFY(!QFile::exists(QDir(ehf).filePath(InvoiceContentBuilder::build(documents->at(1)).fileBaseName
                                                   + QStringLiteral(".xml"))));
    }

    void theCommandLineWritesEhf()
    {
        // The demo's members without an organisation number get paper invoices.
        const QString path = m_workspace->path();
        m_workspace->close();
        const QString outbox = m_output->filePath(QStringLiteral("outbox"));
        const CommandLineResult run = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"),
                                                      QStringLiteral("--year"), QStringLiteral("2025"),
                                                      QStringLiteral("--issue"), QStringLiteral("--issue-date"),
                                                      QDate::currentDate().toString(Qt::ISODate),
                                                      QStringLiteral("--ehf"), outbox});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList numbers = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!numbers.isEmpty());
        QVERIFY(m_workspace->reopen());
        const qint64 electronic = countBySql(m_workspace->connection(),
                                             QStringLiteral("SELECT COUNT(*) FROM invoices WHERE buyer_organisation_number <> ''"));
        m_workspace->close();
        QVERIFY(electronic > 0 && electronic < numbers.size());
        QCOMPARE(QDir(outbox).entryList({QStringLiteral("*.xml")}).size(), electronic);
        QVERIFY2(run.err.contains(QStringLiteral("The EHF files are in")), qPrintable(run.err));

        const CommandLineResult one = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("export"),
                                                      QStringLiteral("invoice"), numbers.first(),
                                                      QStringLiteral("--format"), QStringLiteral("ehf")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        const QMultiHash<QString, QString> values = ublValues(one.out.toUtf8());
        QCOMPARE(values.value(QStringLiteral("ID")), numbers.first());
        QCOMPARE(values.value(QStringLiteral("CustomizationID")),
                 QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"));

        const CommandLineResult unknown = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("export"),
                                                          QStringLiteral("invoice"), QStringLiteral("99999"),
                                                          QStringLiteral("--format"), QStringLiteral("ehf")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("99999")), qPrintable(unknown.err));
    }

    // A member without a buyer reference stops the whole run: nothing is issued half.
    void aDuesRunWithAnInvalidEhfIssuesNothing()
    {
        Member member = planDuesRun(m_workspace->connection(), 2025).value(0).member;
        member.buyerReference.clear();
        member.invoiceCity.clear();
        QVERIFY(MemberRepository(m_workspace->connection()).update(member));
        const qint64 before = rowCountOf(m_workspace->connection(), QStringLiteral("invoices"));
        const QString path = m_workspace->path();
        m_workspace->close();
        const CommandLineResult run = runCommandLine({QStringLiteral("--database"), path, QStringLiteral("dues-run"),
                                                      QStringLiteral("--year"), QStringLiteral("2025"),
                                                      QStringLiteral("--issue"), QStringLiteral("--ehf"),
                                                      m_output->filePath(QStringLiteral("outbox"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(member.name) && run.err.contains(QStringLiteral("buyer reference"))
                     && run.err.contains(QStringLiteral("the town")) && run.err.contains(QStringLiteral("nothing was issued")),
                 qPrintable(run.err));
        QVERIFY(m_workspace->reopen());
        QCOMPARE(rowCountOf(m_workspace->connection(), QStringLiteral("invoices")), before);
        QVERIFY(QDir(m_output->filePath(QStringLiteral("outbox"))).entryList({QStringLiteral("*.xml")}).isEmpty());
    }

private:
    static void keepForLooking(const QString &path, const QString &name)
    {
        const QString folder = qEnvironmentVariable("SEKRETARIAT_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        const QString target = QDir(folder).filePath(QStringLiteral("ehf-%1.xml").arg(QString(name).replace(u' ', u'-')));
        QFile::remove(target);
        QFile::copy(path, target);
    }

    std::unique_ptr<TemporaryWorkspace> m_workspace;
    std::unique_ptr<QTemporaryDir> m_output;
};

QTEST_MAIN(TestEhf)
#include "tst_ehf.moc"
