#pragma once

#include "common/postaladdress.h"
#include "invoicecontent.h"
#include "settings/networksettings.h"

namespace Sekretariat {

// Everything one document is made from, read from the database beforehand so
// that building and rendering it needs no connection and can run on any thread.
struct InvoiceDocumentData
{
    DocumentKind kind = DocumentKind::Invoice;
    Invoice invoice;              // the invoice, or the credit note itself
    Invoice creditedInvoice;      // a credit note's invoice (number, dates, year)
    NetworkSettings seller;
    bool vatRegistered = false;
    // The year's dues before pro rata of the invoice (a credit note's: of the
    // invoice it credits), when known; it explains a floor, a cap or pro rata.
    std::optional<Money> duesFullYear;
    // A reminder's: the credit notes set against the invoice when it was sent.
    QList<qint64> creditNoteNumbers;
    // A reminder's dunning step, its fee (the invoice's fees before it are in
    // invoice.fees, with it) and the settings' text for the step (empty: the program's).
    int reminderStep = 1;
    Money reminderFee;
    QString reminderText;
    // Where an electronic invoice goes, as issued (or split from the printed
    // address of a document issued before schema 9).
    PostalAddress buyerAddress;
    QString buyerEndpoint;
    bool receivesEhf = true;
};

} // namespace Sekretariat
