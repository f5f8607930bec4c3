#pragma once

#include <QAbstractTableModel>

namespace Sekretariat {

// A table model whose headers and labels follow the application's language: on
// LanguageChange it calls retranslate() and tells its views that every header and
// cell may read differently now.
class TranslatedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TranslatedTableModel(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Rebuild any cached translated text; the signals are sent afterwards.
    virtual void retranslate() {}
};

} // namespace Sekretariat
