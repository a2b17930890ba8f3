#pragma once

#include "error.h"

namespace inventory {

/// Generates `items` items over `categories` categories on the server (one statement). Needs
/// the schema owner. Returns the number of items created.
Result<qint64> seedItems(qint64 items, qint64 categories);

/// On a database with no items and no history: 5,000 items in 20 categories and a dozen
/// reservations by `user`: some active (a few about to expire), some already expired, some
/// permanent. Needs the schema owner. Does nothing on a database already in use.
Result<bool> seedDemoDataIfEmpty(const QString &user);

} // namespace inventory
