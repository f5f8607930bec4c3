#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Sekretariat {

// The chain of hashes over the bookkeeping rows (invoices and credit notes,
// payments, reminders): each link covers one row's content and the hash of the
// link before it. The program appends a link in the same transaction as the row;
// verify() recomputes the chain, so a row changed, removed or added by any tool
// outside the program is found and named.
class BookkeepingChain
{
    Q_DECLARE_TR_FUNCTIONS(BookkeepingChain)

public:
    explicit BookkeepingChain(const QSqlDatabase &database);

    // Links the row `rowId` of `table` ("invoices", "payments" or "reminders"),
    // as stored now. Call inside the transaction that wrote it.
    bool append(const QString &table, qint64 rowId);
    // The same for many rows, linked in the order given, in a few statements
    // rather than two a row: on a server each statement is a round trip.
    bool append(const QString &table, const QList<qint64> &rowIds);
    // Links every bookkeeping row that has no link yet, in the order written:
    // used once, by the migration that introduced the chain.
    bool linkUnlinkedRows();

    // What is wrong, one line a row; empty when every row matches its link.
    QStringList verify() const;
    // The hash of the last link (empty for none), and how many links there are:
    // written down elsewhere, they show later that nothing was rewritten.
    QString headHash() const;
    qint64 linkCount() const;

    QString errorString() const { return m_errorString; }

    static QStringList tables();

private:
    // The columns a link of `format` covers: format 1 those of schema 5; format 2
    // adds what invoices and reminders froze at issue (schema 6). Each format's
    // columns begin with the ones before it.
    static QStringList columnsOf(const QString &table, int format);
    // The newest format the table's columns allow: what a new link is written in.
    int formatFor(const QString &table) const;
    static QString hashOf(const QString &previous, const QString &table, qint64 rowId, const QString &content);
    QString rowName(const QString &table, qint64 rowId) const;

    QSqlDatabase m_database;
    QString m_errorString;
    mutable QHash<QString, int> m_formats;
};

} // namespace Sekretariat
