#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace Sekretariat {

class Repositories;

// Saves people as vCard 4.0 where the user says (asked with `suggestedName`
// unless `path` is given): written whole or not at all, a failure shown.
// Returns the file written, or empty when cancelled or failed.
class ContactCardsFile
{
    Q_DECLARE_TR_FUNCTIONS(ContactCardsFile)

public:
    static QString save(QWidget *parent, const Repositories &repositories, const QList<qint64> &personIds,
                        const QString &suggestedName, const QString &path = {});
};

} // namespace Sekretariat
