#pragma once

#include "members/member.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace Sekretariat {

// One municipality or county municipality from the official list shipped in
// resources (built from SSB and Kartverket data, see shared/data/README.md).
struct ReferenceEntry
{
    MemberKind kind = MemberKind::Municipality;
    QString number;
    QString name;
    QString countyNumber;
    QString countyName;
    qint64 population = 0;
    QDate populationDate;
    QString organisationNumber;  // empty where the official list has none
};

// The official list as a list model for picking a member: each row reads
// "0301 Oslo – Oslo", so typing a few letters of the name or the number finds it.
class MunicipalityCatalogue : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { EntryIndexRole = Qt::UserRole };

    explicit MunicipalityCatalogue(QObject *parent = nullptr);

    // Loads from resources, or from the two files a test names.
    bool load(const QString &municipalitiesFile = QStringLiteral(":/reference/municipalities-2024.csv"),
              const QString &countiesFile = QStringLiteral(":/reference/counties-2024.csv"));
    QString errorString() const { return m_errorString; }

    const QList<ReferenceEntry> &entries() const { return m_entries; }
    std::optional<ReferenceEntry> find(MemberKind kind, const QString &number) const;
    // The entry whose display text is exactly this (as a completer returns it).
    std::optional<ReferenceEntry> findByDisplayText(const QString &text) const;
    static QString displayText(const ReferenceEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ReferenceEntry> m_entries;
    QString m_errorString;
};

} // namespace Sekretariat
