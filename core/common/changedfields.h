#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Sekretariat {

// Collects "Field: before → after" lines for the fields that differ.
class ChangedFields
{
    Q_DECLARE_TR_FUNCTIONS(ChangedFields)

public:
    void compare(const QString &label, const QString &before, const QString &after)
    {
        if (before != after)
            m_lines.append(line(label, before, after));
    }
    // "Phone: 22 22 22 22 → 99 88 77 66", an empty value said as such.
    static QString line(const QString &label, const QString &before, const QString &after)
    {
        return tr("%1: %2 → %3").arg(label, shown(before), shown(after));
    }
    static QString shown(const QString &value) { return value.isEmpty() ? tr("(empty)") : value; }
    void note(const QString &line) { m_lines.append(line); }
    QStringList lines() const { return m_lines; }

private:
    QStringList m_lines;
};

} // namespace Sekretariat
