#pragma once

#include "banktransaction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace Sekretariat {

// Reads a Nets OCR giro file (80-character records, ISO-8859-1): transmission,
// assignments and their transactions. Every record's length and type and every
// control record (counts and sums of each assignment and of the transmission)
// is checked; a file that fails any check is refused whole, naming the record
// and what is wrong, and so is another Nets file (AvtaleGiro) that is not OCR giro.
class OcrGiroReader
{
    Q_DECLARE_TR_FUNCTIONS(OcrGiroReader)

public:
    static std::optional<BankFile> read(const QByteArray &contents, QString *error);
    // Whether the contents look like a Nets file at all ("NY" records).
    static bool looksLikeNetsFile(const QByteArray &contents);
};

} // namespace Sekretariat
