#pragma once

#include "connectionsettings.h"
#include "error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariantList>
#include <memory>
#include <optional>
#include <utility>

class QSqlQuery;

namespace inventory {

/// The server every thread's connection goes to. Changing it makes each thread reconnect on its
/// next call; calls already running finish on the old connection.
void setConnectionSettings(const ConnectionSettings &settings);
ConnectionSettings connectionSettings();
/// The settings the calling thread's connection uses: its ScopedConnectionSettings, else the
/// global ones (for handing this thread's target to worker threads).
ConnectionSettings currentConnectionSettings();

/// Where reads go: every thread's read connection (Connection::forReading()) uses these, while
/// writes keep going to connectionSettings(). None (the default): reads share the write connection.
/// Changing them makes each thread's read connection reconnect on its next call.
void setReadConnectionSettings(const std::optional<ConnectionSettings> &settings);
std::optional<ConnectionSettings> readConnectionSettings();

/// For its lifetime, this thread's connection goes to `settings` instead of the global ones
/// (administration as the owner role, set-up of a test database).
class ScopedConnectionSettings
{
public:
    explicit ScopedConnectionSettings(const ConnectionSettings &settings);
    ~ScopedConnectionSettings();
    ScopedConnectionSettings(const ScopedConnectionSettings &) = delete;
    ScopedConnectionSettings &operator=(const ScopedConnectionSettings &) = delete;

private:
    std::optional<ConnectionSettings> m_previous;
};

/// Whether a statement may be sent again after the connection broke under it.
enum class Retry {
    Never, ///< a write whose outcome would be unknown
    Safe, ///< a read: sending it twice changes nothing
};

/// This thread's connection. Qt allows a QSqlDatabase only in the thread that opened it, so
/// each thread gets its own, opened on first use and closed when the thread ends. Statements
/// are prepared once per connection and reused: an operation is then one EXECUTE round trip.
///
/// Before each statement the connection checks, without a round trip, whether the server has
/// gone away (socket closed); if so it reconnects first, so a server restart costs the caller
/// nothing but the reconnect.
class Connection
{
public:
    /// The calling thread's connection.
    static Connection &current();

    /// The calling thread's connection for reads: its own one to the read settings when they are
    /// set (and no ScopedConnectionSettings is in force), else current(). It runs with the write
    /// connection's session set-up (followSetupOf()).
    static Connection &forReading();
    /// True for a connection of its own to the read settings.
    bool isReader() const { return m_reader; }

    /// Drops the calling thread's connection now (e.g. before the thread is reused elsewhere).
    static void closeCurrent();

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Runs `sql` (prepared once, cached) with `values` bound to $1, $2, ... The returned query
    /// is valid until the next call on this connection.
    Result<QSqlQuery *> execute(const QString &sql, const QVariantList &values = {},
                                Retry retry = Retry::Never);

    /// Runs a script of one or more statements without parameters (migrations, set-up).
    Result<void> executeScript(const QString &sql);

    /// Opens the connection if needed and checks it is alive.
    Result<void> ensureOpen();

    /// The QSqlDatabase of this thread, open; for transactions spanning several statements
    /// (migrations only: operations never hold a transaction across round trips).
    QSqlDatabase database() const { return m_database; }

    /// Who and where, as the server reports it once connected: "host:port/db".
    QString serverName() const;
    QString userName() const;
    /// Whether the server is a hot standby now, as it reports it (in_hot_standby; no round trip).
    bool isStandby() const;
    /// Runs `sql` (no parameters, one value back) on the open connection straight through libpq,
    /// leaving the statement cache and the queries returned by execute() alone even when it fails
    /// (then nothing: the next execute() notices a lost server).
    std::optional<QString> valueNow(const char *sql);
    /// Counts the connections this object has opened: changes with every reconnect.
    quint64 openCount() const { return m_openCount; }

    /// Runs `sql` (set_config calls: the role, the acting name; values bound) on this session now
    /// and again first thing after every reconnect, so no statement ever runs on a fresh session
    /// without it (inventory::actAs()). `key` names the set-up, for sessionSetup(). Kept until the
    /// next call, or until the settings change (another server or login: the set-up is dropped).
    /// When it fails, the previous set-up stays, on the session and for reconnects.
    Result<void> setSessionSetup(const QString &key, const QString &sql, const QVariantList &values);
    /// The key of the current set-up; empty when there is none.
    const QString &sessionSetup() const { return m_setupKey; }
    /// Takes `other`'s set-up (the read connection follows the write connection's).
    Result<void> followSetupOf(const Connection &other);

private:
    explicit Connection(bool reader);
    void reset();
    bool isAlive() const;
    Result<QSqlQuery *> prepared(const QString &sql);
    Result<void> applySetup();
    void dropSetup();

    QString m_name;
    bool m_reader = false;
    quint64 m_openCount = 0;
    QSqlDatabase m_database;
    /// Which settings the open connection was made with: (global changes, this thread's overrides).
    using Generation = std::pair<quint64, quint64>;
    Generation m_settingsGeneration;
    QString m_serverName;
    QString m_setupKey;
    QString m_setupSql;
    QVariantList m_setupValues;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace inventory
