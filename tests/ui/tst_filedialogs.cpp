// The file dialogs never open the register's files: a handle of ours, opened and
// closed, would drop SQLite's locks (see FileDialogs). Watched with inotify,
// which sees every open of a file in the folder, whoever makes it.
#include "common/filedialogs.h"
#include "screenshots.h"
#include "testutils.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

class TestFileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void dialogInTheRegistersFolderOpensNoneOfItsFiles();
    void registersFilesCannotBeChosen();
    void suggestedNamesAreSafeOnWindows();
    void startFolderIsNotTheRegistersFolder();
};

namespace {

#ifdef Q_OS_LINUX
// The names of the files opened in `folder` while `show` runs.
QStringList filesOpenedWhile(const QString &folder, const std::function<void()> &show)
{
    const int watcher = inotify_init1(IN_NONBLOCK);
    if (watcher < 0)
        return {QStringLiteral("<inotify unavailable>")};
    inotify_add_watch(watcher, QFile::encodeName(folder).constData(), IN_OPEN);
    show();
    QStringList opened;
    alignas(inotify_event) char buffer[16384];
    for (;;) {
        const ssize_t length = read(watcher, buffer, sizeof buffer);
        if (length <= 0)
            break;
        for (char *at = buffer; at < buffer + length;) {
            const auto *event = reinterpret_cast<const inotify_event *>(at);
            if (event->len > 0)
                opened.append(QString::fromLocal8Bit(event->name));
            at += sizeof(inotify_event) + event->len;
        }
    }
    close(watcher);
    opened.removeDuplicates();
    return opened;
}
#endif

} // namespace

void TestFileDialogs::dialogInTheRegistersFolderOpensNoneOfItsFiles()
{
#ifdef Q_OS_LINUX
    TemporaryWorkspace register_;
    QVERIFY(register_.isOpen());
    QVERIFY(QSqlQuery(register_.connection())
                .exec(QStringLiteral("INSERT INTO members (kind, number, name, status) VALUES "
                                     "('municipality', '3101', 'Halden', 'active')")));
    const QString folder = QFileInfo(register_.path()).absolutePath();
    QVERIFY(QFileInfo::exists(register_.path() + QStringLiteral("-wal")));
    FileDialogs::setRegisterPath(register_.path());

    const QStringList opened = filesOpenedWhile(folder, [&] {
        QFileDialog dialog(nullptr, QStringLiteral("Save"));
        FileDialogs::prepare(dialog, QStringLiteral("pdf"));
        dialog.setDirectory(folder);
        dialog.setViewMode(QFileDialog::Detail);
        auto *model = dialog.findChild<QFileSystemModel *>();
        QVERIFY(model);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // test.sqlite, its -wal and -shm, and its .lock
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->index(folder)), 4, 5000);
        // Every row painted, with its icon and type column, as a user would see it.
        for (QTreeView *view : dialog.findChildren<QTreeView *>())
            view->grab();
        QTest::qWait(500);
        grabTo(&dialog, QStringLiteral("file-dialog-in-register-folder.png"));
    });
    const QString name = QFileInfo(register_.path()).fileName();
    for (const QString &file : opened)
        QVERIFY2(!file.startsWith(name), qPrintable(QStringLiteral("opened %1").arg(file)));
    FileDialogs::setRegisterPath({});
#else
    QSKIP("inotify is Linux's; the rule holds on every system");
#endif
}

void TestFileDialogs::registersFilesCannotBeChosen()
{
    FileDialogs::setRegisterPath(QStringLiteral("/data/net/register.sqlite"));
    QVERIFY(FileDialogs::isRegisterFile(QStringLiteral("/data/net/register.sqlite")));
    QVERIFY(FileDialogs::isRegisterFile(QStringLiteral("/data/net/register.sqlite-wal")));
    QVERIFY(FileDialogs::isRegisterFile(QStringLiteral("/data/net/register.sqlite-shm")));
    QVERIFY(FileDialogs::isRegisterFile(QStringLiteral("/data/net/register.sqlite.lock")));
    QVERIFY(!FileDialogs::isRegisterFile(QStringLiteral("/data/net/register-copy.sqlite")));
    FileDialogs::setRegisterPath({});
    QVERIFY(!FileDialogs::isRegisterFile(QStringLiteral("/data/net/register.sqlite")));
}

void TestFileDialogs::suggestedNamesAreSafeOnWindows()
{
    QCOMPARE(FileDialogs::safeFileName(QStringLiteral("Møte: plan 2027/28 \"utkast\"?.pdf")),
             QStringLiteral("Møte- plan 2027-28 -utkast--.pdf"));
    QCOMPARE(FileDialogs::safeFileName(QStringLiteral("a<b>c|d*e\\f")), QStringLiteral("a-b-c-d-e-f"));
    QCOMPARE(FileDialogs::safeFileName(QStringLiteral("Samling. ")), QStringLiteral("Samling"));
}

void TestFileDialogs::startFolderIsNotTheRegistersFolder()
{
    QTemporaryDir home;
    const QString registerFolder = home.filePath(QStringLiteral("register"));
    QVERIFY(QDir().mkpath(registerFolder));
    FileDialogs::setRegisterPath(QDir(registerFolder).filePath(QStringLiteral("d.sqlite")));
    FileDialogs::rememberFolder(QStringLiteral("pdf"), QDir(registerFolder).filePath(QStringLiteral("x.pdf")));
    QVERIFY(QFileInfo(FileDialogs::startFolder(QStringLiteral("pdf"))).absoluteFilePath()
            != QFileInfo(registerFolder).absoluteFilePath());
    FileDialogs::rememberFolder(QStringLiteral("pdf"), home.filePath(QStringLiteral("y.pdf")));
    QCOMPARE(QFileInfo(FileDialogs::startFolder(QStringLiteral("pdf"))).absoluteFilePath(),
             QFileInfo(home.path()).absoluteFilePath());
    FileDialogs::setRegisterPath({});
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
