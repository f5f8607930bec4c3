#pragma once

#include <QString>

namespace Sekretariat {

// A name as the part of a made-up e-mail address: lower case, æøå spelled out,
// spaces as hyphens, nothing else but letters a–z, digits, hyphens and dots.
inline QString emailPart(const QString &text)
{
    QString result = text.toLower();
    result.replace(u'æ', QStringLiteral("ae")).replace(u'ø', u'o').replace(u'å', u'a');
    result.replace(u' ', u'-');
    QString ascii;
    for (QChar c : std::as_const(result)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.')
            ascii.append(c);
    }
    return ascii;
}

} // namespace Sekretariat
