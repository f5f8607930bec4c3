#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace Sekretariat {

// Drawing on an A4 page in millimetres, for the documents that are tables (the
// participant list, the statement of account): single lines cut with "…" when
// too long for their box, and rules.
class TablePage
{
public:
    TablePage(QPainter &painter, const QRectF &page);

    double unit() const { return m_unit; }  // device units in a millimetre
    QRectF area(double x, double y, double width, double height) const;
    void draw(double x, double y, double width, double height, const QString &text, double points, bool bold = false,
              const QColor &colour = QColor(0x1a, 0x1a, 0x1a), int flags = Qt::AlignLeft | Qt::AlignVCenter);
    void line(double x1, double y, double x2, const QColor &colour, double width);

private:
    QPainter &m_painter;
    QRectF m_page;
    double m_unit;
};

} // namespace Sekretariat
