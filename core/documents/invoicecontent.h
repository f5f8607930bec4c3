#pragma once

#include "common/money.h"
#include "common/postaladdress.h"
#include "dues/invoice.h"
#include "settings/networksettings.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sekretariat {

enum class DocumentKind { Invoice, CreditNote, Reminder };

// What one invoice, credit note or reminder says, every text already in the
// document's language: built once (InvoiceContentBuilder), then drawn by the
// PDF painter or written by another renderer, so all forms of a document agree.
struct InvoiceContent
{
    using Field = QPair<QString, QString>;  // label, value

    struct Line
    {
        QString description;
        QString details;   // the calculation and the rule, smaller below
        Money amount;
        QString amountText;  // in the document's language
    };

    DocumentKind kind = DocumentKind::Invoice;
    QString language;          // nb, nn or en
    QString title;             // "Faktura"
    QString fileBaseName;      // "faktura-00012-1103-Stavanger", without suffix
    qint64 number = 0;

    QString sellerName;
    QStringList sellerAddress; // street, "postcode city"
    QByteArray sellerLogo;
    QString buyerName;
    QString buyerAddress;
    QString buyerOrganisation; // "Org.nr. 964 949 581", or empty

    QList<Field> facts;        // number, dates, customer number, references
    QString introduction;      // a reminder's paragraph above the lines
    QString descriptionHeading;
    QString amountHeading;
    QList<Line> lines;
    QString note;              // the document's own note, below the lines
    QString totalLabel;
    Money total;
    QString totalText;
    QString vatStatement;

    // Invoices and reminders: how to pay. Credit notes: what the credit means.
    QString paymentHeading;
    QList<Field> payment;
    QString paymentHint;
    QString creditExplanation;

    QStringList footer;        // sender line, contact line

    // The records it was made from, for renderers that need the raw values.
    Invoice invoice;
    Invoice creditedInvoice;
    NetworkSettings seller;
    bool vatRegistered = false;
    PostalAddress buyerPostalAddress;  // without a first line that repeats the name
    QString buyerEndpoint;
    bool receivesEhf = true;
    QDate periodStart;                 // what the dues are for
    QDate periodEnd;
    // Why the dues differ from inhabitants × rate (a floor, a cap, pro rata,
    // rounding), for an e-invoice's line allowance or charge.
    QString duesAdjustment;
};

} // namespace Sekretariat
