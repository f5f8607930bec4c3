#include "testutils.h"

#include "demo/demodatabuilder.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "reference/municipalitycatalogue.h"

#include <QDate>

namespace Sekretariat::TestUtils {

TemporaryWorkspace::TemporaryWorkspace()
    : m_path(m_directory.filePath(QStringLiteral("test.sqlite")))
    , m_workspace(std::make_unique<Workspace>())
{
    m_open = m_workspace->open(m_path) == Database::OpenResult::Ok;
}

bool TemporaryWorkspace::fillWithDemo()
{
    DemoDataBuilder builder(m_workspace->connection(), m_workspace->catalogue());
    builder.setToday(QDate(2026, 11, 24));
    if (!builder.build())
        return false;
    return m_workspace->membersModel()->reload() && m_workspace->peopleModel()->reload();
}

} // namespace Sekretariat::TestUtils
