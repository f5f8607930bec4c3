#include "testutils.h"

#include "database/serveraddress.h"
#include "demo/demodatabuilder.h"
#include "members/membersmodel.h"
#include "people/peoplemodel.h"
#include "reference/municipalitycatalogue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QDate>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

namespace Sekretariat::TestUtils {

namespace TestServer {

namespace {

QString serverFolder()
{
    return qEnvironmentVariable("SEKRETARIAT_TEST_SERVER");
}

QString readLine(const QString &name)
{
    QFile file(QDir(serverFolder()).filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// The maintenance database, where databases are created and dropped.
QSqlDatabase maintenance()
{
    const QString name = QStringLiteral("test-server-maintenance");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    qputenv("PGPASSWORD", readLine(QStringLiteral("password")).toUtf8());
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::fromUrl(readLine(QStringLiteral("url")), &error);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (address) {
        database.setHostName(address->host);
        database.setPort(address->port);
        database.setUserName(address->user);
        database.setDatabaseName(address->databaseName);
    }
    if (!database.open())
        qFatal("The test server in %s cannot be reached: %s", qPrintable(serverFolder()),
               qPrintable(database.lastError().text()));
    QSqlQuery(database).exec(QStringLiteral("SET client_min_messages = warning"));
    return database;
}

} // namespace

bool isActive()
{
    return !serverFolder().isEmpty();
}

QString createDatabase()
{
    static int counter = 0;
    const QString name = QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery query(maintenance());
    if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name))
        || !query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        qFatal("No database can be created on the test server: %s", qPrintable(query.lastError().text()));
    QString error;
    ServerAddress address = *ServerAddress::fromUrl(readLine(QStringLiteral("url")), &error);
    address.databaseName = name;
    address.sslMode = QStringLiteral("disable");
    return address.toUrl();
}

void dropDatabase(const QString &url)
{
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::fromUrl(url, &error);
    if (address)
        QSqlQuery(maintenance()).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(address->databaseName));
}

} // namespace TestServer

TemporaryWorkspace::TemporaryWorkspace()
    : m_path(m_directory.filePath(QStringLiteral("test.sqlite")))
    , m_workspace(std::make_unique<Workspace>())
    , m_server(TestServer::isActive())
{
    if (m_server)
        m_path = TestServer::createDatabase();
    m_open = m_workspace->open(m_path) == Database::OpenResult::Ok;
    if (!m_open)
        qWarning("The test's workspace did not open: %s", qPrintable(m_workspace->database().errorString()));
}

TemporaryWorkspace::~TemporaryWorkspace()
{
    m_workspace.reset();
    if (m_server)
        TestServer::dropDatabase(m_path);
}

bool TemporaryWorkspace::fillWithDemo(int memberCount)
{
    DemoDataBuilder builder(*m_workspace, m_workspace->catalogue());
    builder.setMemberCount(memberCount);
    builder.setToday(QDate(2026, 11, 24));
    if (const Outcome built = builder.build(); !built) {
        qWarning("the demo could not be built: %s", qPrintable(built.message()));
        return false;
    }
    return m_workspace->membersModel()->reload() && m_workspace->peopleModel()->reload();
}

void TemporaryWorkspace::close()
{
    m_workspace = std::make_unique<Workspace>();
    m_open = false;
}

bool TemporaryWorkspace::reopen()
{
    m_workspace = std::make_unique<Workspace>();
    m_open = m_workspace->open(m_path) == Database::OpenResult::Ok;
    return m_open;
}

CommandLineResult runCommandLine(const QStringList &arguments)
{
    return runCommandLineTo(arguments, {});
}

CommandLineResult runCommandLineTo(const QStringList &arguments, const QString &outputFile, const QStringList &prefix,
                                   const QString &program)
{
    QProcess process;
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    const QString executable = program.isEmpty() ? QStringLiteral(SEKRETARIAT_EXECUTABLE) : program;
    const QStringList command = prefix + QStringList{executable, QStringLiteral("--language"), QStringLiteral("en")}
        + arguments;
    process.start(command.first(), command.mid(1));
    CommandLineResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 countBySql(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool writeDamagedDatabase(const QString &path)
{
    {
        Database database;
        if (database.open(path) != Database::OpenResult::Ok)
            return false;
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return false;
        for (int i = 0; i < 300; ++i) {
            if (!query.exec(QStringLiteral("INSERT INTO members (kind, number, name, status) VALUES "
                                           "('municipality', '%1', 'Kommune %1 med et langt navn', 'prospect')")
                                .arg(1000 + i)))
                return false;
        }
    }
    QFile file(path);
    const qint64 pageSize = 4096;
    if (!file.open(QIODevice::ReadWrite) || file.size() <= 4 * pageSize)
        return false;
    QByteArray noise(int(file.size() - pageSize), '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    return file.seek(pageSize) && file.write(noise) == noise.size();
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

namespace {

QString padded(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

QByteArray ocrGiroFile(const QList<QPair<qint64, QString>> &payments)
{
    QStringList records;
    records.append(QStringLiteral("NY000010000080800170031000102") + QString(51, u'0'));
    records.append(QStringLiteral("NY090020001008566000000286011117947") + QString(45, u'0'));
    qint64 sum = 0;
    int number = 0;
    for (const auto &[ore, kid] : payments) {
        ++number;
        sum += ore;
        records.append(QStringLiteral("NY091030") + padded(number, 7) + QStringLiteral("150225132010")
                       + padded(number % 10000, 4) + (ore < 0 ? QStringLiteral("-") : QStringLiteral("0"))
                       + padded(ore < 0 ? -ore : ore, 17) + kid.rightJustified(25, u' ') + QStringLiteral("000000"));
        records.append(QStringLiteral("NY091031") + padded(number, 7) + QString(10, u'0') + padded(900000 + number, 9)
                       + QString(7, u'0') + QStringLiteral("150225") + QStringLiteral("12345678903") + QString(22, u'0'));
    }
    const int count = int(payments.size());
    // Concatenated: "%3150225" would be read as placeholder 31.
    records.append(QStringLiteral("NY090088") + padded(count, 8) + padded(count * 2 + 2, 8) + padded(sum, 17)
                   + QStringLiteral("150225150225150225") + QString(21, u'0'));
    records.append(QStringLiteral("NY000089") + padded(count, 8) + padded(count * 2 + 4, 8) + padded(sum, 17)
                   + QStringLiteral("150225") + QString(33, u'0'));
    return records.join(u'\n').toLatin1() + '\n';
}


QString pythonWith(const QString &module)
{
    for (const QString &candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import ") + module});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace Sekretariat::TestUtils
