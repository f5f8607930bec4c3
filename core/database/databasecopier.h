#pragma once

#include "common/outcome.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace Sekretariat {

// Copies a whole register into an empty one, SQLite to PostgreSQL or back:
// every table (in the order their references need), the program's number
// sequences and the server's identity sequences. The target is written in one
// transaction, so a failure leaves it as empty as it was; the source is opened
// read-only and never changed. Afterwards each table's count and checksum are
// compared, and the bookkeeping chain is checked in the copy.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)

public:
    // Told every thousand rows and at the end of each table; false stops the
    // copy, which then leaves the target as empty as it was.
    using Progress = std::function<bool(const QString &table, qint64 rows)>;

    struct Report {
        QStringList lines;  // "members: 40 rows", one per table
    };

    // `from` and `to` as Database::open takes them: a file, or a server's URL.
    static Outcome copy(const QString &from, const QString &to, Report *report, const Progress &progress = {});

    // The register's tables in the order a copy writes them.
    static QStringList tables();

private:
    static Outcome copyInto(const QString &from, const QString &to, Report *report, const Progress &progress);
};

} // namespace Sekretariat
