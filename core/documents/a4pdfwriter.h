#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <functional>

class QIODevice;
class QPainter;

namespace Sekretariat {

// Writes an A4 PDF, page by page, into a file that appears only when complete
// (QSaveFile): a failure or a cancel leaves no half-written document behind.
class A4PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(A4PdfWriter)

public:
    // Paints page `index` on the whole page `page`; returns false to cancel.
    using PagePainter = std::function<bool(QPainter &painter, const QRectF &page, int index)>;

    // Cancelled: false with an empty error.
    static bool write(const QString &path, const QString &title, int pageCount, const PagePainter &paintPage,
                      QString *error);
    // The same into memory, for a document that goes into a file and an e-invoice.
    static bool write(QIODevice *device, const QString &title, int pageCount, const PagePainter &paintPage,
                      QString *error);

    // The documents' typeface at a size in points of the page, whatever the
    // device's resolution (`unitsPerMm`: device units in a millimetre of paper).
    static QFont font(double points, double unitsPerMm, bool bold = false);
    // The bundled DejaVu Sans, registered on first use.
    static QString fontFamily();
};

} // namespace Sekretariat
