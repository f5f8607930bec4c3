#pragma once

#include "bookkeeping/bookkeepingchain.h"
#include "bookkeeping/bookkeepingcheck.h"
#include "common/outcome.h"
#include "documents/invoicedocumentdata.h"
#include "dues/duesrepository.h"
#include "dues/invoicerepository.h"
#include "payments/paymentimportrepository.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "events/themegrouprepository.h"
#include "members/memberrepository.h"
#include "people/personrepository.h"
#include "population/populationrepository.h"
#include "settings/networksettingsrepository.h"

#include <functional>
#include <optional>

namespace Sekretariat {

class Database;

// The repositories of one open database: what the window, a command or the demo
// reads and writes goes through these, never through a connection of its own.
// It follows the database: after the database opens another file, the
// repositories it hands out are that file's.
class Repositories
{
public:
    explicit Repositories(const Database *database);

    MemberRepository members() const;
    PersonRepository people() const;
    DuesRepository dues() const;
    InvoiceRepository invoices() const;
    PaymentImportRepository paymentImports() const;
    PopulationRepository populations() const;
    EventRepository events() const;
    RegistrationRepository registrations() const;
    ThemeGroupRepository themeGroups() const;
    NetworkSettingsRepository networkSettings() const;
    BookkeepingCheck bookkeepingCheck() const;
    BookkeepingChain bookkeepingChain() const;

    // What the documents of these invoices show (see InvoiceBatchWriter::load).
    std::optional<QList<InvoiceDocumentData>> documents(const QList<qint64> &invoiceIds, DocumentKind kind,
                                                        QString *error) const;

    // One user action made of many repository writes (the demo, an import): all
    // of them or, when `steps` fails or the commit does, none.
    Outcome inOneAction(const std::function<Outcome()> &steps) const;

private:
    const Database *m_database;
};

} // namespace Sekretariat
