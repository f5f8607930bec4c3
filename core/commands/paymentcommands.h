#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QTextStream;

namespace Sekretariat {

// `import payments FILE --dry-run`: reads a bank file (OCR giro, camt.053/054)
// and prints how its transactions match the issued invoices as CSV. Booking
// them is not built yet: the import log that keeps a file from being booked
// twice comes first.
class PaymentCommands
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCommands)

public:
    static int importPayments(const QString &databasePath, const QString &file, bool dryRun, QIODevice &out,
                              QTextStream &err);
};

} // namespace Sekretariat
