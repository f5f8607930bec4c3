#pragma once

#include "common/money.h"
#include "invoice.h"

#include <QCoreApplication>
#include <QString>

namespace Sekretariat {

// Names of the invoice enums: stable keys for the database and CSV, translated
// labels for people, and the one way amounts are written to files.
class InvoiceTerms
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceTerms)

public:
    static QString key(InvoiceKind kind);
    static QString key(InvoiceStatus status);
    static InvoiceKind kindFromKey(const QString &key);

    static QString label(InvoiceKind kind);
    static QString label(InvoiceStatus status);

    // "44602.23", "-1000.00": kroner with a point and two decimals, whatever the locale.
    static QString exportAmount(Money amount);
    // A rate per inhabitant in øre as kroner: 223 -> "2.23".
    static QString exportRate(qint64 rateOre);
};

} // namespace Sekretariat
