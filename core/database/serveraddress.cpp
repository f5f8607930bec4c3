#include "serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace Sekretariat {

QStringList ServerAddress::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

bool ServerAddress::looksLikeUrl(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive) || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

QString ServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + databaseName);
    if (sslMode != u"prefer") {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.toString();
}

QString ServerAddress::displayName() const
{
    return tr("%1 on %2").arg(databaseName, port == 5432 ? host : QStringLiteral("%1:%2").arg(host).arg(port));
}

std::optional<ServerAddress> ServerAddress::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres")) {
        *error = tr("“%1” is not a server address. Write it as postgresql://user@host:port/database.").arg(text);
        return std::nullopt;
    }
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.password = url.password();
    address.databaseName = url.path().mid(1);
    if (address.host.isEmpty() || address.databaseName.isEmpty() || address.databaseName.contains(u'/')) {
        *error = tr("The server address “%1” needs a host and a database: postgresql://user@host:port/database.")
                     .arg(text);
        return std::nullopt;
    }
    if (address.port <= 0 || address.port > 65535) {
        *error = tr("The server address “%1” has no valid port.").arg(text);
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode" && sslModes().contains(value)) {
            address.sslMode = value;
        } else {
            *error = tr("The server address “%1” has an option this program does not know: %2=%3. "
                        "Only sslmode (%4) may be given.")
                         .arg(text, key, value, sslModes().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return address;
}

} // namespace Sekretariat
