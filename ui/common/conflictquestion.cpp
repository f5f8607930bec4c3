#include "conflictquestion.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace Sekretariat {

ConflictQuestion::Answer ConflictQuestion::ask(QWidget *parent, const QString &message, const QStringList &theirChanges)
{
    QMessageBox box(QMessageBox::Warning, parent ? parent->window()->windowTitle() : QString(), message,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictQuestion"));
    box.setInformativeText(theirChanges.isEmpty()
                               ? tr("Nothing you see in the form differs; it was saved again.")
                               : tr("What was changed:") + QStringLiteral("\n• ")
                                     + theirChanges.join(QStringLiteral("\n• ")));
    QPushButton *reload = box.addButton(tr("&Take Their Version"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reload"));
    QPushButton *overwrite = box.addButton(tr("&Save Mine Over It"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwrite"));
    QPushButton *back = box.addButton(tr("&Back to the Form"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("back"));
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() == reload)
        return Answer::Reload;
    if (box.clickedButton() == overwrite)
        return Answer::Overwrite;
    return Answer::Back;
}

} // namespace Sekretariat
