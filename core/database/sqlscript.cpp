#include "sqlscript.h"

namespace Sekretariat {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

QStringList SqlScript::statements(const QString &script)
{
    QStringList result;
    QString current;
    int depth = 0;
    const qsizetype length = script.size();

    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            result.append(statement);
        current.clear();
    };

    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < length && script.at(i + 1) == u'-') {
            while (i < length && script.at(i) != u'\n')
                ++i;
            current.append(u'\n');
            continue;
        }
        if (c == u'/' && i + 1 < length && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? length : end + 1;
            current.append(u' ');
            continue;
        }
        // PostgreSQL's dollar quoting ($$ ... $$, $body$ ... $body$): a function's
        // body, with its own semicolons, BEGIN and END, is one piece of text.
        if (c == u'$' && (i == 0 || !isWordCharacter(script.at(i - 1)))) {
            qsizetype tagEnd = i + 1;
            while (tagEnd < length && isWordCharacter(script.at(tagEnd)) && !script.at(tagEnd).isDigit())
                ++tagEnd;
            if (tagEnd < length && script.at(tagEnd) == u'$') {
                const QString tag = script.mid(i, tagEnd - i + 1);
                const qsizetype close = script.indexOf(tag, tagEnd + 1);
                const qsizetype end = close < 0 ? length : close + tag.size();
                current.append(script.mid(i, end - i));
                i = end - 1;
                continue;
            }
        }
        if (c == u'\'' || c == u'"') {
            qsizetype end = i + 1;
            while (end < length) {
                if (script.at(end) == c) {
                    if (end + 1 < length && script.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            current.append(script.mid(i, end - i + 1));
            i = end;
            continue;
        }
        if (isWordCharacter(c) && (i == 0 || !isWordCharacter(script.at(i - 1)))) {
            qsizetype end = i;
            while (end < length && isWordCharacter(script.at(end)))
                ++end;
            const QString word = script.mid(i, end - i);
            if (word.compare(u"BEGIN", Qt::CaseInsensitive) == 0
                || word.compare(u"CASE", Qt::CaseInsensitive) == 0)
                ++depth;
            else if (word.compare(u"END", Qt::CaseInsensitive) == 0 && depth > 0)
                --depth;
            current.append(word);
            i = end - 1;
            continue;
        }
        if (c == u';' && depth == 0) {
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return result;
}

} // namespace Sekretariat
