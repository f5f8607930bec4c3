#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QTextStream;

namespace Sekretariat {

// `import payments FILE [--dry-run]`: reads a bank file (OCR giro, camt.053/054),
// prints how each transaction matches the issued invoices and what becomes of
// it as CSV, and without --dry-run books the matched payments in one transaction.
class PaymentCommands
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCommands)

public:
    static int importPayments(const QString &databasePath, const QString &file, bool dryRun, QIODevice &out,
                              QTextStream &err);
};

} // namespace Sekretariat
