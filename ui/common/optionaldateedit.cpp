#include "optionaldateedit.h"

#include "datefield.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>

namespace Sekretariat {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(new DateField(this))
{
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    setFocusProxy(m_edit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);

    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emit dateChanged(date());
    });
    connect(m_edit, &DateField::dateChanged, this, [this] { emit dateChanged(date()); });
    retranslateUi();
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    m_check->setChecked(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
}

void OptionalDateEdit::retranslateUi()
{
    m_check->setToolTip(tr("Tick to set the date; leave it empty if there is none."));
    m_check->setAccessibleName(tr("Date set"));
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Sekretariat
