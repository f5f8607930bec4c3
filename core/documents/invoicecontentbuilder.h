#pragma once

#include "invoicecontent.h"
#include "invoicedocumentdata.h"

namespace Sekretariat {

// Says what a document says: every label, the dues line and its calculation,
// the totals, the VAT statement and the payment details, in the document's
// language (nb, nn or en) whatever the window speaks. The texts keep the
// translation context "InvoiceDocument".
class InvoiceContentBuilder
{
public:
    static InvoiceContent build(const InvoiceDocumentData &data);

    // "964 949 581", "1503 12 34567": the forms a reader checks at a glance.
    static QString organisationNumberText(const QString &number);
    static QString accountText(const QString &account);
    // A name as a file name's part: ASCII letters and digits, "-" between ("Porsanger-Porsangu-Porsanki").
    static QString fileNamePart(const QString &name);
    // The address without a first line that repeats the name above it.
    static QString addressBelow(const QString &address, const QString &name);
};

} // namespace Sekretariat
