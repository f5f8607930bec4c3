#include "municipalitycatalogue.h"

#include "common/csvreader.h"

#include <QFile>

namespace Sekretariat {

namespace {

bool readCsv(const QString &fileName, QList<QStringList> &rows, QString &error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("Sekretariat::MunicipalityCatalogue",
                                            "The official list “%1” cannot be read.")
                    .arg(fileName);
        return false;
    }
    rows = CsvReader::parse(QString::fromUtf8(file.readAll()));
    if (rows.size() < 2) {
        error = QCoreApplication::translate("Sekretariat::MunicipalityCatalogue",
                                            "The official list “%1” is empty.")
                    .arg(fileName);
        return false;
    }
    for (const char *column : {"number", "name", "population", "org_number"}) {
        if (!rows.first().contains(QString::fromLatin1(column))) {
            error = QCoreApplication::translate("Sekretariat::MunicipalityCatalogue",
                                                "The official list “%1” has no column “%2”.")
                        .arg(fileName, QString::fromLatin1(column));
            return false;
        }
    }
    return true;
}

// Column positions by header name, so a reordered file still reads right.
QHash<QString, int> columnsOf(const QStringList &header)
{
    QHash<QString, int> columns;
    for (qsizetype i = 0; i < header.size(); ++i)
        columns.insert(header.at(i).trimmed(), int(i));
    return columns;
}

} // namespace

MunicipalityCatalogue::MunicipalityCatalogue(QObject *parent)
    : QAbstractListModel(parent)
{
}

bool MunicipalityCatalogue::load(const QString &municipalitiesFile, const QString &countiesFile)
{
    QList<QStringList> municipalities;
    QList<QStringList> counties;
    if (!readCsv(municipalitiesFile, municipalities, m_errorString) || !readCsv(countiesFile, counties, m_errorString))
        return false;

    QList<ReferenceEntry> entries;
    const QHash<QString, int> m = columnsOf(municipalities.takeFirst());
    for (const QStringList &row : std::as_const(municipalities)) {
        auto field = [&](const char *name) { return row.value(m.value(QString::fromLatin1(name), -1)); };
        ReferenceEntry entry;
        entry.kind = MemberKind::Municipality;
        entry.number = field("number");
        entry.name = field("name");
        entry.countyNumber = field("county_number");
        entry.countyName = field("county_name");
        entry.population = field("population").toLongLong();
        entry.populationDate = QDate::fromString(field("population_date"), Qt::ISODate);
        entry.organisationNumber = field("org_number");
        entries.append(entry);
    }

    const QHash<QString, int> c = columnsOf(counties.takeFirst());
    for (const QStringList &row : std::as_const(counties)) {
        auto field = [&](const char *name) { return row.value(c.value(QString::fromLatin1(name), -1)); };
        // Oslo is a county, but the municipality does the county's work: there is
        // no Oslo county municipality to be a member.
        if (field("number") == u"03")
            continue;
        ReferenceEntry entry;
        entry.kind = MemberKind::County;
        entry.number = field("number");
        entry.name = field("name") + QStringLiteral(" fylkeskommune");
        entry.countyNumber = entry.number;
        entry.countyName = field("name");
        entry.population = field("population").toLongLong();
        entry.populationDate = QDate(2024, 1, 1);
        entry.organisationNumber = field("org_number");
        entries.append(entry);
    }

    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    m_errorString.clear();
    return true;
}

std::optional<ReferenceEntry> MunicipalityCatalogue::find(MemberKind kind, const QString &number) const
{
    for (const ReferenceEntry &entry : m_entries) {
        if (entry.kind == kind && entry.number == number)
            return entry;
    }
    return std::nullopt;
}

std::optional<ReferenceEntry> MunicipalityCatalogue::findByDisplayText(const QString &text) const
{
    for (const ReferenceEntry &entry : m_entries) {
        if (displayText(entry) == text)
            return entry;
    }
    return std::nullopt;
}

QString MunicipalityCatalogue::displayText(const ReferenceEntry &entry)
{
    if (entry.kind == MemberKind::County)
        return QStringLiteral("%1 %2").arg(entry.number, entry.name);
    return QStringLiteral("%1 %2 – %3").arg(entry.number, entry.name, entry.countyName);
}

int MunicipalityCatalogue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant MunicipalityCatalogue::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReferenceEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayText(entry);
    case EntryIndexRole:
        return index.row();
    }
    return {};
}

} // namespace Sekretariat
