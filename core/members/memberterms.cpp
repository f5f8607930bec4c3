#include "memberterms.h"

namespace Sekretariat {

QString MemberTerms::key(MemberKind kind)
{
    return kind == MemberKind::County ? QStringLiteral("county") : QStringLiteral("municipality");
}

QString MemberTerms::key(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Prospect: return QStringLiteral("prospect");
    case MemberStatus::Applied: return QStringLiteral("applied");
    case MemberStatus::Decided: return QStringLiteral("decided");
    case MemberStatus::Active: return QStringLiteral("active");
    case MemberStatus::Resigned: return QStringLiteral("resigned");
    }
    return {};
}

MemberKind MemberTerms::kindFromKey(const QString &key, bool *ok)
{
    for (MemberKind kind : kinds()) {
        if (MemberTerms::key(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return MemberKind::Municipality;
}

MemberStatus MemberTerms::statusFromKey(const QString &key, bool *ok)
{
    for (MemberStatus status : statuses()) {
        if (MemberTerms::key(status) == key) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return MemberStatus::Prospect;
}

QString MemberTerms::label(MemberKind kind)
{
    return kind == MemberKind::County ? tr("County municipality") : tr("Municipality");
}

QString MemberTerms::label(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Prospect: return tr("Prospect");
    case MemberStatus::Applied: return tr("Applied");
    case MemberStatus::Decided: return tr("Decision made");
    case MemberStatus::Active: return tr("Active");
    case MemberStatus::Resigned: return tr("Resigned");
    }
    return {};
}

QString MemberTerms::languageLabel(const QString &languageKey)
{
    if (languageKey == u"nn")
        return tr("Norwegian (Nynorsk)");
    if (languageKey == u"en")
        return tr("English");
    return tr("Norwegian (Bokmål)");
}

QList<MemberKind> MemberTerms::kinds()
{
    return {MemberKind::Municipality, MemberKind::County};
}

QList<MemberStatus> MemberTerms::statuses()
{
    return {MemberStatus::Prospect, MemberStatus::Applied, MemberStatus::Decided, MemberStatus::Active,
            MemberStatus::Resigned};
}

QStringList MemberTerms::documentLanguages()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

QString MemberTerms::legalName(MemberKind kind, const QString &name)
{
    const QString trimmed = name.trimmed();
    // Not translated: the name in the register of legal entities.
    const QString suffix = kind == MemberKind::County ? QStringLiteral("fylkeskommune") : QStringLiteral("kommune");
    if (trimmed.endsWith(suffix, Qt::CaseInsensitive))
        return trimmed;
    return trimmed + u' ' + suffix;
}

} // namespace Sekretariat
