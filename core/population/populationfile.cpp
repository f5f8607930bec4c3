#include "populationfile.h"

#include "common/csvreader.h"
#include "common/textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace Sekretariat {

namespace {

// "K-3101 Halden", "3101 Halden", "0301 Oslo kommune", "K-3101", "3101":
// four digits make a municipality; "F-31 Østfold", "01 Østfold", "K-Rest",
// "0 Hele landet" are other regions.
struct Region
{
    bool municipality = false;
    QString number;
    QString name;
};

Region regionOf(const QString &code, const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:K-)?(\\d{4})(?:\\s+(.*))?$"));
    Region region;
    const QRegularExpressionMatch match = pattern.match(code.trimmed());
    if (!match.hasMatch())
        return region;
    region.municipality = true;
    region.number = match.captured(1);
    QString name = label.isNull() ? match.captured(2).trimmed() : label.trimmed();
    static const QRegularExpression suffix(QStringLiteral("\\s+(kommune|kommune\\.)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    name.remove(suffix);
    region.name = name;
    return region;
}

// SSB marks a missing figure with ".." or ":" (and "-" for nil).
std::optional<qint64> figureOf(const QString &text, bool *missing)
{
    const QString value = text.trimmed();
    *missing = value == u".." || value == u":" || value == u"..." || value.isEmpty();
    if (value == u"-")
        return 0;
    QString digits = value;
    digits.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

QString folded(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

bool isOneOf(const QString &header, std::initializer_list<const char16_t *> names)
{
    const QString key = folded(header);
    for (const char16_t *name : names) {
        if (key == QStringView(name))
            return true;
    }
    return false;
}

// "Personer 2024", "Persons 2024", "2024", "Befolkning 2024": the year; a
// column split further ("Persons 2024 Males", "increase 2018-2019") is not one.
int yearOfValueColumn(const QString &header)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(personer|persons|befolkning|population|folketal|folketall|innbyggere|innbyggjarar)\\s+)?(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(header.trimmed());
    return match.hasMatch() ? match.captured(2).toInt() : 0;
}

struct Accumulated
{
    QList<PopulationFigure> municipalities;
    QHash<QString, qsizetype> indexOfNumber;
    QStringList otherRegions;
    bool summed = false;   // ages in rows: every figure a sum
};

bool add(Accumulated &into, const Region &region, const QString &label, qint64 value, bool sum, QString *duplicate)
{
    if (!region.municipality) {
        if (!into.otherRegions.contains(label))
            into.otherRegions.append(label);
        return true;
    }
    const auto found = into.indexOfNumber.constFind(region.number);
    if (found != into.indexOfNumber.constEnd()) {
        if (!sum) {
            *duplicate = region.number;
            return false;
        }
        into.municipalities[*found].population += value;
        return true;
    }
    into.indexOfNumber.insert(region.number, into.municipalities.size());
    into.municipalities.append({region.number, region.name, value});
    return true;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("PopulationFileReader", text);
}

// The year asked for, or the latest; false with the years the file has when it lacks it.
bool chooseYear(PopulationFile &file, int wantedYear, QString *error)
{
    if (file.years.isEmpty()) {
        *error = translated(QT_TRANSLATE_NOOP("PopulationFileReader", "The file names no year with figures."));
        return false;
    }
    file.year = wantedYear > 0 ? wantedYear : file.years.last();
    if (file.years.contains(file.year))
        return true;
    QStringList years;
    for (int year : std::as_const(file.years))
        years.append(QString::number(year));
    *error = translated(QT_TRANSLATE_NOOP("PopulationFileReader", "The file has no figures for %1; it has %2."))
                 .arg(wantedYear)
                 .arg(years.join(QStringLiteral(", ")));
    return false;
}

// A file is read whole: any figure that cannot be read refuses it.
bool finish(PopulationFile &file, const Accumulated &accumulated, const QStringList &unreadable, QString *error)
{
    if (!unreadable.isEmpty()) {
        *error = translated(QT_TRANSLATE_NOOP("PopulationFileReader",
                                              "Some figures of %1 cannot be read, so nothing is imported: %2."))
                     .arg(file.year)
                     .arg(unreadable.mid(0, 5).join(QStringLiteral("; "))
                          + (unreadable.size() > 5 ? QStringLiteral("; …") : QString()));
        return false;
    }
    if (accumulated.municipalities.isEmpty()) {
        *error = translated(QT_TRANSLATE_NOOP("PopulationFileReader",
                                              "The file has no municipality (a region such as “K-0301 Oslo” or “0301”)."));
        return false;
    }
    file.municipalities = accumulated.municipalities;
    file.otherRegions = accumulated.otherRegions;
    return true;
}

} // namespace

std::optional<PopulationFile> PopulationFileReader::read(const QByteArray &contents, int year, QString *error)
{
    const QByteArray start = contents.left(64).trimmed();
    if (start.startsWith('{') || contents.startsWith("\xEF\xBB\xBF{"))
        return readJsonStat(contents.startsWith("\xEF\xBB\xBF") ? contents.mid(3) : contents, year, error);
    return readCsv(TextDecoder::decode(contents).text, year, error);
}

std::optional<PopulationFile> PopulationFileReader::readCsv(const QString &text, int wantedYear, QString *error)
{
    const QList<QStringList> rows = CsvReader::parse(text, CsvReader::detectSeparator(text));
    PopulationFile file;
    file.format = QStringLiteral("CSV");
    // The title line, when there is one, is a single field; the header follows.
    qsizetype headerRow = 0;
    while (headerRow < rows.size() && rows.at(headerRow).size() < 2) {
        if (file.title.isEmpty())
            file.title = rows.at(headerRow).value(0).trimmed();
        ++headerRow;
    }
    if (headerRow >= rows.size()) {
        *error = tr("The file has no table: expected a header such as “region;Personer 2024” and a line per municipality.");
        return std::nullopt;
    }
    const QStringList header = rows.at(headerRow);
    int regionColumn = -1, yearColumn = -1, ageColumn = -1, valueColumn = -1;
    QMap<int, int> yearColumns;   // year -> column
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header.at(column);
        if (regionColumn < 0 && isOneOf(name, {u"region", u"kommune", u"region/kommune", u"name", u"navn", u"område"}))
            regionColumn = column;
        else if (isOneOf(name, {u"år", u"year", u"tid", u"aar"}))
            yearColumn = column;
        else if (isOneOf(name, {u"alder", u"age"}))
            ageColumn = column;
        else if (isOneOf(name, {u"value", u"verdi", u"personer", u"persons", u"befolkning", u"population"})
                 || folded(name).startsWith(u"07459"))
            valueColumn = column;
        else if (const int year = yearOfValueColumn(name))
            yearColumns.insert(year, column);
    }
    if (regionColumn < 0)
        regionColumn = 0;
    if (yearColumn >= 0 && valueColumn < 0)
        valueColumn = int(header.size()) - 1;
    if (yearColumn < 0 && yearColumns.isEmpty()) {
        *error = tr("No column of the file names a year: expected “Personer 2024”, “Persons 2024”, or a column “år” or "
                    "“year” beside the figures. The header reads “%1”.")
                     .arg(header.join(QStringLiteral("; ")));
        return std::nullopt;
    }

    // Which years the file has, and which one is read.
    if (yearColumn >= 0) {
        QList<int> years;
        for (qsizetype row = headerRow + 1; row < rows.size(); ++row) {
            const int year = rows.at(row).value(yearColumn).trimmed().toInt();
            if (year > 0 && !years.contains(year))
                years.append(year);
        }
        std::sort(years.begin(), years.end());
        file.years = years;
    } else {
        file.years = yearColumns.keys();
    }
    if (!chooseYear(file, wantedYear, error))
        return std::nullopt;
    const int column = yearColumn >= 0 ? valueColumn : yearColumns.value(file.year);
    const bool sum = ageColumn >= 0;

    Accumulated accumulated;
    QStringList unreadable;
    for (qsizetype row = headerRow + 1; row < rows.size(); ++row) {
        const QStringList &fields = rows.at(row);
        const QString label = fields.value(regionColumn).trimmed();
        if (label.isEmpty())
            continue;   // Excel's blank separator rows ";;;;"
        if (yearColumn >= 0 && fields.value(yearColumn).trimmed().toInt() != file.year)
            continue;
        const Region region = regionOf(label, QString());
        bool isMissing = false;
        const std::optional<qint64> value = figureOf(fields.value(column), &isMissing);
        if (!value) {
            if (isMissing && !region.municipality)
                continue;
            if (isMissing) {
                unreadable.append(tr("line %1 (%2): no figure").arg(row + 1).arg(label));
            } else {
                unreadable.append(tr("line %1 (%2): “%3” is not a whole number").arg(row + 1).arg(label, fields.value(column)));
            }
            continue;
        }
        QString duplicate;
        if (!add(accumulated, region, label, *value, sum, &duplicate)) {
            *error = tr("Municipality %1 is in the file twice for %2 (line %3).").arg(duplicate).arg(file.year).arg(row + 1);
            return std::nullopt;
        }
    }
    if (!finish(file, accumulated, unreadable, error))
        return std::nullopt;
    return file;
}

std::optional<PopulationFile> PopulationFileReader::readJsonStat(const QByteArray &contents, int wantedYear, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &parseError);
    const QJsonObject root = document.object();
    const QJsonArray ids = root.value(QStringLiteral("id")).toArray();
    const QJsonArray sizes = root.value(QStringLiteral("size")).toArray();
    const QJsonObject dimensions = root.value(QStringLiteral("dimension")).toObject();
    if (parseError.error != QJsonParseError::NoError || ids.isEmpty() || ids.size() != sizes.size()
        || dimensions.isEmpty()) {
        *error = parseError.error != QJsonParseError::NoError
            ? tr("The file is not valid JSON: %1 (at character %2).").arg(parseError.errorString()).arg(parseError.offset)
            : tr("The JSON file is not a JSON-stat 2.0 dataset (it needs “id”, “size”, “dimension” and “value”).");
        return std::nullopt;
    }
    PopulationFile file;
    file.format = QStringLiteral("JSON-stat 2.0");
    file.title = root.value(QStringLiteral("label")).toString();

    const QJsonObject roles = root.value(QStringLiteral("role")).toObject();
    const QJsonArray timeRole = roles.value(QStringLiteral("time")).toArray();
    int regionDimension = -1, timeDimension = -1;
    // The codes of each dimension, in index order.
    QList<QStringList> codes;
    for (int d = 0; d < ids.size(); ++d) {
        const QString id = ids.at(d).toString();
        const QJsonObject category = dimensions.value(id).toObject().value(QStringLiteral("category")).toObject();
        const QJsonValue index = category.value(QStringLiteral("index"));
        QStringList dimensionCodes(sizes.at(d).toInt());
        if (index.isObject()) {
            const QJsonObject indexObject = index.toObject();
            for (auto it = indexObject.begin(); it != indexObject.end(); ++it) {
                const int position = it.value().toInt(-1);
                if (position >= 0 && position < dimensionCodes.size())
                    dimensionCodes[position] = it.key();
            }
        } else if (index.isArray()) {
            const QJsonArray indexArray = index.toArray();
            for (int i = 0; i < indexArray.size() && i < dimensionCodes.size(); ++i)
                dimensionCodes[i] = indexArray.at(i).toString();
        } else if (dimensionCodes.size() == 1) {
            dimensionCodes[0] = category.value(QStringLiteral("label")).toObject().keys().value(0);
        }
        codes.append(dimensionCodes);
        if (id.compare(QStringLiteral("Region"), Qt::CaseInsensitive) == 0)
            regionDimension = d;
        if (timeRole.contains(id) || id == u"Tid")
            timeDimension = d;
    }
    if (regionDimension < 0 || timeDimension < 0) {
        *error = tr("The JSON-stat file has no dimension “Region” and a time dimension (“Tid”).");
        return std::nullopt;
    }
    for (int d = 0; d < ids.size(); ++d) {
        const QString id = ids.at(d).toString();
        if (d != regionDimension && d != timeDimension && codes.at(d).size() > 1
            && id.compare(QStringLiteral("Alder"), Qt::CaseInsensitive) != 0) {
            *error = tr("The JSON-stat file splits the figures by “%1”; download the table with one value of it "
                        "(the total population).").arg(id);
            return std::nullopt;
        }
    }
    for (const QString &code : codes.at(timeDimension)) {
        if (code.toInt() > 0)
            file.years.append(code.toInt());
    }
    std::sort(file.years.begin(), file.years.end());
    if (!chooseYear(file, wantedYear, error))
        return std::nullopt;
    const QJsonObject regionLabels = dimensions.value(ids.at(regionDimension).toString())
                                         .toObject()
                                         .value(QStringLiteral("category"))
                                         .toObject()
                                         .value(QStringLiteral("label"))
                                         .toObject();

    // value[] is in row-major order over id/size; a sparse dataset has an object.
    qint64 total = 1;
    for (const QJsonValue &size : sizes)
        total *= size.toInteger();
    const QJsonValue values = root.value(QStringLiteral("value"));
    Accumulated accumulated;
    QStringList unreadable;
    for (qint64 flat = 0; flat < total; ++flat) {
        qint64 rest = flat;
        QList<int> position(ids.size());
        for (int d = int(ids.size()) - 1; d >= 0; --d) {
            const int size = sizes.at(d).toInt();
            position[d] = int(rest % size);
            rest /= size;
        }
        if (codes.at(timeDimension).value(position.at(timeDimension)).toInt() != file.year)
            continue;
        const QString code = codes.at(regionDimension).value(position.at(regionDimension));
        const QString label = regionLabels.value(code).toString(code);
        const QJsonValue value = values.isArray() ? values.toArray().at(flat)
                                                  : values.toObject().value(QString::number(flat));
        const Region region = regionOf(code, label);
        if (value.isNull() || value.isUndefined()) {
            if (region.municipality)
                unreadable.append(tr("%1: no figure").arg(label));
            continue;
        }
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != double(value.toInteger())) {
            unreadable.append(tr("%1: “%2” is not a whole number").arg(label, value.toVariant().toString()));
            continue;
        }
        // One value per region and year unless ages are split: summing is right either way.
        QString duplicate;
        add(accumulated, region, label, value.toInteger(), true, &duplicate);
    }
    if (!finish(file, accumulated, unreadable, error))
        return std::nullopt;
    return file;
}

} // namespace Sekretariat
