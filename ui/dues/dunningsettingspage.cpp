#include "dunningsettingspage.h"

#include "dues/duessettings.h"
#include "dues/reminderfeerule.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sekretariat {

DunningSettingsPage::DunningSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_help(new QLabel(this))
    , m_form(new QFormLayout)
    , m_firstDays(new QSpinBox(this))
    , m_secondDays(new QSpinBox(this))
    , m_handOverDays(new QSpinBox(this))
    , m_firstText(new QPlainTextEdit(this))
    , m_secondText(new QPlainTextEdit(this))
    , m_handOverText(new QPlainTextEdit(this))
    , m_fee(new QLineEdit(this))
    , m_feeHelp(new QLabel(this))
{
    m_help->setWordWrap(true);
    m_feeHelp->setWordWrap(true);
    m_firstDays->setObjectName(QStringLiteral("firstReminderDays"));
    m_secondDays->setObjectName(QStringLiteral("secondReminderDays"));
    m_handOverDays->setObjectName(QStringLiteral("handOverDays"));
    m_firstText->setObjectName(QStringLiteral("firstReminderText"));
    m_secondText->setObjectName(QStringLiteral("secondReminderText"));
    m_handOverText->setObjectName(QStringLiteral("handOverText"));
    m_fee->setObjectName(QStringLiteral("reminderFee"));
    for (QSpinBox *days : {m_firstDays, m_secondDays, m_handOverDays}) {
        days->setRange(0, 365);
        days->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    }
    const int lines = fontMetrics().lineSpacing();
    for (QPlainTextEdit *text : {m_firstText, m_secondText, m_handOverText}) {
        text->setTabChangesFocus(true);
        text->setFixedHeight(lines * 3 + 12);
    }
    m_fee->setMaximumWidth(fontMetrics().averageCharWidth() * 14);

    for (QWidget *field : {static_cast<QWidget *>(m_firstDays), static_cast<QWidget *>(m_firstText),
                           static_cast<QWidget *>(m_secondDays), static_cast<QWidget *>(m_secondText),
                           static_cast<QWidget *>(m_handOverDays), static_cast<QWidget *>(m_handOverText),
                           static_cast<QWidget *>(m_fee)})
        m_form->addRow(new QLabel(this), field);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_help);
    layout->addLayout(m_form);
    layout->addWidget(m_feeHelp);
    layout->addStretch();
    retranslateUi();
}

void DunningSettingsPage::load(const DuesSettings &settings)
{
    m_firstDays->setValue(settings.firstReminderDays);
    m_secondDays->setValue(settings.secondReminderDays);
    m_handOverDays->setValue(settings.handOverDays);
    m_firstText->setPlainText(settings.firstReminderText);
    m_secondText->setPlainText(settings.secondReminderText);
    m_handOverText->setPlainText(settings.handOverText);
    m_fee->setText(settings.reminderFee.isZero() ? QString() : settings.reminderFee.toPlainString());
}

bool DunningSettingsPage::read(DuesSettings *settings, QString *error) const
{
    settings->firstReminderDays = m_firstDays->value();
    settings->secondReminderDays = m_secondDays->value();
    settings->handOverDays = m_handOverDays->value();
    settings->firstReminderText = m_firstText->toPlainText().trimmed();
    settings->secondReminderText = m_secondText->toPlainText().trimmed();
    settings->handOverText = m_handOverText->toPlainText().trimmed();
    if (m_fee->text().trimmed().isEmpty()) {
        settings->reminderFee = Money();
        return true;
    }
    const std::optional<Money> fee = Money::parse(m_fee->text());
    if (!fee) {
        *error = tr("Reminder fee: “%1” is not an amount.").arg(m_fee->text());
        m_fee->setFocus();
        return false;
    }
    settings->reminderFee = *fee;
    return true;
}

void DunningSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DunningSettingsPage::retranslateUi()
{
    m_help->setText(tr("An overdue invoice gets a 1st reminder, then a 2nd, and is then handed over (to the board "
                       "or to debt collection). The Dues page proposes each step the given days after the due date "
                       "before it. Leave a text empty for the program's own, in the member's language; in your own, "
                       "{invoice}, {amount} and {due} are filled in."));
    const QList<QPair<QWidget *, QString>> labels{{m_firstDays, tr("&1st reminder after (days):")},
                                                  {m_firstText, tr("1st reminder &text:")},
                                                  {m_secondDays, tr("&2nd reminder after (days):")},
                                                  {m_secondText, tr("2nd reminder te&xt:")},
                                                  {m_handOverDays, tr("&Hand over after (days):")},
                                                  {m_handOverText, tr("Hand-o&ver text:")},
                                                  {m_fee, tr("Reminder &fee:")}};
    for (const auto &[field, text] : labels) {
        auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
        label->setText(text);
        label->setBuddy(field);
    }
    const QString placeholder = tr("Empty: the program's text");
    for (QPlainTextEdit *text : {m_firstText, m_secondText, m_handOverText})
        text->setPlaceholderText(placeholder);
    m_fee->setPlaceholderText(tr("None"));
    m_feeHelp->setText(tr("The law caps a reminder fee at a tenth of the collection rate (inkassosatsen): at most "
                          "%1 here. It is charged on the 1st and 2nd reminders only, and only when the reminder is "
                          "sent at least %2 days after the due date. The collection rate is set every year; see "
                          "Finanstilsynet.")
                           .arg(ReminderFeeRule::legalMaximum().toString())
                           .arg(ReminderFeeRule::feeAllowedAfterDays));
}

} // namespace Sekretariat
