#pragma once

#include <QByteArray>
#include <QString>

namespace Sekretariat {

// A text file as someone else's program wrote it: UTF-8 with or without a byte
// order mark, or, when it is not valid UTF-8, Windows-1252 (which Norwegian
// Excel writes, and which reads ISO-8859-1 the same for every letter of ours).
struct DecodedText
{
    enum class Encoding { Utf8WithBom, Utf8, Windows1252 };
    QString text;
    Encoding encoding = Encoding::Utf8;
};

class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);
    // The same bytes read in a given encoding (when the user corrects the guess).
    static QString decode(const QByteArray &bytes, DecodedText::Encoding encoding);
    static QString name(DecodedText::Encoding encoding);
};

} // namespace Sekretariat
