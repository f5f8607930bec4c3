#include "statementdocument.h"

#include "a4pdfwriter.h"
#include "tablepage.h"
#include "invoicecontentbuilder.h"
#include "members/memberterms.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Sekretariat {

namespace {

constexpr double firstPageTableTop = 92;
constexpr double laterPageTableTop = 30;
constexpr double tableBottom = 262;
constexpr double rowHeight = 6.5;
// Columns: date, description, amount, balance (mm from the left).
constexpr double columns[] = {20, 50, 140, 166, 192};
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x5f, 0x63, 0x68);
const QColor rule(0xc8, 0xcc, 0xd0);

int rowsOn(int pageIndex)
{
    const double top = pageIndex == 0 ? firstPageTableTop : laterPageTableTop;
    return int((tableBottom - top - 8) / rowHeight);
}

} // namespace

StatementDocument::StatementDocument(const AccountStatement &statement, const Member &member,
                                     const NetworkSettings &seller, const QDate &date)
    : m_statement(statement)
    , m_member(member)
    , m_seller(seller)
    , m_date(date)
    , m_language(member.documentLanguage)
{
}

QString StatementDocument::text(const char *source, int n) const
{
    return m_language.translate("StatementDocument", source, n);
}

QString StatementDocument::title() const
{
    return text(QT_TR_NOOP("Statement of account"));
}

QString StatementDocument::fileName() const
{
    return QStringLiteral("%1-%2-%3-%4.pdf")
        //: Starts a PDF file name: lower case, no spaces.
        .arg(text(QT_TR_NOOP("statement")), m_member.number, InvoiceContentBuilder::fileNamePart(m_member.name),
             m_date.toString(Qt::ISODate));
}

QString StatementDocument::describe(const StatementEntry &entry) const
{
    switch (entry.kind) {
    case StatementEntry::Kind::Invoice:
        return text(QT_TR_NOOP("Invoice %1, membership dues %2")).arg(entry.number).arg(entry.year);
    case StatementEntry::Kind::CreditNote:
        return text(QT_TR_NOOP("Credit note %1 for invoice %2")).arg(entry.number).arg(entry.invoiceNumber);
    case StatementEntry::Kind::Payment:
        return entry.amount <= Money() ? text(QT_TR_NOOP("Payment received, invoice %1")).arg(entry.invoiceNumber)
                                       : text(QT_TR_NOOP("Payment taken back or refunded, invoice %1"))
                                             .arg(entry.invoiceNumber);
    case StatementEntry::Kind::Reminder: {
        const QString step = entry.step == 2 ? text(QT_TR_NOOP("2nd reminder"))
                           : entry.step == 3 ? text(QT_TR_NOOP("Notice of hand-over"))
                                             : text(QT_TR_NOOP("1st reminder"));
        return entry.amount > Money() ? text(QT_TR_NOOP("%1 for invoice %2, with reminder fee")).arg(step).arg(entry.invoiceNumber)
                                      : text(QT_TR_NOOP("%1 for invoice %2")).arg(step).arg(entry.invoiceNumber);
    }
    }
    return {};
}

int StatementDocument::pageCount() const
{
    int pages = 1;
    qsizetype left = m_statement.entries().size() - rowsOn(0);
    while (left > 0) {
        left -= rowsOn(pages);
        ++pages;
    }
    return pages;
}

void StatementDocument::paintPage(QPainter &painter, const QRectF &page, int pageIndex) const
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
    const int right = Qt::AlignRight | Qt::AlignVCenter;

    painter.save();
    double y = laterPageTableTop;
    if (pageIndex == 0) {
        draw(20, 15, 100, 6, m_seller.name, 11, true);
        QStringList sender;
        if (!m_seller.address.isEmpty())
            sender.append(m_seller.address);
        const QString place = QStringList{m_seller.postalCode, m_seller.city}.join(u' ').trimmed();
        if (!place.isEmpty())
            sender.append(place);
        if (!m_seller.organisationNumber.isEmpty())
            sender.append(text(QT_TR_NOOP("Org. no. %1")).arg(InvoiceContentBuilder::organisationNumberText(m_seller.organisationNumber)));
        for (int i = 0; i < sender.size(); ++i)
            draw(20, 21 + i * 4.5, 100, 4.5, sender.at(i), 8.5, false, muted);

        // As large as fits beside the sender: "STATEMENT OF ACCOUNT" is longer than "KONTOUTSKRIFT".
        const QString heading = title().toUpper();
        double points = 16;
        while (points > 11
               && QFontMetricsF(A4PdfWriter::font(points, unit, true), painter.device()).horizontalAdvance(heading)
                      > 80 * unit)
            points -= 0.5;
        draw(112, 15, 80, 9, heading, points, true, ink, right);
        const QList<QPair<QString, QString>> facts{{text(QT_TR_NOOP("Date")), m_language.date(m_date)},
                                                   {text(QT_TR_NOOP("Customer number")), m_member.number}};
        for (int i = 0; i < facts.size(); ++i) {
            draw(120, 26 + i * 5, 40, 5, facts.at(i).first, 8.5, false, muted);
            draw(160, 26 + i * 5, 32, 5, facts.at(i).second, 8.5, false, ink, right);
        }

        // Where a window envelope shows it, as on the invoices.
        const QString buyer = MemberTerms::legalName(m_member.kind, m_member.name);
        draw(20, 50, 90, 5.5, buyer, 10, true);
        const QStringList address =
            InvoiceContentBuilder::addressBelow(m_member.postalAddress().text(), buyer).split(u'\n', Qt::SkipEmptyParts);
        for (int i = 0; i < address.size() && i < 5; ++i)
            draw(20, 55.5 + i * 4.8, 90, 4.8, address.at(i), 9.5);
        y = firstPageTableTop;
    } else {
        draw(20, 15, 120, 6, m_seller.name + QStringLiteral("  ·  ") + title(), 9, false, muted);
        draw(120, 15, 72, 6, MemberTerms::legalName(m_member.kind, m_member.name), 9, false, muted, right);
    }

    const QStringList headers{text(QT_TR_NOOP("Date")), text(QT_TR_NOOP("Description")), text(QT_TR_NOOP("Amount")),
                              text(QT_TR_NOOP("Balance"))};
    for (int column = 0; column < headers.size(); ++column)
        draw(columns[column], y, columns[column + 1] - columns[column] - 1.5, 6, headers.at(column), 8.5, true, muted,
             column >= 2 ? right : Qt::AlignLeft | Qt::AlignVCenter);
    y += 6.5;
    line(20, y, 192, ink, 0.3);

    qsizetype first = 0;
    for (int p = 0; p < pageIndex; ++p)
        first += rowsOn(p);
    const qsizetype end = std::min<qsizetype>(m_statement.entries().size(), first + rowsOn(pageIndex));
    for (qsizetype i = first; i < end; ++i) {
        const StatementEntry &entry = m_statement.entries().at(i);
        draw(columns[0], y + 0.3, columns[1] - columns[0] - 1.5, rowHeight, m_language.date(entry.date), 8.5);
        draw(columns[1], y + 0.3, columns[2] - columns[1] - 3, rowHeight, describe(entry), 8.5);
        draw(columns[2], y + 0.3, columns[3] - columns[2] - 1.5, rowHeight, m_language.money(entry.amount), 8.5, false,
             ink, right);
        draw(columns[3], y + 0.3, columns[4] - columns[3] - 1.5, rowHeight, m_language.money(entry.balance), 8.5, false,
             ink, right);
        y += rowHeight;
        line(20, y, 192, rule, 0.2);
    }
    if (m_statement.entries().isEmpty()) {
        draw(columns[1], y + 0.3, 100, rowHeight, text(QT_TR_NOOP("Nothing has been invoiced yet.")), 8.5, false, muted);
        y += rowHeight;
    }

    if (pageIndex == pageCount() - 1) {
        y += 3;
        line(80, y, 192, ink, 0.3);
        const Money balance = m_statement.balance();
        draw(80, y + 1, 62, 7, text(QT_TR_NOOP("Balance on %1")).arg(m_language.date(m_date)), 10, true);
        draw(142, y + 1, columns[4] - 142 - 1.5, 7, m_language.money(balance), 10, true, ink, right);
        y += 12;
        QString meaning;
        if (balance > Money()) {
            meaning = text(QT_TR_NOOP("You owe %1. Please pay each invoice with its own KID to account %2."))
                          .arg(m_language.money(balance), InvoiceContentBuilder::accountText(m_seller.bankAccount));
        } else if (balance < Money()) {
            meaning = text(QT_TR_NOOP("%1 is in your favour. We set it against your next invoice, unless you ask us "
                                      "to pay it back."))
                          .arg(m_language.money(-balance));
        } else {
            meaning = text(QT_TR_NOOP("Your account is settled: nothing is owed either way."));
        }
        painter.setFont(A4PdfWriter::font(9, unit));
        painter.setPen(ink);
        painter.drawText(area(20, y, 172, 20), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, meaning);
    }

    QStringList contact{m_seller.name};
    for (const QString &item : {m_seller.email, m_seller.phone, m_seller.website}) {
        if (!item.isEmpty())
            contact.append(item);
    }
    draw(20, 278, 172, 5, contact.join(QStringLiteral("  ·  ")), 7.5, false, muted, Qt::AlignHCenter | Qt::AlignVCenter);
    draw(20, 283, 172, 5, text(QT_TR_NOOP("Page %1 of %2")).arg(pageIndex + 1).arg(pageCount()), 7.5, false, muted,
         Qt::AlignHCenter | Qt::AlignVCenter);
    painter.restore();
}

bool StatementDocument::writePdf(const QString &path, QString *error) const
{
    return A4PdfWriter::write(path, title(), pageCount(),
                              [this](QPainter &painter, const QRectF &page, int index) {
                                  paintPage(painter, page, index);
                                  return true;
                              },
                              error);
}

bool StatementDocument::writePdf(QIODevice *device, QString *error) const
{
    return A4PdfWriter::write(device, title(), pageCount(),
                              [this](QPainter &painter, const QRectF &page, int index) {
                                  paintPage(painter, page, index);
                                  return true;
                              },
                              error);
}

} // namespace Sekretariat
