#include "participantlistdocument.h"

#include "a4pdfwriter.h"
#include "common/csvwriter.h"
#include "events/eventterms.h"

#include <QCollator>
#include <QFontMetricsF>
#include <QPainter>

namespace Sekretariat {

namespace {

constexpr int rowsPerPage = 22;
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
        if (const int byMember = collator.compare(a.memberName, b.memberName); byMember != 0)
            return byMember < 0;
        return collator.compare(a.name(), b.name()) < 0;
    });
}

QString ParticipantListDocument::text(const char *source, int n) const
{
    return m_language.translate("ParticipantListDocument", source, n);
}

int ParticipantListDocument::pageCount() const
{
    return std::max<int>(1, (int(m_participants.size()) + rowsPerPage - 1) / rowsPerPage);
}

void ParticipantListDocument::paintPage(QPainter &painter, const QRectF &page, int pageIndex) const
{
    const double unit = page.width() / 210.0;
    auto area = [&](double x, double y, double w, double h) {
        return QRectF(page.left() + x * unit, page.top() + y * unit, w * unit, h * unit);
    };
    auto draw = [&](double x, double y, double w, double h, const QString &value, double points, bool bold = false,
                    const QColor &colour = ink, int flags = Qt::AlignLeft | Qt::AlignVCenter) {
        painter.setFont(A4PdfWriter::font(points, unit, bold));
        painter.setPen(colour);
        const QRectF box = area(x, y, w, h);
        painter.drawText(box, flags | Qt::TextSingleLine,
                         QFontMetricsF(painter.font(), painter.device()).elidedText(value, Qt::ElideRight, box.width()));
    };
    auto line = [&](double x1, double y, double x2, const QColor &colour, double width) {
        painter.setPen(QPen(colour, width * unit));
        painter.drawLine(QPointF(page.left() + x1 * unit, page.top() + y * unit),
                         QPointF(page.left() + x2 * unit, page.top() + y * unit));
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

    // Columns: number, name, member, capacity, note, signature.
    const double columns[] = {15, 22, 62, 106, 134, 157, 195};
    double y = 46;
    const QStringList headers{QStringLiteral("#"), text(QT_TR_NOOP("Name")), text(QT_TR_NOOP("Member or organisation")),
                              text(QT_TR_NOOP("Comes as")), text(QT_TR_NOOP("Note")), text(QT_TR_NOOP("Signature"))};
    for (int column = 0; column < headers.size(); ++column)
        draw(columns[column], y, columns[column + 1] - columns[column] - 1, 6, headers.at(column), 8, true, muted);
    y += 6.5;
    line(15, y, 195, ink, 0.3);
    const int first = pageIndex * rowsPerPage;
    const double rowHeight = 9.5;
    for (int i = first; i < std::min<int>(first + rowsPerPage, int(m_participants.size())); ++i) {
        const Registration &participant = m_participants.at(i);
        const QStringList cells{QString::number(i + 1), participant.name(), participant.memberName,
                                m_language.translate("EventTerms", EventTerms::roleSource(participant.role)),
                                participant.note};
        for (int column = 0; column < cells.size(); ++column)
            draw(columns[column], y, columns[column + 1] - columns[column] - 1.5, rowHeight, cells.at(column), 8.5);
        y += rowHeight;
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
