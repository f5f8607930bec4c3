#include "roleterms.h"

namespace Sekretariat {

QString RoleTerms::key(RoleType type)
{
    switch (type) {
    case RoleType::AdministrativeContact: return QStringLiteral("administrative_contact");
    case RoleType::PoliticalContact: return QStringLiteral("political_contact");
    case RoleType::PublicHealthCoordinator: return QStringLiteral("public_health_coordinator");
    case RoleType::BoardMember: return QStringLiteral("board_member");
    case RoleType::GeneralAssemblyDelegate: return QStringLiteral("general_assembly_delegate");
    case RoleType::Other: return QStringLiteral("other");
    }
    return {};
}

RoleType RoleTerms::fromKey(const QString &key, bool *ok)
{
    for (RoleType type : types()) {
        if (RoleTerms::key(type) == key) {
            if (ok)
                *ok = true;
            return type;
        }
    }
    if (ok)
        *ok = false;
    return RoleType::Other;
}

QString RoleTerms::label(RoleType type)
{
    switch (type) {
    case RoleType::AdministrativeContact: return tr("Administrative contact");
    case RoleType::PoliticalContact: return tr("Political contact");
    case RoleType::PublicHealthCoordinator: return tr("Public-health coordinator");
    case RoleType::BoardMember: return tr("Board member");
    case RoleType::GeneralAssemblyDelegate: return tr("General-assembly delegate");
    case RoleType::Other: return tr("Other");
    }
    return {};
}

QList<RoleType> RoleTerms::types()
{
    return {RoleType::AdministrativeContact, RoleType::PoliticalContact, RoleType::PublicHealthCoordinator,
            RoleType::BoardMember, RoleType::GeneralAssemblyDelegate, RoleType::Other};
}

} // namespace Sekretariat
