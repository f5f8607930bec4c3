// Search as you type on the people page of the large database: the time of each
// keystroke while a six-letter last name is typed into the search field (the
// proxy filters synchronously inside the key press), median and 95th percentile
// over 20 rounds. Baseline: SQLite's own scan of the same column for the same
// prefixes, SELECT count(*) FROM people WHERE last_name LIKE '%prefix%'.
//
//   bench_search [FILE]
#include "benchmarkreport.h"
#include "common/registerfiltermodel.h"
#include "largedatabasebuilder.h"
#include "i18n/languagemanager.h"
#include "people/peoplemodel.h"
#include "people/peoplepage.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::Benchmark;

namespace {

constexpr int rounds = 20;

double millisecondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    const QString path = largeDatabasePath(application.arguments());
    if (path.isEmpty())
        return 2;
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("nb"));

    Workspace workspace;
    if (workspace.open(path) != Database::OpenResult::Ok) {
        QTextStream(stderr) << workspace.errorString() << Qt::endl;
        return 1;
    }
    PeoplePage page(&workspace);
    page.resize(1200, 700);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 1;
    QCoreApplication::processEvents();

    const QString name = LargeDatabaseBuilder::typicalLastName().toLower();
    QLineEdit *field = page.searchField();
    field->setFocus();

    QList<double> filter, withPaint, widening;
    QList<int> shownAfter;
    for (int round = 0; round < rounds; ++round) {
        field->clear();
        QCoreApplication::processEvents();
        for (QChar letter : name) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(field, char(letter.unicode()));
            filter.append(millisecondsSince(timer));
            QCoreApplication::processEvents();
            withPaint.append(millisecondsSince(timer));
            if (round == 0)
                shownAfter.append(page.filterModel()->rowCount());
        }
        // And back again, one letter at a time: each step widens the filter.
        for (qsizetype i = 0; i < name.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(field, Qt::Key_Backspace);
            widening.append(millisecondsSince(timer));
            QCoreApplication::processEvents();
        }
    }

    // The baseline: SQLite scanning the same column for each prefix.
    QList<double> sqlite;
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM people WHERE last_name LIKE ?"));
    QList<qint64> sqliteCounts;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype length = 1; length <= name.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            query.addBindValue(u'%' + name.left(length) + u'%');
            query.exec();
            query.next();
            const qint64 count = query.value(0).toLongLong();
            query.finish();
            sqlite.append(millisecondsSince(timer));
            if (round == 0)
                sqliteCounts.append(count);
        }
    }

    QStringList shown;
    for (int count : std::as_const(shownAfter))
        shown.append(QString::number(count));
    QStringList lastNameMatches;
    for (qint64 count : std::as_const(sqliteCounts))
        lastNameMatches.append(QString::number(count));

    const double p95 = percentile(filter, 95);
    const double baselineP95 = percentile(sqlite, 95);
    printTable(QStringLiteral("Typing “%1” into the people search (%2 people, %3 keystrokes; ms)")
                   .arg(name)
                   .arg(workspace.peopleModel()->rowCount())
                   .arg(filter.size()),
               {{QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("p95"), QStringLiteral("max"),
                 QStringLiteral("target")},
                {QStringLiteral("keystroke (filter, synchronous)"), number(median(filter)), number(p95),
                 number(maximum(filter)), QStringLiteral("p95 <= 16: ") + meets(p95, 16)},
                {QStringLiteral("keystroke and repaint"), number(median(withPaint)), number(percentile(withPaint, 95)),
                 number(maximum(withPaint)), {}},
                {QStringLiteral("backspace (widening)"), number(median(widening)), number(percentile(widening, 95)),
                 number(maximum(widening)), {}},
                {QStringLiteral("baseline: SQLite LIKE on last_name"), number(median(sqlite)), number(baselineP95),
                 number(maximum(sqlite)), {}}});
    QTextStream(stdout) << QStringLiteral("  rows shown after each letter: ") << shown.join(QStringLiteral(", "))
                        << Qt::endl
                        << QStringLiteral("  last names matching each prefix: ") << lastNameMatches.join(QStringLiteral(", "))
                        << Qt::endl
                        << Qt::endl;
    printBench(QStringLiteral("people_search_keystroke_p95"), p95, QStringLiteral("ms"), baselineP95);
    return 0;
}
