#include "importmapping.h"

#include "people/roleterms.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace Sekretariat {

ImportMapping ImportMapping::guess(ImportKind kind, const QStringList &headers)
{
    ImportMapping mapping;
    mapping.kind = kind;
    QSet<ImportField> taken;
    for (const QString &header : headers) {
        ImportField field = ImportFields::guess(header, kind);
        if (taken.contains(field))
            field = ImportField::Ignore;
        if (field != ImportField::Ignore)
            taken.insert(field);
        mapping.columns.append(field);
    }
    return mapping;
}

QString ImportMapping::shapeKey(ImportKind kind, const QStringList &headers)
{
    QStringList plain;
    for (const QString &header : headers)
        plain.append(header.trimmed().toLower());
    const QByteArray digest = QCryptographicHash::hash(plain.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1);
    return ImportFields::kindKey(kind) + u'-' + QString::fromLatin1(digest.toHex().left(16));
}

QJsonObject ImportMapping::toJson(const QStringList &headers) const
{
    QJsonObject columnsObject;
    for (qsizetype column = 0; column < headers.size(); ++column)
        columnsObject.insert(headers.at(column), ImportFields::key(fieldOf(column)));
    QJsonObject json{{QStringLiteral("kind"), ImportFields::kindKey(kind)},
                     {QStringLiteral("columns"), columnsObject}};
    if (!defaultMember.isEmpty())
        json.insert(QStringLiteral("member"), defaultMember);
    if (defaultRole)
        json.insert(QStringLiteral("role"), RoleTerms::key(*defaultRole));
    return json;
}

std::optional<ImportMapping> ImportMapping::fromJson(const QJsonObject &json, ImportKind kind,
                                                     const QStringList &headers, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.contains(QStringLiteral("kind")) && json.value(QStringLiteral("kind")).toString() != ImportFields::kindKey(kind))
        return fail(tr("The mapping is for importing %1, not %2.")
                        .arg(json.value(QStringLiteral("kind")).toString(), ImportFields::kindKey(kind)));
    const QJsonObject columnsObject = json.value(QStringLiteral("columns")).toObject();
    if (columnsObject.isEmpty())
        return fail(tr("The mapping names no columns: it needs \"columns\": {\"header\": \"field\", …}."));
    ImportMapping mapping;
    mapping.kind = kind;
    mapping.columns.fill(ImportField::Ignore, headers.size());
    const QList<ImportField> allowed = ImportFields::fieldsOf(kind);
    for (auto column = columnsObject.constBegin(); column != columnsObject.constEnd(); ++column) {
        const qsizetype index = headers.indexOf(column.key());
        if (index < 0)
            return fail(tr("The mapping names the column “%1”, which the file does not have.").arg(column.key()));
        bool known = false;
        const ImportField field = ImportFields::fromKey(column.value().toString(), &known);
        if (!known || !allowed.contains(field)) {
            QStringList keys;
            for (ImportField each : allowed)
                keys.append(ImportFields::key(each));
            return fail(tr("“%1” is not a field of this import. Known fields: %2.")
                            .arg(column.value().toString(), keys.join(QStringLiteral(", "))));
        }
        mapping.columns[index] = field;
    }
    if (const QList<ImportField> repeated = mapping.repeatedFields(); !repeated.isEmpty())
        return fail(tr("The mapping reads two columns into “%1”.").arg(ImportFields::key(repeated.first())));
    mapping.defaultMember = json.value(QStringLiteral("member")).toString().trimmed();
    if (json.contains(QStringLiteral("role"))) {
        bool known = false;
        const RoleType role = RoleTerms::fromKey(json.value(QStringLiteral("role")).toString(), &known);
        if (!known)
            return fail(tr("“%1” is not a role.").arg(json.value(QStringLiteral("role")).toString()));
        mapping.defaultRole = role;
    }
    return mapping;
}

std::optional<ImportMapping> ImportMapping::readFile(const QString &path, ImportKind kind,
                                                     const QStringList &headers, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The mapping “%1” cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("The mapping “%1” is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return fromJson(document.object(), kind, headers, error);
}

QList<ImportField> ImportMapping::repeatedFields() const
{
    QList<ImportField> repeated;
    QSet<ImportField> seen;
    for (ImportField field : columns) {
        if (field == ImportField::Ignore)
            continue;
        if (seen.contains(field) && !repeated.contains(field))
            repeated.append(field);
        seen.insert(field);
    }
    return repeated;
}

} // namespace Sekretariat
