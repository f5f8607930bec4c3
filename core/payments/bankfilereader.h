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
    static std::optional<BankFile> readFile(const QString &path, QString *error);
};

} // namespace Sekretariat
