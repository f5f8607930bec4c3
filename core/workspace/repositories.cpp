#include "repositories.h"

#include "database/database.h"
#include "database/transaction.h"
#include "documents/invoicebatchwriter.h"

namespace Sekretariat {

Repositories::Repositories(const Database *database)
    : m_database(database)
{
}

MemberRepository Repositories::members() const
{
    return MemberRepository(m_database->connection());
}

PersonRepository Repositories::people() const
{
    return PersonRepository(m_database->connection());
}

DuesRepository Repositories::dues() const
{
    return DuesRepository(m_database->connection());
}

InvoiceRepository Repositories::invoices() const
{
    return InvoiceRepository(m_database->connection());
}

PopulationRepository Repositories::populations() const
{
    return PopulationRepository(m_database->connection());
}

PaymentImportRepository Repositories::paymentImports() const
{
    return PaymentImportRepository(m_database->connection());
}

EventRepository Repositories::events() const
{
    return EventRepository(m_database->connection());
}

RegistrationRepository Repositories::registrations() const
{
    return RegistrationRepository(m_database->connection());
}

ThemeGroupRepository Repositories::themeGroups() const
{
    return ThemeGroupRepository(m_database->connection());
}

NetworkSettingsRepository Repositories::networkSettings() const
{
    return NetworkSettingsRepository(m_database->connection());
}

BookkeepingCheck Repositories::bookkeepingCheck() const
{
    return BookkeepingCheck(m_database->connection());
}

BookkeepingChain Repositories::bookkeepingChain() const
{
    return BookkeepingChain(m_database->connection());
}

std::optional<QList<InvoiceDocumentData>> Repositories::documents(const QList<qint64> &invoiceIds, DocumentKind kind,
                                                                  QString *error) const
{
    return InvoiceBatchWriter::load(invoices(), invoiceIds, kind, error);
}

Outcome Repositories::inOneAction(const std::function<Outcome()> &steps) const
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return Outcome::failure(transaction.errorString());
    Outcome outcome = steps();
    if (!outcome)
        return outcome;
    if (!transaction.commit())
        return Outcome::failure(transaction.errorString());
    return outcome;
}

} // namespace Sekretariat
