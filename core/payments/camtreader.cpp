#include "camtreader.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Sekretariat {

namespace {

// "200000", "1234.5": ISO 20022 decimals, in øre; nullopt for anything else.
std::optional<qint64> oreOf(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d+)(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString fraction = (match.captured(2) + QStringLiteral("00")).left(2);
    return match.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

QDate dateOf(const QString &text)
{
    return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
}

// One transaction as read, before the entry's values fill what it lacks.
struct Details
{
    std::optional<qint64> ore;
    QString currency;
    QString direction;  // CRDT or DBIT, when the transaction says
    QString kid;
    QStringList text;
    QString payerName;
    QString payerAccount;
    QString accountServicerReference;
    QString endToEndId;
};

struct Entry
{
    std::optional<qint64> ore;
    QString currency;
    QString direction;
    bool reversal = false;
    QDate booking;
    QDate value;
    QString reference;
    QList<Details> details;
};

} // namespace

bool CamtReader::looksLikeCamt(const QByteArray &contents)
{
    return contents.left(4096).contains("urn:iso:std:iso:20022:tech:xsd:camt.05");
}

std::optional<BankFile> CamtReader::read(const QByteArray &contents, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<BankFile> {
        *error = tr("%1 Nothing was read from the file.").arg(reason);
        return std::nullopt;
    };
    QXmlStreamReader xml(contents);
    BankFile file;
    QStringList path;          // local names from the root
    QString text;
    std::optional<Entry> entry;
    std::optional<Details> details;
    int statements = 0;
    int position = 0;
    qint64 total = 0;
    static const QRegularExpression camtNamespace(
        QStringLiteral("^urn:iso:std:iso:20022:tech:xsd:(camt\\.05[34])\\.001\\.(0[2-8])$"));

    auto finishEntry = [&] {
        Entry &e = *entry;
        if (e.details.isEmpty())
            e.details.append(Details());
        for (const Details &d : std::as_const(e.details)) {
            BankTransaction transaction;
            transaction.position = ++position;
            // A single transaction may leave its amount to the entry.
            const std::optional<qint64> ore = d.ore ? d.ore : (e.details.size() == 1 ? e.ore : std::nullopt);
            const QString direction = d.direction.isEmpty() ? e.direction : d.direction;
            const qint64 signedOre = ore.value_or(0) * (direction == u"DBIT" ? -1 : 1);
            transaction.amount = Money::fromOre(signedOre);
            transaction.currency = d.currency.isEmpty() ? e.currency : d.currency;
            transaction.bookingDate = e.booking;
            transaction.valueDate = e.value;
            transaction.reversal = e.reversal;
            transaction.kid = d.kid;
            transaction.text = d.text.join(u' ').simplified();
            transaction.payerName = d.payerName;
            transaction.payerAccount = d.payerAccount;
            for (const QString &reference : {d.accountServicerReference, d.endToEndId, e.reference}) {
                if (!reference.isEmpty() && reference != u"NOTPROVIDED") {
                    transaction.bankReference = reference;
                    break;
                }
            }
            total += signedOre;
            file.transactions.append(transaction);
        }
        entry.reset();
    };

    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (path.isEmpty()) {
                const QRegularExpressionMatch match = camtNamespace.match(xml.namespaceUri().toString());
                if (xml.name() != u"Document" || !match.hasMatch())
                    return fail(tr("This is not an ISO 20022 camt.053 or camt.054 file of version .001.02 to .001.08 "
                                   "(its root is “%1” in “%2”).")
                                    .arg(xml.name().toString(), xml.namespaceUri().toString()));
                file.format = QStringLiteral("%1.001.%2").arg(match.captured(1), match.captured(2));
            }
            path.append(xml.name().toString());
            text.clear();
            const QString name = path.last();
            if (name == u"Stmt" || name == u"Ntfctn")
                ++statements;
            else if (name == u"Ntry")
                entry = Entry();
            else if (name == u"TxDtls" && entry)
                details = Details();
            else if (name == u"Amt" && xml.attributes().hasAttribute(QStringLiteral("Ccy"))) {
                const QString currency = xml.attributes().value(QStringLiteral("Ccy")).toString();
                if (details && path.size() >= 2 && (path.at(path.size() - 2) == u"TxDtls"
                                                    || (path.size() >= 3 && path.at(path.size() - 2) == u"TxAmt")))
                    details->currency = currency;
                else if (entry && !details && path.at(path.size() - 2) == u"Ntry")
                    entry->currency = currency;
            }
            continue;
        }
        if (xml.isCharacters()) {
            text += xml.text();
            continue;
        }
        if (!xml.isEndElement())
            continue;
        const QString name = path.value(path.size() - 1);
        const QString parent = path.value(path.size() - 2);
        const QString value = text.trimmed();
        if (name == u"MsgId" && parent == u"GrpHdr") {
            file.transmission = value;
        } else if (details) {
            if (name == u"TxDtls") {
                entry->details.append(*details);
                details.reset();
            } else if (name == u"Amt" && (parent == u"TxDtls" || parent == u"TxAmt")) {
                details->ore = oreOf(value);
                if (!details->ore)
                    return fail(tr("The amount “%1” is not a number.").arg(value));
            } else if (name == u"CdtDbtInd") {
                details->direction = value;
            } else if (name == u"Ref" && path.contains(QStringLiteral("CdtrRefInf"))) {
                if (details->kid.isEmpty())
                    details->kid = value;
            } else if (name == u"Ustrd" || name == u"AddtlTxInf") {
                details->text.append(value);
            } else if (name == u"Nm" && path.contains(QStringLiteral("Dbtr")) && path.contains(QStringLiteral("RltdPties"))) {
                details->payerName = value;
            } else if ((name == u"IBAN" || (name == u"Id" && parent == u"Othr")) && path.contains(QStringLiteral("DbtrAcct"))) {
                details->payerAccount = value;
            } else if (name == u"AcctSvcrRef" && parent == u"Refs") {
                details->accountServicerReference = value;
            } else if (name == u"EndToEndId") {
                details->endToEndId = value;
            }
        } else if (entry) {
            if (name == u"Ntry") {
                finishEntry();
            } else if (name == u"Amt" && parent == u"Ntry") {
                entry->ore = oreOf(value);
                if (!entry->ore)
                    return fail(tr("The amount “%1” is not a number.").arg(value));
            } else if (name == u"CdtDbtInd" && parent == u"Ntry") {
                entry->direction = value;
            } else if (name == u"RvslInd" && parent == u"Ntry") {
                entry->reversal = value == u"true" || value == u"1";
            } else if ((name == u"Dt" || name == u"DtTm") && parent == u"BookgDt") {
                entry->booking = dateOf(value);
            } else if ((name == u"Dt" || name == u"DtTm") && parent == u"ValDt") {
                entry->value = dateOf(value);
            } else if (name == u"AcctSvcrRef" && parent == u"Ntry") {
                entry->reference = value;
            }
        }
        path.removeLast();
        text.clear();
    }
    if (xml.hasError())
        return fail(tr("The file is not well-formed XML (line %1: %2).").arg(xml.lineNumber()).arg(xml.errorString()));
    if (statements == 0)
        return fail(tr("The file has no statement or notification (Stmt or Ntfctn)."));
    file.total = Money::fromOre(total);
    return file;
}

} // namespace Sekretariat
