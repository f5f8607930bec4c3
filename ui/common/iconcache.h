#pragma once

#include <QIcon>
#include <QString>

namespace Sekretariat {

// The program's own icons (resources/icons/NAME.svg), each read once. A QIcon
// of an SVG file parses the file when it is made, and every page makes five;
// one shared icon also keeps its rendered pixmaps for all of them.
class IconCache
{
public:
    static QIcon icon(const QString &name);
    // Reads the pages' toolbar icons and renders them at the toolbar's size,
    // enabled and disabled: done while the window waits for its register, the
    // first page's toolbar then paints from the cache.
    static void preparePageIcons();
    static QStringList pageIconNames();
};

} // namespace Sekretariat
