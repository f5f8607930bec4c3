#include "documentlanguage.h"

namespace Sekretariat {

DocumentLanguage::DocumentLanguage(const QString &code)
    : m_code(codes().contains(code) ? code : QStringLiteral("nb"))
    , m_translator(std::make_unique<QTranslator>())
{
    if (m_code == u"en")
        m_locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    else if (m_code == u"nn")
        m_locale = QLocale(QLocale::NorwegianNynorsk, QLocale::Norway);
    else
        m_locale = QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    // English is the source language; its file only carries plural forms.
    if (!m_translator->load(QStringLiteral("sekretariat_") + m_code, QStringLiteral(":/i18n")))
        m_translator.reset();
}

QStringList DocumentLanguage::codes()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

QString DocumentLanguage::translate(const char *context, const char *source, int n) const
{
    QString text = m_translator ? m_translator->translate(context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    // QTranslator leaves %n as it is; QCoreApplication::translate would fill it.
    if (n >= 0)
        text.replace(QStringLiteral("%n"), m_locale.toString(n));
    return text;
}

QString DocumentLanguage::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    if (m_code == u"en")
        return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString DocumentLanguage::money(Money amount) const
{
    // The typographic minus in every language (the English locale writes a
    // hyphen), so a credit reads alike in all of a member's documents.
    QString text = amount.toString(m_locale);
    if (amount < Money())
        text.replace(u'-', u'\u2212');
    return text;
}

QString DocumentLanguage::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString DocumentLanguage::rate(qint64 rateOre) const
{
    return Money::fromOre(rateOre).toString(m_locale);
}

} // namespace Sekretariat
