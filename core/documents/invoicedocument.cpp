#include "invoicedocument.h"

#include "a4pdfwriter.h"
#include "invoicecontentbuilder.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace Sekretariat {

namespace {

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x5f, 0x63, 0x68);
const QColor accent(0x1f, 0x6f, 0x5c);
const QColor rule(0xc8, 0xcc, 0xd0);

// Millimetres on the page to device units, and text set in points.
class Page
{
public:
    Page(QPainter &painter, const QRectF &page)
        : m_painter(painter)
        , m_origin(page.topLeft())
        , m_unitsPerMm(page.width() / 210.0)
    {
    }

    double mm(double value) const { return value * m_unitsPerMm; }
    QRectF area(double x, double y, double width, double height) const
    {
        return QRectF(m_origin.x() + mm(x), m_origin.y() + mm(y), mm(width), mm(height));
    }

    QFont font(double points, bool bold = false) const { return A4PdfWriter::font(points, m_unitsPerMm, bold); }

    // Draws text in a box at (x, y) mm, `width` mm wide; returns its height in mm.
    double text(double x, double y, double width, const QString &text, double points, bool bold = false,
                const QColor &colour = ink, Qt::Alignment alignment = Qt::AlignLeft)
    {
        const QFont f = font(points, bold);
        m_painter.setFont(f);
        m_painter.setPen(colour);
        const int flags = int(alignment) | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF box = area(x, y, width, 1000);
        const QRectF used = m_painter.boundingRect(box, flags, text);
        m_painter.drawText(box, flags, text);
        return used.height() / m_unitsPerMm;
    }

    void line(double x1, double y, double x2, const QColor &colour = rule, double widthMm = 0.25)
    {
        m_painter.setPen(QPen(colour, mm(widthMm)));
        m_painter.drawLine(QPointF(m_origin.x() + mm(x1), m_origin.y() + mm(y)),
                           QPointF(m_origin.x() + mm(x2), m_origin.y() + mm(y)));
    }

    void frame(double x, double y, double width, double height, const QColor &colour)
    {
        m_painter.setPen(QPen(colour, mm(0.4)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(area(x, y, width, height));
    }

    QPainter &painter() { return m_painter; }

private:
    QPainter &m_painter;
    QPointF m_origin;
    double m_unitsPerMm;
};

// A logo of PNG, JPEG or SVG bytes, fitted into the box, keeping its shape.
// Returns the width used in mm, 0 without a logo.
double drawLogo(Page &page, const QByteArray &bytes, double x, double y, double maxWidth, double maxHeight)
{
    if (bytes.isEmpty())
        return 0;
    QSizeF size;
    QSvgRenderer svg;
    QImage image;
    const bool isSvg = bytes.contains("<svg") && svg.load(bytes);
    if (isSvg)
        size = svg.defaultSize();
    else if (image.loadFromData(bytes))
        size = image.size();
    if (size.isEmpty())
        return 0;
    const double scale = std::min(maxWidth / size.width(), maxHeight / size.height());
    const QRectF target = page.area(x, y, size.width() * scale, size.height() * scale);
    if (isSvg)
        svg.render(&page.painter(), target);
    else
        page.painter().drawImage(target, image);
    return size.width() * scale;
}

} // namespace

InvoiceDocument::InvoiceDocument(const InvoiceDocumentData &data)
    : m_content(InvoiceContentBuilder::build(data))
{
}

InvoiceDocument::InvoiceDocument(InvoiceContent content)
    : m_content(std::move(content))
{
}

QString InvoiceDocument::title() const
{
    return m_content.title;
}

QString InvoiceDocument::fileName() const
{
    return m_content.fileBaseName + QStringLiteral(".pdf");
}

void InvoiceDocument::paint(QPainter &painter, const QRectF &pageRect) const
{
    Page page(painter, pageRect);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const InvoiceContent &content = m_content;
    const double left = 20;
    const double right = 190;

    // The sender: logo, name and address at the top left.
    const double logoWidth = drawLogo(page, content.sellerLogo, left, 16, 36, 18);
    const double senderX = logoWidth > 0 ? left + logoWidth + 4 : left;
    double y = 16;
    y += page.text(senderX, y, 140 - senderX, content.sellerName, 11, true, accent);
    y += 1 + page.text(senderX, y + 1, 132 - senderX, content.sellerAddress.join(u'\n'), 9, false, muted);

    // The title at the top right.
    page.text(142, 15, right - 142, content.title.toUpper(), 18, true, accent, Qt::AlignRight);

    // The buyer where the window of a C5/E65 envelope shows it: 20 mm from the left, 50–85 mm from the top;
    // a few millimetres inside it, so that the sheet may slide.
    const double buyerX = 23;
    double buyerY = 54;
    buyerY += page.text(buyerX, buyerY, 82, content.buyerName, 11, true);
    if (!content.buyerAddress.isEmpty())
        buyerY += page.text(buyerX, buyerY + 0.5, 82, content.buyerAddress, 10) + 0.5;
    if (!content.buyerOrganisation.isEmpty())
        buyerY += 2 + page.text(buyerX, buyerY + 2, 82, content.buyerOrganisation, 9, false, muted);

    // The facts of the document, label and value, at the right.
    double factsY = 54;
    for (const auto &[label, value] : content.facts) {
        page.text(118, factsY, 34, label, 9, false, muted);
        factsY += page.text(152, factsY, right - 152, value, 9, true, ink, Qt::AlignRight) + 1.2;
    }

    y = std::max({buyerY, factsY, 90.0}) + 8;
    if (!content.introduction.isEmpty())
        y += 6 + page.text(left, y, right - left, content.introduction, 10);

    // The lines: description and amount.
    const double amountX = 150;
    page.text(left, y, 120, content.descriptionHeading, 9, true, muted);
    page.text(amountX, y, right - amountX, content.amountHeading, 9, true, muted, Qt::AlignRight);
    y += 5.5;
    page.line(left, y, right, ink, 0.3);
    y += 2.5;
    for (const InvoiceContent::Line &line : content.lines) {
        const double used = page.text(left, y, amountX - left - 4, line.description, 10);
        page.text(amountX, y, right - amountX, line.amountText, 10, false, ink, Qt::AlignRight);
        y += used + 0.8;
        if (!line.details.isEmpty())
            y += page.text(left, y, amountX - left - 4, line.details, 8.5, false, muted) + 0.8;
        y += 2;
        // The document's own note belongs to its first line.
        if (&line == &content.lines.first() && !content.note.isEmpty())
            y += page.text(left, y, amountX - left - 4, content.note, 9, false, muted) + 2;
    }

    page.line(left, y, right, ink, 0.3);
    y += 2.5;
    page.text(left, y, 100, content.totalLabel, 11, true);
    y += page.text(amountX - 20, y, right - amountX + 20, content.totalText, 11, true, ink, Qt::AlignRight) + 3;
    y += page.text(left, y, right - left, content.vatStatement, 8.5, false, muted) + 8;

    // How to pay, or what the credit note means.
    if (!content.creditExplanation.isEmpty()) {
        page.text(left, y, right - left, content.creditExplanation, 10);
    } else {
        const double boxY = std::max(y, 200.0);
        const double boxHeight = 34;
        page.frame(left, boxY, right - left, boxHeight, accent);
        page.text(left + 5, boxY + 4, right - left - 10, content.paymentHeading, 10, true, accent);
        const double columnWidth = (right - left - 10) / 4.0;
        for (int i = 0; i < content.payment.size(); ++i) {
            const double x = left + 5 + i * columnWidth;
            page.text(x, boxY + 11, columnWidth - 2, content.payment.at(i).first, 8.5, false, muted);
            page.text(x, boxY + 16, columnWidth - 2, content.payment.at(i).second, 10.5, true);
        }
        page.text(left + 5, boxY + 25, right - left - 10, content.paymentHint, 8.5, false, muted);
    }

    // The footer: who sends it and how to reach them.
    page.line(left, 276, right);
    page.text(left, 278, right - left, content.footer.value(0), 8, false, muted, Qt::AlignHCenter);
    page.text(left, 282, right - left, content.footer.value(1), 8, false, muted, Qt::AlignHCenter);
    painter.restore();
}

bool InvoiceDocument::writePdf(const QString &path, QString *error) const
{
    return A4PdfWriter::write(path, QStringLiteral("%1 %2").arg(title()).arg(m_content.number), 1,
                              [this](QPainter &painter, const QRectF &page, int) {
                                  paint(painter, page);
                                  return true;
                              },
                              error);
}

} // namespace Sekretariat
