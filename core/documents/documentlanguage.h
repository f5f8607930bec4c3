#pragma once

#include "common/money.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>

namespace Sekretariat {

// The language a document sent to a member is written in (nb, nn or en),
// whatever language the window speaks: its own translator, number and date
// forms. Each rendering thread makes its own, so nothing is shared.
class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QString &code);

    // The codes a document can be written in; anything else falls back to nb.
    static QStringList codes();

    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    QString translate(const char *context, const char *source, int n = -1) const;
    QString date(const QDate &date) const;
    QString money(Money amount) const;
    QString number(qint64 value) const;
    // A rate per inhabitant in øre, as "kr 2,23" / "NOK 2.23".
    QString rate(qint64 rateOre) const;

private:
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace Sekretariat
