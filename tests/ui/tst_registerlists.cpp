// The lists of every page as a user works with them: a toolbar and a context
// menu with the page's actions (also in the window's menu named after the
// page), the list exported and printed as shown, columns that fit the window in
// both languages, long text elided with the whole text as a tool tip, and the
// navigation with icons.
#include "common/elidingdelegate.h"
#include "common/registerfiltermodel.h"
#include "common/registerpage.h"
#include "dues/duespage.h"
#include "duesfixture.h"
#include "filedialoganswerer.h"
#include "i18n/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "members/membersmodel.h"
#include "members/memberspage.h"
#include "people/peoplemodel.h"
#include "people/peoplepage.h"
#include "people/personrepository.h"
#include "dues/duesrepository.h"
#include "dues/invoicerepository.h"
#include "dues/invoicesmodel.h"
#include "common/modelroles.h"
#include "screenshots.h"
#include "testutils.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>

using namespace Sekretariat;

class TestRegisterLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyPageHasItsActionsInToolbarMenuAndContextMenu();
    void exportsTheListAsShown();
    void exportedCellsAreNeverRunAsFormulas();
    void exportsAWorkbookWithNumbersDatesAndAmounts();
    void printsTheListAsShown();
    void columnsFitTheWindow_data();
    void columnsFitTheWindow();
    void longTextIsElidedWithTheWholeTextAsToolTip();
    void numbersAreRightAlignedAndOrganisationNumbersGrouped();
    void navigationShowsIcons();
    void screenshots();

private:
    bool showOnDemo(MainWindow &window);
    static QList<MainWindow::Page> allPages();

    std::unique_ptr<TestUtils::TemporaryWorkspace> m_demo;
};

void TestRegisterLists::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = std::make_unique<TestUtils::TemporaryWorkspace>();
    QVERIFY(m_demo->isOpen());
    QVERIFY(m_demo->fillWithDemo());
    // Invoices to show on the Dues page.
    QVERIFY(TestUtils::issue2025Once(m_demo->workspace().database().connection()));
}

void TestRegisterLists::init()
{
    QSettings().clear();
}

bool TestRegisterLists::showOnDemo(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openDatabase(m_demo->path()))
        return false;
    // The people and the members' contacts are read once the window has painted.
    return QTest::qWaitFor([&window] {
        return !window.workspace()->isReadingInBackground();
    });
}

QList<MainWindow::Page> TestRegisterLists::allPages()
{
    return {MainWindow::MembersPageIndex, MainWindow::PeoplePageIndex, MainWindow::DuesPageIndex,
            MainWindow::EventsPageIndex, MainWindow::GroupsPageIndex};
}

void TestRegisterLists::everyPageHasItsActionsInToolbarMenuAndContextMenu()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    for (MainWindow::Page which : allPages()) {
        window.showPage(which);
        RegisterPage *page = window.currentPage();
        QVERIFY(page);
        // The toolbar: New, Open, Export List and Print List at least, each with an icon.
        const QList<QAction *> toolbar = page->toolBar()->actions();
        for (QAction *action : {page->newAction(), page->openAction(), page->exportListAction(), page->printListAction()}) {
            QVERIFY2(toolbar.contains(action), qPrintable(action->text()));
            QVERIFY(!action->icon().isNull());
            QVERIFY(page->toolBar()->widgetForAction(action)->isVisible());
        }
        // The window's menu named after the page holds the same actions.
        QMenu *pageMenu = nullptr;
        for (QAction *action : window.menuBar()->actions()) {
            if (action->menu() && action->text() == page->menuTitle() && action->isVisible())
                pageMenu = action->menu();
        }
        QVERIFY2(pageMenu, qPrintable(page->menuTitle()));
        for (QAction *action : page->pageActions())
            QVERIFY(pageMenu->actions().contains(action));
        QVERIFY(pageMenu->actions().contains(page->exportListAction()));

        // A right click on a row selects it and offers Open, and the page's actions.
        QTableView *view = page->view();
        if (view->model()->rowCount() == 0)
            continue;
        view->clearSelection();
        const QPoint cell = view->visualRect(view->model()->index(0, 0)).center();
        QStringList offered;
        QTimer::singleShot(50, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                offered.append(action->text());
            menu->close();
        });
        QContextMenuEvent click(QContextMenuEvent::Mouse, cell, view->viewport()->mapToGlobal(cell));
        QApplication::sendEvent(view->viewport(), &click);
        QVERIFY2(offered.contains(page->openAction()->text()), qPrintable(offered.join(u',')));
        QVERIFY(offered.contains(page->exportListAction()->text()));
        QVERIFY(page->currentId() > 0);
        QVERIFY(page->openAction()->isEnabled());
    }
    // Invoices are never deleted: the Dues page offers no Delete.
    QVERIFY(!window.duesPage()->deleteAction()->isVisible());
}

void TestRegisterLists::exportsTheListAsShown()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("nb"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    MembersPage *page = window.membersPage();
    // Filtered by typing and sorted by a click on the population's header, largest first.
    QTest::keyClicks(page->searchField(), QStringLiteral("dal"));
    QHeaderView *header = page->view()->horizontalHeader();
    const int population = header->sectionViewportPosition(MembersModel::PopulationColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(population, header->height() / 2));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(population, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(MembersModel::PopulationColumn));
    header->hideSection(MembersModel::InvoiceEmailColumn);
    const int shown = page->view()->model()->rowCount();
    QVERIFY(shown > 1 && shown < window.workspace()->membersModel()->rowCount());

    const QString path = m_demo->filePath(QStringLiteral("members-shown.csv"));
    TestUtils::FileDialogAnswerer answerer(path);
    page->exportListAction()->trigger();
    QVERIFY(answerer.answered);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));  // Excel reads UTF-8 by its BOM
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown + 1);
    // The header as shown, in the window's language, without the hidden column.
    const QStringList headers = lines.first().split(u';');
    QCOMPARE(headers.size(), page->visibleColumnsInOrder().size());
    QVERIFY2(headers.contains(QStringLiteral("Innbyggertall")), qPrintable(lines.first()));
    QVERIFY(!lines.first().contains(QStringLiteral("E-post for faktura")));
    // The rows in the order shown: the first is the largest.
    const QAbstractItemModel *model = page->view()->model();
    const QString firstName = model->index(0, MembersModel::NameColumn).data().toString();
    QVERIFY2(lines.at(1).contains(firstName), qPrintable(lines.at(1)));
    QVERIFY(model->index(0, MembersModel::PopulationColumn).data(SortRole).toInt()
            >= model->index(1, MembersModel::PopulationColumn).data(SortRole).toInt());
    // The window says what was written.
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("members-shown.csv")));
}

namespace {

// The workbook as a real reader sees it (python3-openpyxl): per cell of the
// first rows its value, its type and its number format; whether the header is bold.
QStringList readWorkbook(const QString &path, int rows)
{
    const QString script = QStringLiteral(
        "import sys, openpyxl\n"
        "book = openpyxl.load_workbook(sys.argv[1])\n"
        "sheet = book.active\n"
        "print('sheet', sheet.title, sheet.max_row, sheet.max_column, sheet.freeze_panes, bool(sheet.auto_filter.ref))\n"
        "print('bold', all(cell.font.bold for cell in sheet[1]))\n"
        "for row in sheet.iter_rows(min_row=1, max_row=int(sys.argv[2]) + 1):\n"
        "    print('\\t'.join('%s|%s|%s|%s' % (cell.value, type(cell.value).__name__, cell.data_type, cell.number_format)"
        " for cell in row))\n");
    const QString interpreter = TestUtils::pythonWith(QStringLiteral("openpyxl"));
    if (interpreter.isEmpty())
        return {QStringLiteral("python3-openpyxl is missing: install it (tools/install-dependencies.sh does)")};
    QProcess python;
    python.start(interpreter, {QStringLiteral("-c"), script, path, QString::number(rows)});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {QString::fromUtf8(python.readAllStandardError())};
    return QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

void TestRegisterLists::exportedCellsAreNeverRunAsFormulas()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    Person person;
    person.firstName = QStringLiteral("Ann");
    person.lastName = QStringLiteral("Zzformula");
    person.title = QStringLiteral("=HYPERLINK(\"http://example.com\")");
    person.email = QStringLiteral("-ann@example.com");
    const Outcome added = window.workspace()->people().add(person);
    QVERIFY2(added, qPrintable(added.message()));
    window.workspace()->personChanged(added.id());
    window.showPage(MainWindow::PeoplePageIndex);
    PeoplePage *page = window.peoplePage();
    QTRY_VERIFY(!window.workspace()->peopleModel()->isLoading());
    QTest::keyClicks(page->searchField(), QStringLiteral("Zzformula"));
    QCOMPARE(page->view()->model()->rowCount(), 1);
    page->view()->horizontalHeader()->showSection(PeopleModel::TitleColumn);  // a narrow window may hide it
    const QString path = m_demo->filePath(QStringLiteral("formula.csv"));
    QVERIFY(page->exportList(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("'=HYPERLINK(\"\"http://example.com\"\")")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("'-ann@example.com")));
    // In a workbook it is a text cell, never a formula, and keeps its text.
    const QString workbook = m_demo->filePath(QStringLiteral("formula.xlsx"));
    QVERIFY(page->exportList(workbook));
    const QStringList read = readWorkbook(workbook, 1);
    QVERIFY2(read.size() == 4, qPrintable(read.join(u'\n')));
    QVERIFY2(read.at(3).contains(QStringLiteral("=HYPERLINK(\"http://example.com\")|str|s|")), qPrintable(read.at(3)));
    QVERIFY2(read.at(3).contains(QStringLiteral("-ann@example.com|str|s|")), qPrintable(read.at(3)));
    QVERIFY(window.workspace()->people().remove(added.id()));
}

void TestRegisterLists::exportsAWorkbookWithNumbersDatesAndAmounts()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.resize(1800, 900);   // room for every column
    QVERIFY(showOnDemo(window));
    window.showPage(MainWindow::DuesPageIndex);
    DuesPage *page = window.duesPage();
    page->yearFilter()->setCurrentIndex(page->yearFilter()->findData(2025));
    QHeaderView *header = page->view()->horizontalHeader();
    for (int column : {int(InvoicesModel::NumberColumn), int(InvoicesModel::MemberNumberColumn),
                       int(InvoicesModel::IssueDateColumn), int(InvoicesModel::AmountColumn), int(InvoicesModel::KidColumn)})
        header->showSection(column);   // a narrow window may hide some
    const int shown = page->view()->model()->rowCount();
    QVERIFY(shown > 2);

    // Typed without a suffix: the workbook, the first format offered, adds it.
    const QString typed = m_demo->filePath(QStringLiteral("invoices-2025"));
    TestUtils::FileDialogAnswerer answerer(typed);
    page->exportListAction()->trigger();
    QVERIFY(answerer.answered);
    const QString path = typed + QStringLiteral(".xlsx");
    QVERIFY2(QFile::exists(path), qPrintable(path));

    const QStringList read = readWorkbook(path, 2);
    QVERIFY2(read.size() == 5, qPrintable(read.join(u'\n')));
    QCOMPARE(read.at(0), QStringLiteral("sheet Invoices %1 %2 A2 True").arg(shown + 1).arg(page->visibleColumnsInOrder().size()));
    QCOMPARE(read.at(1), QStringLiteral("bold True"));
    const QStringList headers = read.at(2).split(u'\t');
    const QStringList first = read.at(3).split(u'\t');
    const QList<int> columns = page->visibleColumnsInOrder();
    for (int column : {int(InvoicesModel::NumberColumn), int(InvoicesModel::MemberNumberColumn),
                       int(InvoicesModel::IssueDateColumn), int(InvoicesModel::AmountColumn), int(InvoicesModel::KidColumn)})
        QVERIFY2(columns.contains(column), qPrintable(QString::number(column)));
    const QAbstractItemModel *model = page->view()->model();
    auto cell = [&](int modelColumn) { return first.at(columns.indexOf(modelColumn)).split(u'|'); };
    QVERIFY2(headers.at(columns.indexOf(InvoicesModel::AmountColumn)).startsWith(u"Amount|str"), qPrintable(read.at(2)));
    // An amount is a number with two decimals, not the text "NOK 10,882.00".
    const qint64 ore = model->index(0, InvoicesModel::AmountColumn).data(SortRole).toLongLong();
    QCOMPARE(cell(InvoicesModel::AmountColumn).at(2), QStringLiteral("n"));   // a number cell
    QCOMPARE(cell(InvoicesModel::AmountColumn).at(0).toDouble(), double(ore) / 100.0);
    QCOMPARE(cell(InvoicesModel::AmountColumn).at(3), QStringLiteral("#,##0.00"));
    // A date is a date; the invoice number a number; the member's number and the KID stay text.
    QCOMPARE(cell(InvoicesModel::IssueDateColumn).at(1), QStringLiteral("datetime"));
    QVERIFY2(cell(InvoicesModel::IssueDateColumn).at(0).startsWith(
                 model->index(0, InvoicesModel::IssueDateColumn).data(SortRole).toDate().toString(Qt::ISODate)),
             qPrintable(cell(InvoicesModel::IssueDateColumn).join(u'|')));
    QCOMPARE(cell(InvoicesModel::NumberColumn).at(1), QStringLiteral("int"));
    QCOMPARE(cell(InvoicesModel::MemberNumberColumn).at(2), QStringLiteral("s"));
    QCOMPARE(cell(InvoicesModel::KidColumn).at(0), model->index(0, InvoicesModel::KidColumn).data().toString());
    QCOMPARE(cell(InvoicesModel::KidColumn).at(2), QStringLiteral("s"));

    // Plain CSV, chosen by the person in the dialog: commas, no byte order mark.
    const QString csvPath = m_demo->filePath(QStringLiteral("invoices-plain.csv"));
    QVERIFY(page->exportList(csvPath, RegisterPage::ListFormat::PlainCsv));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(bytes.startsWith("No.,") || bytes.contains("Amount"), bytes.left(200).constData());
    QCOMPARE(bytes.count("\r\n"), shown + 1);
}

void TestRegisterLists::printsTheListAsShown()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    window.showPage(MainWindow::DuesPageIndex);
    DuesPage *page = window.duesPage();
    page->yearFilter()->setCurrentIndex(page->yearFilter()->findData(2025));
    QVERIFY(page->view()->model()->rowCount() > 0);
    const QString path = m_demo->filePath(QStringLiteral("invoices-list.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    page->printList(&printer);
    const QString text = TestUtils::pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Invoices")), qPrintable(text.left(400)));
    const QString member = page->view()->model()->index(0, InvoicesModel::MemberNameColumn).data().toString();
    QVERIFY2(text.contains(member.section(u' ', 0, 0)), qPrintable(member));
    QVERIFY2(text.contains(QStringLiteral("Outstanding")), qPrintable(text.left(1500)));
    TestUtils::keepScreenshotFile(path, QStringLiteral("print-list-invoices.pdf"));
}

void TestRegisterLists::columnsFitTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        for (int width : {1024, 1280}) {
            QTest::addRow("%s-%d", qPrintable(language), width) << language << width;
        }
    }
}

void TestRegisterLists::columnsFitTheWindow()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    LanguageManager languages;
    languages.setLanguage(language);
    MainWindow window(&languages);
    window.resize(width, 700);
    QVERIFY(showOnDemo(window));
    for (MainWindow::Page which : allPages()) {
        window.showPage(which);
        RegisterPage *page = window.currentPage();
        QTableView *view = page->view();
        QHeaderView *header = view->horizontalHeader();
        QCoreApplication::processEvents();
        QTRY_VERIFY2(header->length() <= view->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2 > %3").arg(page->listTitle()).arg(header->length()).arg(view->viewport()->width())));
        // No sideways scrolling, and no header cut.
        QVERIFY(!view->horizontalScrollBar()->isVisible() || view->horizontalScrollBar()->maximum() == 0);
        for (int column : page->visibleColumnsInOrder()) {
            const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title) + 12,
                     qPrintable(QStringLiteral("%1: %2").arg(page->listTitle(), title)));
        }
    }
}

void TestRegisterLists::longTextIsElidedWithTheWholeTextAsToolTip()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    QTableView *view = window.peoplePage()->view();
    window.showPage(MainWindow::PeoplePageIndex);
    view->horizontalHeader()->resizeSection(PeopleModel::RolesColumn, 60);
    QModelIndex long_;
    for (int row = 0; row < view->model()->rowCount() && !long_.isValid(); ++row) {
        const QModelIndex index = view->model()->index(row, PeopleModel::RolesColumn);
        if (index.data().toString().size() > 20)
            long_ = index;
    }
    QVERIFY(long_.isValid());
    view->scrollTo(long_);
    const QRect cell = view->visualRect(long_);
    QHelpEvent help(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), long_.data().toString());
    QToolTip::hideText();
    // A short text that fits shows no tool tip of its own.
    view->horizontalHeader()->resizeSection(PeopleModel::RolesColumn, 2000);
    QHelpEvent again(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(view->viewport(), &again);
    QTRY_VERIFY(QToolTip::text().isEmpty() || !QToolTip::isVisible());
}

void TestRegisterLists::numbersAreRightAlignedAndOrganisationNumbersGrouped()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    const QAbstractItemModel *members = window.membersPage()->view()->model();
    int withNumber = 0;
    while (withNumber < members->rowCount()
           && members->index(withNumber, MembersModel::OrganisationNumberColumn).data(ExportValueRole).toString().isEmpty())
        ++withNumber;
    const QString number = members->index(withNumber, MembersModel::OrganisationNumberColumn).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{3} \\d{3} \\d{3}$")).match(number).hasMatch(), qPrintable(number));
    QVERIFY(members->index(0, MembersModel::PopulationColumn).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    // Found whether typed grouped or not.
    QTest::keyClicks(window.membersPage()->searchField(), QString(number).remove(u' '));
    QCOMPARE(members->rowCount(), 1);

    window.showPage(MainWindow::DuesPageIndex);
    DuesPage *dues = window.duesPage();
    dues->yearFilter()->setCurrentIndex(dues->yearFilter()->findData(2025));
    const QAbstractItemModel *invoices = dues->view()->model();
    for (int column : {InvoicesModel::NumberColumn, InvoicesModel::YearColumn, InvoicesModel::AmountColumn,
                       InvoicesModel::PaidColumn, InvoicesModel::OutstandingColumn, InvoicesModel::FeesColumn})
        QVERIFY(invoices->index(0, column).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
}

void TestRegisterLists::navigationShowsIcons()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("nb"));
    MainWindow window(&languages);
    QVERIFY(showOnDemo(window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), 5);
    for (int row = 0; row < navigation->count(); ++row) {
        QVERIFY(!navigation->item(row)->text().isEmpty());
        QVERIFY(!navigation->item(row)->icon().pixmap(24, 24).isNull());
    }
}

void TestRegisterLists::screenshots()
{
    if (qEnvironmentVariableIsEmpty("SEKRETARIAT_SCREENSHOTS"))
        QSKIP("Set SEKRETARIAT_SCREENSHOTS to a folder to write screenshots.");
    const QStringList names{QStringLiteral("members"), QStringLiteral("people"), QStringLiteral("dues"),
                            QStringLiteral("events"), QStringLiteral("groups")};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        for (const QSize &size : {QSize(1024, 700), QSize(1600, 1000)}) {
            QSettings().clear();
            LanguageManager languages;
            languages.setLanguage(language);
            MainWindow window(&languages);
            window.resize(size);
            QVERIFY(showOnDemo(window));
            for (MainWindow::Page which : allPages()) {
                window.showPage(which);
                if (which == MainWindow::DuesPageIndex)
                    window.duesPage()->yearFilter()->setCurrentIndex(window.duesPage()->yearFilter()->findData(2025));
                QTest::qWait(20);
                TestUtils::grabTo(&window, QStringLiteral("page-%1-%2-%3.png")
                                               .arg(names.at(which), language, QString::number(size.width())));
            }
        }
    }
}

QTEST_MAIN(TestRegisterLists)
#include "tst_registerlists.moc"
