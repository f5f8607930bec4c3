#include "iconcache.h"

#include <QApplication>
#include <QHash>

namespace Sekretariat {

QIcon IconCache::icon(const QString &name)
{
    static QHash<QString, QIcon> icons;
    auto found = icons.constFind(name);
    if (found == icons.constEnd())
        found = icons.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *found;
}

QStringList IconCache::pageIconNames()
{
    return {QStringLiteral("action-new"), QStringLiteral("action-open"), QStringLiteral("action-delete"),
            QStringLiteral("action-export"), QStringLiteral("action-print")};
}

void IconCache::prepare(const QStringList &names, const QSize &size)
{
    const qreal ratio = qApp->devicePixelRatio();
    for (const QString &name : names) {
        const QIcon prepared = icon(name);
        for (QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled})
            (void)prepared.pixmap(size, ratio, mode);
    }
}

} // namespace Sekretariat
