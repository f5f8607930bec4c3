#pragma once

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace Sekretariat {

class Workspace;

// Before a document is issued in the window: IssueDateRule's refusal as a
// message, and a question when the date is far back. True when it may go ahead.
class IssueDateQuestion
{
    Q_DECLARE_TR_FUNCTIONS(IssueDateQuestion)

public:
    static bool accepts(QWidget *parent, const QString &title, const QDate &date, const Workspace *workspace);
};

} // namespace Sekretariat
