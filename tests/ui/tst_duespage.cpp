// The dues as the secretariat meets them: a run previewed and issued through
// the dialog with members left out, payments typed in, a refused amount, the
// status filter and totals, PDFs written off the UI thread, rates entered.
#include "documents/invoicebatchwriter.h"
#include "dues/duesrundialog.h"
#include "dues/duesrunmodel.h"
#include "dues/duespage.h"
#include "dues/duessettingsdialog.h"
#include "dues/ehfoutbox.h"
#include "dues/ageingdialog.h"
#include "dues/paymentimportdialog.h"
#include "dues/paymentimportlogdialog.h"
#include "dues/waitingpaymentsdialog.h"
#include "payments/bankfilereader.h"
#include "dues/invoiceamountdialog.h"
#include "dues/invoicecarddialog.h"
#include "dues/invoicesmodel.h"
#include "duesfixture.h"
#include "members/memberrepository.h"
#include "filedialoganswerer.h"
#include "messageboxanswerer.h"
#include "common/datefield.h"
#include "dues/dunningrule.h"
#include "members/memberaccountpanel.h"
#include "members/memberdialog.h"
#include "screenshots.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QProcess>
#include <QTest>
#include <QFile>
#include <QInputDialog>
#include <QDoubleSpinBox>
#include <QTimer>
#include <QClipboard>
#include <QGuiApplication>
#include <QToolBar>
#include <QPlainTextEdit>
#include <QFileDialog>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

template<typename T>
T *field(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

namespace {

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDuesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    }

    void init()
    {
        m_workspace = demoWorkspaceWith2025Rate();
        QVERIFY(m_workspace);
    }

    void cleanup()
    {
        EhfOutbox::setFolder({});  // a setting of the computer: none left for the next test
    }

    void runIsPreviewedAndIssuedWithMembersLeftOut()
    {
        const QSqlDatabase database = m_workspace->connection();
        const int planned = int(planDuesRun(database, 2025).size());
        QVERIFY(planned > 3);
        DuesRunDialog dialog(&m_workspace->workspace(), 2025);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        DuesRunModel *model = dialog.model();
        QCOMPARE(model->rowCount(), planned);
        QVERIFY(field<QLabel>(&dialog, "rate")->text().contains(QStringLiteral("2,32")));

        // Leave two members out by their check boxes.
        auto *view = field<QTableView>(&dialog, "preview");
        for (int row : {0, 1}) {
            const QModelIndex index = view->model()->index(row, DuesRunModel::IncludedColumn);
            QVERIFY(view->model()->setData(index, Qt::Unchecked, Qt::CheckStateRole));
        }
        const DuesRunTotals totals = model->totals();
        QCOMPARE(totals.included, planned - 2);
        QVERIFY(field<QLabel>(&dialog, "totals")->text().contains(totals.amount.toString()));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->text().contains(QString::number(planned - 2)));
        grabTo(&dialog, QStringLiteral("dues-run-dialog.png"));

        // Cancelling the confirmation issues nothing.
        {
            MessageBoxAnswerer answerer({QMessageBox::Cancel});
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QTRY_COMPARE(answerer.texts.size(), 1);
            QCOMPARE(answerer.defaults.first(), QMessageBox::Cancel);
        }
        QVERIFY(dialog.isVisible());
        QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), 0);

        MessageBoxAnswerer answerer({QMessageBox::Yes});
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.issuedIds().size(), planned - 2);
        QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), qint64(planned - 2));
        QVERIFY(answerer.texts.first().contains(totals.amount.toString()));
    }

    // A year without a rate offers to set it, or to carry last year's forward
    // with a deflator, right in the dues run.
    void aMissingRateCanBeCarriedForwardFromTheRun()
    {
        const int year = m_workspace->workspace().dues().rateEntries().last().year + 1;
        DuesRunDialog dialog(&m_workspace->workspace(), year);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QTableView *>(QStringLiteral("preview"))->model()->rowCount(), 0);
        auto *carry = field<QPushButton>(&dialog, "carryForward");
        QVERIFY(field<QPushButton>(&dialog, "setRate")->isVisible());
        QVERIFY(carry->isVisible());
        grabTo(&dialog, QStringLiteral("dues-run-without-rate.png"));
        QTimer::singleShot(50, this, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            auto *spin = input->findChild<QDoubleSpinBox *>();
            spin->selectAll();
            QTest::keyClicks(spin, QStringLiteral("4,3"));
            QTest::mouseClick(input->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(carry, Qt::LeftButton);
        QTRY_VERIFY(dialog.findChild<QTableView *>(QStringLiteral("preview"))->model()->rowCount() > 0);
        QVERIFY(!carry->isVisible());
        QVERIFY(field<QLabel>(&dialog, "rate")->text().contains(QStringLiteral("deflator")));
        const std::optional<YearRate> rate = m_workspace->workspace().dues().rateTable().rateFor(year);
        QVERIFY(rate);
        QVERIFY(rate->derivedFromDeflator);
        QCOMPARE(m_workspace->workspace().dues().rateEntries().last().deflatorBasisPoints.value_or(0), 430);
    }

    void issueDateFarFromTheLatestOrTodayIsStopped()
    {
        QSqlDatabase database = m_workspace->connection();
        {
            // A year ago, typed.
            DuesRunDialog dialog(&m_workspace->workspace(), 2025);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *date = dialog.findChild<DateField *>(QStringLiteral("issueDate"));
            QTest::mouseClick(date->lineEdit(), Qt::LeftButton);
            QTest::qWait(1);
            QTest::keyClicks(date->lineEdit(), QLocale().toString(QDate::currentDate().addYears(-1), QStringLiteral("dd.MM.yyyy")));
            QTest::keyClick(date->lineEdit(), Qt::Key_Tab);
            QCOMPARE(date->date(), QDate::currentDate().addYears(-1));
            auto *buttons = dialog.findChild<QDialogButtonBox *>();
            {
                MessageBoxAnswerer answerer({QMessageBox::Cancel});
                QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
                QTRY_COMPARE(answerer.texts.size(), 1);
                QVERIFY2(answerer.texts.first().contains(QStringLiteral(" ago.")), qPrintable(answerer.texts.first()));
                QCOMPARE(answerer.defaults.first(), QMessageBox::Cancel);
            }
            QVERIFY(dialog.isVisible());
            QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), 0);
        }
        // A document dated after today exists: today would go back in the numbering.
        const QList<DuesRunLine> lines = planDuesRun(database, 2025);
        QVERIFY(InvoiceRepository(database).issue(2025, {lines.first()}, QDate::currentDate().addDays(3), false));
        DuesRunDialog dialog(&m_workspace->workspace(), 2025);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MessageBoxAnswerer answerer({QMessageBox::Ok});
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(answerer.texts.size(), 1);
        QVERIFY2(answerer.texts.first().contains(QStringLiteral("cannot be dated earlier")), qPrintable(answerer.texts.first()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), 1);
    }

    void paymentsFiltersAndTotals()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, planDuesRun(database, 2025), duesIssueDate, false, &ids));
        DuesPage page(&m_workspace->workspace());
        page.model()->setToday(QDate(2025, 3, 1));  // before the due date: nothing overdue yet
        page.resize(1300, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int year = page.yearFilter()->findData(2025);
        QVERIFY(year > 0);
        page.yearFilter()->setCurrentIndex(year);
        QCOMPARE(page.view()->model()->rowCount(), int(ids.size()));
        const InvoiceTotals before = InvoiceTotals::of(InvoiceRepository(database).invoicesOfYear(2025));
        QVERIFY(page.totalsLabel()->text().contains(before.invoiced.toString()));

        // A partial payment typed into the dialog.
        const Invoice invoice = *InvoiceRepository(database).find(ids.first());
        {
            InvoiceAmountDialog dialog(&m_workspace->workspace(), invoice, InvoiceAmountDialog::Purpose::Payment);
            dialog.show();
            auto *amount = field<QLineEdit>(&dialog, "amount");
            QCOMPARE(Money::parse(amount->text()), invoice.outstanding());  // suggested: what is owed
            typeInto(amount, QStringLiteral("tusen"));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            QVERIFY(field<QLabel>(&dialog, "error")->isVisible());
            QVERIFY(field<QLabel>(&dialog, "error")->text().contains(QStringLiteral("tusen")));
            typeInto(amount, QStringLiteral("1 000,50"));
            QTest::keyClicks(field<QLineEdit>(&dialog, "note"), QStringLiteral("Bank 12.03."));
            grabTo(&dialog, QStringLiteral("payment-dialog.png"));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(InvoiceRepository(database).find(invoice.id)->paid, Money::fromOre(100050));
        page.reload();
        QVERIFY(page.totalsLabel()->text().contains(Money::fromOre(100050).toString()));

        // More than is outstanding, or on a day in 2099, is asked about first; Cancel books nothing.
        {
            const Invoice partlyPaid = *InvoiceRepository(database).find(invoice.id);
            InvoiceAmountDialog dialog(&m_workspace->workspace(), partlyPaid, InvoiceAmountDialog::Purpose::Payment);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            typeInto(field<QLineEdit>(&dialog, "amount"), (partlyPaid.outstanding() + Money::fromKroner(500)).toPlainString());
            auto *date = dialog.findChild<QLineEdit *>(QStringLiteral("dateText"));
            QTest::mouseClick(date, Qt::LeftButton);
            QTest::qWait(1);
            QTest::keyClicks(date, QStringLiteral("01.03.2099"));
            QTest::keyClick(date, Qt::Key_Tab);
            MessageBoxAnswerer answerer({QMessageBox::Cancel});
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY2(answerer.texts.size() == 1, qPrintable(field<QLabel>(&dialog, "error")->text()));
            QVERIFY2(answerer.texts.first().contains(Money::fromKroner(500).toString() + QStringLiteral(", becomes the member's credit")),
                     qPrintable(answerer.texts.first()));
            QVERIFY2(answerer.texts.first().contains(QStringLiteral("2099")), qPrintable(answerer.texts.first()));
            QCOMPARE(answerer.defaults.first(), QMessageBox::Cancel);
            QVERIFY(dialog.isVisible());
            QCOMPARE(InvoiceRepository(database).find(invoice.id)->paid, Money::fromOre(100050));
        }

        // Paying more than is owed is refused by nothing, but a credit note above
        // what is left to credit is, with the dialog kept open.
        {
            InvoiceAmountDialog dialog(&m_workspace->workspace(), *InvoiceRepository(database).find(invoice.id),
                                       InvoiceAmountDialog::Purpose::CreditNote);
            dialog.show();
            typeInto(field<QLineEdit>(&dialog, "amount"), (invoice.amount + Money::fromKroner(1)).toPlainString());
            MessageBoxAnswerer answerer({QMessageBox::Yes});
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            QVERIFY(field<QLabel>(&dialog, "error")->isVisible());
            QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), qint64(ids.size()));
        }

        // The status filter: one partly paid, the rest open.
        auto *status = page.statusFilter();
        status->setCurrentIndex(status->findData(int(InvoiceStatus::PartlyPaid)));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QVERIFY(page.totalsLabel()->text().contains(invoice.amount.toString()));
        status->setCurrentIndex(status->findData(int(InvoiceStatus::Paid)));
        QCOMPARE(page.view()->model()->rowCount(), 0);
        status->setCurrentIndex(1);  // not paid
        QCOMPARE(page.view()->model()->rowCount(), int(ids.size()));
        status->setCurrentIndex(0);

        page.searchField()->setText(invoice.kid);
        QCOMPARE(page.view()->model()->rowCount(), 1);
        page.searchField()->clear();
        QVERIFY(page.selectId(invoice.id));
        grabTo(&page, QStringLiteral("dues-page.png"));

        InvoiceCardDialog card(&m_workspace->workspace(), invoice.id);
        QVERIFY(card.text().contains(invoice.kid));
        QVERIFY(card.text().contains(QStringLiteral("Bank 12.03.")));
        card.show();
        grabTo(&card, QStringLiteral("invoice-card.png"));
    }

    void pdfsAreWrittenOffTheUiThread()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, planDuesRun(database, 2025), duesIssueDate, false, &ids));
        DuesPage page(&m_workspace->workspace());
        QSignalSpy written(&page, &DuesPage::documentsWritten);
        const QString folder = m_workspace->filePath(QStringLiteral("pdf"));
        page.saveDocuments(ids, DocumentKind::Invoice, folder);
        QVERIFY(page.isWritingDocuments());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isWritingDocuments(), 60000);
        QCOMPARE(written.size(), 1);
        const QStringList files = written.first().at(0).toStringList();
        QCOMPARE(files.size(), ids.size() + 1);
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), ids.size() + 1);
        QVERIFY(written.first().at(1).toString().contains(QString::number(ids.size() + 1)));
        // The window says where they went, and offers to open the folder, without stopping the work.
        auto *notice = page.findChild<QMessageBox *>(QStringLiteral("documentsWrittenNotice"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(!notice->isModal());
        QVERIFY2(notice->text().contains(QDir::toNativeSeparators(folder)), qPrintable(notice->text()));
        QVERIFY(notice->findChild<QPushButton *>(QStringLiteral("openFolder")));
        notice->close();
    }

    // Saving again into a folder that has the files asks before replacing them.
    void savingOverExistingFilesAsksFirst()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, planDuesRun(database, 2025), duesIssueDate, false, &ids));
        ids = ids.mid(0, 3);
        DuesPage page(&m_workspace->workspace());
        QSignalSpy written(&page, &DuesPage::documentsWritten);
        const QString folder = m_workspace->filePath(QStringLiteral("again"));
        page.saveDocuments(ids, DocumentKind::Invoice, folder);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isWritingDocuments(), 60000);
        QCOMPARE(written.size(), 1);
        const QStringList files = written.first().at(0).toStringList();
        QCOMPARE(files.size(), 4);
        // Marked, so that a replaced file is told from a kept one.
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("kept");
        }

        {
            MessageBoxAnswerer answerer({QMessageBox::Cancel});
            page.saveDocuments(ids, DocumentKind::Invoice, folder);
            QTRY_COMPARE(answerer.texts.size(), 1);
            QVERIFY2(answerer.texts.first().contains(QStringLiteral("4 of these files exist already")),
                     qPrintable(answerer.texts.first()));
            QCOMPARE(answerer.defaults.first(), QMessageBox::Cancel);
        }
        QVERIFY(!page.isWritingDocuments());
        QCOMPARE(written.size(), 1);
        for (const QString &path : files)
            QCOMPARE(fileContents(path), QByteArray("kept"));
        if (qEnvironmentVariableIsSet("SEKRETARIAT_SCREENSHOTS")) {
            QTimer::singleShot(200, [] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    grabTo(box, QStringLiteral("pdf-replace-question.png"));
                    box->button(QMessageBox::Cancel)->click();
                }
            });
            page.saveDocuments(ids, DocumentKind::Invoice, folder);
        }

        {
            MessageBoxAnswerer answerer({QMessageBox::Yes});
            page.saveDocuments(ids, DocumentKind::Invoice, folder);
            QTRY_COMPARE(answerer.texts.size(), 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!page.isWritingDocuments(), 60000);
        QCOMPARE(written.size(), 2);
        for (const QString &path : files)
            QVERIFY(fileContents(path).startsWith("%PDF"));
    }

    // A member whose EHF would be refused stops the run before anything is issued.
    void aRunWithAnInvalidEhfIsNotIssued()
    {
        const QSqlDatabase database = m_workspace->connection();
        Member member = planDuesRun(database, 2025).value(0).member;
        QVERIFY(member.receivesEhf);
        member.buyerReference.clear();
        QVERIFY(MemberRepository(database).update(member));
        DuesRunDialog dialog(&m_workspace->workspace(), 2025);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MessageBoxAnswerer answerer({QMessageBox::Ok});
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(answerer.texts.size(), 1);
        QVERIFY2(answerer.texts.first().contains(member.name)
                     && answerer.texts.first().contains(QStringLiteral("buyer reference")),
                 qPrintable(answerer.texts.first()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(rowCountOf(database, QStringLiteral("invoices")), 0);
    }

    // The outbox is set in the settings; Save EHF (page and card) writes there.
    void ehfIsSavedIntoTheOutbox()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, planDuesRun(database, 2025).mid(0, 3), duesIssueDate, false, &ids));
        const QString outbox = m_workspace->filePath(QStringLiteral("outbox"));
        QVERIFY(QDir().mkpath(outbox));
        {
            DuesSettingsDialog settings(&m_workspace->workspace());
            settings.show();
            QVERIFY(QTest::qWaitForWindowExposed(&settings));
            settings.findChild<QTabWidget *>()->setCurrentIndex(1);
            auto *folder = field<QLineEdit>(&settings, "ehfOutbox");
            typeInto(folder, m_workspace->filePath(QStringLiteral("missing")));
            QTest::mouseClick(settings.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY(settings.isVisible());
            QVERIFY(field<QLabel>(&settings, "error")->text().contains(QStringLiteral("does not exist")));
            typeInto(folder, outbox);
            grabTo(&settings, QStringLiteral("dues-settings-terms.png"));
            QTest::mouseClick(settings.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY(!settings.isVisible());
        }

        DuesPage page(&m_workspace->workspace());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy written(&page, &DuesPage::documentsWritten);
        page.yearFilter()->setCurrentIndex(page.yearFilter()->findData(2025));
        page.view()->setFocus();
        page.view()->selectAll();
        QCOMPARE(page.view()->model()->rowCount(), 3);
        QTest::keyClick(page.view(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(page.isWritingDocuments() || written.size() == 1);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isWritingDocuments(), 60000);
        QCOMPARE(written.size(), 1);
        QCOMPARE(QDir(outbox).entryList({QStringLiteral("*.xml")}).size(), 3);
        QVERIFY(QDir(outbox).entryList({QStringLiteral("*.pdf")}).isEmpty());
        QVERIFY2(written.first().at(1).toString().contains(QStringLiteral("3 EHF")), qPrintable(written.first().at(1).toString()));

        // From the card: a credit note, the only document in an empty outbox.
        const Outcome credit = InvoiceRepository(database).issueCreditNote(ids.first(), Money::fromKroner(100),
                                                                           QDate(2025, 3, 1), {});
        QVERIFY(credit);
        for (const QString &file : QDir(outbox).entryList({QStringLiteral("*.xml")}))
            QVERIFY(QFile::remove(QDir(outbox).filePath(file)));
        page.reload();
        QVERIFY(page.selectId(credit.id()));
        const QRect row = page.view()->visualRect(page.view()->currentIndex());
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(page.selectedIds(), QList<qint64>{credit.id()});
        QTimer::singleShot(100, [&page] {
            auto *card = qobject_cast<InvoiceCardDialog *>(QApplication::activeModalWidget());
            QVERIFY(card);
            QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("saveEhf")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isWritingDocuments(), 60000);
            card->reject();
        });
        page.openCurrent();
        QTRY_COMPARE(written.size(), 2);
        const QStringList files = QDir(outbox).entryList({QStringLiteral("*.xml")});
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().contains(QStringLiteral("kreditnota")), qPrintable(files.first()));
    }

    // A bank file previewed, then booked with one click; the same file again is refused.
    void paymentsAreImportedFromABankFile()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, planDuesRun(database, 2025).mid(0, 3), duesIssueDate, false, &ids));
        const Invoice first = *invoices.find(ids.at(0));
        const Invoice second = *invoices.find(ids.at(1));
        const QString path = m_workspace->filePath(QStringLiteral("innbetalinger.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(ocrGiroFile({{first.amount.ore(), first.kid}, {second.amount.ore(), second.kid}, {4200, QString()}}));
        }
        DuesPage page(&m_workspace->workspace());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        int rows = -1;
        QString summary;
        QTimer::singleShot(100, [&] {
            auto *dialog = qobject_cast<PaymentImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            rows = dialog->table()->rowCount();
            summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
            grabTo(dialog, QStringLiteral("payment-import-dialog.png"));
            QPushButton *book = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(book->text().contains(QStringLiteral("2")));
            QTest::mouseClick(book, Qt::LeftButton);
        });
        MessageBoxAnswerer answerer({QMessageBox::Ok});
        page.importPayments(path);
        QCOMPARE(rows, 3);
        QVERIFY2(summary.contains(QStringLiteral("2 to book")), qPrintable(summary));
        QTRY_COMPARE(answerer.texts.size(), 1);
        QVERIFY2(answerer.texts.first().contains(QStringLiteral("2 payment")) && answerer.texts.first().contains(QStringLiteral("booked")), qPrintable(answerer.texts.first()));
        QCOMPARE(rowCountOf(database, QStringLiteral("payments")), 2);
        QCOMPARE(InvoiceRepository(database).find(first.id)->outstanding(), Money());

        // Again: the preview says so and books nothing.
        QTimer::singleShot(100, [&] {
            auto *dialog = qobject_cast<PaymentImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
            QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->reject();
        });
        page.importPayments(path);
        QVERIFY2(summary.contains(QStringLiteral("imported already")), qPrintable(summary));
        QCOMPARE(rowCountOf(database, QStringLiteral("payments")), 2);

        // The log lists the file once, with what it booked.
        QStringList logged;
        QTimer::singleShot(100, [&] {
            auto *dialog = qobject_cast<PaymentImportLogDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            for (int column = 0; column < dialog->table()->columnCount(); ++column)
                logged.append(dialog->table()->item(0, column)->text());
            logged.append(QString::number(dialog->table()->rowCount()));
            grabTo(dialog, QStringLiteral("payment-import-log.png"));
            dialog->reject();
        });
        page.findChild<QAction *>(QStringLiteral("importLogAction"))->trigger();
        QCOMPARE(logged.size(), 9);
        QCOMPARE(logged.at(1), QStringLiteral("innbetalinger.txt"));
        QCOMPARE(logged.at(3), QStringLiteral("3"));  // transactions
        QCOMPARE(logged.at(4), QStringLiteral("2"));  // booked
        QCOMPARE(logged.at(5), QStringLiteral("1"));  // waiting
        QCOMPARE(logged.at(7), (first.amount + second.amount).toString());
        QCOMPARE(logged.last(), QStringLiteral("1"));
    }

    // A payment without KID is booked on the invoice the dialog suggests.
    void aWaitingPaymentIsBookedOnItsInvoice()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, planDuesRun(database, 2025).mid(0, 2), duesIssueDate, false, &ids));
        const Invoice first = *invoices.find(ids.at(0));
        const QByteArray contents = ocrGiroFile({{first.amount.ore(), QString()}, {999, QString()}});
        QString error;
        auto file = BankFileReader::read(contents, &error);
        QVERIFY2(file, qPrintable(error));
        PaymentImportRepository imports(database);
        QVERIFY(imports.import(QStringLiteral("ocr.txt"), contents, *file, nullptr));

        WaitingPaymentsDialog dialog(&m_workspace->workspace());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 2);
        grabTo(&dialog, QStringLiteral("waiting-payments-dialog.png"));
        QString offered = QStringLiteral("none");
        QTimer::singleShot(100, [&] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!input)
                return;
            offered = input->textValue();
            auto *edit = input->findChild<QLineEdit *>();
            QTest::keyClicks(edit, QString::number(first.number));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("book")), Qt::LeftButton);
        QCOMPARE(offered, QString());  // no suggestion: the payer names nobody
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.bookedCount(), 1);
        QCOMPARE(InvoiceRepository(database).find(first.id)->outstanding(), Money());

        MessageBoxAnswerer answerer({QMessageBox::Yes});
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("setAside")), Qt::LeftButton);
        QTRY_COMPARE(answerer.texts.size(), 1);
        QCOMPARE(answerer.defaults.first(), QMessageBox::Cancel);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("No payment")));
    }

    // The ageing lists who owes, by days overdue, with a total row, and saves as CSV.
    void theAgeingShowsWhatIsOverdue()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, planDuesRun(database, 2025).mid(0, 3), duesIssueDate, false, &ids));
        DuesPage page(&m_workspace->workspace());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        int rows = -1;
        QString total;
        QTimer::singleShot(100, [&] {
            auto *dialog = qobject_cast<AgeingDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            rows = dialog->table()->rowCount();
            total = dialog->table()->item(rows - 1, dialog->table()->columnCount() - 1)->text();
            grabTo(dialog, QStringLiteral("ageing-dialog.png"));
            QString error;
            QVERIFY2(dialog->saveCsv(m_workspace->filePath(QStringLiteral("ageing.csv")), &error), qPrintable(error));
            // Export List: the table as shown, as a workbook.
            TestUtils::FileDialogAnswerer answerer(m_workspace->filePath(QStringLiteral("ageing.xlsx")));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportList")), Qt::LeftButton);
            QVERIFY(answerer.answered);
            dialog->reject();
        });
        page.findChild<QAction *>(QStringLiteral("ageingAction"))->trigger();
        QCOMPARE(rows, 4);
        Money owed;
        for (qint64 id : std::as_const(ids))
            owed += InvoiceRepository(database).find(id)->amount;
        QCOMPARE(total, owed.toString());
        QVERIFY(fileContents(m_workspace->filePath(QStringLiteral("ageing.csv"))).startsWith("member_number,member,current"));
        // In the workbook the total is a number a spreadsheet can add, not the text "NOK …".
        const QString python = TestUtils::pythonWith(QStringLiteral("openpyxl"));
        QVERIFY2(!python.isEmpty(), "python3-openpyxl is missing");
        QProcess reader;
        reader.start(python, {QStringLiteral("-c"),
                              QStringLiteral("import sys, openpyxl\n"
                                             "sheet = openpyxl.load_workbook(sys.argv[1]).active\n"
                                             "cell = sheet.cell(row=sheet.max_row, column=sheet.max_column)\n"
                                             "print(sheet.max_row, cell.data_type, cell.value)\n"),
                              m_workspace->filePath(QStringLiteral("ageing.xlsx"))});
        QVERIFY(reader.waitForFinished(30000));
        const QStringList read = QString::fromUtf8(reader.readAllStandardOutput()).simplified().split(u' ');
        QVERIFY2(read.size() == 3, qPrintable(QString::fromUtf8(reader.readAllStandardError())));
        QCOMPARE(read.at(0), QStringLiteral("5"));
        QCOMPARE(read.at(1), QStringLiteral("n"));
        QCOMPARE(qRound64(read.at(2).toDouble() * 100), owed.ore());
    }

    void ratesAreEnteredInTheSettings()
    {
        const QSqlDatabase database = m_workspace->connection();
        DuesSettingsDialog dialog(&m_workspace->workspace());
        dialog.show();
        auto *rates = field<QTableWidget>(&dialog, "rates");
        const int before = rates->rowCount();
        // The demo has rates up to 2027 (2.32, 2.39, 2.46): the year after.
        field<QSpinBox>(&dialog, "year")->setValue(2028);
        QTest::keyClicks(field<QLineEdit>(&dialog, "deflator"), QStringLiteral("3,5"));
        QVERIFY(dialog.saveYear());
        QCOMPARE(rates->rowCount(), before + 1);
        const std::optional<YearRate> rate = DuesRepository(database).rateTable().rateFor(2028);
        QVERIFY(rate);
        QCOMPARE(rate->rateOre, 255);  // 2.46 x 1.035, to whole øre
        QVERIFY(rates->item(rates->rowCount() - 1, 2)->text().contains(QStringLiteral("2,55")));

        // A year with both a rate and a deflator is refused, with the reason.
        field<QSpinBox>(&dialog, "year")->setValue(2029);
        QTest::keyClicks(field<QLineEdit>(&dialog, "rate"), QStringLiteral("2,50"));
        QVERIFY(!dialog.saveYear());
        QVERIFY(field<QLabel>(&dialog, "error")->isVisible());
        const QList<RateEntry> entries = DuesRepository(database).rateEntries();
        QVERIFY(std::none_of(entries.begin(), entries.end(), [](const RateEntry &entry) { return entry.year == 2029; }));
        QCOMPARE(rates->rowCount(), before + 1);
        grabTo(&dialog, QStringLiteral("dues-settings-rates.png"));

        dialog.tabs()->setCurrentIndex(1);
        field<QSpinBox>(&dialog, "paymentTermsDays")->setValue(20);
        grabTo(&dialog, QStringLiteral("dues-settings-terms.png"));
        dialog.accept();
        QCOMPARE(DuesRepository(database).loadSettings().paymentTermsDays, 20);
    }

    // The dunning settings are typed in, the fee within the law; the Dues page
    // filters what is due, says the next step, and records it for the selection.
    void dunningStepsAreSetProposedAndRecorded()
    {
        const QSqlDatabase database = m_workspace->connection();
        {
            DuesSettingsDialog dialog(&m_workspace->workspace());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.tabs()->setCurrentIndex(2);
            auto *fee = field<QLineEdit>(&dialog, "reminderFee");
            QTest::keyClicks(fee, QStringLiteral("100"));
            auto *days = field<QSpinBox>(&dialog, "firstReminderDays");
            days->setFocus();
            QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(days, QStringLiteral("10"));
            QTest::keyClicks(field<QPlainTextEdit>(&dialog, "handOverText"),
                             QStringLiteral("Faktura {invoice} er sendt til styret."));
            QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            QVERIFY(field<QLabel>(&dialog, "error")->isVisible());
            QVERIFY2(field<QLabel>(&dialog, "error")->text().contains(QStringLiteral("70")),
                     qPrintable(field<QLabel>(&dialog, "error")->text()));
            QCOMPARE(dialog.tabs()->currentIndex(), 2);
            typeInto(fee, QStringLiteral("70"));
            grabTo(&dialog, QStringLiteral("dues-settings-dunning.png"));
            QTest::mouseClick(ok, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const DuesSettings settings = DuesRepository(database).loadSettings();
        QCOMPARE(settings.reminderFee, Money::fromKroner(70));
        QCOMPARE(settings.firstReminderDays, 10);
        QCOMPARE(settings.handOverText, QStringLiteral("Faktura {invoice} er sendt til styret."));

        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, planDuesRun(database, 2025).mid(0, 3), duesIssueDate, false, &ids));
        QVERIFY(invoices.registerPayment(ids.at(1), QDate(2025, 3, 1), invoices.find(ids.at(1))->amount, {}));
        DuesPage page(&m_workspace->workspace());
        page.resize(1300, 600);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.yearFilter()->setCurrentIndex(page.yearFilter()->findData(2025));
        auto *status = page.statusFilter();
        status->setCurrentIndex(status->findData(-3));  // due for dunning
        QCOMPARE(page.view()->model()->rowCount(), 2);
        const QModelIndex next = page.view()->model()->index(0, InvoicesModel::NextStepColumn);
        QCOMPARE(next.data().toString(), QStringLiteral("1st reminder now"));

        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_A, Qt::ControlModifier);
        const QString folder = m_workspace->filePath(QStringLiteral("purringer"));
        QVERIFY(QDir().mkpath(folder));
        // The folder for the letters is typed into the file dialog.
        QTimer typer;
        connect(&typer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // As a person does: the path pasted into the name field, and Choose.
            // (Typed letter by letter, the dialog's completer rewrites it as it goes.)
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QGuiApplication::clipboard()->setText(folder);
            name->setFocus();
            QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open), Qt::LeftButton);
        });
        typer.start(20);
        MessageBoxAnswerer answerer({QMessageBox::Yes});
        auto *toolBar = page.toolBar();
        QTest::mouseClick(toolBar->widgetForAction(page.findChild<QAction *>(QStringLiteral("reminderAction"))),
                          Qt::LeftButton);
        QCOMPARE(answerer.texts.size(), 1);
        QVERIFY2(answerer.texts.first().contains(QStringLiteral("1st reminder: 2")), qPrintable(answerer.texts.first()));
        QVERIFY2(answerer.texts.first().contains(Money::fromKroner(70).toString()), qPrintable(answerer.texts.first()));
        QTRY_COMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}).size(), 3);  // two and the combined file
        typer.stop();
        for (qint64 id : {ids.at(0), ids.at(2)}) {
            const Invoice reminded = *invoices.find(id);
            QCOMPARE(DunningRule::stepOf(reminded), DunningRule::firstReminder);
            QCOMPARE(reminded.fees, Money::fromKroner(70));
        }
        QCOMPARE(DunningRule::stepOf(*invoices.find(ids.at(1))), 0);
        // Reminded today: not due for the next step for a fortnight.
        QCOMPARE(page.view()->model()->rowCount(), 0);
        status->setCurrentIndex(0);
        const int row = page.model()->rowOfInvoice(ids.at(0));
        QCOMPARE(page.model()->index(row, InvoicesModel::DunningColumn).data().toString(), QStringLiteral("1st reminder"));
        QVERIFY(page.model()->index(row, InvoicesModel::NextStepColumn).data().toString().startsWith(QStringLiteral("2nd reminder from")));
        grabTo(&page, QStringLiteral("dues-page-dunning.png"));
    }

    // The member card's Invoices tab: the credit of an overpayment, refunded
    // through the dialog, and the statement of account written.
    void memberCardShowsTheCreditAndTheStatement()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        const QList<DuesRunLine> lines = planDuesRun(database, 2025).mid(0, 1);
        QVERIFY(invoices.issue(2025, lines, duesIssueDate, false, &ids));
        const Invoice invoice = *invoices.find(ids.first());
        QVERIFY(invoices.registerPayment(invoice.id, QDate(2025, 3, 1), invoice.amount + Money::fromKroner(250), {}));

        MemberDialog card(&m_workspace->workspace(), lines.first().member.id);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        card.tabs()->setCurrentIndex(MemberDialog::InvoicesTab);
        auto *balance = card.findChild<QLabel *>(QStringLiteral("balance"));
        QVERIFY2(balance->text().contains(Money::fromKroner(250).toString()), qPrintable(balance->text()));
        auto *refund = card.findChild<QPushButton *>(QStringLiteral("refundCredit"));
        QVERIFY(refund->isEnabled());
        QVERIFY(!card.findChild<QPushButton *>(QStringLiteral("setCreditAgainst"))->isEnabled());  // nothing else open
        grabTo(&card, QStringLiteral("member-card-credit.png"));

        bool typed = false;
        QTimer::singleShot(100, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != u"refundCreditDialog")
                return;
            auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amount"));
            QCOMPARE(Money::parse(amount->text()), Money::fromKroner(250));  // suggested: all of it
            typeInto(amount, QStringLiteral("300"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("note")), QStringLiteral("konto 1234"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            {
                MessageBoxAnswerer answerer({QMessageBox::Yes});
                QTest::mouseClick(ok, Qt::LeftButton);
                QTRY_COMPARE(answerer.texts.size(), 1);
            }
            QVERIFY(dialog->isVisible());  // more than the credit: refused, the dialog stays
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error"))->isVisible());
            grabTo(dialog, QStringLiteral("refund-credit-dialog.png"));
            typeInto(amount, QStringLiteral("250"));
            MessageBoxAnswerer answerer({QMessageBox::Yes});
            QTest::mouseClick(ok, Qt::LeftButton);
            typed = true;
        });
        QTest::mouseClick(refund, Qt::LeftButton);
        QVERIFY(typed);
        QCOMPARE(invoices.find(invoice.id)->outstanding(), Money());
        QCOMPARE(invoices.paymentsOf(invoice.id).last().note, QStringLiteral("Refunded: konto 1234"));
        QVERIFY2(balance->text().contains(QStringLiteral("Nothing is outstanding")), qPrintable(balance->text()));
        QVERIFY(!refund->isEnabled());

        auto *panel = card.findChild<MemberAccountPanel *>();
        const QString csvPath = m_workspace->filePath(QStringLiteral("statement.csv"));
        QVERIFY(panel->saveStatement(csvPath, true));
        const QList<QByteArray> rows = fileContents(csvPath).split('\n');
        QCOMPARE(rows.size(), 5);  // header, invoice, payment, refund, and the end of the last line
        QVERIFY2(rows.at(3).startsWith(QDate::currentDate().toString(Qt::ISODate).toLatin1() + ",payment,"), rows.at(3).constData());
        QVERIFY(rows.at(3).contains(",250.00,0.00"));
        const QString pdfPath = m_workspace->filePath(QStringLiteral("statement.pdf"));
        QVERIFY(panel->saveStatement(pdfPath));
        QVERIFY(fileContents(pdfPath).startsWith("%PDF-"));
        keepScreenshotFile(pdfPath, QStringLiteral("statement-nb.pdf"));
    }

    void printPreviewShowsTheInvoices()
    {
        const QSqlDatabase database = m_workspace->connection();
        QList<qint64> ids;
        QVERIFY(InvoiceRepository(database).issue(2025, planDuesRun(database, 2025).mid(0, 3), duesIssueDate, false, &ids));
        DuesPage page(&m_workspace->workspace());
        page.yearFilter()->setCurrentIndex(page.yearFilter()->findData(2025));
        page.view()->selectAll();
        bool shown = false;
        QTimer::singleShot(200, this, [&shown] {
            QWidget *preview = QApplication::activeModalWidget();
            shown = preview && preview->inherits("QPrintPreviewDialog");
            if (preview) {
                grabTo(preview, QStringLiteral("print-preview.png"));
                preview->close();
            }
        });
        page.printSelected(true);
        QVERIFY(shown);
    }

private:
    std::unique_ptr<TemporaryWorkspace> m_workspace;
};

QTEST_MAIN(TestDuesPage)
#include "tst_duespage.moc"
