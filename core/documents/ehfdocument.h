#pragma once

#include "common/postaladdress.h"
#include "invoicecontent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Sekretariat {

// An invoice or credit note as EHF Billing 3.0 (Peppol BIS Billing 3.0, UBL
// 2.1), the electronic form Norwegian public buyers require: written from the
// same content as the PDF, which travels inside it for the person who approves it.
class EhfDocument
{
    Q_DECLARE_TR_FUNCTIONS(EhfDocument)

public:
    // What would make the document invalid, each naming what is missing;
    // empty when it can be sent. Reminders have no EHF of their own here.
    static QStringList problems(const InvoiceContent &content);
    // The UBL XML; `pdf` is the same document as PDF, embedded as `pdfFileName`.
    static QByteArray xml(const InvoiceContent &content, const QByteArray &pdf, const QString &pdfFileName);
};

} // namespace Sekretariat
