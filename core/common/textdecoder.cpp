#include "textdecoder.h"

#include <QStringDecoder>

namespace Sekretariat {

namespace {

const QByteArray utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// Windows-1252 differs from ISO-8859-1 only in 0x80-0x9F, where Latin-1 has
// control characters no text file means; those get Windows' letters (€, ‘, ’, …).
QString fromWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text = QString::fromLatin1(bytes);
    for (QChar &c : text) {
        const char16_t unicode = c.unicode();
        if (unicode >= 0x80 && unicode <= 0x9F)
            c = QChar(high[unicode - 0x80]);
    }
    return text;
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText decoded;
    if (bytes.startsWith(utf8Bom)) {
        decoded.encoding = DecodedText::Encoding::Utf8WithBom;
        decoded.text = decode(bytes, decoded.encoding);
        return decoded;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    decoded.text = utf8(bytes);
    if (utf8.hasError()) {
        decoded.encoding = DecodedText::Encoding::Windows1252;
        decoded.text = fromWindows1252(bytes);
    }
    return decoded;
}

QString TextDecoder::decode(const QByteArray &bytes, DecodedText::Encoding encoding)
{
    switch (encoding) {
    case DecodedText::Encoding::Windows1252: return fromWindows1252(bytes);
    case DecodedText::Encoding::Utf8WithBom:
    case DecodedText::Encoding::Utf8:
        return QString::fromUtf8(bytes.startsWith(utf8Bom) ? bytes.mid(utf8Bom.size()) : bytes);
    }
    return {};
}

QString TextDecoder::name(DecodedText::Encoding encoding)
{
    switch (encoding) {
    case DecodedText::Encoding::Utf8WithBom: return QStringLiteral("UTF-8 (BOM)");
    case DecodedText::Encoding::Utf8: return QStringLiteral("UTF-8");
    case DecodedText::Encoding::Windows1252: return QStringLiteral("Windows-1252 / ISO-8859-1");
    }
    return {};
}

} // namespace Sekretariat
