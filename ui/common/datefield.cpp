#include "datefield.h"

#include "common/datetext.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QWidgetAction>

namespace Sekretariat {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setText(QStringLiteral("…"));
    m_button->setFocusPolicy(Qt::NoFocus);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::finishEditing);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        updateMark();
        if (const QDate now = date(); now != m_last) {
            m_last = now;
            emit dateChanged(now);
        }
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    retranslateUi();
}

QDate DateField::date() const
{
    return DateText::parse(m_edit->text()).value_or(QDate());
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(DateText::format(date));
    updateMark();
    if (date != m_last) {
        m_last = date;
        emit dateChanged(date);
    }
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

QString DateField::problem(const QString &label) const
{
    if (isAcceptable())
        return {};
    return tr("%1: “%2” is not a date; type it as %3.")
        .arg(label, m_edit->text().trimmed(), DateText::format(QDate::currentDate()));
}

DateField *DateField::firstUnacceptable(const QWidget *form)
{
    for (DateField *field : form->findChildren<DateField *>()) {
        if (field->isEnabled() && !field->isAcceptable())
            return field;
    }
    return nullptr;
}

QString DateField::labelOf(const QWidget *field)
{
    const QWidget *form = field->window();
    for (const QLabel *label : form->findChildren<QLabel *>()) {
        const QWidget *buddy = label->buddy();
        if (buddy && (buddy == field || buddy->isAncestorOf(field))) {
            QString text = label->text();
            text.remove(u'&');
            while (text.endsWith(u':') || text.endsWith(u' '))
                text.chop(1);
            return text;
        }
    }
    return tr("Date");
}

QString DateField::problemIfRequired(const QString &label) const
{
    return isEmpty() ? tr("%1: enter the date.").arg(label) : problem(label);
}

void DateField::finishEditing()
{
    // A date typed short is shown in full, so that what was read is seen.
    if (const QDate typed = date(); typed.isValid())
        m_edit->setText(DateText::format(typed));
    updateMark();
}

void DateField::updateMark()
{
    const bool bad = !isAcceptable();
    m_edit->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #b3261e; }") : QString());
    m_edit->setToolTip(bad ? problem(tr("Date")) : tr("Type the date, such as %1, or pick it from the calendar.")
                                                       .arg(DateText::format(QDate::currentDate())));
}

void DateField::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setSelectedDate(date().isValid() ? date() : QDate::currentDate());
    calendar->setGridVisible(true);
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](const QDate &picked) {
        setDate(picked);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate &picked) {
        setDate(picked);
        menu.close();
    });
    menu.exec(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_edit->setFocus();
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    // Entering the field selects all of it, after the click that placed the cursor.
    if (watched == m_edit && event->type() == QEvent::FocusIn)
        QTimer::singleShot(0, m_edit, &QLineEdit::selectAll);
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateField::retranslateUi()
{
    // The language may have changed the form: the date shown in the new one.
    if (m_last.isValid() && !isEmpty())
        m_edit->setText(DateText::format(m_last));
    m_edit->setPlaceholderText(DateText::format(QDate::currentDate()));
    m_button->setToolTip(tr("Pick the date from a calendar"));
    m_button->setAccessibleName(tr("Calendar"));
    updateMark();
}

} // namespace Sekretariat
