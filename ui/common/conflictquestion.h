#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace Sekretariat {

// Someone else saved the record after this form read it: what they changed,
// and whether to take their version into the form (the form's own changes are
// lost), save over theirs knowingly, or go back to the form. Going back is the
// default, so Enter never overwrites anyone.
class ConflictQuestion
{
    Q_DECLARE_TR_FUNCTIONS(ConflictQuestion)

public:
    enum class Answer { Reload, Overwrite, Back };
    static Answer ask(QWidget *parent, const QString &message, const QStringList &theirChanges);
};

} // namespace Sekretariat
