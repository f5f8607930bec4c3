// Invoices, credit notes and reminders as PDF, read back with pdftotext: the
// number, KID, amount and due date are on the page, in the member's language;
// the batch writes one file per document and one combined file.
#include "documents/a4pdfwriter.h"
#include "documents/documentlanguage.h"
#include "documents/invoicebatchwriter.h"
#include "settings/networksettingsrepository.h"
#include "members/memberrepository.h"
#include "documents/statementdocument.h"
#include "dues/duesrepository.h"
#include "duesfixture.h"

#include <QDir>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

QString plain(QString text)
{
    text.replace(u'\u00a0', u' ');
    text.replace(u'\u202f', u' ');
    text.replace(u'\u2212', u'-');
    return text;
}

// Keeps a copy to look at when SEKRETARIAT_SCREENSHOTS names a folder.
void keepForLooking(const QString &path, const QString &name)
{
    const QString folder = qEnvironmentVariable("SEKRETARIAT_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(name);
    QFile::remove(target);
    QFile::copy(path, target);
}

int pageCount(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(60000))
        return -1;
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &line : info.split(u'\n')) {
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

} // namespace

class TestInvoiceDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: install poppler-utils (tools/install-dependencies.sh does)");
    }

    void init()
    {
        m_workspace = demoWorkspaceWith2025Rate();
        QVERIFY(m_workspace);
        m_output.reset(new QTemporaryDir);
    }

    void invoiceReadsInTheMembersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("bokmål") << QStringLiteral("nb")
                                << QStringList{QStringLiteral("FAKTURA"), QStringLiteral("Kontingent 2025:"),
                                               QStringLiteral("innbyggere"), QStringLiteral("Deres ref."),
                                               QStringLiteral("Forfallsdato"), QStringLiteral("Å betale"),
                                               QStringLiteral("ikke registrert i Merverdiavgiftsregisteret"),
                                               QStringLiteral("Vår ref."), QStringLiteral("Ingrid Solberg")};
        QTest::newRow("nynorsk") << QStringLiteral("nn")
                                 << QStringList{QStringLiteral("FAKTURA"), QStringLiteral("Kontingent 2025:"),
                                                QStringLiteral("innbyggjarar"), QStringLiteral("Dykkar ref."),
                                                QStringLiteral("Forfallsdato"), QStringLiteral("Å betale"),
                                                QStringLiteral("ikkje registrert i Meirverdiavgiftsregisteret"),
                                                QStringLiteral("Vår ref."), QStringLiteral("Ingrid Solberg")};
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringList{QStringLiteral("INVOICE"), QStringLiteral("Membership dues 2025:"),
                                                QStringLiteral("inhabitants"), QStringLiteral("Your reference"),
                                                QStringLiteral("Due date"), QStringLiteral("Amount due"),
                                                QStringLiteral("not registered for value added tax"),
                                                QStringLiteral("Our reference"), QStringLiteral("Ingrid Solberg"),
                                                // Payable from abroad: IBAN, BIC and what KID is.
                                                QStringLiteral("IBAN"), QStringLiteral("NO93 8601 1117 947"),
                                                QStringLiteral("BIC"), QStringLiteral("DNBANOKK"),
                                                QStringLiteral("Norwegian payment reference")};
    }

    void invoiceReadsInTheMembersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, phrases);
        const QSqlDatabase database = m_workspace->connection();
        DuesRunLine line = duesLineOf44600(database);
        line.member.documentLanguage = language;
        line.member.buyerReference = QStringLiteral("Ref-4711");
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, {line}, duesIssueDate, false, &ids));
        const Invoice invoice = *InvoiceRepository(database).find(ids.first());

        QString error;
        const auto documents = m_workspace->workspace().documents(ids, DocumentKind::Invoice, &error);
        QVERIFY2(documents, qPrintable(error));
        const InvoiceDocument document(documents->first());
        const QString path = m_output->filePath(document.fileName());
        QVERIFY2(document.writePdf(path, &error), qPrintable(error));
        keepForLooking(path, QStringLiteral("invoice-%1.pdf").arg(language));
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());

        const DocumentLanguage words(language);
        QVERIFY(text.contains(invoice.kid));
        QCOMPARE(invoice.kid.size(), 12);
        QVERIFY(text.contains(QString::number(invoice.number)));
        const QString amount = plain(words.money(Money::fromKroner(44600)));
        QVERIFY2(text.contains(amount), qPrintable(amount + QStringLiteral(" not in\n") + text));
        QVERIFY(text.contains(plain(words.date(invoice.dueDate))));
        QVERIFY(text.contains(QStringLiteral("20 000")) || text.contains(QStringLiteral("20,000")));
        QVERIFY(text.contains(QStringLiteral("Ref-4711")));
        QVERIFY(text.contains(QStringLiteral("998 447 356")));   // the network's organisation number
        QVERIFY(text.contains(QStringLiteral("8601 11 17947")));  // its account
        const QString flowing = plain(text).simplified();
        for (const QString &phrase : std::as_const(phrases))
            QVERIFY2(flowing.contains(phrase), qPrintable(phrase + QStringLiteral(" not in\n") + text));
        // Only the English document carries the IBAN: a Norwegian payer uses the account.
        QCOMPARE(text.contains(QStringLiteral("IBAN")), language == u"en");
        QCOMPARE(pageCount(path), 1);
    }

    void creditNoteAndReminder()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, {duesLineOf44600(database)}, duesIssueDate, false, &ids));
        const qint64 invoiceId = ids.first();
        QVERIFY(invoices.issueCreditNote(invoiceId, Money::fromKroner(4600), QDate(2025, 2, 10),
                                         QStringLiteral("Wrong population")));
        QVERIFY(invoices.registerPayment(invoiceId, QDate(2025, 3, 1), Money::fromKroner(10000), {}));
        QVERIFY(invoices.recordReminder(invoiceId, QDate(2025, 4, 1)));
        const qint64 creditNoteId = invoices.creditNotesOf(invoiceId).first().id;

        QString error;
        const auto credit = m_workspace->workspace().documents({creditNoteId}, DocumentKind::Invoice, &error);
        QVERIFY2(credit, qPrintable(error));
        QCOMPARE(credit->first().kind, DocumentKind::CreditNote);
        const InvoiceDocument creditDocument(credit->first());
        QVERIFY2(creditDocument.fileName().startsWith(QStringLiteral("00002-")), qPrintable(creditDocument.fileName()));
        QVERIFY(creditDocument.fileName().endsWith(QStringLiteral("-kreditnota.pdf")));
        const QString creditPath = m_output->filePath(creditDocument.fileName());
        QVERIFY(creditDocument.writePdf(creditPath, &error));
        keepForLooking(creditPath, QStringLiteral("credit-note-nb.pdf"));
        const QString creditText = pdfText(creditPath);
        QVERIFY(creditText.contains(QStringLiteral("KREDITNOTA")));
        QVERIFY(creditText.contains(QStringLiteral("Krediterer faktura")));
        QVERIFY(creditText.contains(QStringLiteral("Wrong population")));
        QVERIFY2(creditText.contains(QStringLiteral("kr -4 600,00")), qPrintable(creditText));
        QVERIFY(!creditText.contains(QStringLiteral("Betalingsinformasjon")));

        const auto reminder = m_workspace->workspace().documents({invoiceId}, DocumentKind::Reminder, &error);
        QVERIFY2(reminder, qPrintable(error));
        const InvoiceDocument reminderDocument(reminder->first());
        const QString reminderPath = m_output->filePath(reminderDocument.fileName());
        QVERIFY(reminderDocument.writePdf(reminderPath, &error));
        keepForLooking(reminderPath, QStringLiteral("reminder-nb.pdf"));
        const QString reminderText = pdfText(reminderPath);
        QVERIFY(reminderText.contains(QStringLiteral("PURRING")));
        QVERIFY(reminderText.contains(QStringLiteral("01.04.2025")));  // the reminder's date
        QVERIFY(reminderText.contains(QStringLiteral("15.04.2025")));  // and its new due date, 14 days on
        // 44 600 - 4 600 credited - 10 000 paid.
        QVERIFY2(reminderText.contains(QStringLiteral("kr 30 000,00")), qPrintable(reminderText));
        // Which reminder, what it refers to, and what was paid and credited: part
        // was paid, so it does not say that nothing came.
        QVERIFY2(reminderText.contains(QStringLiteral("Purring nr.")), qPrintable(reminderText));
        QVERIFY(reminderText.contains(QStringLiteral("Faktura 1 datert 03.02.2025")));
        QVERIFY(reminderText.contains(QStringLiteral("Kreditert med kreditnota 2")));
        QVERIFY(reminderText.contains(QStringLiteral("Betalt hittil")));
        QVERIFY2(reminderText.contains(QStringLiteral("Vi har mottatt kr 10 000,00 av faktura 1")), qPrintable(reminderText));
        QVERIFY(!reminderText.contains(QStringLiteral("ikke se å ha mottatt")));

        // A second reminder says it is the second, and keeps what the first said.
        QVERIFY(invoices.registerPayment(invoiceId, QDate(2025, 4, 20), Money::fromKroner(5000), {}));
        QVERIFY(invoices.recordReminder(invoiceId, QDate(2025, 5, 2)));
        const auto second = m_workspace->workspace().documents({invoiceId}, DocumentKind::Reminder, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->first().invoice.reminderCount, 2);
        QCOMPARE(second->first().invoice.paid, Money::fromKroner(15000));
        const InvoiceDocument secondDocument(second->first());
        const QString secondPath = m_output->filePath(QStringLiteral("second-") + secondDocument.fileName());
        QVERIFY(secondDocument.writePdf(secondPath, &error));
        const QString secondText = pdfText(secondPath);
        QVERIFY2(secondText.contains(QStringLiteral("kr 25 000,00")), qPrintable(secondText));
        // Each reminder its own file, so the second does not overwrite the first.
        QVERIFY2(reminderDocument.fileName().endsWith(QStringLiteral("-purring-1.pdf")), qPrintable(reminderDocument.fileName()));
        QVERIFY2(secondDocument.fileName().endsWith(QStringLiteral("-purring-2.pdf")), qPrintable(secondDocument.fileName()));
        QVERIFY(reminderText.contains(reminder->first().invoice.kid));
    }

    // Each dunning step its letter: the 2nd says it is the second and adds the
    // fee, the hand-over says so in the secretariat's own words; the fees are owed.
    void dunningLettersSayTheirStepAndFee()
    {
        const QSqlDatabase database = m_workspace->connection();
        DuesRepository dues(database);
        DuesSettings settings = dues.loadSettings();
        settings.reminderFee = Money::fromKroner(70);
        settings.handOverText = QStringLiteral("Faktura {invoice} er nå sendt til styret. Betal {amount} innen {due}.");
        QVERIFY(dues.saveSettings(settings));
        InvoiceRepository invoices(database);
        QList<qint64> ids;
        QVERIFY(invoices.issue(2025, {duesLineOf44600(database)}, duesIssueDate, false, &ids));
        const qint64 invoiceId = ids.first();
        QVERIFY(invoices.recordReminder(invoiceId, QDate(2025, 3, 20)));  // 15 days past due: with fee
        QVERIFY(invoices.recordReminder(invoiceId, QDate(2025, 4, 4)));
        QVERIFY(invoices.recordReminder(invoiceId, QDate(2025, 4, 19)));
        const Invoice invoice = *invoices.find(invoiceId);
        QCOMPARE(invoice.fees, Money::fromKroner(140));

        QString error;
        // The latest reminder is the hand-over: no fee of its own, the two before it owed.
        const auto handOver = m_workspace->workspace().documents({invoiceId}, DocumentKind::Reminder, &error);
        QVERIFY2(handOver, qPrintable(error));
        QCOMPARE(handOver->first().reminderStep, 3);
        const InvoiceDocument document(handOver->first());
        const QString path = m_output->filePath(document.fileName());
        QVERIFY(document.writePdf(path, &error));
        keepForLooking(path, QStringLiteral("hand-over-nb.pdf"));
        const QString text = pdfText(path);
        // The title wraps between its words, none cut.
        QVERIFY2(text.contains(QStringLiteral("MELDING OM")) && text.contains(QStringLiteral("OVERSENDELSE")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Faktura 1 er nå sendt til styret. Betal kr 44 740,00 innen 03.05.2025.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Purregebyr tidligere purringer")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("kr 140,00")));
        QVERIFY(!text.contains(QStringLiteral("Purregebyr\n")));
        QVERIFY(text.contains(QStringLiteral("kr 44 740,00")));
        QVERIFY2(document.fileName().endsWith(QStringLiteral("-purring-3.pdf")), qPrintable(document.fileName()));
    }

    void secondReminderSaysSoAndCarriesItsFee()
    {
        const QSqlDatabase database = m_workspace->connection();
        DuesRepository dues(database);
        DuesSettings settings = dues.loadSettings();
        settings.reminderFee = Money::fromKroner(70);
        QVERIFY(dues.saveSettings(settings));
        InvoiceRepository invoices(database);
        QList<qint64> ids;
        QVERIFY(invoices.issue(2025, {duesLineOf44600(database)}, duesIssueDate, false, &ids));
        const qint64 invoiceId = ids.first();
        QVERIFY(invoices.recordReminder(invoiceId, QDate(2025, 3, 10)));  // 5 days past due: no fee yet
        QVERIFY(invoices.recordReminder(invoiceId, QDate(2025, 3, 25)));
        QString error;
        const auto second = m_workspace->workspace().documents({invoiceId}, DocumentKind::Reminder, &error);
        QVERIFY2(second, qPrintable(error));
        const InvoiceDocument document(second->first());
        const QString path = m_output->filePath(document.fileName());
        QVERIFY(document.writePdf(path, &error));
        keepForLooking(path, QStringLiteral("second-reminder-nb.pdf"));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("2. PURRING")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Dette er andre purring")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Purregebyr")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("tidligere purringer")));
        QVERIFY(text.contains(QStringLiteral("kr 70,00")));
        QVERIFY(text.contains(QStringLiteral("kr 44 670,00")));
    }

    // A long statement goes on to another page; the English one says what the balance means.
    void statementOfAccountRunsOverPages()
    {
        const QSqlDatabase database = m_workspace->connection();
        InvoiceRepository invoices(database);
        QList<qint64> ids;
        DuesRunLine line = duesLineOf44600(database);
        QVERIFY(invoices.issue(2025, {line}, duesIssueDate, false, &ids));
        for (int day = 0; day < 30; ++day)
            QVERIFY(invoices.registerPayment(ids.first(), QDate(2025, 3, 1).addDays(day), Money::fromKroner(1500), {}));
        Member member = *MemberRepository(database).find(line.member.id);
        member.documentLanguage = QStringLiteral("en");
        const std::optional<AccountStatement> statement = invoices.statementOf(member.id);
        QVERIFY(statement);
        QCOMPARE(statement->entries().size(), 31);
        const StatementDocument document(*statement, member, NetworkSettingsRepository(database).load(), QDate(2025, 4, 15));
        QCOMPARE(document.pageCount(), 2);
        QVERIFY2(document.fileName().startsWith(QStringLiteral("statement-3220-Enebakk-2025-04-15")), qPrintable(document.fileName()));
        const QString path = m_output->filePath(document.fileName());
        QString error;
        QVERIFY2(document.writePdf(path, &error), qPrintable(error));
        keepForLooking(path, QStringLiteral("statement-en.pdf"));
        QCOMPARE(pageCount(path), 2);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("STATEMENT OF ACCOUNT")));
        QVERIFY(text.contains(QStringLiteral("Page 2 of 2")));
        // 44 600 invoiced, 45 000 paid: 400 in the member's favour.
        QVERIFY2(text.contains(QStringLiteral("NOK 400.00 is in your favour")), qPrintable(text));
    }

    // A reprint shows what the member got, whatever changed since: the
    // network's name, address, account and VAT status, the year's rate, the
    // member's name and address, and for the reminder a payment that came later.
    void reprintShowsTheDocumentAsIssued()
    {
        const QSqlDatabase database = m_workspace->connection();
        Workspace &workspace = m_workspace->workspace();
        InvoiceRepository invoices(database);
        QList<qint64> ids;
        QVERIFY(invoices.issue(2025, {duesLineOf44600(database)}, duesIssueDate, false, &ids));
        const qint64 invoiceId = ids.first();
        QVERIFY(invoices.issueCreditNote(invoiceId, Money::fromKroner(4600), QDate(2025, 2, 10),
                                         QStringLiteral("Wrong population")));
        const qint64 creditNoteId = invoices.creditNotesOf(invoiceId).first().id;
        QVERIFY(invoices.registerPayment(invoiceId, QDate(2025, 3, 1), Money::fromKroner(10000), {}));
        QVERIFY(invoices.recordReminder(invoiceId, QDate(2025, 4, 1)));

        const QList<QPair<QList<qint64>, DocumentKind>> asked{{{invoiceId}, DocumentKind::Invoice},
                                                              {{creditNoteId}, DocumentKind::Invoice},
                                                              {{invoiceId}, DocumentKind::Reminder}};
        auto texts = [&](const QString &suffix) {
            QStringList result;
            for (const auto &[documentIds, kind] : asked) {
                QString error;
                const auto documents = workspace.documents(documentIds, kind, &error);
                if (!documents) {
                    result.append(error);
                    continue;
                }
                const InvoiceDocument document(documents->first());
                const QString path = m_output->filePath(suffix + document.fileName());
                result.append(document.writePdf(path, &error) ? pdfText(path) : error);
            }
            return result;
        };
        const QStringList issued = texts(QStringLiteral("issued-"));
        QVERIFY(issued.at(0).contains(QStringLiteral("8601 11 17947")));
        QVERIFY2(issued.at(2).contains(QStringLiteral("kr 30 000,00")), qPrintable(issued.at(2)));

        NetworkSettings network = workspace.networkSettings().load();
        network.name = QStringLiteral("Nytt navn på nettverket");
        network.address = QStringLiteral("Storgata 1");
        network.bankAccount = QStringLiteral("12345678903");
        network.iban = QStringLiteral("NO7112345678903");
        network.ourReference = QStringLiteral("Ny Kontaktperson");
        network.logo.clear();
        QVERIFY(workspace.networkSettings().save(network));
        DuesSettings dues = workspace.dues().loadSettings();
        dues.vatRegistered = true;
        QVERIFY(workspace.dues().saveSettings(dues));
        RateEntry rate;
        rate.year = 2024;
        rate.rateOre = 300;
        rate.floor = Money::fromKroner(6000);
        rate.cap = Money::fromKroner(95000);
        QVERIFY(workspace.dues().saveRateEntry(rate));
        Member member = *workspace.members().find(invoices.find(invoiceId)->memberId);
        member.name = QStringLiteral("Nytt kommunenavn");
        member.invoiceAddress = QStringLiteral("Et annet sted 9\n9999 Annensteds");
        QVERIFY(workspace.members().update(member));
        QVERIFY(invoices.registerPayment(invoiceId, QDate(2025, 4, 5), Money::fromKroner(5000), {}));

        const QStringList reprinted = texts(QStringLiteral("reprinted-"));
        for (int i = 0; i < issued.size(); ++i)
            QCOMPARE(reprinted.at(i), issued.at(i));
        QVERIFY(!reprinted.join(u'\n').contains(QStringLiteral("Nytt navn")));
        QVERIFY(!reprinted.join(u'\n').contains(QStringLiteral("Ny Kontaktperson")));

        // A document issued now shows the settings as they are now.
        QList<qint64> later;
        DuesRunLine line = duesLineOf44600(database);
        line.member = member;
        const Outcome issuedLater = invoices.issue(2025, {line}, QDate(2025, 4, 10), true, &later);
        QVERIFY2(issuedLater, qPrintable(issuedLater.message()));
        QString error;
        const auto documents = workspace.documents(later, DocumentKind::Invoice, &error);
        QVERIFY2(documents, qPrintable(error));
        const InvoiceDocument document(documents->first());
        const QString path = m_output->filePath(document.fileName());
        QVERIFY(document.writePdf(path, &error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Nytt navn på nettverket")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1234 56 78903")));
    }

    // The buyer's name, address and organisation number sit inside the window of
    // a C5/E65 envelope (20 mm from the left, 50 to 85 mm from the top, about
    // 90 mm wide), with 2 mm to spare each way for the sheet to slide.
    void addressSitsInTheEnvelopeWindow()
    {
        const QSqlDatabase database = m_workspace->connection();
        DuesRunLine line = duesLineOf44600(database);
        line.member.invoiceAddress = QStringLiteral("Fakturamottak\nAvdeling for økonomi\nPostboks 279");
        line.member.invoicePostalCode = QStringLiteral("1912");
        line.member.invoiceCity = QStringLiteral("Enebakk");
        line.member.organisationNumber = QStringLiteral("964949581");
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, {line}, duesIssueDate, false, &ids));
        QVERIFY(invoices.issueCreditNote(ids.first(), Money::fromKroner(100), QDate(2025, 2, 10), {}));
        QVERIFY(invoices.recordReminder(ids.first(), QDate(2025, 4, 1)));
        const QList<QPair<qint64, DocumentKind>> asked{{ids.first(), DocumentKind::Invoice},
                                                       {invoices.creditNotesOf(ids.first()).first().id, DocumentKind::Invoice},
                                                       {ids.first(), DocumentKind::Reminder}};
        constexpr double pointsPerMm = 72.0 / 25.4;
        for (const auto &[id, kind] : asked) {
            QString error;
            const auto documents = m_workspace->workspace().documents({id}, kind, &error);
            QVERIFY2(documents, qPrintable(error));
            const InvoiceDocument document(documents->first());
            const QString path = m_output->filePath(document.fileName());
            QVERIFY(document.writePdf(path, &error));
            QProcess process;
            process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
            QVERIFY(process.waitForFinished(60000));
            const QString boxes = QString::fromUtf8(process.readAllStandardOutput());
            static const QRegularExpression word(QStringLiteral(
                "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
            QStringList inWindow;
            for (auto match = word.globalMatch(boxes); match.hasNext();) {
                const QRegularExpressionMatch m = match.next();
                const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()) / pointsPerMm,
                                 QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()) / pointsPerMm);
                // The left column between the letterhead and the body: the buyer's block.
                if (box.left() > 110 || box.top() < 35 || box.top() > 95)
                    continue;
                inWindow.append(m.captured(5));
                QVERIFY2(box.left() >= 22 && box.right() <= 108 && box.top() >= 52 && box.bottom() <= 83,
                         qPrintable(QStringLiteral("%1 at %2,%3–%4,%5 mm")
                                        .arg(m.captured(5))
                                        .arg(box.left(), 0, 'f', 1)
                                        .arg(box.top(), 0, 'f', 1)
                                        .arg(box.right(), 0, 'f', 1)
                                        .arg(box.bottom(), 0, 'f', 1)));
            }
            for (const QString &expected : {QStringLiteral("Enebakk"), QStringLiteral("kommune"),
                                            QStringLiteral("Fakturamottak"), QStringLiteral("økonomi"),
                                            QStringLiteral("1912"), QStringLiteral("581")})
                QVERIFY2(inWindow.contains(expected), qPrintable(expected + u' ' + inWindow.join(u' ')));
        }
    }

    // File names: the number first, padded, then the member in ASCII (æøå as
    // ae oe aa, Sámi letters and accents plain); the real name inside.
    void fileNamesAreAsciiAndSortByNumber_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("inFileName");
        QTest::newRow("å") << QStringLiteral("Ålesund") << QStringLiteral("Aalesund-kommune");
        QTest::newRow("æ ø") << QStringLiteral("Bø i Vesterålen") << QStringLiteral("Boe-i-Vesteraalen-kommune");
        QTest::newRow("Sámi") << QStringLiteral("Porsáŋgu Porsanger Porsanki")
                              << QStringLiteral("Porsangu-Porsanger-Porsanki-kommune");
        QTest::newRow("dash") << QStringLiteral("Guovdageaidnu – Kautokeino")
                              << QStringLiteral("Guovdageaidnu-Kautokeino-kommune");
    }

    void fileNamesAreAsciiAndSortByNumber()
    {
        QFETCH(QString, name);
        QFETCH(QString, inFileName);
        const QSqlDatabase database = m_workspace->connection();
        DuesRunLine line = duesLineOf44600(database);
        line.member.name = name;
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, {line}, duesIssueDate, false, &ids));
        QString error;
        const auto documents = m_workspace->workspace().documents(ids, DocumentKind::Invoice, &error);
        QVERIFY2(documents, qPrintable(error));
        const InvoiceDocument document(documents->first());
        QCOMPARE(document.fileName(),
                 QStringLiteral("00001-%1-%2-faktura.pdf").arg(line.member.number, inFileName));
        const QString path = m_output->filePath(document.fileName());
        QVERIFY(document.writePdf(path, &error));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(name), qPrintable(text));  // a long name wraps before "kommune"
    }

    // The dues line says which rule made the amount, with the calculation, the
    // period and, pro rata, the months; the credit note and the reminder repeat it.
    void duesLineExplainsTheAmount_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("population");
        QTest::addColumn<int>("months");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("rate") << int(MemberKind::Municipality) << qint64(20000) << 12
                              << QStringList{QStringLiteral("Kontingent 2025: 20 000 innbyggere × kr 2,32"),
                                             QStringLiteral("Periode 01.01.2025–31.12.2025.")};
        QTest::newRow("floor") << int(MemberKind::Municipality) << qint64(544) << 12
                               << QStringList{QStringLiteral("Kontingent 2025: minstekontingent"),
                                              QStringLiteral("544 innbyggere × kr 2,32 = kr 1 262,00; minstekontingent kr 5 000,00."),
                                              QStringLiteral("Periode 01.01.2025–31.12.2025.")};
        QTest::newRow("cap") << int(MemberKind::Municipality) << qint64(700000) << 12
                             << QStringList{QStringLiteral("Kontingent 2025: makskontingent"),
                                            QStringLiteral("700 000 innbyggere × kr 2,32 = kr 1 624 000,00; makskontingent kr 90 000,00.")};
        QTest::newRow("county") << int(MemberKind::County) << qint64(480000) << 12
                                << QStringList{QStringLiteral("Kontingent 2025: fylkeskommune, makskontingent"),
                                               QStringLiteral("Fylkeskommuner betaler makskontingenten, kr 90 000,00.")};
        QTest::newRow("pro rata") << int(MemberKind::Municipality) << qint64(20000) << 8
                                  << QStringList{QStringLiteral("Periode 01.05.2025–31.12.2025: 8 av 12 måneder av kr 46 400,00.")};
    }

    void duesLineExplainsTheAmount()
    {
        QFETCH(int, kind);
        QFETCH(qint64, population);
        QFETCH(int, months);
        QFETCH(QStringList, phrases);
        const QSqlDatabase database = m_workspace->connection();
        DuesRunLine line = duesLineOf44600(database);
        line.member.kind = MemberKind(kind);
        line.calculation = DuesCalculator::calculate(MemberKind(kind), population, QDate(2024, 1, 1),
                                                     *DuesRepository(database).rateTable().rateFor(2025), months);
        InvoiceRepository invoices(database);
        QList<qint64> ids;
        QVERIFY(invoices.issue(2025, {line}, duesIssueDate, false, &ids));
        QVERIFY(invoices.issueCreditNote(ids.first(), Money::fromKroner(100), QDate(2025, 2, 10), {}));
        QVERIFY(invoices.recordReminder(ids.first(), QDate(2025, 4, 1)));
        const QList<QPair<qint64, DocumentKind>> asked{{ids.first(), DocumentKind::Invoice},
                                                       {invoices.creditNotesOf(ids.first()).first().id, DocumentKind::Invoice},
                                                       {ids.first(), DocumentKind::Reminder}};
        for (const auto &[id, documentKind] : asked) {
            QString error;
            const auto documents = m_workspace->workspace().documents({id}, documentKind, &error);
            QVERIFY2(documents, qPrintable(error));
            const InvoiceDocument document(documents->first());
            const QString path = m_output->filePath(document.fileName());
            QVERIFY(document.writePdf(path, &error));
            if (kind == int(MemberKind::Municipality) && population == 544)
                keepForLooking(path, QStringLiteral("floor-%1").arg(document.fileName()));
            // Lines wrap where the column ends: compare the words, not the lines.
            const QString text = plain(pdfText(path)).simplified().replace(QStringLiteral("– "), QStringLiteral("–"));
            for (const QString &phrase : std::as_const(phrases))
                QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in\n") + text));
        }
    }

    // A long credit note reason and a long buyer reference: the reference wraps
    // in its column, the reason goes on to a second page under the head's first
    // facts, the total and the ending are on the last page, and nothing runs
    // into the footer.
    void longContentGoesOnToAnotherPage()
    {
        const QSqlDatabase database = m_workspace->connection();
        DuesRunLine line = duesLineOf44600(database);
        QString reference;
        while (reference.size() < 200)
            reference += QStringLiteral("Prosjekt folkehelse %1 ").arg(reference.size());
        reference = reference.left(195) + QStringLiteral(" REF.");
        line.member.buyerReference = reference;
        InvoiceRepository invoices(database);
        QList<qint64> ids;
        QVERIFY(invoices.issue(2025, {line}, duesIssueDate, false, &ids));
        QString reason;
        for (int i = 1; reason.size() < 1990; ++i)
            reason += QStringLiteral("Innbyggertallet var feil i vedtak %1 og er rettet. ").arg(i);
        reason += QStringLiteral("SLUTT");
        QVERIFY(reason.size() >= 2000);
        QVERIFY(invoices.issueCreditNote(ids.first(), Money::fromKroner(100), QDate(2025, 2, 10), reason));
        const qint64 creditNoteId = invoices.creditNotesOf(ids.first()).first().id;

        constexpr double pointsPerMm = 72.0 / 25.4;
        for (const qint64 id : {ids.first(), creditNoteId}) {
            QString error;
            const auto documents = m_workspace->workspace().documents({id}, DocumentKind::Invoice, &error);
            QVERIFY2(documents, qPrintable(error));
            const InvoiceDocument document(documents->first());
            const QString path = m_output->filePath(document.fileName());
            QVERIFY(document.writePdf(path, &error));
            keepForLooking(path, QStringLiteral("long-") + document.fileName());
            const bool credit = id == creditNoteId;
            QCOMPARE(pageCount(path), credit ? 2 : 1);
            QCOMPARE(document.pageCount(), credit ? 2 : 1);

            QProcess process;
            process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
            QVERIFY(process.waitForFinished(60000));
            const QString boxes = QString::fromUtf8(process.readAllStandardOutput());
            const QStringList pages = boxes.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1);
            QCOMPARE(pages.size(), credit ? 2 : 1);
            static const QRegularExpression word(QStringLiteral(
                "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
            QStringList words;
            for (qsizetype p = 0; p < pages.size(); ++p) {
                QStringList pageWords;
                for (auto match = word.globalMatch(pages.at(p)); match.hasNext();) {
                    const QRegularExpressionMatch m = match.next();
                    const double top = m.captured(2).toDouble() / pointsPerMm;
                    const double bottom = m.captured(4).toDouble() / pointsPerMm;
                    const double rightEdge = m.captured(3).toDouble() / pointsPerMm;
                    pageWords.append(m.captured(5));
                    // Body text ends above the footer's rule at 276 mm; the footer is below it.
                    QVERIFY2(bottom <= 273 || top >= 276,
                             qPrintable(QStringLiteral("page %1: “%2” at %3–%4 mm").arg(p + 1).arg(m.captured(5))
                                            .arg(top, 0, 'f', 1).arg(bottom, 0, 'f', 1)));
                    QVERIFY2(rightEdge <= 191, qPrintable(m.captured(5) + QStringLiteral(" beyond the right margin")));
                }
                if (credit) {
                    // Each page says what it is and which page it is.
                    QVERIFY(pageWords.contains(QStringLiteral("KREDITNOTA")));
                    QVERIFY(pageWords.join(u' ').contains(QStringLiteral("Side %1 av 2").arg(p + 1)));
                }
                words += pageWords;
                if (credit && p == 0)
                    QVERIFY(!pageWords.contains(QStringLiteral("kreditert")));  // "Sum kreditert" waits for the last page
            }
            const QString all = words.join(u' ');
            QVERIFY2(all.contains(QStringLiteral("REF.")), qPrintable(all));  // the reference, all of it
            if (credit) {
                QVERIFY(all.contains(QStringLiteral("SLUTT")));
                QVERIFY(all.contains(QStringLiteral("Sum kreditert")));
            }
        }
    }

    void creditsHaveTheSameMinusSignInEveryLanguage()
    {
        for (const QString &code : {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")}) {
            const QString text = DocumentLanguage(code).money(Money::fromKroner(-4600));
            QVERIFY2(text.contains(QStringLiteral("\u22124")), qPrintable(code + u' ' + text));
            QVERIFY2(!text.contains(u'-'), qPrintable(code + u' ' + text));
        }
    }

    void reminderNeedsARecordedReminder()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, {duesLineOf44600(database)}, duesIssueDate, false, &ids));
        QString error;
        QVERIFY(!m_workspace->workspace().documents(ids, DocumentKind::Reminder, &error));
        QVERIFY(!error.isEmpty());
    }

    void batchWritesEachDocumentAndOneCombinedFile()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<DuesRunLine> lines = planDuesRun(database, 2025);
        QVERIFY(lines.size() >= 6);
        lines = lines.mid(0, 6);
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, lines, duesIssueDate, false, &ids));

        QString error;
        const auto documents = m_workspace->workspace().documents(ids, DocumentKind::Invoice, &error);
        QVERIFY(documents);
        const QString folder = m_output->filePath(QStringLiteral("run 2025"));
        InvoiceBatchWriter writer(*documents, folder);
        writer.setCombinedFileName(InvoiceBatchWriter::defaultCombinedFileName(*documents));
        QCOMPARE(writer.fileCount(), 7);
        const Outcome written = writer.run();
        QVERIFY2(written, qPrintable(written.message()));
        QCOMPARE(writer.writtenFiles().size(), 7);

        const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 7);
        QCOMPARE(files.first(), InvoiceDocument(documents->first()).fileName());
        QVERIFY(files.first().startsWith(QStringLiteral("00001-") + lines.first().member.number));
        QVERIFY(files.first().endsWith(QStringLiteral("-faktura.pdf")));
        QVERIFY2(files.last() == QStringLiteral("fakturaer-00001-00006.pdf")
                     || files.last() == QStringLiteral("invoices-00001-00006.pdf"),
                 qPrintable(files.last()));
        const QString combined = writer.writtenFiles().filter(QStringLiteral("-00001-00006.pdf")).value(0);
        QCOMPARE(pageCount(combined), 6);
        const QString combinedText = pdfText(combined);
        for (const InvoiceDocumentData &document : *documents)
            QVERIFY(combinedText.contains(document.invoice.kid));
    }

    void cancelledBatchLeavesNoCombinedFile()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, planDuesRun(database, 2025).mid(0, 3), duesIssueDate, false, &ids));
        QString error;
        const auto documents = m_workspace->workspace().documents(ids, DocumentKind::Invoice, &error);
        InvoiceBatchWriter writer(*documents, m_output->path());
        writer.setCombinedFileName(QStringLiteral("all.pdf"));
        writer.cancel();
        const Outcome outcome = writer.run();
        QVERIFY(!outcome);
        QVERIFY(outcome.message().contains(QStringLiteral("0")));
        QVERIFY(QDir(m_output->path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
    }

    void unwritableFolderGivesAMessage()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, planDuesRun(database, 2025).mid(0, 1), duesIssueDate, false, &ids));
        QString error;
        const auto documents = m_workspace->workspace().documents(ids, DocumentKind::Invoice, &error);
        QFile blocker(m_output->filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        InvoiceBatchWriter writer(*documents, blocker.fileName() + QStringLiteral("/below"));
        const Outcome outcome = writer.run();
        QVERIFY(!outcome);
        QVERIFY(outcome.message().contains(QStringLiteral("below")));
    }

    void logoIsDrawnWhenThereIsOne()
    {
        // The demo network has an SVG logo; without it the page still renders.
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, {duesLineOf44600(database)}, duesIssueDate, false, &ids));
        QString error;
        auto documents = m_workspace->workspace().documents(ids, DocumentKind::Invoice, &error);
        QVERIFY(!documents->first().seller.logo.isEmpty());
        const QString withLogo = m_output->filePath(QStringLiteral("with.pdf"));
        QVERIFY(InvoiceDocument(documents->first()).writePdf(withLogo, &error));
        (*documents)[0].seller.logo.clear();
        const QString withoutLogo = m_output->filePath(QStringLiteral("without.pdf"));
        QVERIFY(InvoiceDocument(documents->first()).writePdf(withoutLogo, &error));
        QVERIFY(QFileInfo(withLogo).size() > QFileInfo(withoutLogo).size());
        // The logo moves the sender's name aside, never over it.
        QVERIFY(pdfText(withLogo).contains(documents->first().seller.name));
    }

    // The font comes with the program and is embedded: the document looks the
    // same wherever it is opened or printed.
    void documentsEmbedTheBundledFont()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/fonts/DejaVuSans.ttf")));
        QVERIFY(QFile::exists(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")));
        QCOMPARE(A4PdfWriter::fontFamily(), QStringLiteral("DejaVu Sans"));
        QVERIFY(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")));

        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, {duesLineOf44600(database)}, duesIssueDate, false, &ids));
        QString error;
        const auto documents = m_workspace->workspace().documents(ids, DocumentKind::Invoice, &error);
        QVERIFY2(documents, qPrintable(error));
        const QString path = m_output->filePath(QStringLiteral("fonts.pdf"));
        QVERIFY(InvoiceDocument(documents->first()).writePdf(path, &error));
        QProcess process;
        process.start(QStringLiteral("pdffonts"), {path});
        QVERIFY(process.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);  // the header, its rule and at least one font
        QStringList fonts;
        for (const QString &line : lines.mid(2)) {
            const QStringList columns = line.simplified().split(u' ');
            // name type encoding emb sub uni object ID: "emb" is the fourth from the end.
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            QVERIFY2(columns.at(columns.size() - 5) == u"yes", qPrintable(QStringLiteral("not embedded: ") + line));
            fonts.append(columns.first());
        }
        QVERIFY2(std::all_of(fonts.begin(), fonts.end(), [](const QString &font) { return font.contains(QStringLiteral("DejaVuSans")); }),
                 qPrintable(fonts.join(u' ')));
        QVERIFY2(std::any_of(fonts.begin(), fonts.end(), [](const QString &font) { return font.contains(QStringLiteral("Bold")); }),
                 qPrintable(fonts.join(u' ')));
    }

private:
    std::unique_ptr<TemporaryWorkspace> m_workspace;
    std::unique_ptr<QTemporaryDir> m_output;
};

QTEST_MAIN(TestInvoiceDocuments)
#include "tst_invoicedocuments.moc"
