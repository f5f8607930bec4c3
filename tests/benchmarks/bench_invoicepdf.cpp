// bench_invoicepdf: a dues run of 400 members issued and rendered as the program
// does it (one transaction, one PDF per invoice and the combined file, on the
// thread pool), against Qt writing 400 one-page PDFs of the same text with
// QPdfWriter and QPainter, one after the other, in the same run.
//
//   bench_invoicepdf [postgresql://user@host:port/db]
//
// Given a server, the same 400 are also issued in a scratch database made there
// (and dropped after), against the figure of the SQLite file.
#include "benchmarkreport.h"
#include "largedatabasebuilder.h"
#include "demo/demodatabuilder.h"
#include "documents/invoicebatchwriter.h"
#include "dues/duesrepository.h"
#include "dues/duesrunplanner.h"
#include "dues/invoicerepository.h"
#include "members/memberrepository.h"
#include "settings/networksettingsrepository.h"
#include "database/serveraddress.h"
#include "scratchserverdatabase.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace Sekretariat;
using namespace Sekretariat::Benchmark;

namespace {

constexpr int invoiceCount = 400;

bool fillMembers(const QSqlDatabase &database)
{
    if (!NetworkSettingsRepository(database).save(DemoDataBuilder::demoNetworkSettings()))
        return false;
    QRandomGenerator random(400);
    MemberRepository members(database);
    for (int i = 0; i < invoiceCount; ++i) {
        Member member;
        member.number = QString::number(6000 + i);
        member.name = QStringLiteral("Benchmark kommune %1").arg(i + 1);
        member.population = random.bounded(500, 120000);
        member.populationDate = QDate(2024, 1, 1);
        member.status = MemberStatus::Active;
        member.activeFrom = QDate(2020, 1, 1);
        member.invoiceAddress = QStringLiteral("Postboks %1").arg(i + 1);
        member.invoicePostalCode = QString::number(1000 + i);
        member.invoiceCity = QStringLiteral("Kommunesenter");
        member.buyerReference = QStringLiteral("%1").arg(10000 + i);
        member.organisationNumber = LargeDatabaseBuilder::organisationNumber(random);
        if (!members.add(member))
            return false;
    }
    RateEntry rate;
    rate.year = 2025;
    rate.deflatorBasisPoints = 420;
    return bool(DuesRepository(database).saveRateEntry(rate));
}

// The words of one invoice as plain lines: what the baseline writes.
QString plainText(const InvoiceDocumentData &document)
{
    const Invoice &invoice = document.invoice;
    return QStringList{document.seller.name,
                       document.seller.address,
                       QStringLiteral("FAKTURA"),
                       invoice.buyerName,
                       invoice.buyerAddress,
                       QStringLiteral("Fakturanummer %1").arg(invoice.number),
                       QStringLiteral("Fakturadato %1").arg(invoice.issueDate.toString(QStringLiteral("dd.MM.yyyy"))),
                       QStringLiteral("Forfallsdato %1").arg(invoice.dueDate.toString(QStringLiteral("dd.MM.yyyy"))),
                       QStringLiteral("KID %1").arg(invoice.kid),
                       QStringLiteral("Kontingent 2025: %1 innbyggere × kr 2,32").arg(invoice.population),
                       QStringLiteral("Å betale %1").arg(invoice.amount.toString()),
                       QStringLiteral("Betalingsinformasjon: til konto 8601 11 17947, KID %1").arg(invoice.kid),
                       document.seller.email}
        .join(u'\n');
}

bool writeBaseline(const QList<InvoiceDocumentData> &documents, const QString &folder)
{
    for (const InvoiceDocumentData &document : documents) {
        QPdfWriter writer(QDir(folder).filePath(QStringLiteral("baseline-%1.pdf").arg(document.invoice.number)));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(300);
        QPainter painter;
        if (!painter.begin(&writer))
            return false;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(42);
        painter.setFont(font);
        painter.drawText(QRectF(236, 236, writer.width() - 472, writer.height() - 472), Qt::AlignLeft | Qt::AlignTop,
                         plainText(document));
        painter.end();
    }
    return true;
}

// Plans the run and issues it in one transaction: the ids, or nothing.
std::optional<QList<qint64>> planAndIssue(const QSqlDatabase &database)
{
    DuesRepository dues(database);
    const QList<DuesRunLine> lines = DuesRunPlanner::plan(2025, MemberRepository(database).all(),
                                                          *dues.rateTable().rateFor(2025), dues.loadSettings(), {});
    QList<qint64> ids;
    if (!InvoiceRepository(database).issue(2025, lines, QDate(2025, 2, 3), false, &ids) || ids.size() != invoiceCount) {
        QTextStream(stderr) << "the run could not be issued" << Qt::endl;
        return std::nullopt;
    }
    return ids;
}

// The milliseconds of planAndIssue in a database made for it on `url`'s server.
std::optional<double> issueOnServer(const QString &url)
{
    const ScratchServerDatabase scratch(url, QStringLiteral("bench_invoicepdf"));
    if (!scratch.isValid())
        return std::nullopt;
    Workspace workspace;
    if (workspace.open(scratch.url()) != Database::OpenResult::Ok || !fillMembers(workspace.database().connection()))
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    if (!planAndIssue(workspace.database().connection()))
        return std::nullopt;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QTemporaryDir directory;
    Workspace workspace;
    if (!directory.isValid() || workspace.open(directory.filePath(QStringLiteral("bench.sqlite"))) != Database::OpenResult::Ok)
        return 1;
    const QSqlDatabase database = workspace.database().connection();
    if (!fillMembers(database)) {
        QTextStream(stderr) << "the members could not be written" << Qt::endl;
        return 1;
    }

    // Ours: plan, issue in one transaction, read the documents, render them all.
    QElapsedTimer timer;
    timer.start();
    const std::optional<QList<qint64>> issuedIds = planAndIssue(database);
    if (!issuedIds)
        return 1;
    const QList<qint64> ids = *issuedIds;
    const double issued = double(timer.nsecsElapsed()) / 1e6;
    QString error;
    const std::optional<QList<InvoiceDocumentData>> documents =
        workspace.documents(ids, DocumentKind::Invoice, &error);
    if (!documents)
        return 1;
    const double loaded = double(timer.nsecsElapsed()) / 1e6;
    const QString ours = directory.filePath(QStringLiteral("ours"));
    InvoiceBatchWriter writer(*documents, ours);
    writer.setCombinedFileName(InvoiceBatchWriter::defaultCombinedFileName(*documents));
    if (const Outcome written = writer.run(); !written) {
        QTextStream(stderr) << written.message() << Qt::endl;
        return 1;
    }
    const double total = double(timer.nsecsElapsed()) / 1e6;

    // The same documents with their EHF beside each PDF, as the dues run writes them.
    timer.restart();
    InvoiceBatchWriter withEhf(*documents, directory.filePath(QStringLiteral("ours-ehf")));
    withEhf.setCombinedFileName(InvoiceBatchWriter::defaultCombinedFileName(*documents));
    withEhf.setEhf(InvoiceBatchWriter::Ehf::Receivers, directory.filePath(QStringLiteral("ours-ehf")));
    if (const QStringList problems = withEhf.ehfProblems(); !problems.isEmpty()) {
        QTextStream(stderr) << problems.join(u'\n') << Qt::endl;
        return 1;
    }
    if (const Outcome written = withEhf.run(); !written) {
        QTextStream(stderr) << written.message() << Qt::endl;
        return 1;
    }
    const double ehfRendered = double(timer.nsecsElapsed()) / 1e6;
    const double totalWithEhf = loaded + ehfRendered;

    const QString baselineFolder = directory.filePath(QStringLiteral("baseline"));
    QDir().mkpath(baselineFolder);
    timer.restart();
    if (!writeBaseline(*documents, baselineFolder))
        return 1;
    const double baseline = double(timer.nsecsElapsed()) / 1e6;

    printTable(QStringLiteral("A dues run of %1 invoices, issued and rendered (ms; %2 threads)")
                   .arg(invoiceCount)
                   .arg(QThreadPool::globalInstance()->maxThreadCount()),
               {{QStringLiteral("step"), QStringLiteral("ms")},
                {QStringLiteral("plan and issue (one transaction)"), number(issued)},
                {QStringLiteral("read the documents"), number(loaded - issued)},
                {QStringLiteral("render %1 PDFs and the combined one").arg(invoiceCount), number(total - loaded)},
                {QStringLiteral("total"), number(total)},
                {QStringLiteral("baseline: QPdfWriter, %1 one-page PDFs").arg(invoiceCount), number(baseline)},
                {QStringLiteral("ratio (target <= 2)"), QString::number(total / baseline, 'f', 2) + u' '
                                                            + meets(total / baseline, 2)},
                {QStringLiteral("render PDFs, the combined one and %1 EHF").arg(invoiceCount), number(ehfRendered)},
                {QStringLiteral("total with EHF"), number(totalWithEhf)},
                {QStringLiteral("ratio with EHF (target <= 2.5)"), QString::number(totalWithEhf / baseline, 'f', 2) + u' '
                                                                       + meets(totalWithEhf / baseline, 2.5)}});
    printBench(QStringLiteral("dues_run_400_invoices"), total, QStringLiteral("ms"), baseline);
    printBench(QStringLiteral("dues_run_400_invoices_with_ehf"), totalWithEhf, QStringLiteral("ms"), baseline);

    const QStringList arguments = application.arguments();
    if (arguments.size() > 1 && ServerAddress::looksLikeUrl(arguments.at(1))) {
        const std::optional<double> onServer = issueOnServer(arguments.at(1));
        if (!onServer)
            return 1;
        printTable(QStringLiteral("Issuing the %1 invoices on a PostgreSQL server (ms)").arg(invoiceCount),
                   {{QStringLiteral("measure"), QStringLiteral("ms"), QStringLiteral("target")},
                    {QStringLiteral("plan and issue on the server"), number(*onServer), QString()},
                    {QStringLiteral("baseline: the same on the SQLite file"), number(issued), QString()},
                    {QStringLiteral("ratio"), QString::number(*onServer / issued, 'f', 2),
                     QStringLiteral("<= 2: ") + meets(*onServer / issued, 2)}});
        printBench(QStringLiteral("issue_400_invoices_on_server"), *onServer, QStringLiteral("ms"), issued);
    }
    return 0;
}
