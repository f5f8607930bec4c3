#pragma once

#include "documentlanguage.h"
#include "dues/invoice.h"
#include "settings/networksettings.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace Sekretariat {

enum class DocumentKind { Invoice, CreditNote, Reminder };

// Everything one document shows, read from the database beforehand so that
// rendering needs no connection and can run on any thread.
struct InvoiceDocumentData
{
    DocumentKind kind = DocumentKind::Invoice;
    Invoice invoice;              // the invoice, or the credit note itself
    Invoice creditedInvoice;      // a credit note's invoice (number, dates, year)
    NetworkSettings seller;
    bool vatRegistered = false;
};

// An A4 invoice, credit note or reminder in the member's document language,
// painted with QPainter so the same code fills a PDF, a printer and a preview.
class InvoiceDocument
{
    // The strings below are looked up in the document's language, never in the
    // window's; this only gives lupdate their context.
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)

public:
    explicit InvoiceDocument(const InvoiceDocumentData &data);

    // Paints the page on an A4 device; `page` is the full page in device units.
    void paint(QPainter &painter, const QRectF &page) const;
    bool writePdf(const QString &path, QString *error) const;

    // "faktura-12-1103-Stavanger.pdf": kind, number and member, in the document's language.
    QString fileName() const;
    QString title() const;
    const InvoiceDocumentData &data() const { return m_data; }

private:
    QString text(const char *source, int n = -1) const;
    QString paymentReference() const;

    InvoiceDocumentData m_data;
    DocumentLanguage m_language;
};

} // namespace Sekretariat
