#pragma once

#include "common/modelroles.h"
#include "common/translatedtablemodel.h"
#include "member.h"
#include "memberrepository.h"

#include <QDate>
#include <QFuture>

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
    ~MembersModel() override;

    // Which day "current" roles are judged on; today unless a test says otherwise.
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }
    QDate referenceDate() const;
    // The database the rows are read from: a model may stand, empty, before
    // its database is open (a page built while a server is connected to).
    void setRepository(MemberRepository members) { m_members = std::move(members); }

    bool reload();
    // The list without the contacts: what the window needs to show first, read
    // in a fraction of the time. Until loadContactsInBackground() brings them,
    // the contact columns are empty and no member counts as missing one.
    bool reloadWithContactsLater();
    // The same in two halves for two threads: the list read on the thread of
    // the repository's connection, and taken in on the model's.
    struct Listing {
        QList<MemberListing> members;
        QString error;
    };
    static Listing readWithContactsLater(const MemberRepository &members, const QDate &day);
    bool takeWithContactsLater(const Listing &listing);
    // Reads the contacts on a worker thread with a connection of its own; the
    // model takes them in on this thread and says contactsLoaded().
    void loadContactsInBackground();
    bool contactsPending() const { return m_contactsPending; }
    // Re-reads one member after it was added, changed or deleted.
    void refreshMember(qint64 id);
    int rowOfMember(qint64 id) const;
    QString lastError() const { return m_lastError; }

signals:
    void contactsLoaded();

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The compliance rule: who must have both contacts.
    static bool requiresContacts(MemberStatus status);

private:
    struct Row : MemberListing {
        bool contactsPending = false;
        bool missingContacts() const;
    };
    struct ContactsResult {
        std::optional<QHash<qint64, MemberContactNames>> names;
        QString error;
    };

    static bool standsBefore(const Row &left, const Row &right);
    // With their contacts (one member when onlyId > 0).
    QList<Row> query(qint64 onlyId) const;
    static QList<Row> rowsOf(const QList<MemberListing> &listing, MemberRepository::Contacts contacts);
    void takeContacts(const QHash<qint64, MemberContactNames> &names);
    QString searchText(const Row &row) const;
    QString cellText(const Row &row, int column) const;

    MemberRepository m_members;
    QList<Row> m_rows;
    bool m_contactsPending = false;
    int m_generation = 0;  // a reload makes contacts still on their way stale
    QFuture<ContactsResult> m_contactsLoader;
    QDate m_referenceDate;
    mutable QString m_lastError;
};

} // namespace Sekretariat
