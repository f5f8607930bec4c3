#pragma once

#include "a4pdfwriter.h"
#include "invoicecontent.h"
#include "invoicedocumentdata.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <optional>

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

    // Paints page `pageIndex` on an A4 device; `page` is the full page in device
    // units. Content that does not fit goes on to further pages (pageCount()),
    // under the head's first facts, the total and how to pay on the last.
    void paint(QPainter &painter, const QRectF &page, int pageIndex = 0) const;
    int pageCount() const;
    bool writePdf(const QString &path, QString *error) const;
    // The PDF in memory, for a file and the e-invoice that carries it.
    bool renderPdf(QByteArray *pdf, QString *error) const;

    // "faktura-12-1103-Stavanger.pdf": kind, number and member, in the document's language.
    QString fileName() const;
    QString title() const;
    const InvoiceContent &content() const { return m_content; }

private:
    struct Placement
    {
        int page = 0;
        double y = 0;   // mm from the top
        int kind = 0;   // the body block (invoicedocument.cpp)
        qsizetype line = -1;
    };
    const QList<Placement> &placements() const;
    A4PdfWriter::PagePainter pagePainter() const;

    InvoiceContent m_content;
    mutable std::optional<QList<Placement>> m_placements;  // laid out once, on first use
};

} // namespace Sekretariat
