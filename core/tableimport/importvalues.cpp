#include "importvalues.h"

#include "common/datetext.h"
#include "members/memberterms.h"
#include "people/roleterms.h"

#include <QRegularExpression>

namespace Sekretariat {

namespace {

// Names of roles and statuses as files write them, in both languages, besides the keys.
const QHash<QString, RoleType> &roleNames()
{
    static const QHash<QString, RoleType> names{
        {QStringLiteral("administrative contact"), RoleType::AdministrativeContact},
        {QStringLiteral("administrativ kontakt"), RoleType::AdministrativeContact},
        {QStringLiteral("kontaktperson"), RoleType::AdministrativeContact},
        {QStringLiteral("political contact"), RoleType::PoliticalContact},
        {QStringLiteral("politisk kontakt"), RoleType::PoliticalContact},
        {QStringLiteral("public-health coordinator"), RoleType::PublicHealthCoordinator},
        {QStringLiteral("public health coordinator"), RoleType::PublicHealthCoordinator},
        {QStringLiteral("folkehelsekoordinator"), RoleType::PublicHealthCoordinator},
        {QStringLiteral("board member"), RoleType::BoardMember},
        {QStringLiteral("styremedlem"), RoleType::BoardMember},
        {QStringLiteral("general-assembly delegate"), RoleType::GeneralAssemblyDelegate},
        {QStringLiteral("general assembly delegate"), RoleType::GeneralAssemblyDelegate},
        {QStringLiteral("delegat"), RoleType::GeneralAssemblyDelegate},
        {QStringLiteral("delegat til generalforsamlingen"), RoleType::GeneralAssemblyDelegate},
        {QStringLiteral("other"), RoleType::Other},
        {QStringLiteral("annet"), RoleType::Other},
        {QStringLiteral("anna"), RoleType::Other},
    };
    return names;
}

const QHash<QString, MemberStatus> &statusNames()
{
    static const QHash<QString, MemberStatus> names{
        {QStringLiteral("prospect"), MemberStatus::Prospect},
        {QStringLiteral("interessert"), MemberStatus::Prospect},
        {QStringLiteral("applied"), MemberStatus::Applied},
        {QStringLiteral("har søkt"), MemberStatus::Applied},
        {QStringLiteral("søkt"), MemberStatus::Applied},
        {QStringLiteral("decision made"), MemberStatus::Decided},
        {QStringLiteral("decided"), MemberStatus::Decided},
        {QStringLiteral("vedtak fattet"), MemberStatus::Decided},
        {QStringLiteral("active"), MemberStatus::Active},
        {QStringLiteral("aktiv"), MemberStatus::Active},
        {QStringLiteral("medlem"), MemberStatus::Active},
        {QStringLiteral("resigned"), MemberStatus::Resigned},
        {QStringLiteral("utmeldt"), MemberStatus::Resigned},
    };
    return names;
}

// "31.12.2024" and "2024-12-31", the forms of nearly every cell, read without
// a regular expression: 100,000 rows have as many dates. Anything else is nullopt.
std::optional<QDate> commonDate(const QString &text)
{
    const QChar separator = text.size() >= 8 && text.at(4) == u'-' ? u'-' : u'.';
    const QList<QStringView> parts = QStringView(text).split(separator);
    if (parts.size() != 3)
        return std::nullopt;
    int numbers[3];
    for (int index = 0; index < 3; ++index) {
        const QStringView part = parts.at(index);
        if (part.isEmpty() || part.size() > 4)
            return std::nullopt;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        numbers[index] = part.toInt();
    }
    const bool iso = separator == u'-';
    if ((iso ? parts.at(0) : parts.at(2)).size() != 4)
        return std::nullopt;
    const QDate date = iso ? QDate(numbers[0], numbers[1], numbers[2]) : QDate(numbers[2], numbers[1], numbers[0]);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

QString ImportValues::text(const QString &cell, ImportField field, ImportRow &row) const
{
    const QString trimmed = cell.trimmed();
    if (trimmed.size() != cell.size() && !trimmed.isEmpty())
        row.changes.append(tr("%1: the spaces around “%2” removed").arg(ImportFields::label(field), trimmed));
    return trimmed;
}

QString ImportValues::postalCode(const QString &cell, ImportField field, ImportRow &row) const
{
    static const QRegularExpression shortCode(QStringLiteral("^\\d{1,3}$"));
    static const QRegularExpression code(QStringLiteral("^\\d{4}$"));
    QString value = text(cell, field, row);
    if (value.isEmpty())
        return value;
    if (shortCode.match(value).hasMatch()) {
        const QString restored = value.rightJustified(4, u'0');
        row.changes.append(tr("%1: %2 read as %3 (a spreadsheet drops the leading zero of a number)")
                               .arg(ImportFields::label(field), value, restored));
        return restored;
    }
    if (!code.match(value).hasMatch())
        row.errors.append(tr("%1: “%2” is not a Norwegian postcode (four digits, such as 0150).")
                              .arg(ImportFields::label(field), value));
    return value;
}

QDate ImportValues::date(const QString &cell, ImportField field, ImportRow &row) const
{
    const QString value = text(cell, field, row);
    if (value.isEmpty())
        return {};
    std::optional<QDate> date = commonDate(value);
    if (!date)
        date = DateText::parse(value, QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    if (!date)
        date = DateText::parse(value, QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (!date) {
        row.errors.append(tr("%1: “%2” is not a date (write it as 31.12.2024).").arg(ImportFields::label(field), value));
        return {};
    }
    if (date->year() < 1900 || *date > m_today.addYears(10)) {
        row.errors.append(tr("%1: %2 is not a plausible date (before 1900 or more than ten years ahead).")
                              .arg(ImportFields::label(field), value));
        return {};
    }
    return *date;
}

std::optional<RoleType> ImportValues::role(const QString &cell, ImportRow &row) const
{
    const QString value = text(cell, ImportField::Role, row);
    if (value.isEmpty())
        return std::nullopt;
    const QString lower = value.toLower();
    if (const auto found = roleNames().constFind(lower); found != roleNames().constEnd())
        return *found;
    bool known = false;
    const RoleType byKey = RoleTerms::fromKey(lower, &known);
    if (known)
        return byKey;
    for (RoleType type : RoleTerms::types()) {
        if (RoleTerms::label(type).compare(value, Qt::CaseInsensitive) == 0)
            return type;
    }
    QStringList labels;
    for (RoleType type : RoleTerms::types())
        labels.append(RoleTerms::label(type));
    row.errors.append(tr("Role: “%1” is not a role (%2).").arg(value, labels.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<MemberStatus> ImportValues::status(const QString &cell, ImportRow &row) const
{
    const QString value = text(cell, ImportField::Status, row);
    if (value.isEmpty())
        return std::nullopt;
    const QString lower = value.toLower();
    for (MemberStatus status : MemberTerms::statuses()) {
        if (MemberTerms::label(status).compare(value, Qt::CaseInsensitive) == 0)
            return status;
    }
    if (const auto found = statusNames().constFind(lower); found != statusNames().constEnd())
        return *found;
    QStringList labels;
    for (MemberStatus status : MemberTerms::statuses())
        labels.append(MemberTerms::label(status));
    row.errors.append(tr("Status: “%1” is not a status (%2).").arg(value, labels.join(QStringLiteral(", "))));
    return std::nullopt;
}

void ImportValues::checkKey(const QString &key, ImportRow &row)
{
    if (key.isEmpty())
        return;
    if (const int earlier = m_keyRows.value(key))
        row.errors.append(tr("Key in the file: %1 is also the key of row %2, and a key names one row.").arg(key).arg(earlier));
    else
        m_keyRows.insert(key, row.rowNumber);
}

QStringList ImportValues::fileFindings(const TableFile &file)
{
    if (file.extraCells == 0)
        return {};
    return {tr("%n cell(s) beyond the header's last column are not read.", nullptr, file.extraCells)};
}

void ImportValues::noteSpelling(ImportField field, const QString &value, qsizetype rowIndex)
{
    if (!value.isEmpty())
        m_spellings[field][value.toLower()][value].append(rowIndex);
}

void ImportValues::warnOfSpellings(QList<ImportRow> &rows) const
{
    for (auto field = m_spellings.cbegin(); field != m_spellings.cend(); ++field) {
        for (const QHash<QString, QList<qsizetype>> &spellings : field.value()) {
            if (spellings.size() < 2)
                continue;
            QString usual;
            qsizetype usualRows = 0;
            for (auto spelling = spellings.cbegin(); spelling != spellings.cend(); ++spelling) {
                if (spelling.value().size() > usualRows || (spelling.value().size() == usualRows && spelling.key() < usual)) {
                    usual = spelling.key();
                    usualRows = spelling.value().size();
                }
            }
            for (auto spelling = spellings.cbegin(); spelling != spellings.cend(); ++spelling) {
                if (spelling.key() == usual)
                    continue;
                for (qsizetype index : spelling.value())
                    rows[index].warnings.append(
                        tr("%1: “%2” here, “%3” on %n other row(s): the same, or two different?", nullptr, int(usualRows))
                            .arg(ImportFields::label(field.key()), spelling.key(), usual));
            }
        }
    }
}

} // namespace Sekretariat
