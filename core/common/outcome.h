#pragma once

#include <QString>

namespace Sekretariat {

// The result of a write: success, or a translated message and, for a form, the
// field it is about. Errors are values; nothing is thrown.
class Outcome
{
public:
    static Outcome success(qint64 id = 0) { return Outcome(true, {}, {}, id); }
    static Outcome failure(const QString &message, const QString &field = {})
    {
        return Outcome(false, message, field, 0);
    }
    // Refused because someone else saved the row after it was read: the user may
    // reload it or overwrite it knowingly.
    static Outcome conflict(const QString &message)
    {
        Outcome outcome(false, message, {}, 0);
        outcome.m_conflict = true;
        return outcome;
    }

    bool isOk() const { return m_ok; }
    bool isConflict() const { return m_conflict; }
    explicit operator bool() const { return m_ok; }
    QString message() const { return m_message; }
    QString field() const { return m_field; }
    // The id of the row written, where the write created one.
    qint64 id() const { return m_id; }

private:
    Outcome(bool ok, const QString &message, const QString &field, qint64 id)
        : m_ok(ok), m_message(message), m_field(field), m_id(id)
    {
    }

    bool m_ok;
    QString m_message;
    QString m_field;
    qint64 m_id;
    bool m_conflict = false;
};

} // namespace Sekretariat
