#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Sekretariat {

// One municipality's figure as the file gives it.
struct PopulationFigure
{
    QString number;      // four digits, as the file has it ("3001" for Halden in 2022)
    QString name;        // the file's name, "Snåase - Snåsa"; empty when the file has codes only
    qint64 population = 0;
};

// The population by municipality on 1 January of one year, from a file of
// Statistics Norway's table 07459 (or one like it).
struct PopulationFile
{
    QString format;               // "CSV" or "JSON-stat 2.0", for the report
    QString title;                // the table's title where the file has one
    int year = 0;
    QList<int> years;             // every year the file has, ascending
    QList<PopulationFigure> municipalities;
    QStringList otherRegions;     // the country, counties, "K-Rest": not municipalities
    QDate date() const { return QDate(year, 1, 1); }
};

// Reads the files SSB's Statbank and API give for table 07459: CSV with ';',
// ',' or tab, UTF-8 or ISO-8859-1, with or without the title line, Norwegian or
// English headers, one column per year ("Personer 2024") or a year column, ages
// in rows (summed), regions as "K-0301 Oslo", "0301 Oslo" or "0301"; and
// JSON-stat 2.0. A file is read whole or refused with the reason.
class PopulationFileReader
{
    Q_DECLARE_TR_FUNCTIONS(PopulationFileReader)

public:
    // The figures of `year`, or of the latest year in the file when `year` is 0.
    static std::optional<PopulationFile> read(const QByteArray &contents, int year, QString *error);

private:
    static std::optional<PopulationFile> readCsv(const QString &text, int year, QString *error);
    static std::optional<PopulationFile> readJsonStat(const QByteArray &contents, int year, QString *error);
};

} // namespace Sekretariat
