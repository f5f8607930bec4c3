#pragma once

#include "invoicecontent.h"
#include "invoicedocumentdata.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace Sekretariat {

// An A4 invoice, credit note or reminder: its content (InvoiceContentBuilder,
// in the member's document language) painted with QPainter, so the same code
// fills a PDF, a printer and a preview.
class InvoiceDocument
{
    // The strings below are looked up in the document's language, never in the
    // window's; this only gives lupdate their context.
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)

public:
    explicit InvoiceDocument(const InvoiceDocumentData &data);
    explicit InvoiceDocument(InvoiceContent content);

    // Paints the page on an A4 device; `page` is the full page in device units.
    void paint(QPainter &painter, const QRectF &page) const;
    bool writePdf(const QString &path, QString *error) const;

    // "faktura-12-1103-Stavanger.pdf": kind, number and member, in the document's language.
    QString fileName() const;
    QString title() const;
    const InvoiceContent &content() const { return m_content; }

private:
    InvoiceContent m_content;
};

} // namespace Sekretariat
