// Date fields store the day typed, in the language's forms, or say why not:
// DateText's forms, the DateField widget typed into as a person does, a form
// with an optional date, and the payment dialog's date reaching the register.
#include "common/datefield.h"
#include "common/datetext.h"
#include "common/optionaldateedit.h"
#include "dues/invoiceamountdialog.h"
#include "dues/invoicerepository.h"
#include "duesfixture.h"
#include "members/memberdialog.h"
#include "screenshots.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

void typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::qWait(1);  // the field selects all after the click
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

} // namespace

class TestDateField : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    }

    void textIsReadInTheLanguagesForms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        const QDate day(2026, 11, 15);
        QTest::newRow("nb full") << "nb_NO" << "15.11.2026" << day;
        QTest::newRow("nb short year") << "nb_NO" << "15.11.26" << day;
        QTest::newRow("nb digits") << "nb_NO" << "151126" << day;
        QTest::newRow("nb eight digits") << "nb_NO" << "15112026" << day;
        QTest::newRow("nb one-digit day") << "nb_NO" << "5.1.2027" << QDate(2027, 1, 5);
        QTest::newRow("nb ISO") << "nb_NO" << "2026-11-15" << day;
        QTest::newRow("nb month name") << "nb_NO" << "15. nov. 2026" << day;
        QTest::newRow("en month name") << "en_GB" << "15 Nov 2026" << day;
        QTest::newRow("en slashes") << "en_GB" << "15/11/2026" << day;
        QTest::newRow("en US month first") << "en_US" << "11/15/2026" << day;
        QTest::newRow("not a day") << "nb_NO" << "31.02.2026" << QDate();
        QTest::newRow("not a month") << "nb_NO" << "15.13.2026" << QDate();
        QTest::newRow("words") << "nb_NO" << "i morgen" << QDate();
        QTest::newRow("too many digits") << "nb_NO" << "1511202" << QDate();
        QTest::newRow("empty") << "nb_NO" << "" << QDate();
    }

    void textIsReadInTheLanguagesForms()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(DateText::parse(text, QLocale(locale)).value_or(QDate()), expected);
    }

    void typingReplacesTheDateAndIsShownInFull()
    {
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *next = new QLineEdit(&form);  // where Tab goes
        DateField &field = *new DateField(&form);
        layout->addWidget(&field);
        layout->addWidget(next);
        field.setDate(QDate(2026, 5, 1));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("01.05.2026"));
        // Clicking into the field and typing: the whole date is replaced, not a section of it.
        typeInto(field.lineEdit(), QStringLiteral("151126"));
        QCOMPARE(field.date(), QDate(2026, 11, 15));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("15.11.2026"));
        QVERIFY(field.problem(QStringLiteral("Dato")).isEmpty());

        typeInto(field.lineEdit(), QStringLiteral("31.02.2026"));
        QVERIFY(!field.date().isValid());
        QVERIFY(!field.isAcceptable());
        QVERIFY2(field.problem(QStringLiteral("Betalt")).contains(QStringLiteral("31.02.2026")),
                 qPrintable(field.problem(QStringLiteral("Betalt"))));
        QVERIFY(!field.lineEdit()->styleSheet().isEmpty());  // marked
        grabTo(&field, QStringLiteral("date-field-refused.png"));
    }

    // The payment dialog stores the day typed; a wrong date is refused with the reason, nothing stored.
    void aPaymentIsDatedTheDayTyped()
    {
        const auto workspace = demoWorkspaceWith2025Rate();
        QVERIFY(workspace);
        const QSqlDatabase database = workspace->connection();
        QList<qint64> ids;
        InvoiceRepository invoices(database);
        QVERIFY(invoices.issue(2025, planDuesRun(database, 2025).mid(0, 1), duesIssueDate, false, &ids));
        InvoiceAmountDialog dialog(&workspace->workspace(), *invoices.find(ids.first()),
                                   InvoiceAmountDialog::Purpose::Payment);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *date = dialog.findChild<DateField *>(QStringLiteral("date"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        typeInto(date->lineEdit(), QStringLiteral("32.03.2025"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("32.03.2025")), qPrintable(error->text()));
        QVERIFY(invoices.paymentsOf(ids.first()).isEmpty());
        grabTo(&dialog, QStringLiteral("payment-date-refused.png"));

        typeInto(date->lineEdit(), QStringLiteral("15.3.25"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(invoices.paymentsOf(ids.first()).first().paidOn, QDate(2025, 3, 15));
    }

    // An optional date ticked and typed wrong is not saved as no date: the form says which field.
    void anOptionalDateTypedWrongIsNamed()
    {
        const auto workspace = demoWorkspaceWith2025Rate();
        QVERIFY(workspace);
        const QList<DuesRunLine> lines = planDuesRun(workspace->connection(), 2025);
        MemberDialog dialog(&workspace->workspace(), lines.first().member.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.tabs()->setCurrentIndex(MemberDialog::MembershipTab);
        auto *applied = dialog.findChild<OptionalDateEdit *>(QStringLiteral("appliedOn"));
        if (!applied->checkBox()->isChecked())
            QTest::mouseClick(applied->checkBox(), Qt::LeftButton);
        typeInto(applied->dateEdit()->lineEdit(), QStringLiteral("1.1.20266"));
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("1.1.20266")), qPrintable(error->text()));
        QVERIFY2(error->text().startsWith(DateField::labelOf(applied->dateEdit())), qPrintable(error->text()));
        QVERIFY(DateField::labelOf(applied->dateEdit()) != QStringLiteral("Date"));
        grabTo(&dialog, QStringLiteral("member-date-refused.png"));

        typeInto(applied->dateEdit()->lineEdit(), QStringLiteral("010120"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(workspace->workspace().members().find(lines.first().member.id)->appliedOn, QDate(2020, 1, 1));
    }
};

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
