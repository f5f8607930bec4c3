#pragma once

#include "common/outcome.h"
#include "database/databasecopier.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Sekretariat {

// File ▸ Copy Register To: the whole register copied with DatabaseCopier on a
// worker thread, a progress dialog table by table that can stop it (the
// target then stays empty). The window stays responsive: a large register
// takes half a minute.
class RegisterCopy
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCopy)

public:
    // `from` and `to` as Database::open takes them; a server's URL may carry
    // the password for this one copy.
    static Outcome run(QWidget *parent, const QString &from, const QString &to, DatabaseCopier::Report *report);
};

} // namespace Sekretariat
