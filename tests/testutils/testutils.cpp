#include "testutils.h"

#include "demo/demodatabuilder.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "reference/municipalitycatalogue.h"

#include <QDate>
#include <QProcess>

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

CommandLineResult runCommandLine(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SEKRETARIAT_EXECUTABLE),
                  QStringList{QStringLiteral("--language"), QStringLiteral("en")} + arguments);
    CommandLineResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(u'\u00a0', u' ');
    text.replace(u'\u202f', u' ');
    text.replace(u'\u2212', u'-');
    return text;
}

} // namespace Sekretariat::TestUtils
