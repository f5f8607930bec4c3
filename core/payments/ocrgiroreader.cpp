#include "ocrgiroreader.h"

#include <QStringList>

namespace Sekretariat {

namespace {

// Positions as the Nets specification counts them: from 1, inclusive.
QString field(const QString &record, int from, int to)
{
    return record.mid(from - 1, to - from + 1);
}

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// DDMMYY; Nets files are of this century.
QDate netsDate(const QString &text)
{
    if (!isDigits(text) || text == u"000000")
        return {};
    return QDate(2000 + text.mid(4, 2).toInt(), text.mid(2, 2).toInt(), text.left(2).toInt());
}

struct Totals
{
    qint64 transactions = 0;
    qint64 records = 0;
    qint64 net = 0;    // øre, minus the amounts signed "-"
    qint64 gross = 0;  // øre, every amount added
};

} // namespace

bool OcrGiroReader::looksLikeNetsFile(const QByteArray &contents)
{
    return contents.startsWith("NY0000");
}

std::optional<BankFile> OcrGiroReader::read(const QByteArray &contents, QString *error)
{
    auto fail = [error](int record, const QString &reason) -> std::optional<BankFile> {
        *error = record > 0 ? tr("Record %1: %2 Nothing was read from the file.").arg(record).arg(reason)
                            : tr("%1 Nothing was read from the file.").arg(reason);
        return std::nullopt;
    };
    QStringList records = QString::fromLatin1(contents).split(u'\n');
    while (!records.isEmpty() && records.last().trimmed().isEmpty())
        records.removeLast();  // the file's final newline, and blank lines after it
    if (records.isEmpty())
        return fail(0, tr("The file is empty."));

    BankFile file;
    file.format = QStringLiteral("OCR giro");
    Totals transmission;
    Totals assignment;
    bool inAssignment = false;
    bool ended = false;
    BankTransaction *open = nullptr;   // the transaction whose amount items are being read
    QString openNumber;
    QString openKey;                   // date, centre, day code, partial settlement, serial
    QString assignmentNumber;
    int openType = 0;
    int expectedItem = 30;

    for (int index = 0; index < records.size(); ++index) {
        const int number = index + 1;
        QString record = records.at(index);
        if (record.endsWith(u'\r'))
            record.chop(1);
        if (record.size() != 80)
            return fail(number, tr("it has %1 characters; an OCR giro record has 80.").arg(record.size()));
        if (!record.startsWith(u"NY"))
            return fail(number, tr("it does not begin with “NY”: this is not a Nets file."));
        if (ended)
            return fail(number, tr("it follows the end of the transmission."));
        const QString service = field(record, 3, 4);
        const QString type = field(record, 5, 6);
        const QString kind = field(record, 7, 8);
        ++transmission.records;
        if (inAssignment)
            ++assignment.records;

        if (index == 0) {
            if (record.left(8) != u"NY000010")
                return fail(number, tr("an OCR giro file begins with the start of a transmission (NY000010)."));
            file.transmission = field(record, 17, 23);
            continue;
        }
        if (kind == u"20") {
            if (service == u"21")
                return fail(number, tr("this is an AvtaleGiro file (service code 21), not OCR giro with incoming "
                                       "payments."));
            if (service != u"09")
                return fail(number, tr("this Nets file has service code %1, not 09 (OCR giro).").arg(service));
            if (inAssignment)
                return fail(number, tr("a new assignment starts before the previous one ended."));
            if (expectedItem != 30)
                return fail(number, tr("the transaction before it is incomplete."));
            inAssignment = true;
            assignmentNumber = field(record, 18, 24);
            assignment = Totals();
            assignment.records = 1;
            continue;
        }
        if (kind == u"30" || kind == u"31" || kind == u"32") {
            if (!inAssignment || service != u"09")
                return fail(number, tr("a transaction outside an OCR giro assignment."));
            const QString transactionNumber = field(record, 9, 15);
            if (kind == u"30") {
                if (expectedItem == 31)
                    return fail(number, tr("amount item 2 of the transaction before it is missing."));
                const QString sign = field(record, 32, 32);
                const QString amount = field(record, 33, 49);
                if (!isDigits(amount) || (sign != u"0" && sign != u"-") || !isDigits(type))
                    return fail(number, tr("the amount “%1%2” is not a number of øre.").arg(sign, amount));
                const qint64 ore = amount.toLongLong() * (sign == u"-" ? -1 : 1);
                BankTransaction transaction;
                transaction.position = number;
                transaction.amount = Money::fromOre(ore);
                transaction.bookingDate = netsDate(field(record, 16, 21));
                if (!transaction.bookingDate.isValid())
                    return fail(number, tr("“%1” is not a date (DDMMYY).").arg(field(record, 16, 21)));
                transaction.kid = field(record, 50, 74).trimmed();
                openType = type.toInt();
                transaction.reversal = openType == 18 || openType == 20;
                file.transactions.append(transaction);
                open = &file.transactions.last();
                openNumber = transactionNumber;
                openKey = field(record, 16, 31);
                expectedItem = 31;
                ++assignment.transactions;
                ++transmission.transactions;
                assignment.net += ore;
                assignment.gross += ore < 0 ? -ore : ore;
                transmission.net += ore;
                transmission.gross += ore < 0 ? -ore : ore;
                continue;
            }
            if (!open || transactionNumber != openNumber
                || (kind == u"31" && expectedItem != 31) || (kind == u"32" && expectedItem != 32))
                return fail(number, tr("amount item %1 does not follow the items of its transaction %2.")
                                        .arg(kind == u"31" ? 2 : 3)
                                        .arg(transactionNumber));
            if (kind == u"31") {
                const QString archive = field(record, 26, 34);
                // The transmission, assignment and transaction numbers make it unique;
                // the settlement fields and the archive reference are what the bank looks up.
                open->bankReference = QStringLiteral("OCR %1-%2-%3 %4 %5")
                                          .arg(file.transmission, assignmentNumber, openNumber, openKey, archive);
                open->valueDate = netsDate(field(record, 42, 47));
                const QString account = field(record, 48, 58);
                open->payerAccount = account == u"00000000000" ? QString() : account;
                expectedItem = openType == 20 || openType == 21 ? 32 : 30;
            } else {
                open->text = field(record, 16, 55).trimmed();
                expectedItem = 30;
            }
            continue;
        }
        if (kind == u"88") {
            if (!inAssignment)
                return fail(number, tr("an end of assignment without its start."));
            if (expectedItem == 31)
                return fail(number, tr("amount item 2 of the last transaction is missing."));
            expectedItem = 30;
            const QString count = field(record, 9, 16);
            const QString recordCount = field(record, 17, 24);
            const QString sum = field(record, 25, 41);
            if (!isDigits(count) || !isDigits(recordCount) || !isDigits(sum))
                return fail(number, tr("the control record's counts are not numbers."));
            if (count.toLongLong() != assignment.transactions)
                return fail(number, tr("the assignment says %1 transactions; it has %2.")
                                        .arg(count.toLongLong())
                                        .arg(assignment.transactions));
            if (recordCount.toLongLong() != assignment.records)
                return fail(number, tr("the assignment says %1 records; it has %2.")
                                        .arg(recordCount.toLongLong())
                                        .arg(assignment.records));
            // Nets' Norwegian specification deducts the amounts signed "-", its
            // English manual adds them: either sum is accepted.
            if (sum.toLongLong() != assignment.net && sum.toLongLong() != assignment.gross)
                return fail(number, tr("the assignment's amounts add up to %1, its control record says %2.")
                                        .arg(Money::fromOre(assignment.net).toString(),
                                             Money::fromOre(sum.toLongLong()).toString()));
            inAssignment = false;
            open = nullptr;
            continue;
        }
        if (kind == u"89") {
            if (inAssignment)
                return fail(number, tr("the transmission ends inside an assignment."));
            const QString count = field(record, 9, 16);
            const QString recordCount = field(record, 17, 24);
            const QString sum = field(record, 25, 41);
            if (!isDigits(count) || !isDigits(recordCount) || !isDigits(sum))
                return fail(number, tr("the control record's counts are not numbers."));
            if (count.toLongLong() != transmission.transactions)
                return fail(number, tr("the transmission says %1 transactions; it has %2.")
                                        .arg(count.toLongLong())
                                        .arg(transmission.transactions));
            if (recordCount.toLongLong() != transmission.records)
                return fail(number, tr("the transmission says %1 records; it has %2.")
                                        .arg(recordCount.toLongLong())
                                        .arg(transmission.records));
            if (sum.toLongLong() != transmission.net && sum.toLongLong() != transmission.gross)
                return fail(number, tr("the transmission's amounts add up to %1, its control record says %2.")
                                        .arg(Money::fromOre(transmission.net).toString(),
                                             Money::fromOre(sum.toLongLong()).toString()));
            file.total = Money::fromOre(sum.toLongLong());
            ended = true;
            continue;
        }
        return fail(number, tr("record type %1 is not one of OCR giro.").arg(record.left(8)));
    }
    if (!ended)
        return fail(int(records.size()), tr("the file ends without the end of its transmission (NY000089); it may be "
                                            "cut short."));
    return file;
}

} // namespace Sekretariat
