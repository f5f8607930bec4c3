#include "migrationsteps.h"

#include "bookkeeping/bookkeepingchain.h"
#include "common/postaladdress.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Sekretariat {

namespace {

bool linkBookkeepingRows(const QSqlDatabase &database, QString *error)
{
    BookkeepingChain chain(database);
    if (chain.linkUnlinkedRows())
        return true;
    *error = chain.errorString();
    return false;
}

// Schema 9: "Postboks 8001\n4068 Stavanger" becomes the lines, the postcode and
// the town; an address without such a last line is left whole for the user.
bool splitInvoiceAddresses(const QSqlDatabase &database, QString *error)
{
    QSqlQuery select(database);
    if (!select.exec(QStringLiteral("SELECT id, invoice_address FROM members WHERE invoice_address <> ''"))) {
        *error = select.lastError().text();
        return false;
    }
    QSqlQuery update(database);
    if (!update.prepare(QStringLiteral("UPDATE members SET invoice_address = ?, invoice_postal_code = ?,"
                                       " invoice_city = ? WHERE id = ?"))) {
        *error = update.lastError().text();
        return false;
    }
    while (select.next()) {
        const PostalAddress address = PostalAddress::fromText(select.value(1).toString());
        if (address.postalCode.isEmpty())
            continue;
        update.addBindValue(address.lines);
        update.addBindValue(address.postalCode);
        update.addBindValue(address.city);
        update.addBindValue(select.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool MigrationSteps::runAfter(int version, const QSqlDatabase &database, QString *error)
{
    // A test's own migrations may number versions of their own.
    if (version == 5 && database.tables().contains(QStringLiteral("bookkeeping_chain")))
        return linkBookkeepingRows(database, error);
    if (version == 9 && database.record(QStringLiteral("members")).contains(QStringLiteral("invoice_postal_code")))
        return splitInvoiceAddresses(database, error);
    return true;
}

} // namespace Sekretariat
