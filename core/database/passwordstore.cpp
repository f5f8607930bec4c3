#include "passwordstore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Sekretariat {

namespace {

const QString service = QStringLiteral("Sekretariat");

// QtKeychain answers through a signal; a keychain that does not answer (a
// locked or absent service) is given up on after a few seconds.
bool runJob(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

} // namespace

QString PasswordStore::read(const QString &url)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(url);
    return runJob(job, nullptr) ? job.textData() : QString();
}

bool PasswordStore::write(const QString &url, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(url);
    job.setTextData(password);
    return runJob(job, error);
}

void PasswordStore::forget(const QString &url)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(url);
    runJob(job, nullptr);
}

} // namespace Sekretariat
