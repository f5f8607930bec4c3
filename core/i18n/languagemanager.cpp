#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Sekretariat {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("nb"), QStringLiteral("en")};
}

QString LanguageManager::displayName(const QString &language)
{
    // Each language is named in itself, so it can be found whatever is shown now.
    if (language == u"nb")
        return QStringLiteral("Norsk (bokmål)");
    if (language == u"nn")
        return QStringLiteral("Norsk (nynorsk)");
    return QStringLiteral("English");
}

QString LanguageManager::systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::NorwegianBokmal || system.language() == QLocale::NorwegianNynorsk)
        return QStringLiteral("nb");
    return QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language) && language != u"nn")
        return false;
    removeTranslators();

    const QLocale locale(language == u"en" ? QStringLiteral("en_GB") : language + QStringLiteral("_NO"));
    QLocale::setDefault(locale);

    auto install = [this](const QString &file, const QString &directory) {
        auto *translator = new QTranslator;
        if (translator->load(file, directory)) {
            QCoreApplication::installTranslator(translator);
            m_translators.append(translator);
        } else {
            delete translator;
        }
    };
    if (language != u"en") {
        // Qt ships nynorsk for its own dialogs but no bokmål. A bokmål user is never
        // shown nynorsk: our own bokmål of Qt's dialogs and buttons is used
        // instead, and whatever it lacks stays English.
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        install(QStringLiteral("qtbase_") + language, qtDirectory);
        if (m_translators.isEmpty())
            install(QStringLiteral("qtbase_overrides_") + language, QStringLiteral(":/i18n"));
    }
    // English needs its file too: the source strings lack the plural forms.
    install(QStringLiteral("sekretariat_") + language, QStringLiteral(":/i18n"));
    m_language = language;
    emit languageChanged(language);
    return true;
}

} // namespace Sekretariat
