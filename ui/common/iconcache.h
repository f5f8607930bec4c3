#pragma once

#include <QIcon>
#include <QSize>
#include <QString>
#include <QStringList>

namespace Sekretariat {

// The program's own icons (resources/icons/NAME.svg), each read once. A QIcon
// of an SVG file parses the file when it is made, and every page makes five;
// one shared icon also keeps its rendered pixmaps for all of them.
class IconCache
{
public:
    static QIcon icon(const QString &name);
    // The size of the pages' toolbar icons.
    static QSize pageIconSize() { return {16, 16}; }
    static QStringList pageIconNames();
    // Renders the icons at `size`, enabled and disabled, into the cache: done
    // while the window waits for its register, the first frame then paints
    // them from there.
    static void prepare(const QStringList &names, const QSize &size);
};

} // namespace Sekretariat
