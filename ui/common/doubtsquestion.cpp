#include "doubtsquestion.h"

#include "datefield.h"
#include "members/memberplausibility.h"

#include <QLocale>
#include <QMessageBox>

namespace Sekretariat {

bool DoubtsQuestion::confirm(QWidget *parent, const QString &question, const QStringList &doubts)
{
    if (doubts.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, parent ? parent->window()->windowTitle() : QString(), question,
                    QMessageBox::Save | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("doubtsQuestion"));
    box.setInformativeText(doubts.join(QStringLiteral("\n\n")));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

bool DoubtsQuestion::confirmDates(QWidget *form)
{
    return confirm(form, tr("Save with this date?"), farDates(form));
}

QStringList DoubtsQuestion::farDates(const QWidget *form)
{
    QStringList doubts;
    const QDate today = QDate::currentDate();
    for (const DateField *field : form->findChildren<DateField *>()) {
        if (!field->isEnabled() || !MemberPlausibility::isFarFromToday(field->date(), today))
            continue;
        doubts.append(tr("%1: %2 is far from today.")
                          .arg(DateField::labelOf(field), QLocale().toString(field->date(), QLocale::ShortFormat)));
    }
    return doubts;
}

} // namespace Sekretariat
