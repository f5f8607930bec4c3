#pragma once

#include "banktransaction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace Sekretariat {

// Reads an ISO 20022 camt.053 (account statement) or camt.054 (debit/credit
// notification), versions .001.02 to .001.08: each transaction of each entry
// (several TxDtls in a batch entry), its amount, dates, structured reference
// (the KID) or unstructured text, the payer and the bank's reference. Debits
// and reversals are read too, marked, for the preview to show.
class CamtReader
{
    Q_DECLARE_TR_FUNCTIONS(CamtReader)

public:
    static std::optional<BankFile> read(const QByteArray &contents, QString *error);
    static bool looksLikeCamt(const QByteArray &contents);
};

} // namespace Sekretariat
