#include "iconcache.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

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

void IconCache::preparePageIcons()
{
    const int extent = QApplication::style()->pixelMetric(QStyle::PM_ToolBarIconSize);
    const qreal ratio = qApp->devicePixelRatio();
    for (const QString &name : pageIconNames()) {
        const QIcon prepared = icon(name);
        for (QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled})
            (void)prepared.pixmap(QSize(extent, extent), ratio, mode);
    }
}

} // namespace Sekretariat
