#pragma once

#include "error.h"

#include <QObject>
#include <functional>

namespace inventory {

/// Passwords in the system keychain (via qtkeychain), keyed by "user@host:port/database". When
/// the build has no qtkeychain or the keychain is unavailable, nothing is stored and libpq's
/// ~/.pgpass is the way to keep a password.
class PasswordStore
{
public:
    static bool isAvailable();
    /// Calls `done` on the GUI thread with the password, or an empty string when none is stored.
    static void read(QObject *context, const QString &key, std::function<void(const QString &)> done);
    /// Calls `done` with an error message, empty on success.
    static void write(QObject *context, const QString &key, const QString &password,
                      std::function<void(const QString &)> done);
    static void remove(QObject *context, const QString &key);
};

} // namespace inventory
