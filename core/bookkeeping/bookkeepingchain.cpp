#include "bookkeepingchain.h"
#include "common/sqlvalues.h"
#include "database/read.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Sekretariat {

namespace {

// One value as SQL writes it, so that a number and the text of that number, or
// NULL and an empty text, never hash alike.
QString literal(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        break;
    }
    QString text = value.toString();
    text.replace(u'\'', QStringLiteral("''"));
    return u'\'' + text + u'\'';
}

// The values of the query's current row as SQL writes them, in the order of
// the chain format; a link's content is the first of them joined.
QStringList rowValues(const QSqlQuery &query, qsizetype columns)
{
    QStringList values;
    values.reserve(columns);
    for (int i = 0; i < columns; ++i)
        values.append(literal(query.value(i)));
    return values;
}

QString contentOfValues(const QStringList &values, qsizetype columns)
{
    return values.mid(0, columns).join(u',');
}

const QString issuedContentColumn = QStringLiteral("issued_content");

struct Link
{
    qint64 seq = 0;
    QString table;
    qint64 rowId = 0;
    QString hash;
};

} // namespace

BookkeepingChain::BookkeepingChain(const QSqlDatabase &database)
    : m_database(database)
{
}

QStringList BookkeepingChain::tables()
{
    return {QStringLiteral("invoices"), QStringLiteral("payments"), QStringLiteral("reminders")};
}

// The columns of each chain format, fixed: a column added by a later migration
// does not change the hash of the rows written before it.
QStringList BookkeepingChain::columnsOf(const QString &table, int format)
{
    if (table == u"invoices") {
        QStringList columns{QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("kind"),
                QStringLiteral("credits_invoice_id"), QStringLiteral("member_id"), QStringLiteral("year"),
                QStringLiteral("issue_date"), QStringLiteral("due_date"), QStringLiteral("kid"),
                QStringLiteral("buyer_name"), QStringLiteral("buyer_number"),
                QStringLiteral("buyer_organisation_number"), QStringLiteral("buyer_address"),
                QStringLiteral("buyer_email"), QStringLiteral("buyer_reference"), QStringLiteral("language"),
                QStringLiteral("population"), QStringLiteral("population_date"), QStringLiteral("rate_ore"),
                QStringLiteral("rule"), QStringLiteral("months"), QStringLiteral("note"),
                QStringLiteral("amount_ore"), QStringLiteral("created_at")};
        if (format >= 2)
            columns.append(issuedContentColumn);
        return columns;
    }
    if (table == u"payments") {
        return {QStringLiteral("id"), QStringLiteral("invoice_id"), QStringLiteral("paid_on"),
                QStringLiteral("amount_ore"), QStringLiteral("note"), QStringLiteral("created_at")};
    }
    QStringList columns{QStringLiteral("id"), QStringLiteral("invoice_id"), QStringLiteral("reminded_on"),
                        QStringLiteral("new_due_date"), QStringLiteral("created_at")};
    if (format >= 2)
        columns.append(issuedContentColumn);
    if (format >= 3)
        columns.append({QStringLiteral("step"), QStringLiteral("fee_ore")});
    return columns;
}

int BookkeepingChain::formatFor(const QString &table) const
{
    const auto known = m_formats.constFind(table);
    if (known != m_formats.constEnd())
        return *known;
    // The migration that links the rows of schema 4 runs before schema 6 adds
    // the frozen content: what the table has decides, not the program's version.
    // Format 3 (schema 11) adds a reminder's dunning step and fee.
    const QSqlRecord columns = m_database.record(table);
    const int format = table == u"reminders" && columns.contains(QStringLiteral("fee_ore")) ? 3
                     : columns.contains(issuedContentColumn)                                 ? 2
                                                                                             : 1;
    m_formats.insert(table, format);
    return format;
}

QString BookkeepingChain::hashOf(const QString &previous, const QString &table, qint64 rowId, const QString &content)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(table.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QByteArray::number(rowId));
    hash.addData(QByteArrayView("\n"));
    hash.addData(content.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString BookkeepingChain::headHash() const
{
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("SELECT hash FROM bookkeeping_chain ORDER BY seq DESC LIMIT 1")) && query.next())
        return query.value(0).toString();
    return {};
}

qint64 BookkeepingChain::linkCount() const
{
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("SELECT count(*) FROM bookkeeping_chain")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool BookkeepingChain::append(const QString &table, qint64 rowId)
{
    return append(table, QList<qint64>{rowId});
}

bool BookkeepingChain::append(const QString &table, const QList<qint64> &rowIds)
{
    if (!tables().contains(table)) {
        m_errorString = QStringLiteral("not a bookkeeping table: %1").arg(table);
        return false;
    }
    // Well below the bound values either back end takes in one statement.
    constexpr qsizetype chunk = 100;
    const int format = formatFor(table);
    const QStringList columns = columnsOf(table, format);
    const int columnCount = int(columns.size());
    // Every row is read before the first link is written, so the head read with
    // the first rows is the one the new links follow.
    QHash<qint64, QString> contents;
    QString previous;
    for (qsizetype from = 0; from < rowIds.size(); from += chunk) {
        const QList<qint64> ids = rowIds.mid(from, chunk);
        QSqlQuery query(m_database);
        Read::forwardOnly(query);
        query.prepare(QStringLiteral("SELECT %1, id, (SELECT hash FROM bookkeeping_chain ORDER BY seq DESC LIMIT 1)"
                                     " FROM %2 WHERE id IN (%3)")
                          .arg(columns.join(u','), table, QStringList(ids.size(), QStringLiteral("?")).join(u',')));
        for (const qint64 id : ids)
            query.addBindValue(id);
        if (!query.exec()) {
            m_errorString = query.lastError().text();
            return false;
        }
        while (query.next()) {
            contents.insert(query.value(columnCount).toLongLong(),
                            contentOfValues(rowValues(query, columnCount), columnCount));
            if (from == 0)
                previous = query.value(columnCount + 1).toString();
        }
    }
    QVariantList values;
    for (qsizetype index = 0; index < rowIds.size(); ++index) {
        const qint64 id = rowIds.at(index);
        const auto content = contents.constFind(id);
        if (content == contents.constEnd()) {
            m_errorString = tr("the row to record in the bookkeeping chain cannot be read");
            return false;
        }
        previous = hashOf(previous, table, id, *content);
        values << table << id << format << previous;
        if (values.size() == chunk * 4 || index == rowIds.size() - 1) {
            QSqlQuery insert(m_database);
            insert.prepare(QStringLiteral("INSERT INTO bookkeeping_chain (table_name, row_id, format, hash) VALUES %1")
                               .arg(SqlValues::placeholderRows(values.size() / 4, 4)));
            for (const QVariant &value : std::as_const(values))
                insert.addBindValue(value);
            if (!insert.exec()) {
                m_errorString = insert.lastError().text();
                return false;
            }
            values.clear();
        }
    }
    return true;
}

bool BookkeepingChain::linkUnlinkedRows()
{
    // Invoices first by number, then what refers to them by id: the order the
    // program wrote them in as far as the rows tell.
    for (const QString &table : tables()) {
        QSqlQuery query(m_database);
        const QString order = table == u"invoices" ? QStringLiteral("number") : QStringLiteral("id");
        if (!query.exec(QStringLiteral("SELECT id FROM %1 WHERE id NOT IN (SELECT row_id FROM bookkeeping_chain "
                                       "WHERE table_name = '%1') ORDER BY %2")
                            .arg(table, order))) {
            m_errorString = query.lastError().text();
            return false;
        }
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        if (!append(table, ids))
            return false;
    }
    return true;
}

QString BookkeepingChain::rowName(const QString &table, qint64 rowId) const
{
    QSqlQuery query(m_database);
    if (table == u"invoices") {
        query.prepare(QStringLiteral("SELECT number, kind FROM invoices WHERE id = ?"));
        query.addBindValue(rowId);
        if (query.exec() && query.next()) {
            const qint64 number = query.value(QStringLiteral("number")).toLongLong();
            return query.value(QStringLiteral("kind")).toString() == u"credit_note"
                ? tr("credit note %1 (table invoices, row %2)").arg(number).arg(rowId)
                : tr("invoice %1 (table invoices, row %2)").arg(number).arg(rowId);
        }
        return tr("table invoices, row %1").arg(rowId);
    }
    query.prepare(QStringLiteral("SELECT o.number FROM %1 t JOIN invoices o ON o.id = t.invoice_id WHERE t.id = ?")
                      .arg(table));
    query.addBindValue(rowId);
    const bool known = query.exec() && query.next();
    if (table == u"payments") {
        return known ? tr("payment on invoice %1 (table payments, row %2)").arg(query.value(0).toLongLong()).arg(rowId)
                     : tr("table payments, row %1").arg(rowId);
    }
    return known ? tr("reminder of invoice %1 (table reminders, row %2)").arg(query.value(0).toLongLong()).arg(rowId)
                 : tr("table reminders, row %1").arg(rowId);
}

QStringList BookkeepingChain::verify() const
{
    QStringList problems;
    // Every row's values, read once per table rather than once per link, in the
    // newest format the table has; an older link covers the first of them.
    QHash<QString, QHash<qint64, QStringList>> contents;
    for (const QString &table : tables()) {
        QSqlQuery query(m_database);
        Read::forwardOnly(query);
        const QStringList columns = columnsOf(table, formatFor(table));
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table))) {
            problems.append(tr("The table %1 cannot be read: %2").arg(table, query.lastError().text()));
            return problems;
        }
        QHash<qint64, QStringList> &rows = contents[table];
        while (query.next())
            rows.insert(query.value(0).toLongLong(), rowValues(query, columns.size()));
    }

    QSqlQuery links(m_database);
    Read::forwardOnly(links);
    if (!links.exec(
            QStringLiteral("SELECT seq, table_name, row_id, format, hash FROM bookkeeping_chain ORDER BY seq"))) {
        problems.append(tr("The bookkeeping chain cannot be read: %1").arg(links.lastError().text()));
        return problems;
    }
    QString previous;
    QHash<QString, QSet<qint64>> linked;
    const QSqlRecord record = links.record();
    const int seqColumn = record.indexOf(QStringLiteral("seq"));
    const int tableNameColumn = record.indexOf(QStringLiteral("table_name"));
    const int rowIdColumn = record.indexOf(QStringLiteral("row_id"));
    const int formatColumn = record.indexOf(QStringLiteral("format"));
    const int hashColumn = record.indexOf(QStringLiteral("hash"));
    while (links.next()) {
        const Link link{links.value(seqColumn).toLongLong(), links.value(tableNameColumn).toString(),
                        links.value(rowIdColumn).toLongLong(), links.value(hashColumn).toString()};
        const int format = links.value(formatColumn).toInt();
        linked[link.table].insert(link.rowId);
        const QHash<qint64, QStringList> &rows = contents[link.table];
        const auto row = rows.constFind(link.rowId);
        if (row == rows.constEnd()) {
            problems.append(tr("Bookkeeping: %1 was removed outside the program (chain link %2).")
                                .arg(tr("table %1, row %2").arg(link.table).arg(link.rowId))
                                .arg(link.seq));
        } else if (format < 1 || format > formatFor(link.table)
                   || hashOf(previous, link.table, link.rowId,
                             contentOfValues(*row, columnsOf(link.table, format).size()))
                          != link.hash) {
            problems.append(tr("Bookkeeping: %1 was changed outside the program (chain link %2 does not match).")
                                .arg(rowName(link.table, link.rowId))
                                .arg(link.seq));
        }
        // The stored hash carries on, so one changed row is named once.
        previous = link.hash;
    }
    for (const QString &table : tables()) {
        const QHash<qint64, QStringList> &rows = contents.value(table);
        QList<qint64> unlinked;
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
            if (!linked.value(table).contains(it.key()))
                unlinked.append(it.key());
        }
        std::sort(unlinked.begin(), unlinked.end());
        for (qint64 id : std::as_const(unlinked))
            problems.append(tr("Bookkeeping: %1 was added outside the program (it has no chain link).")
                                .arg(rowName(table, id)));
    }
    return problems;
}

} // namespace Sekretariat
