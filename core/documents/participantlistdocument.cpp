#include "participantlistdocument.h"

#include "a4pdfwriter.h"
#include "tablepage.h"
#include "common/csvwriter.h"
#include "events/eventterms.h"

#include <QCollator>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

namespace Sekretariat {

namespace {

constexpr double firstRowTop = 52.5;
constexpr double lastRowBottom = 276;
constexpr double minimumRowHeight = 9.5;
// Columns: number, name, member, capacity, note, signature (mm from the left).
constexpr double columns[] = {15, 22, 62, 106, 134, 157, 195};
constexpr double cellPadding = 1.5;
constexpr double cellPoints = 8.5;
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x5f, 0x63, 0x68);
const QColor rule(0xc8, 0xcc, 0xd0);

} // namespace

ParticipantListDocument::ParticipantListDocument(const Event &event, const QList<Registration> &registrations,
                                                 const QString &networkName, const QString &language)
    : m_event(event)
    , m_networkName(networkName)
    , m_language(language)
{
    for (const Registration &registration : registrations) {
        if (registration.status == RegistrationStatus::Registered || registration.status == RegistrationStatus::Attended
            || registration.status == RegistrationStatus::NoShow)
            m_participants.append(registration);
    }
    QCollator collator(m_language.locale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_participants.begin(), m_participants.end(), [&collator](const Registration &a, const Registration &b) {
        if (const int byName = collator.compare(a.name(), b.name()); byName != 0)
            return byName < 0;
        return collator.compare(a.memberName, b.memberName) < 0;
    });

    // Rows are as tall as their wrapped text: the pages are counted by measuring
    // at the PDF's resolution (fonts are sized in millimetres, so alike on paper).
    QImage scratch(1, 1, QImage::Format_ARGB32);
    QPainter painter(&scratch);
    const double unit = 300 / 25.4;
    double y = firstRowTop;
    m_pageStarts.append(0);
    for (int i = 0; i < m_participants.size(); ++i) {
        const double height = rowHeight(painter, unit, i);
        if (y + height > lastRowBottom && i > m_pageStarts.last()) {
            m_pageStarts.append(i);
            y = firstRowTop;
        }
        y += height;
    }
}

QStringList ParticipantListDocument::cellsOf(int index) const
{
    const Registration &participant = m_participants.at(index);
    return {QString::number(index + 1), participant.name(), participant.memberName,
            m_language.translate("EventTerms", EventTerms::roleSource(participant.role)), participant.note};
}

double ParticipantListDocument::rowHeight(QPainter &painter, double unit, int index) const
{
    painter.setFont(A4PdfWriter::font(cellPoints, unit));
    const QStringList cells = cellsOf(index);
    double height = minimumRowHeight;
    for (int column = 0; column < cells.size(); ++column) {
        const QRectF box(0, 0, (columns[column + 1] - columns[column] - cellPadding) * unit, 1000 * unit);
        const QRectF used = painter.boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cells.at(column));
        height = std::max(height, used.height() / unit + 3);
    }
    return height;
}

QString ParticipantListDocument::text(const char *source, int n) const
{
    return m_language.translate("ParticipantListDocument", source, n);
}

int ParticipantListDocument::pageCount() const
{
    return int(m_pageStarts.size());
}

void ParticipantListDocument::paintPage(QPainter &painter, const QRectF &page, int pageIndex) const
{
    TablePage table(painter, page);
    const double unit = table.unit();
    auto area = [&](double x, double y, double w, double h) { return table.area(x, y, w, h); };
    auto draw = [&](double x, double y, double w, double h, const QString &value, double points, bool bold = false,
                    const QColor &colour = ink, int flags = Qt::AlignLeft | Qt::AlignVCenter) {
        table.draw(x, y, w, h, value, points, bold, colour, flags);
    };
    auto line = [&](double x1, double y, double x2, const QColor &colour, double width) {
        table.line(x1, y, x2, colour, width);
    };

    painter.save();
    draw(15, 12, 120, 6, m_networkName, 9, false, muted);
    draw(15, 18, 180, 10, text(QT_TR_NOOP("Participant list")), 18, true);
    draw(15, 29, 180, 7, m_event.title, 12, true);
    QString when = m_language.date(m_event.startsAt.date()) + u' '
        + m_language.locale().toString(m_event.startsAt.time(), QLocale::ShortFormat);
    if (m_event.endsAt.isValid())
        when += QStringLiteral(" – ")
            + (m_event.endsAt.date() != m_event.startsAt.date() ? m_language.date(m_event.endsAt.date()) + u' ' : QString())
            + m_language.locale().toString(m_event.endsAt.time(), QLocale::ShortFormat);
    const QString place = m_event.place.isEmpty() ? m_event.onlineLink : m_event.place;
    draw(15, 36, 180, 6, place.isEmpty() ? when : when + QStringLiteral("  ·  ") + place, 10, false, muted);

    double y = 46;
    const QStringList headers{QStringLiteral("#"), text(QT_TR_NOOP("Name")), text(QT_TR_NOOP("Member or organisation")),
                              text(QT_TR_NOOP("Comes as")), text(QT_TR_NOOP("Note")), text(QT_TR_NOOP("Signature"))};
    for (int column = 0; column < headers.size(); ++column)
        draw(columns[column], y, columns[column + 1] - columns[column] - 1, 6, headers.at(column), 8, true, muted);
    y += 6.5;
    line(15, y, 195, ink, 0.3);
    const int first = m_pageStarts.value(pageIndex, int(m_participants.size()));
    const int end = m_pageStarts.value(pageIndex + 1, int(m_participants.size()));
    painter.setFont(A4PdfWriter::font(cellPoints, unit));
    painter.setPen(ink);
    for (int i = first; i < end; ++i) {
        const QStringList cells = cellsOf(i);
        const double height = rowHeight(painter, unit, i);
        painter.setFont(A4PdfWriter::font(cellPoints, unit));
        painter.setPen(ink);
        for (int column = 0; column < cells.size(); ++column) {
            // Wrapped, never cut: "Vegetar, glutenfri" must be readable at the door.
            const QRectF box = area(columns[column], y + 1.5, columns[column + 1] - columns[column] - cellPadding,
                                    height - 1.5);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cells.at(column));
        }
        y += height;
        line(15, y, 195, rule, 0.2);
    }
    draw(15, 282, 180, 5,
         text(QT_TR_NOOP("Page %1 of %2")).arg(pageIndex + 1).arg(pageCount()) + QStringLiteral("  ·  ")
             + text(QT_TR_N_NOOP("%n participant(s)"), int(m_participants.size())),
         8, false, muted, Qt::AlignHCenter | Qt::AlignVCenter);
    painter.restore();
}

bool ParticipantListDocument::writePdf(const QString &path, QString *error) const
{
    return A4PdfWriter::write(path, m_event.title, pageCount(),
                              [this](QPainter &painter, const QRectF &page, int index) {
                                  paintPage(painter, page, index);
                                  return true;
                              },
                              error);
}

QByteArray ParticipantListDocument::csv(const QList<Registration> &registrations)
{
    QByteArray out = CsvWriter::line({QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("member"),
                                      QStringLiteral("participant_role"), QStringLiteral("status"), QStringLiteral("note")})
                         .toUtf8();
    for (const Registration &r : registrations) {
        out += CsvWriter::line({r.name(), r.email(), r.memberName, EventTerms::key(r.role), EventTerms::key(r.status),
                                r.note})
                   .toUtf8();
    }
    return out;
}

} // namespace Sekretariat
