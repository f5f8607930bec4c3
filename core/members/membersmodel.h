#pragma once

#include "common/modelroles.h"
#include "common/translatedtablemodel.h"
#include "member.h"
#include "memberrepository.h"

#include <QDate>

namespace Sekretariat {

// The members list: one row per member with its current contacts, read in one
// query. Members that must have an administrative and a political contact and
// lack one are flagged.
class MembersModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        NameColumn,
        KindColumn,
        CountyColumn,
        PopulationColumn,
        StatusColumn,
        AdministrativeContactColumn,
        PoliticalContactColumn,
        OrganisationNumberColumn,
        InvoiceEmailColumn,
        ColumnCount
    };

    enum Role {
        StatusRole = FirstCustomRole,  // MemberStatus as int
        KindRole,                      // MemberKind as int
        MissingContactsRole,           // bool: out of compliance
    };

    explicit MembersModel(MemberRepository members, QObject *parent = nullptr);

    // Which day "current" roles are judged on; today unless a test says otherwise.
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }

    bool reload();
    // Re-reads one member after it was added, changed or deleted.
    void refreshMember(qint64 id);
    int rowOfMember(qint64 id) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The compliance rule: who must have both contacts.
    static bool requiresContacts(MemberStatus status);

protected:
    void retranslate() override;

private:
    struct Row : MemberListing {
        QString searchText;
        bool missingContacts() const;
    };

    QList<Row> query(qint64 onlyId) const;
    void buildSearchText(Row &row) const;
    QString cellText(const Row &row, int column) const;

    MemberRepository m_members;
    QList<Row> m_rows;
    QDate m_referenceDate;
    mutable QString m_lastError;
};

} // namespace Sekretariat
