#include "a4pdfwriter.h"

#include <QFontDatabase>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Sekretariat {

QString A4PdfWriter::fontFamily()
{
    // The documents' font comes with the program, so that an invoice looks the
    // same on Windows, macOS and Linux; the PDF embeds it.
    static const QString family = [] {
        QString loaded;
        for (const QString &file : {QStringLiteral(":/fonts/DejaVuSans.ttf"), QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")}) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id >= 0 && loaded.isEmpty())
                loaded = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return loaded.isEmpty() ? QStringLiteral("DejaVu Sans") : loaded;
    }();
    return family;
}

QFont A4PdfWriter::font(double points, double unitsPerMm, bool bold)
{
    // A document asks for a handful of sizes thousands of times in a batch; a
    // font found once per thread is not looked up in the font database again.
    thread_local QHash<QPair<qint64, bool>, QFont> known;
    const QPair<qint64, bool> key{qRound64(points * unitsPerMm * 1000), bold};
    if (const auto found = known.constFind(key); found != known.constEnd())
        return *found;
    QFont font(fontFamily());
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(points * 25.4 / 72.0 * unitsPerMm)));
    font.setBold(bold);
    known.insert(key, font);
    return font;
}

bool A4PdfWriter::write(const QString &path, const QString &title, int pageCount, const PagePainter &paintPage,
                        QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!write(&file, title, pageCount, paintPage, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool A4PdfWriter::write(QIODevice *device, const QString &title, int pageCount, const PagePainter &paintPage,
                        QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    {
        QPdfWriter writer(device);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Sekretariat"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return fail(tr("The PDF writer could not start."));
        }
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        for (int index = 0; index < pageCount; ++index) {
            if (index > 0)
                writer.newPage();
            if (!paintPage(painter, page, index)) {
                painter.end();
                return fail(QString());
            }
        }
        painter.end();
    }
    return true;
}

} // namespace Sekretariat
