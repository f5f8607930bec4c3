#include "cataloguesearchfield.h"

#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>

namespace Sekretariat {

CatalogueSearchField::CatalogueSearchField(const MunicipalityCatalogue &catalogue, QWidget *parent)
    : QLineEdit(parent)
    , m_catalogue(catalogue)
    , m_completer(new QCompleter(this))
{
    // The completer only reads the list; it needs a non-const model pointer all the same.
    m_completer->setModel(const_cast<MunicipalityCatalogue *>(&catalogue));
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    setClearButtonEnabled(true);

    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &CatalogueSearchField::pick);
    retranslateUi();
}

void CatalogueSearchField::pick(const QString &text)
{
    if (const std::optional<ReferenceEntry> entry = m_catalogue.findByDisplayText(text))
        emit entryPicked(*entry);
}

void CatalogueSearchField::retranslateUi()
{
    setPlaceholderText(tr("Type a name or number, such as Stavanger or 1103"));
    setToolTip(tr("Picking a municipality or county municipality from the official list fills in its "
                  "number, name, county, population and organisation number. You can still type them yourself."));
}

void CatalogueSearchField::keyPressEvent(QKeyEvent *event)
{
    // Enter on an entry of the list picks it, and does not reach the dialog's Save.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && m_catalogue.findByDisplayText(text())) {
        pick(text());
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CatalogueSearchField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

} // namespace Sekretariat
