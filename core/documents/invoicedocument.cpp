#include "invoicedocument.h"

#include "a4pdfwriter.h"
#include "common/checkdigits.h"

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

QString grouped(const QString &digits, std::initializer_list<int> groups)
{
    QString result;
    qsizetype at = 0;
    for (int group : groups) {
        if (at >= digits.size())
            break;
        if (!result.isEmpty())
            result += u' ';
        result += digits.mid(at, group);
        at += group;
    }
    if (at < digits.size())
        result += digits.mid(at);
    return result;
}

QString organisationNumberText(const QString &number)
{
    const QString digits = CheckDigits::normalized(number);
    return digits.size() == 9 ? grouped(digits, {3, 3, 3}) : number;
}

QString accountText(const QString &account)
{
    const QString digits = CheckDigits::normalized(account);
    return digits.size() == 11 ? grouped(digits, {4, 2, 5}) : account;
}

QString slug(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result += c;
        else if (!result.endsWith(u'-'))
            result += u'-';
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    while (result.startsWith(u'-'))
        result.remove(0, 1);
    return result;
}

} // namespace

InvoiceDocument::InvoiceDocument(const InvoiceDocumentData &data)
    : m_data(data)
    , m_language(data.invoice.language)
{
}

QString InvoiceDocument::text(const char *source, int n) const
{
    return m_language.translate("InvoiceDocument", source, n);
}

QString InvoiceDocument::title() const
{
    switch (m_data.kind) {
    case DocumentKind::Invoice: return text(QT_TR_NOOP("Invoice"));
    case DocumentKind::CreditNote: return text(QT_TR_NOOP("Credit note"));
    case DocumentKind::Reminder: return text(QT_TR_NOOP("Payment reminder"));
    }
    return {};
}

QString InvoiceDocument::fileName() const
{
    QString kind;
    switch (m_data.kind) {
    //: Starts a PDF file name: lower case, no spaces.
    case DocumentKind::Invoice: kind = text(QT_TR_NOOP("invoice")); break;
    //: Starts a PDF file name: lower case, no spaces.
    case DocumentKind::CreditNote: kind = text(QT_TR_NOOP("credit-note")); break;
    //: Starts a PDF file name: lower case, no spaces.
    case DocumentKind::Reminder: kind = text(QT_TR_NOOP("reminder")); break;
    }
    const Invoice &invoice = m_data.invoice;
    // Padded, so that a folder sorted by name lists the documents in order.
    return QStringLiteral("%1-%2-%3-%4.pdf")
        .arg(kind)
        .arg(invoice.number, 5, 10, QLatin1Char('0'))
        .arg(invoice.buyerNumber, slug(invoice.buyerName));
}

QString InvoiceDocument::paymentReference() const
{
    return m_data.invoice.kid;
}

void InvoiceDocument::paint(QPainter &painter, const QRectF &pageRect) const
{
    Page page(painter, pageRect);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const Invoice &invoice = m_data.invoice;
    const NetworkSettings &seller = m_data.seller;
    const DocumentLanguage &language = m_language;
    const double left = 20;
    const double right = 190;

    // The sender: logo, name and address at the top left.
    const double logoWidth = drawLogo(page, seller.logo, left, 16, 36, 18);
    const double senderX = logoWidth > 0 ? left + logoWidth + 4 : left;
    double y = 16;
    y += page.text(senderX, y, 140 - senderX, seller.name, 11, true, accent);
    QStringList address;
    if (!seller.address.isEmpty())
        address.append(seller.address);
    const QString place = QStringList{seller.postalCode, seller.city}.join(u' ').trimmed();
    if (!place.isEmpty())
        address.append(place);
    y += 1 + page.text(senderX, y + 1, 132 - senderX, address.join(u'\n'), 9, false, muted);

    // The title at the top right.
    page.text(142, 15, right - 142, title().toUpper(), 18, true, accent, Qt::AlignRight);

    // The buyer where a window envelope shows it.
    double buyerY = 48;
    buyerY += page.text(left, buyerY, 85, invoice.buyerName, 11, true);
    if (!invoice.buyerAddress.isEmpty())
        buyerY += page.text(left, buyerY + 0.5, 85, invoice.buyerAddress, 10) + 0.5;
    if (!invoice.buyerOrganisationNumber.isEmpty()) {
        buyerY += 2 + page.text(left, buyerY + 2, 85,
                                text(QT_TR_NOOP("Org. no. %1")).arg(organisationNumberText(invoice.buyerOrganisationNumber)),
                                9, false, muted);
    }

    // The facts of the document, label and value, at the right.
    QList<QPair<QString, QString>> facts;
    const Invoice &original = m_data.creditedInvoice;
    switch (m_data.kind) {
    case DocumentKind::Invoice:
        facts = {{text(QT_TR_NOOP("Invoice number")), QString::number(invoice.number)},
                 {text(QT_TR_NOOP("Invoice date")), language.date(invoice.issueDate)},
                 {text(QT_TR_NOOP("Due date")), language.date(invoice.dueDate)},
                 {text(QT_TR_NOOP("Customer number")), invoice.buyerNumber},
                 {text(QT_TR_NOOP("Your reference")), invoice.buyerReference},
                 {text(QT_TR_NOOP("KID")), invoice.kid},
                 {text(QT_TR_NOOP("Account")), accountText(seller.bankAccount)}};
        break;
    case DocumentKind::CreditNote:
        facts = {{text(QT_TR_NOOP("Credit note number")), QString::number(invoice.number)},
                 {text(QT_TR_NOOP("Date")), language.date(invoice.issueDate)},
                 {text(QT_TR_NOOP("Credits invoice")), QString::number(invoice.creditsInvoiceNumber)},
                 {text(QT_TR_NOOP("Invoice date")), language.date(original.issueDate)},
                 {text(QT_TR_NOOP("Customer number")), invoice.buyerNumber},
                 {text(QT_TR_NOOP("Your reference")), invoice.buyerReference}};
        break;
    case DocumentKind::Reminder:
        facts = {{text(QT_TR_NOOP("Invoice number")), QString::number(invoice.number)},
                 {text(QT_TR_NOOP("Invoice date")), language.date(invoice.issueDate)},
                 {text(QT_TR_NOOP("Original due date")), language.date(invoice.dueDate)},
                 {text(QT_TR_NOOP("Reminder date")), language.date(invoice.lastReminderOn)},
                 {text(QT_TR_NOOP("New due date")), language.date(invoice.reminderDueDate)},
                 {text(QT_TR_NOOP("Customer number")), invoice.buyerNumber},
                 {text(QT_TR_NOOP("Your reference")), invoice.buyerReference},
                 {text(QT_TR_NOOP("KID")), invoice.kid},
                 {text(QT_TR_NOOP("Account")), accountText(seller.bankAccount)}};
        break;
    }
    double factsY = 48;
    for (const auto &[label, value] : std::as_const(facts)) {
        if (value.isEmpty())
            continue;
        page.text(118, factsY, 34, label, 9, false, muted);
        factsY += page.text(152, factsY, right - 152, value, 9, true, ink, Qt::AlignRight) + 1.2;
    }

    y = std::max({buyerY, factsY, 90.0}) + 8;

    if (m_data.kind == DocumentKind::Reminder) {
        y += 6 + page.text(left, y, right - left,
                           text(QT_TR_NOOP("We have not received payment of invoice %1. Please pay the amount "
                                           "outstanding by %2. If you have paid in the last few days, please "
                                           "disregard this reminder."))
                               .arg(invoice.number)
                               .arg(language.date(invoice.reminderDueDate)),
                           10);
    }

    // The lines: description and amount.
    const double amountX = 150;
    page.text(left, y, 120, text(QT_TR_NOOP("Description")), 9, true, muted);
    page.text(amountX, y, right - amountX, text(QT_TR_NOOP("Amount")), 9, true, muted, Qt::AlignRight);
    y += 5.5;
    page.line(left, y, right, ink, 0.3);
    y += 2.5;

    auto addLine = [&](const QString &description, const QString &details, Money amount) {
        const double used = page.text(left, y, amountX - left - 4, description, 10);
        page.text(amountX, y, right - amountX, language.money(amount), 10, false, ink, Qt::AlignRight);
        y += used + 0.8;
        if (!details.isEmpty())
            y += page.text(left, y, amountX - left - 4, details, 8.5, false, muted) + 0.8;
        y += 2;
    };

    const int year = m_data.kind == DocumentKind::CreditNote ? original.year : invoice.year;
    const Invoice &dues = m_data.kind == DocumentKind::CreditNote ? original : invoice;
    QString duesLine;
    if (dues.rule == DuesRule::County) {
        duesLine = text(QT_TR_NOOP("Membership dues %1: county municipality, fixed amount")).arg(year);
    } else {
        duesLine = text(QT_TR_NOOP("Membership dues %1: %2 inhabitants × %3"))
                       .arg(year)
                       .arg(language.number(dues.population), language.rate(dues.rateOre));
    }
    QStringList details;
    if (dues.rule != DuesRule::County && dues.populationDate.isValid())
        details.append(text(QT_TR_NOOP("Population on %1, rounded to whole kroner.")).arg(language.date(dues.populationDate)));
    if (dues.rule == DuesRule::Floor)
        details.append(text(QT_TR_NOOP("The minimum dues apply.")));
    else if (dues.rule == DuesRule::Cap)
        details.append(text(QT_TR_NOOP("The maximum dues apply.")));
    else if (dues.rule == DuesRule::County)
        details.append(text(QT_TR_NOOP("County municipalities pay the maximum dues.")));
    if (dues.months < 12)
        details.append(text(QT_TR_N_NOOP("Member from this year: %n of 12 months."), dues.months));

    Money total;
    QString totalLabel;
    switch (m_data.kind) {
    case DocumentKind::Invoice:
        addLine(duesLine, details.join(u' '), invoice.amount);
        if (!invoice.note.isEmpty())
            y += page.text(left, y, amountX - left - 4, invoice.note, 9, false, muted) + 2;
        total = invoice.amount;
        totalLabel = text(QT_TR_NOOP("Amount due"));
        break;
    case DocumentKind::CreditNote:
        addLine(text(QT_TR_NOOP("Credit for invoice %1")).arg(invoice.creditsInvoiceNumber), duesLine, invoice.amount);
        if (!invoice.note.isEmpty())
            y += page.text(left, y, amountX - left - 4, invoice.note, 9, false, muted) + 2;
        total = invoice.amount;
        totalLabel = text(QT_TR_NOOP("Total credited"));
        break;
    case DocumentKind::Reminder:
        addLine(text(QT_TR_NOOP("Invoice %1 of %2")).arg(invoice.number).arg(language.date(invoice.issueDate)),
                duesLine, invoice.amount);
        if (!invoice.credited.isZero())
            addLine(text(QT_TR_NOOP("Credited")), {}, invoice.credited);
        if (!invoice.paid.isZero())
            addLine(text(QT_TR_NOOP("Paid")), {}, -invoice.paid);
        total = invoice.outstanding();
        totalLabel = text(QT_TR_NOOP("Amount due"));
        break;
    }

    page.line(left, y, right, ink, 0.3);
    y += 2.5;
    page.text(left, y, 100, totalLabel, 11, true);
    y += page.text(amountX - 20, y, right - amountX + 20, language.money(total), 11, true, ink, Qt::AlignRight) + 3;

    const QString vat = m_data.vatRegistered
        ? text(QT_TR_NOOP("The amount carries no value added tax."))
        : text(QT_TR_NOOP("%1 is not registered for value added tax; no VAT is charged.")).arg(seller.name);
    y += page.text(left, y, right - left, vat, 8.5, false, muted) + 8;

    // How to pay, or what the credit note means.
    if (m_data.kind == DocumentKind::CreditNote) {
        page.text(left, y, right - left,
                  text(QT_TR_NOOP("This credit note is set against invoice %1. If the invoice is already paid, "
                                  "contact us and we will refund the amount."))
                      .arg(invoice.creditsInvoiceNumber),
                  10);
    } else {
        const double boxY = std::max(y, 200.0);
        const double boxHeight = 34;
        page.frame(left, boxY, right - left, boxHeight, accent);
        page.text(left + 5, boxY + 4, right - left - 10, text(QT_TR_NOOP("Payment information")), 10, true, accent);
        const QList<QPair<QString, QString>> payment = {
            {text(QT_TR_NOOP("Amount")), language.money(total)},
            {text(QT_TR_NOOP("To account")), accountText(seller.bankAccount)},
            {text(QT_TR_NOOP("KID")), paymentReference()},
            {text(QT_TR_NOOP("Due date")),
             language.date(m_data.kind == DocumentKind::Reminder ? invoice.reminderDueDate : invoice.dueDate)},
        };
        const double columnWidth = (right - left - 10) / 4.0;
        for (int i = 0; i < payment.size(); ++i) {
            const double x = left + 5 + i * columnWidth;
            page.text(x, boxY + 11, columnWidth - 2, payment.at(i).first, 8.5, false, muted);
            page.text(x, boxY + 16, columnWidth - 2, payment.at(i).second, 10.5, true);
        }
        page.text(left + 5, boxY + 25, right - left - 10,
                  text(QT_TR_NOOP("Please use the KID when you pay, so the payment is matched to this invoice.")), 8.5,
                  false, muted);
    }

    // The footer: who sends it and how to reach them.
    QStringList footer;
    footer.append(seller.name);
    if (!address.isEmpty())
        footer.append(address.join(QStringLiteral(", ")));
    if (!seller.organisationNumber.isEmpty()) {
        QString organisation = text(QT_TR_NOOP("Org. no. %1")).arg(organisationNumberText(seller.organisationNumber));
        if (m_data.vatRegistered)
            organisation += QStringLiteral(" MVA");
        footer.append(organisation);
    }
    QStringList contact;
    for (const QString &item : {seller.email, seller.phone, seller.website}) {
        if (!item.isEmpty())
            contact.append(item);
    }
    page.line(left, 276, right);
    page.text(left, 278, right - left, footer.join(QStringLiteral("  ·  ")), 8, false, muted, Qt::AlignHCenter);
    page.text(left, 282, right - left, contact.join(QStringLiteral("  ·  ")), 8, false, muted, Qt::AlignHCenter);
    painter.restore();
}

bool InvoiceDocument::writePdf(const QString &path, QString *error) const
{
    return A4PdfWriter::write(path, QStringLiteral("%1 %2").arg(title()).arg(m_data.invoice.number), 1,
                              [this](QPainter &painter, const QRectF &page, int) {
                                  paint(painter, page);
                                  return true;
                              },
                              error);
}

} // namespace Sekretariat
