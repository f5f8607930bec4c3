#include "invoicedocument.h"

#include "a4pdfwriter.h"
#include "documentlanguage.h"
#include "invoicecontentbuilder.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QBuffer>
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
    // With measureOnly, text() and the rest only say how much room they take.
    Page(QPainter &painter, const QRectF &page, bool measureOnly = false)
        : m_painter(painter)
        , m_origin(page.topLeft())
        , m_unitsPerMm(page.width() / 210.0)
        , m_measureOnly(measureOnly)
    {
    }

    double mm(double value) const { return value * m_unitsPerMm; }
    QRectF area(double x, double y, double width, double height) const
    {
        return QRectF(m_origin.x() + mm(x), m_origin.y() + mm(y), mm(width), mm(height));
    }

    QFont font(double points, bool bold = false) const { return A4PdfWriter::font(points, m_unitsPerMm, bold); }

    // The size, from `points` down to `smallest`, at which each word of the text fits in `width` mm:
    // a long title ("MELDING OM OVERSENDELSE") wraps between words, never inside one.
    double pointsToFit(const QString &text, double width, double points, double smallest, bool bold) const
    {
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        for (; points > smallest; points -= 0.5) {
            const QFontMetricsF metrics(font(points, bold), m_painter.device());
            const bool fits = std::all_of(words.begin(), words.end(),
                                          [&](const QString &word) { return metrics.horizontalAdvance(word) <= mm(width); });
            if (fits)
                break;
        }
        return points;
    }

    // Draws text in a box at (x, y) mm, `width` mm wide; returns its height in mm.
    double text(double x, double y, double width, const QString &text, double points, bool bold = false,
                const QColor &colour = ink, Qt::Alignment alignment = Qt::AlignLeft)
    {
        const QFont f = font(points, bold);
        m_painter.setFont(f);
        m_painter.setPen(colour);
        const int flags = int(alignment) | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF box = area(x, y, width, 1000);
        // Drawing says how much room it took: one layout of the text, not two.
        QRectF used;
        if (m_measureOnly)
            used = m_painter.boundingRect(box, flags, text);
        else
            m_painter.drawText(box, flags, text, &used);
        return used.height() / m_unitsPerMm;
    }

    void line(double x1, double y, double x2, const QColor &colour = rule, double widthMm = 0.25)
    {
        if (m_measureOnly)
            return;
        m_painter.setPen(QPen(colour, mm(widthMm)));
        m_painter.drawLine(QPointF(m_origin.x() + mm(x1), m_origin.y() + mm(y)),
                           QPointF(m_origin.x() + mm(x2), m_origin.y() + mm(y)));
    }

    void frame(double x, double y, double width, double height, const QColor &colour)
    {
        if (m_measureOnly)
            return;
        m_painter.setPen(QPen(colour, mm(0.4)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(area(x, y, width, height));
    }

    QPainter &painter() { return m_painter; }
    bool measuresOnly() const { return m_measureOnly; }

private:
    QPainter &m_painter;
    QPointF m_origin;
    double m_unitsPerMm;
    bool m_measureOnly;
};

// A logo of PNG, JPEG or SVG bytes, fitted into the box, keeping its shape.
// Returns the width used in mm, 0 without a logo.
double drawLogo(Page &page, const QByteArray &bytes, double x, double y, double maxWidth, double maxHeight)
{
    if (bytes.isEmpty() || page.measuresOnly())
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

namespace {

constexpr double left = 20;
constexpr double right = 190;
constexpr double amountX = 150;
constexpr double bodyBottom = 272;   // the footer's rule is at 276
constexpr double paymentBoxHeight = 34;
constexpr double paymentBoxLowest = 200;  // where the box sits when the page has room

// The sender, the title, the buyer and the facts: the whole head on the first
// page, the sender, the title and the first facts on the pages after it.
// Returns where the body starts.
double paintHead(Page &page, const InvoiceContent &content, bool first)
{
    const double logoWidth = first ? drawLogo(page, content.sellerLogo, left, 16, 36, 18) : 0;
    const double senderX = logoWidth > 0 ? left + logoWidth + 4 : left;
    double y = 16;
    y += page.text(senderX, y, 140 - senderX, content.sellerName, 11, true, accent);
    if (first)
        y += 1 + page.text(senderX, y + 1, 132 - senderX, content.sellerAddress.join(u'\n'), 9, false, muted);
    const QString title = content.title.toUpper();
    page.text(142, 15, right - 142, title, page.pointsToFit(title, right - 142, 18, 12, true), true, accent,
              Qt::AlignRight);

    double factsY = first ? 54 : 30;
    const qsizetype facts = first ? content.facts.size() : std::min<qsizetype>(3, content.facts.size());
    for (qsizetype i = 0; i < facts; ++i) {
        const auto &[label, value] = content.facts.at(i);
        page.text(118, factsY, 34, label, 9, false, muted);
        factsY += page.text(152, factsY, right - 152, value, 9, true, ink, Qt::AlignRight) + 1.2;
    }
    if (!first)
        return std::max(factsY, y) + 8;

    // The buyer where the window of a C5/E65 envelope shows it: 20 mm from the
    // left, 50–85 mm from the top; a few millimetres inside it, so that the
    // sheet may slide.
    const double buyerX = 23;
    double buyerY = 54;
    buyerY += page.text(buyerX, buyerY, 82, content.buyerName, 11, true);
    if (!content.buyerAddress.isEmpty())
        buyerY += page.text(buyerX, buyerY + 0.5, 82, content.buyerAddress, 10) + 0.5;
    if (!content.buyerOrganisation.isEmpty())
        buyerY += 2 + page.text(buyerX, buyerY + 2, 82, content.buyerOrganisation, 9, false, muted);
    return std::max({buyerY, factsY, 90.0}) + 8;
}

double paintTableHead(Page &page, const InvoiceContent &content, double y)
{
    page.text(left, y, 120, content.descriptionHeading, 9, true, muted);
    page.text(amountX, y, right - amountX, content.amountHeading, 9, true, muted, Qt::AlignRight);
    page.line(left, y + 5.5, right, ink, 0.3);
    return 8;
}

// The body, block by block, so that it can go on over pages; a block is never
// split. Each paints at y and returns its height (Page measures when it only measures).
enum class BlockKind { Introduction, TableHead, Line, Total, Vat, Ending };
struct Block
{
    BlockKind kind;
    qsizetype line = -1;
};

QList<Block> blocksOf(const InvoiceContent &content)
{
    QList<Block> blocks;
    if (!content.introduction.isEmpty())
        blocks.append({BlockKind::Introduction});
    blocks.append({BlockKind::TableHead});
    for (qsizetype i = 0; i < content.lines.size(); ++i)
        blocks.append({BlockKind::Line, i});
    blocks.append({BlockKind::Total});
    blocks.append({BlockKind::Vat});
    blocks.append({BlockKind::Ending});
    return blocks;
}

double paintBlock(Page &page, const InvoiceContent &content, const Block &block, double y)
{
    switch (block.kind) {
    case BlockKind::Introduction:
        return 6 + page.text(left, y, right - left, content.introduction, 10);
    case BlockKind::TableHead:
        return paintTableHead(page, content, y);
    case BlockKind::Line: {
        const InvoiceContent::Line &line = content.lines.at(block.line);
        double height = page.text(left, y, amountX - left - 4, line.description, 10);
        page.text(amountX, y, right - amountX, line.amountText, 10, false, ink, Qt::AlignRight);
        height += 0.8;
        if (!line.details.isEmpty())
            height += page.text(left, y + height, amountX - left - 4, line.details, 8.5, false, muted) + 0.8;
        height += 2;
        // The document's own note belongs to its first line.
        if (block.line == 0 && !content.note.isEmpty())
            height += page.text(left, y + height, amountX - left - 4, content.note, 9, false, muted) + 2;
        return height;
    }
    case BlockKind::Total: {
        page.line(left, y, right, ink, 0.3);
        page.text(left, y + 2.5, 100, content.totalLabel, 11, true);
        return 2.5 + page.text(amountX - 20, y + 2.5, right - amountX + 20, content.totalText, 11, true, ink,
                               Qt::AlignRight) + 3;
    }
    case BlockKind::Vat:
        return page.text(left, y, right - left, content.vatStatement, 8.5, false, muted) + 8;
    case BlockKind::Ending:
        if (!content.creditExplanation.isEmpty())
            return page.text(left, y, right - left, content.creditExplanation, 10);
        {
            // How to pay: low on the page where there is room, so it is found in the same place.
            const double boxY = std::max(y, paymentBoxLowest);
            page.frame(left, boxY, right - left, paymentBoxHeight, accent);
            page.text(left + 5, boxY + 4, right - left - 10, content.paymentHeading, 10, true, accent);
            const double columnWidth = (right - left - 10) / 4.0;
            for (int i = 0; i < content.payment.size(); ++i) {
                const double x = left + 5 + i * columnWidth;
                page.text(x, boxY + 11, columnWidth - 2, content.payment.at(i).first, 8.5, false, muted);
                page.text(x, boxY + 16, columnWidth - 2, content.payment.at(i).second, 10.5, true);
            }
            page.text(left + 5, boxY + 25, right - left - 10, content.paymentHint, 8.5, false, muted);
            return boxY - y + paymentBoxHeight;
        }
    }
    return 0;
}

} // namespace

const QList<InvoiceDocument::Placement> &InvoiceDocument::placements() const
{
    if (m_placements)
        return *m_placements;
    // Measured on an image of the PDF's resolution: the fonts are sized in
    // millimetres, so the page breaks fall alike on paper, screen and PDF.
    QImage scratch(1, 1, QImage::Format_ARGB32);
    QPainter painter(&scratch);
    Page page(painter, QRectF(0, 0, 210 * 300 / 25.4, 297 * 300 / 25.4), true);
    QList<Placement> placements;
    int pageIndex = 0;
    const double firstTop = paintHead(page, m_content, true);
    const double nextTop = paintHead(page, m_content, false);
    double y = firstTop;
    bool pageHasBody = false;
    for (const Block &block : blocksOf(m_content)) {
        const double height = paintBlock(page, m_content, block, y);
        if (y + height > bodyBottom && pageHasBody) {
            ++pageIndex;
            y = nextTop;
            pageHasBody = false;
            // Lines that go on over a page are under the table's head again.
            if (block.kind == BlockKind::Line) {
                placements.append({pageIndex, y, int(BlockKind::TableHead), -1});
                y += paintTableHead(page, m_content, y);
            }
        }
        placements.append({pageIndex, y, int(block.kind), block.line});
        y += paintBlock(page, m_content, block, y);
        pageHasBody = true;
    }
    m_placements = placements;
    return *m_placements;
}

int InvoiceDocument::pageCount() const
{
    return placements().isEmpty() ? 1 : placements().last().page + 1;
}

void InvoiceDocument::paint(QPainter &painter, const QRectF &pageRect, int pageIndex) const
{
    Page page(painter, pageRect);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const InvoiceContent &content = m_content;
    paintHead(page, content, pageIndex == 0);
    for (const Placement &placement : placements()) {
        if (placement.page == pageIndex)
            paintBlock(page, content, {BlockKind(placement.kind), placement.line}, placement.y);
    }

    // The footer: who sends it and how to reach them; the page on a longer document.
    page.line(left, 276, right);
    page.text(left, 278, right - left, content.footer.value(0), 8, false, muted, Qt::AlignHCenter);
    page.text(left, 282, right - left, content.footer.value(1), 8, false, muted, Qt::AlignHCenter);
    if (pageCount() > 1) {
        static const char *const pageOf = QT_TRANSLATE_NOOP("InvoiceDocument", "Page %1 of %2");
        const QString text = DocumentLanguage(content.language).translate("InvoiceDocument", pageOf);
        page.text(left, 287, right - left, text.arg(pageIndex + 1).arg(pageCount()), 8, false, muted, Qt::AlignRight);
    }
    painter.restore();
}

A4PdfWriter::PagePainter InvoiceDocument::pagePainter() const
{
    return [this](QPainter &painter, const QRectF &page, int index) {
        paint(painter, page, index);
        return true;
    };
}

bool InvoiceDocument::writePdf(const QString &path, QString *error) const
{
    return A4PdfWriter::write(path, QStringLiteral("%1 %2").arg(title()).arg(m_content.number), pageCount(),
                              pagePainter(), error);
}

bool InvoiceDocument::renderPdf(QByteArray *pdf, QString *error) const
{
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    return A4PdfWriter::write(&buffer, QStringLiteral("%1 %2").arg(title()).arg(m_content.number), pageCount(),
                              pagePainter(), error);
}

} // namespace Sekretariat
