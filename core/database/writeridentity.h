#pragma once

#include <QString>

namespace Sekretariat {

// Who writes: the name of the user signed in to the computer (USER, or
// USERNAME on Windows, else the home folder's name), recorded with every write
// and shown in the status bar.
class WriterIdentity
{
public:
    static QString name();
    // For tests, and for a later sign-in to a server.
    static void setName(const QString &name);
};

} // namespace Sekretariat
