// The Norwegian translation must be complete: every string the code shows has a
// finished bokmål entry, every string of a document sent to members a finished
// nynorsk one, and no placeholder is lost on the way.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;                // "", "unfinished", "vanished", "obsolete"
    QStringList translations;    // one, or one per plural form
};

QString keyOf(const Message &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}

QList<Message> readTs(const QString &fileName, QString *error)
{
    QList<Message> messages;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(fileName);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (inMessage && name == u"source") {
                current.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                current.comment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (inMessage && name == u"numerusform") {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(fileName, xml.errorString());
    return messages;
}

QSet<QString> placeholdersIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext())
        found.insert(matches.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyUsedStringHasAFinishedBokmalTranslation();
    void translationsKeepTheirPlaceholders();
    void noEntryIsUnfinished();
    void documentsAreCompleteInNynorsk();

private:
    QList<Message> m_used;
    QList<Message> m_bokmal;
    QList<Message> m_nynorsk;
};

namespace {

// The classes whose strings end up in documents sent to members.
const QStringList documentContexts = {QStringLiteral("InvoiceDocument"), QStringLiteral("ParticipantListDocument"),
                                      QStringLiteral("StatementDocument"), QStringLiteral("EventTerms")};

QStringList lostPlaceholders(const QList<Message> &messages)
{
    QStringList problems;
    for (const Message &message : messages) {
        if (message.type == u"vanished" || message.type == u"obsolete")
            continue;
        const QSet<QString> expected = placeholdersIn(message.source);
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue;
            QSet<QString> present = placeholdersIn(translation);
            QSet<QString> needed = expected;
            // A singular plural form may spell out "one" instead of %n.
            if (message.numerus && message.translations.size() > 1 && translation == message.translations.first())
                needed.remove(QStringLiteral("%n"));
            if (!present.contains(needed))
                problems.append(QStringLiteral("[%1] %2 -> %3").arg(message.context, message.source, translation));
        }
    }
    return problems;
}

} // namespace

void TestTranslations::initTestCase()
{
    // Extract the strings the code uses now, exactly as the update target does.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString fresh = directory.filePath(QStringLiteral("fresh_nb.ts"));
    const QString sourceDir = QStringLiteral(SEKRETARIAT_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"), sourceDir + QStringLiteral("/core"),
                   sourceDir + QStringLiteral("/ui"), sourceDir + QStringLiteral("/app"), QStringLiteral("-ts"),
                   fresh});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    m_used = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_used.size() > 50, "lupdate found suspiciously few strings");
    m_bokmal = readTs(sourceDir + QStringLiteral("/translations/sekretariat_nb.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_nynorsk = readTs(sourceDir + QStringLiteral("/translations/sekretariat_nn.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTranslations::everyUsedStringHasAFinishedBokmalTranslation()
{
    QHash<QString, Message> bokmal;
    for (const Message &message : std::as_const(m_bokmal))
        bokmal.insert(keyOf(message), message);

    QStringList problems;
    for (const Message &used : std::as_const(m_used)) {
        const auto found = bokmal.constFind(keyOf(used));
        if (found == bokmal.constEnd()) {
            problems.append(QStringLiteral("missing: [%1] %2").arg(used.context, used.source));
            continue;
        }
        if (!found->type.isEmpty())
            problems.append(QStringLiteral("%1: [%2] %3").arg(found->type, used.context, used.source));
        else if (found->translations.isEmpty() || found->translations.contains(QString()))
            problems.append(QStringLiteral("empty: [%1] %2").arg(used.context, used.source));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 bokmål entries need work (run the update_translations target and "
                                       "translate them):\n")
                            .arg(problems.size())
                        + problems.join(u'\n')));
}

void TestTranslations::translationsKeepTheirPlaceholders()
{
    const QStringList problems = lostPlaceholders(m_bokmal) + lostPlaceholders(m_nynorsk);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("placeholders lost:\n") + problems.join(u'\n')));
}

void TestTranslations::noEntryIsUnfinished()
{
    QStringList unfinished;
    for (const Message &message : std::as_const(m_bokmal)) {
        if (message.type == u"unfinished")
            unfinished.append(QStringLiteral("[%1] %2").arg(message.context, message.source));
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
}

void TestTranslations::documentsAreCompleteInNynorsk()
{
    QHash<QString, Message> nynorsk;
    for (const Message &message : std::as_const(m_nynorsk))
        nynorsk.insert(keyOf(message), message);
    QStringList problems;
    int checked = 0;
    for (const Message &used : std::as_const(m_used)) {
        if (!documentContexts.contains(used.context))
            continue;
        ++checked;
        const auto found = nynorsk.constFind(keyOf(used));
        if (found == nynorsk.constEnd() || !found->type.isEmpty() || found->translations.isEmpty()
            || found->translations.contains(QString())) {
            problems.append(QStringLiteral("[%1] %2").arg(used.context, used.source));
        }
    }
    QVERIFY2(checked > 20, "the document classes were not found");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("nynorsk document entries need work:\n") + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
