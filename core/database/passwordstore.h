#pragma once

#include <QString>

namespace Sekretariat {

// A server's password in the system's keychain (the Secret Service on Linux,
// the Keychain on macOS, the Credential Manager on Windows, through QtKeychain),
// never in the settings file. Keyed by the server's URL, which names the user.
// Where there is no keychain (a session without one, a test run), reading
// finds nothing and libpq's own PGPASSWORD and ~/.pgpass remain.
class PasswordStore
{
public:
    static QString read(const QString &url);
    // False, with `error`, when the keychain would not keep it.
    static bool write(const QString &url, const QString &password, QString *error);
    static void forget(const QString &url);
};

} // namespace Sekretariat
