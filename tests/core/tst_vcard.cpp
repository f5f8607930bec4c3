// Contact cards (vCard 4.0): escaping and folding as RFC 6350 asks, read back
// by a real reader (python3-vobject) with every field in place, and the command
// line's export of everyone.
#include "members/memberrepository.h"
#include "people/personrepository.h"
#include "people/vcardwriter.h"
#include "testutils.h"
#include "workspace/repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Sekretariat;
using namespace Sekretariat::TestUtils;

namespace {

// Each card as vobject reads it: a JSON object of its properties.
QJsonArray readCards(const QByteArray &cards, QString *error)
{
    const QString python = pythonWith(QStringLiteral("vobject"));
    if (python.isEmpty()) {
        *error = QStringLiteral("python3-vobject is missing: install it (tools/install-dependencies.sh does)");
        return {};
    }
    const QString script = QStringLiteral(
        "import sys, json, vobject\n"
        "out = []\n"
        "for card in vobject.readComponents(sys.stdin.read()):\n"
        "    item = {'version': card.version.value, 'fn': card.fn.value, 'family': card.n.value.family,\n"
        "            'given': card.n.value.given, 'uid': card.uid.value}\n"
        "    for key in ('org', 'title', 'role', 'email', 'tel'):\n"
        "        if hasattr(card, key):\n"
        "            value = getattr(card, key).value\n"
        "            item[key] = value if isinstance(value, str) else ';'.join(value)\n"
        "    if hasattr(card, 'adr'):\n"
        "        a = card.adr.value\n"
        "        item['adr'] = [a.street, a.city, a.code, a.country]\n"
        "    out.append(item)\n"
        "print(json.dumps(out))\n");
    QProcess reader;
    reader.start(python, {QStringLiteral("-c"), script});
    reader.write(cards);
    reader.closeWriteChannel();
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0) {
        *error = QString::fromUtf8(reader.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private slots:
    void valuesAreEscapedAndLinesFolded()
    {
        QCOMPARE(VCardWriter::escaped(QStringLiteral("Berg, Ann; styreleder\\nr\nlinje")),
                 QStringLiteral("Berg\\, Ann\\; styreleder\\\\nr\\nlinje"));
        // 100 two-byte letters: no line over 75 octets, no letter cut in two.
        const QByteArray folded = VCardWriter::folded(QStringLiteral("NOTE:") + QString(100, QChar(u'ø')));
        const QList<QByteArray> lines = folded.split('\n');
        for (const QByteArray &line : lines)
            QVERIFY2(line.size() <= 76, line.constData());   // 75 and the CR
        QVERIFY(lines.size() >= 3);
        QVERIFY(!QString::fromUtf8(folded).contains(QChar(0xFFFD)));
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(QString::fromUtf8(unfolded), QStringLiteral("NOTE:") + QString(100, QChar(u'ø')) + QStringLiteral("\r\n"));
    }

    void aPersonIsReadBackWithEveryField()
    {
        Member member;
        member.id = 7;
        member.name = QStringLiteral("Sør-Varanger kommune");
        member.invoiceAddress = QStringLiteral("Postboks 406");
        member.invoicePostalCode = QStringLiteral("9915");
        member.invoiceCity = QStringLiteral("Kirkenes");
        Person person;
        person.id = 42;
        person.firstName = QStringLiteral("Øyvind");
        person.lastName = QStringLiteral("Ås, jr.");
        person.title = QStringLiteral("Kommunalsjef; helse");
        person.email = QStringLiteral("oyvind.aas@sor-varanger.kommune.no");
        person.phone = QStringLiteral("78 97 74 00");
        person.memberId = 7;
        Role contact;
        contact.memberId = 7;
        contact.type = RoleType::AdministrativeContact;
        Role old;
        old.memberId = 7;
        old.type = RoleType::BoardMember;
        old.validTo = QDate(2020, 12, 31);
        person.roles = {contact, old};
        Person partner;
        partner.id = 43;
        partner.lastName = QStringLiteral("Helsedirektoratet");
        partner.organisation = QStringLiteral("Helsedirektoratet");
        const QByteArray cards = VCardWriter::cards({person, partner}, {{7, member}}, QDate(2026, 12, 1));
        QVERIFY(cards.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));

        QString error;
        const QJsonArray read = readCards(cards, &error);
        QVERIFY2(read.size() == 2, qPrintable(error));
        const QJsonObject first = read.at(0).toObject();
        QCOMPARE(first.value(u"version").toString(), QStringLiteral("4.0"));
        QCOMPARE(first.value(u"fn").toString(), QStringLiteral("Øyvind Ås, jr."));
        QCOMPARE(first.value(u"family").toString(), QStringLiteral("Ås, jr."));
        QCOMPARE(first.value(u"given").toString(), QStringLiteral("Øyvind"));
        QCOMPARE(first.value(u"org").toString(), QStringLiteral("Sør-Varanger kommune"));
        // The role held today is the title; the one that ended is not there.
        QCOMPARE(first.value(u"title").toString(), QStringLiteral("Administrative contact"));
        QCOMPARE(first.value(u"role").toString(), QStringLiteral("Kommunalsjef; helse"));
        QCOMPARE(first.value(u"email").toString(), QStringLiteral("oyvind.aas@sor-varanger.kommune.no"));
        QCOMPARE(first.value(u"tel").toString(), QStringLiteral("tel:+4778977400"));
        QCOMPARE(first.value(u"adr").toArray(),
                 (QJsonArray{QStringLiteral("Postboks 406"), QStringLiteral("Kirkenes"), QStringLiteral("9915"),
                             QStringLiteral("Norway")}));
        // The same person gets the same UID each time, another person another.
        QVERIFY(first.value(u"uid").toString() != read.at(1).toObject().value(u"uid").toString());
        QCOMPARE(VCardWriter::card(person, &member, QDate(2026, 12, 1)),
                 VCardWriter::card(person, &member, QDate(2026, 12, 1)));
        const QJsonObject second = read.at(1).toObject();
        QCOMPARE(second.value(u"org").toString(), QStringLiteral("Helsedirektoratet"));
        QVERIFY(!second.contains(u"adr") && !second.contains(u"tel"));
    }

    void theCommandLineExportsEveryone()
    {
        TemporaryWorkspace workspace;
        QVERIFY(workspace.fillWithDemo());
        const qint64 people = countBySql(workspace.connection(), QStringLiteral("SELECT count(*) FROM people"));
        workspace.close();
        const QString path = workspace.filePath(QStringLiteral("everyone.vcf"));
        const CommandLineResult result = runCommandLine({QStringLiteral("--database"), workspace.path(),
                                                         QStringLiteral("export"), QStringLiteral("people"),
                                                         QStringLiteral("--format"), QStringLiteral("vcf"),
                                                         QStringLiteral("--output"), path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const QJsonArray read = readCards(file.readAll(), &error);
        QVERIFY2(!read.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), people);
        const CommandLineResult members = runCommandLine({QStringLiteral("--database"), workspace.path(),
                                                          QStringLiteral("export"), QStringLiteral("members"),
                                                          QStringLiteral("--format"), QStringLiteral("vcf")});
        QCOMPARE(members.exitCode, 2);
        QVERIFY2(members.err.contains(u"export people --format vcf"), qPrintable(members.err));
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
