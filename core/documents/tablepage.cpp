#include "tablepage.h"

#include "a4pdfwriter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Sekretariat {

TablePage::TablePage(QPainter &painter, const QRectF &page)
    : m_painter(painter)
    , m_page(page)
    , m_unit(page.width() / 210.0)
{
}

QRectF TablePage::area(double x, double y, double width, double height) const
{
    return QRectF(m_page.left() + x * m_unit, m_page.top() + y * m_unit, width * m_unit, height * m_unit);
}

void TablePage::draw(double x, double y, double width, double height, const QString &text, double points, bool bold,
                     const QColor &colour, int flags)
{
    m_painter.setFont(A4PdfWriter::font(points, m_unit, bold));
    m_painter.setPen(colour);
    const QRectF box = area(x, y, width, height);
    m_painter.drawText(box, flags | Qt::TextSingleLine,
                       QFontMetricsF(m_painter.font(), m_painter.device()).elidedText(text, Qt::ElideRight, box.width()));
}

void TablePage::line(double x1, double y, double x2, const QColor &colour, double width)
{
    m_painter.setPen(QPen(colour, width * m_unit));
    m_painter.drawLine(QPointF(m_page.left() + x1 * m_unit, m_page.top() + y * m_unit),
                       QPointF(m_page.left() + x2 * m_unit, m_page.top() + y * m_unit));
}

} // namespace Sekretariat
