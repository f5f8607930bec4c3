#pragma once

#include "member.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sekretariat {

// Names of the member enums: stable keys for the database and CSV, and
// translated labels for people.
class MemberTerms
{
    Q_DECLARE_TR_FUNCTIONS(MemberTerms)

public:
    static QString key(MemberKind kind);
    static QString key(MemberStatus status);
    static MemberKind kindFromKey(const QString &key, bool *ok = nullptr);
    static MemberStatus statusFromKey(const QString &key, bool *ok = nullptr);

    static QString label(MemberKind kind);
    static QString label(MemberStatus status);
    static QString languageLabel(const QString &languageKey);

    static QList<MemberKind> kinds();
    static QList<MemberStatus> statuses();
    static QStringList documentLanguages();
    // The legal entity an invoice is addressed to: "Enebakk kommune",
    // "Trøndelag fylkeskommune" (the register keeps the short name).
    static QString legalName(MemberKind kind, const QString &name);
};

} // namespace Sekretariat
