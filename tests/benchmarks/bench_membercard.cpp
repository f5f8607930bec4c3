// bench_membercard: opening a member's card on the large database, with its
// people, invoices and the events its people attended: from the double-click
// to the painted dialog. Baseline: the same rows read with plain SQL.
//
//   bench_membercard [FILE]
#include "benchmarkreport.h"
#include "i18n/languagemanager.h"
#include "members/memberdialog.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::Benchmark;

namespace {

constexpr int rounds = 20;

double readRowsWithSql(const QSqlDatabase &database, qint64 memberId)
{
    QElapsedTimer timer;
    timer.start();
    for (const char *sql : {"SELECT * FROM people WHERE member_id = ?", "SELECT * FROM roles WHERE member_id = ?",
                            "SELECT * FROM invoices WHERE member_id = ?",
                            "SELECT * FROM event_registrations WHERE member_id = ? AND status = 'attended'"}) {
        QSqlQuery query(database);
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(memberId);
        query.exec();
        while (query.next()) {
        }
    }
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
    if (workspace.open(path) != Database::OpenResult::Ok)
        return 1;
    QSqlQuery biggest(workspace.database().connection());
    biggest.exec(QStringLiteral("SELECT member_id, count(*) FROM people WHERE member_id IS NOT NULL GROUP BY member_id"
                                " ORDER BY 2 DESC LIMIT 1"));
    if (!biggest.next())
        return 1;
    const qint64 memberId = biggest.value(0).toLongLong();
    const int people = biggest.value(1).toInt();

    QList<double> open;
    QList<double> sql;
    for (int round = 0; round < rounds + 1; ++round) {
        QElapsedTimer timer;
        timer.start();
        MemberDialog dialog(&workspace, memberId);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return 1;
        dialog.repaint();
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        const double baseline = readRowsWithSql(workspace.database().connection(), memberId);
        if (round > 0) {  // the first round warms caches
            open.append(elapsed);
            sql.append(baseline);
        }
    }
    printTable(QStringLiteral("Opening the card of the member with most people (%1 people; ms, %2 rounds)").arg(people).arg(rounds),
               {{QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("max"), QStringLiteral("target")},
                {QStringLiteral("card painted"), number(median(open)), number(maximum(open)),
                 QStringLiteral("<= 30: ") + meets(median(open), 30)},
                {QStringLiteral("baseline: the rows read with SQL"), number(median(sql)), number(maximum(sql)), QString()}});
    printBench(QStringLiteral("member_card_open"), median(open), QStringLiteral("ms"), median(sql));
    return 0;
}
