#pragma once

#include "common/modelroles.h"
#include "common/translatedtablemodel.h"
#include "people/personrepository.h"
#include "themegroup.h"
#include "themegrouprepository.h"

namespace Sekretariat {

// The theme groups with their leader, size and period.
class ThemeGroupsModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ThemeColumn, LeaderColumn, PeopleColumn, PeriodColumn, ColumnCount };

    ThemeGroupsModel(ThemeGroupRepository groups, PersonRepository people, QObject *parent = nullptr);

    // False when the rows cannot be read; lastError() says why, for the page to show.
    bool reload();
    QString lastError() const { return m_lastError; }
    int rowOfGroup(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ThemeGroup group;
        QString leaderName;
    };
    QString cellText(const Row &row, int column) const;

    ThemeGroupRepository m_groups;
    PersonRepository m_people;
    QString m_lastError;
    QList<Row> m_rows;
};

} // namespace Sekretariat
