#include "datetimefield.h"

#include "common/datetext.h"
#include "datefield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace Sekretariat {

DateTimeField::DateTimeField(QWidget *parent)
    : QWidget(parent)
    , m_date(new DateField(this))
    , m_time(new QLineEdit(this))
{
    m_date->setObjectName(QStringLiteral("date"));
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setMaxLength(5);
    m_time->setPlaceholderText(QStringLiteral("09:30"));
    m_time->setFixedWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:000")) + 16);
    m_time->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_time);
    setFocusProxy(m_date);
    connect(m_time, &QLineEdit::editingFinished, this, [this] {
        // Shown as it is kept: "930" becomes "09:30".
        if (const std::optional<QTime> time = DateText::parseTime(m_time->text()))
            m_time->setText(DateText::formatTime(*time));
        markTime();
    });
    connect(m_time, &QLineEdit::textEdited, this, &DateTimeField::markTime);
}

bool DateTimeField::eventFilter(QObject *watched, QEvent *event)
{
    // As the date field: what is there is selected on entry, so typing replaces it.
    if (watched == m_time && event->type() == QEvent::FocusIn)
        QTimer::singleShot(0, m_time, [this] { m_time->selectAll(); });
    return QWidget::eventFilter(watched, event);
}

void DateTimeField::markTime()
{
    const bool readable = m_time->text().trimmed().isEmpty() || DateText::parseTime(m_time->text()).has_value();
    QPalette palette = m_time->palette();
    palette.setColor(QPalette::Base, readable ? QPalette().color(QPalette::Base) : QColor(0xfd, 0xec, 0xea));
    m_time->setPalette(palette);
}

QDateTime DateTimeField::dateTime() const
{
    const QDate day = m_date->date();
    const QString text = m_time->text().trimmed();
    const std::optional<QTime> time = text.isEmpty() ? std::optional<QTime>(QTime(0, 0)) : DateText::parseTime(text);
    return day.isValid() && time ? QDateTime(day, *time) : QDateTime();
}

void DateTimeField::setDateTime(const QDateTime &dateTime)
{
    m_date->setDate(dateTime.date());
    m_time->setText(dateTime.isValid() ? DateText::formatTime(dateTime.time()) : QString());
    markTime();
}

QDate DateTimeField::date() const
{
    return m_date->date();
}

QString DateTimeField::timeProblem(const QString &label) const
{
    const QString text = m_time->text().trimmed();
    if (text.isEmpty() || DateText::parseTime(text))
        return {};
    return tr("%1: “%2” is not a time; type it as 09:30.").arg(label, text);
}

} // namespace Sekretariat
