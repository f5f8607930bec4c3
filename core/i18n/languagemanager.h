#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace Sekretariat {

// Installs the program's and Qt's own translations for the chosen language and
// makes numbers and dates follow it. Switching sends LanguageChange to every
// widget, which retranslates itself: no restart.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Language codes offered in the menu: "nb", "en".
    static QStringList availableLanguages();
    static QString displayName(const QString &language);
    // The language a first start should use: Norwegian on a Norwegian system.
    static QString systemLanguage();

    QString language() const { return m_language; }
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language;
    QList<QTranslator *> m_translators;
};

} // namespace Sekretariat
