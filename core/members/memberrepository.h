#pragma once

#include "common/outcome.h"
#include "database/connectionfactory.h"
#include "member.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Sekretariat {

// All SQL of the members table. Every write is one transaction.
class MemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)

public:
    explicit MemberRepository(const QSqlDatabase &database);

    QList<Member> all() const;
    // Later: the contact columns stay empty, for contactNames() to fill; the
    // list alone is read in a fraction of the time.
    enum class Contacts { Included, Later };
    // The list of members by number (as numbers: a county's two digits before a
    // municipality's four), with the contacts who hold a role on `today`
    // (one member when onlyId > 0). Empty with lastError() set when it cannot be read.
    QList<MemberListing> listing(const QDate &today, qint64 onlyId = 0, Contacts contacts = Contacts::Included) const;
    // Every member's contacts on `today`, by member id; nullopt with lastError()
    // set when they cannot be read.
    std::optional<QHash<qint64, MemberContactNames>> contactNames(const QDate &today) const;
    // The same, read by the calling thread on a connection of its own to `where`.
    static std::optional<QHash<qint64, MemberContactNames>>
    contactNamesOnOwnConnection(const ConnectionDescription &where, const QDate &today, QString *error);
    ConnectionDescription connectionDescription() const;
    // How many members there are; nullopt when they cannot be counted.
    std::optional<qint64> count() const;
    std::optional<Member> find(qint64 id) const;
    std::optional<Member> findByNumber(MemberKind kind, const QString &number) const;

    Outcome add(const Member &member);      // the outcome's id is the new member's
    Outcome update(const Member &member);
    // Only a member with no history (people, roles, invoices) may be deleted;
    // any other is resigned instead.
    Outcome remove(qint64 id);
    bool hasHistory(qint64 id) const;

    QString lastError() const { return m_lastError; }

private:
    QString contactsSubquery(QStringView role) const;
    Outcome checkUnique(const Member &member) const;
    Outcome write(const Member &member, bool insert);

    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace Sekretariat
