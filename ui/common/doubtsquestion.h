#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace Sekretariat {

// "Save the member as it is?" with each doubt below it: the one question a form
// asks before it saves what is lawful but probably a slip. Cancel is the
// default, so Enter never saves a slip.
class DoubtsQuestion
{
    Q_DECLARE_TR_FUNCTIONS(DoubtsQuestion)

public:
    // True when there are no doubts, or the user saves anyway.
    static bool confirm(QWidget *parent, const QString &question, const QStringList &doubts);
    // "Starts: 01.01.1900 is far from today." for each date field of the form in
    // use whose day is decades back or years ahead.
    static QStringList farDates(const QWidget *form);
    // confirm() of the form's far dates.
    static bool confirmDates(QWidget *form);
};

} // namespace Sekretariat
