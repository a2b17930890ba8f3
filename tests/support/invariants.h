#pragma once

#include "connectionsettings.h"

#include <QList>

namespace inventory::test {

/// The stock invariant on the server `owner` names (a database as its owner): items of `items`
/// whose quantity + held units differ from `stock`; blocks whose history does not match their
/// fate (exactly one 'created'; at most one end; permanent ⇔ confirmed; gone ⇔ released or
/// expired); and items whose stock the ledger does not explain (inventoryctl check). 0 when all
/// hold; -1 when it could not be checked.
int invariantViolations(const ConnectionSettings &owner, const QList<qint64> &items, int stock);

} // namespace inventory::test
