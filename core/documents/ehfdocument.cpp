#include "ehfdocument.h"

#include "common/checkdigits.h"
#include "common/peppolparticipant.h"
#include "dues/ehfrequirements.h"
#include "dues/invoiceterms.h"

#include <QXmlStreamWriter>

namespace Sekretariat {

namespace {

const QString invoiceNamespace = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
const QString creditNoteNamespace = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");
const QString aggregates = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
const QString basics = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
const QString currency = QStringLiteral("NOK");

// "1234.50": UBL's decimal form, whatever the document's language (the CSV's too).
QString decimal(Money amount)
{
    return InvoiceTerms::exportAmount(amount);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Writes the elements in the order the UBL schema wants them; small helpers keep
// the structure readable next to the specification.
class UblWriter
{
public:
    UblWriter(QByteArray *out, const InvoiceContent &content)
        : m_xml(out)
        , m_content(content)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void write(const QByteArray &pdf, const QString &pdfFileName)
    {
        const bool creditNote = m_content.kind == DocumentKind::CreditNote;
        const Invoice &invoice = m_content.invoice;
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(creditNote ? creditNoteNamespace : invoiceNamespace);
        m_xml.writeNamespace(aggregates, QStringLiteral("cac"));
        m_xml.writeNamespace(basics, QStringLiteral("cbc"));
        m_xml.writeStartElement(creditNote ? creditNoteNamespace : invoiceNamespace,
                                creditNote ? QStringLiteral("CreditNote") : QStringLiteral("Invoice"));
        basic("CustomizationID", QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"));
        basic("ProfileID", QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"));
        basic("ID", QString::number(invoice.number));
        basic("IssueDate", isoDate(invoice.issueDate));
        if (creditNote) {
            basic("CreditNoteTypeCode", QStringLiteral("381"));
        } else {
            basic("DueDate", isoDate(invoice.dueDate));
            basic("InvoiceTypeCode", QStringLiteral("380"));
        }
        if (!m_content.note.trimmed().isEmpty())
            basic("Note", m_content.note.trimmed());
        basic("DocumentCurrencyCode", currency);
        basic("BuyerReference", invoice.buyerReference.trimmed());
        if (m_content.periodStart.isValid() && m_content.periodEnd.isValid()) {
            open("InvoicePeriod");
            basic("StartDate", isoDate(m_content.periodStart));
            basic("EndDate", isoDate(m_content.periodEnd));
            close();
        }
        if (creditNote) {
            open("BillingReference");
            open("InvoiceDocumentReference");
            basic("ID", QString::number(invoice.creditsInvoiceNumber));
            if (m_content.creditedInvoice.issueDate.isValid())
                basic("IssueDate", isoDate(m_content.creditedInvoice.issueDate));
            close();
            close();
        }
        open("AdditionalDocumentReference");
        basic("ID", QString::number(invoice.number));
        basic("DocumentDescription", m_content.title);
        open("Attachment");
        m_xml.writeStartElement(basics, QStringLiteral("EmbeddedDocumentBinaryObject"));
        m_xml.writeAttribute(QStringLiteral("mimeCode"), QStringLiteral("application/pdf"));
        m_xml.writeAttribute(QStringLiteral("filename"), pdfFileName);
        m_xml.writeCharacters(QString::fromLatin1(pdf.toBase64()));
        m_xml.writeEndElement();
        close();
        close();
        supplier();
        customer();
        if (!creditNote)
            paymentMeans();
        taxTotal();
        monetaryTotal();
        line();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    void open(const char *name) { m_xml.writeStartElement(aggregates, QString::fromLatin1(name)); }
    void close() { m_xml.writeEndElement(); }
    void basic(const char *name, const QString &value)
    {
        m_xml.writeTextElement(basics, QString::fromLatin1(name), value);
    }
    void basicWithAttribute(const char *name, const char *attribute, const QString &attributeValue, const QString &value)
    {
        m_xml.writeStartElement(basics, QString::fromLatin1(name));
        m_xml.writeAttribute(QString::fromLatin1(attribute), attributeValue);
        m_xml.writeCharacters(value);
        m_xml.writeEndElement();
    }
    void amount(const char *name, Money value) { basicWithAttribute(name, "currencyID", currency, decimal(value)); }

    void address(const QStringList &lines, const QString &postalCode, const QString &city, const QString &country)
    {
        open("PostalAddress");
        if (!lines.isEmpty())
            basic("StreetName", lines.at(0));
        if (lines.size() > 1)
            basic("AdditionalStreetName", lines.at(1));
        basic("CityName", city);
        basic("PostalZone", postalCode);
        if (lines.size() > 2) {
            open("AddressLine");
            basic("Line", lines.mid(2).join(QStringLiteral(", ")));
            close();
        }
        open("Country");
        basic("IdentificationCode", country);
        close();
        close();
    }

    void taxScheme(const QString &companyId, const QString &scheme)
    {
        open("PartyTaxScheme");
        basic("CompanyID", companyId);
        open("TaxScheme");
        basic("ID", scheme);
        close();
        close();
    }

    void legalEntity(const QString &name, const QString &organisationNumber)
    {
        open("PartyLegalEntity");
        basic("RegistrationName", name);
        if (!organisationNumber.isEmpty())
            basicWithAttribute("CompanyID", "schemeID", QStringLiteral("0192"), organisationNumber);
        close();
    }

    void supplier()
    {
        const NetworkSettings &seller = m_content.seller;
        const QString organisationNumber = CheckDigits::normalized(seller.organisationNumber);
        open("AccountingSupplierParty");
        open("Party");
        basicWithAttribute("EndpointID", "schemeID", QStringLiteral("0192"), organisationNumber);
        open("PartyName");
        basic("Name", seller.name);
        close();
        address(PostalAddress{seller.address, {}, {}, {}}.streetLines(), seller.postalCode, seller.city,
                QStringLiteral("NO"));
        if (m_content.vatRegistered)
            taxScheme(QStringLiteral("NO%1MVA").arg(organisationNumber), QStringLiteral("VAT"));
        if (seller.inBusinessRegister)
            taxScheme(QStringLiteral("Foretaksregisteret"), QStringLiteral("TAX"));
        legalEntity(seller.name, organisationNumber);
        if (!seller.ourReference.isEmpty() || !seller.phone.isEmpty() || !seller.email.isEmpty()) {
            open("Contact");
            if (!seller.ourReference.isEmpty())
                basic("Name", seller.ourReference);
            if (!seller.phone.isEmpty())
                basic("Telephone", seller.phone);
            if (!seller.email.isEmpty())
                basic("ElectronicMail", seller.email);
            close();
        }
        close();
        close();
    }

    void customer()
    {
        const Invoice &invoice = m_content.invoice;
        const PostalAddress &buyer = m_content.buyerPostalAddress;
        open("AccountingCustomerParty");
        open("Party");
        basicWithAttribute("EndpointID", "schemeID", PeppolParticipant::scheme(m_content.buyerEndpoint),
                           PeppolParticipant::identifier(m_content.buyerEndpoint));
        open("PartyIdentification");
        basic("ID", invoice.buyerNumber);  // the customer number printed on the PDF
        close();
        open("PartyName");
        basic("Name", invoice.buyerName);
        close();
        address(buyer.streetLines(), buyer.postalCode, buyer.city, buyer.country);
        legalEntity(invoice.buyerName, CheckDigits::normalized(invoice.buyerOrganisationNumber));
        if (!invoice.buyerEmail.isEmpty()) {
            open("Contact");
            basic("ElectronicMail", invoice.buyerEmail);
            close();
        }
        close();
        close();
    }

    void paymentMeans()
    {
        open("PaymentMeans");
        basic("PaymentMeansCode", QStringLiteral("30"));  // credit transfer
        basic("PaymentID", m_content.invoice.kid);
        open("PayeeFinancialAccount");
        basic("ID", CheckDigits::normalized(m_content.seller.bankAccount));
        basic("Name", m_content.seller.name);
        close();
        close();
    }

    // Dues carry no VAT: exempt (E) for a network in the VAT register, outside
    // the VAT system (O) for one that is not; the reason is the PDF's sentence.
    void taxCategory(const char *element, bool withReason)
    {
        open(element);
        basic("ID", m_content.vatRegistered ? QStringLiteral("E") : QStringLiteral("O"));
        if (m_content.vatRegistered)
            basic("Percent", QStringLiteral("0"));
        if (withReason) {
            if (!m_content.vatRegistered)
                basic("TaxExemptionReasonCode", QStringLiteral("VATEX-EU-O"));
            basic("TaxExemptionReason", m_content.vatStatement);
        }
        open("TaxScheme");
        basic("ID", QStringLiteral("VAT"));
        close();
        close();
    }

    Money total() const
    {
        const Money value = m_content.invoice.amount;
        return value < Money() ? -value : value;  // a credit note states its amounts as positive
    }

    void taxTotal()
    {
        open("TaxTotal");
        amount("TaxAmount", Money());
        open("TaxSubtotal");
        amount("TaxableAmount", total());
        amount("TaxAmount", Money());
        taxCategory("TaxCategory", true);
        close();
        close();
    }

    void monetaryTotal()
    {
        open("LegalMonetaryTotal");
        amount("LineExtensionAmount", total());
        amount("TaxExclusiveAmount", total());
        amount("TaxInclusiveAmount", total());
        amount("PayableAmount", total());
        close();
    }

    // The dues as inhabitants × rate, with what the floor, the cap, pro rata and
    // rounding add or take as the line's charge or allowance. A credit note
    // credits one amount: quantity one at the amount credited.
    void line()
    {
        const bool creditNote = m_content.kind == DocumentKind::CreditNote;
        const Invoice &invoice = m_content.invoice;
        const InvoiceContent::Line printed = m_content.lines.value(0);
        open(creditNote ? "CreditNoteLine" : "InvoiceLine");
        basic("ID", QStringLiteral("1"));
        // The PDF's lines below the description, as sentences on one line.
        QStringList note = printed.details.split(u'\n', Qt::SkipEmptyParts);
        for (QString &sentence : note) {
            if (!sentence.endsWith(u'.'))
                sentence += u'.';
        }
        if (!note.isEmpty())
            basic("Note", note.join(u' '));
        const qint64 quantity = creditNote ? 1 : invoice.population;
        const Money price = creditNote ? total() : Money::fromOre(invoice.rateOre);
        basicWithAttribute(creditNote ? "CreditedQuantity" : "InvoicedQuantity", "unitCode",
                           creditNote ? QStringLiteral("C62") : QStringLiteral("IE"), QString::number(quantity));
        amount("LineExtensionAmount", total());
        const Money gross = Money::fromOre(quantity * price.ore());
        const Money adjustment = total() - gross;
        if (!adjustment.isZero()) {
            open("AllowanceCharge");
            basic("ChargeIndicator", adjustment > Money() ? QStringLiteral("true") : QStringLiteral("false"));
            basic("AllowanceChargeReason", m_content.duesAdjustment);
            amount("Amount", adjustment > Money() ? adjustment : -adjustment);
            close();
        }
        open("Item");
        basic("Name", printed.description);
        open("SellersItemIdentification");
        basic("ID", QStringLiteral("DUES-%1").arg(creditNote ? m_content.creditedInvoice.year : invoice.year));
        close();
        taxCategory("ClassifiedTaxCategory", false);
        close();
        open("Price");
        amount("PriceAmount", price);
        close();
        close();
    }

    QXmlStreamWriter m_xml;
    const InvoiceContent &m_content;
};

} // namespace

QStringList EhfDocument::problems(const InvoiceContent &content)
{
    if (content.kind == DocumentKind::Reminder)
        return {tr("a reminder is sent as PDF only")};
    QStringList problems = EhfRequirements::sellerProblems(content.seller);
    problems += EhfRequirements::buyerProblems(content.invoice.buyerReference, content.invoice.buyerOrganisationNumber,
                              content.buyerEndpoint, content.buyerPostalAddress);
    return problems;
}

QByteArray EhfDocument::xml(const InvoiceContent &content, const QByteArray &pdf, const QString &pdfFileName)
{
    QByteArray out;
    UblWriter(&out, content).write(pdf, pdfFileName);
    return out;
}

} // namespace Sekretariat
