#pragma once

#include <QMetaType>

#include <QLocale>
#include <QString>
#include <compare>
#include <optional>

namespace Sekretariat {

// An amount in Norwegian kroner, kept as whole øre. Never a double.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromOre(qint64 ore) { return Money(ore); }
    static constexpr Money fromKroner(qint64 kroner) { return Money(kroner * 100); }

    constexpr qint64 ore() const { return m_ore; }
    constexpr bool isZero() const { return m_ore == 0; }
    // Rounded to whole kroner, halves away from zero.
    Money roundedToKroner() const;

    // "kr 90 000,00" in Norwegian, "NOK 90,000.00" in English.
    QString toString(const QLocale &locale = QLocale()) const;
    // The number alone, as an input field shows it: "90 000,00" / "90,000.00".
    QString toPlainString(const QLocale &locale = QLocale()) const;
    // Reads what a person types in the shown form (with or without "kr"/"NOK",
    // group separators and decimals); nullopt for anything else.
    static std::optional<Money> parse(const QString &text, const QLocale &locale = QLocale());

    constexpr Money operator+(Money other) const { return Money(m_ore + other.m_ore); }
    constexpr Money operator-(Money other) const { return Money(m_ore - other.m_ore); }
    constexpr Money operator-() const { return Money(-m_ore); }
    Money &operator+=(Money other) { m_ore += other.m_ore; return *this; }
    Money &operator-=(Money other) { m_ore -= other.m_ore; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 ore) : m_ore(ore) {}
    qint64 m_ore = 0;
};

} // namespace Sekretariat

Q_DECLARE_METATYPE(Sekretariat::Money)
