#pragma once

#include "connection.h"
#include "connectionsettings.h"
#include "error.h"
#include "types.h"

#include <QString>
#include <chrono>
#include <optional>

class QSqlQuery;

/// Reads from hot standbys, writes on the primary. Configured once per program
/// (configureRouting()); without read settings everything goes to the write connection as before.
namespace inventory {

/// The environment variable that names the standbys when --read-db is not given.
inline constexpr char readDbVariable[] = "INVENTORY_READ_DB";

/// The read settings a program was given: `option` (its --read-db), else $INVENTORY_READ_DB;
/// none when both are empty. A bad URI is an error naming --read-db.
Result<std::optional<ConnectionSettings>> readSettingsFrom(const QString &option);

/// Makes `write` every thread's write connection and `read` (when given) every thread's read
/// connection. With several write hosts, target_session_attrs defaults to read-write (libpq finds
/// the primary). The read settings take what they leave out (database, user, password, sslmode …)
/// from `write`; target_session_attrs defaults to prefer-standby, and their hosts are tried in an
/// order shuffled once per process, so clients spread over the standbys.
void configureRouting(const ConnectionSettings &write, const std::optional<ConnectionSettings> &read);

/// The read settings as configureRouting() would make them of `read` and `write` (shuffled).
ConnectionSettings readerSettings(const ConnectionSettings &write, const ConnectionSettings &read);
/// The write settings as configureRouting() makes them.
ConnectionSettings writerSettings(const ConnectionSettings &write);

/// Runs a read (Retry::Safe) on this thread's read connection. After a write by this process the
/// read first waits, at most readYourWritesWait(), for the standby to have replayed it; when it
/// has not by then, the read goes to the primary. When no reader can be reached, to the primary.
Result<QSqlQuery *> executeRead(const QString &sql, const QVariantList &values);
/// Runs a write on this thread's write connection; with reads routed, it then notes the primary's
/// WAL position so later reads can wait for it. A lost primary is said as such.
Result<QSqlQuery *> executeWrite(const QString &sql, const QVariantList &values);

/// The longest a read waits for its standby to replay this process's last write (default 1 s).
void setReadYourWritesWait(std::chrono::milliseconds wait);
std::chrono::milliseconds readYourWritesWait();
/// The primary's WAL position after this process's last write; 0 before any (or unrouted).
quint64 lastWritePosition();
/// "16/B374D848" as a number; 0 for anything else.
quint64 parseLsn(const QString &text);

/// Asks this thread's read connection (one round trip) and checks the write connection is up.
Result<ReadStatus> readStatus();

} // namespace inventory
