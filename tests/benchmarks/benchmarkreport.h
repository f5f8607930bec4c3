#pragma once

// What every benchmark shares: statistics over samples, the one BENCH line the
// run script collects, a short table for the reader, and where the large
// database is. Header-only and Qt Core only, so any benchmark can include it.
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Sekretariat::Benchmark {

inline double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    return samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
}

// Nearest rank: the smallest sample with at least p % of the samples at or below it.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

inline double maximum(const QList<double> &samples)
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end());
}

inline QString number(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

// BENCH <name> <value> <unit> baseline <value> ratio <value>
inline void printBench(const QString &name, double value, const QString &unit, double baseline)
{
    const double ratio = baseline > 0 ? value / baseline : 0;
    QTextStream(stdout) << QStringLiteral("BENCH %1 %2 %3 baseline %4 ratio %5")
                               .arg(name, number(value), unit, number(baseline), QString::number(ratio, 'f', 2))
                        << Qt::endl;
}

// A plain-text table: the first row is the header.
inline void printTable(const QString &title, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QTextStream out(stdout);
    out << Qt::endl << title << Qt::endl;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (qsizetype column = 0; column < rows.at(r).size(); ++column)
            cells.append(column == 0 ? rows.at(r).at(column).leftJustified(widths.at(column))
                                     : rows.at(r).at(column).rightJustified(widths.at(column)));
        out << QStringLiteral("  ") << cells.join(QStringLiteral("  ")) << Qt::endl;
        if (r == 0) {
            QStringList rules;
            for (qsizetype width : std::as_const(widths))
                rules.append(QString(width, u'-'));
            out << QStringLiteral("  ") << rules.join(QStringLiteral("  ")) << Qt::endl;
        }
    }
    out << Qt::endl;
}

inline QString meets(double value, double target)
{
    return value <= target ? QStringLiteral("met") : QStringLiteral("MISSED");
}

#ifdef SEKRETARIAT_LARGE_DATABASE
// The first argument that is not an option, or the database make_large_database
// wrote into the build folder. Empty (after saying why) when there is none.
inline QString largeDatabasePath(const QStringList &arguments)
{
    QString path = QStringLiteral(SEKRETARIAT_LARGE_DATABASE);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments.at(i).startsWith(u'-')) {
            path = arguments.at(i);
            break;
        }
    }
    // A server's copy of it (copy-database --to postgresql://...): as it is.
    if (path.startsWith(u"postgresql://"))
        return path;
    if (!QFileInfo::exists(path)) {
        QTextStream(stderr) << path << QStringLiteral(" does not exist; write it first with make_large_database ")
                            << path << Qt::endl;
        return {};
    }
    return QFileInfo(path).absoluteFilePath();
}
#endif

} // namespace Sekretariat::Benchmark
