#pragma once

#include "banktransaction.h"

#include <QCoreApplication>
#include <optional>

namespace Sekretariat {

// A bank file of any kind the program reads, told by its contents: Nets OCR
// giro or ISO 20022 camt.053/054. Anything else is named and refused.
class BankFileReader
{
    Q_DECLARE_TR_FUNCTIONS(BankFileReader)

public:
    static std::optional<BankFile> read(const QByteArray &contents, QString *error);
    // A bank file's bytes, as the import log's checksum needs them; one that
    // cannot be read, or is far too large to be one, is refused with a message.
    static std::optional<QByteArray> contentsOf(const QString &path, QString *error);
};

} // namespace Sekretariat
