#pragma once

#include "connectionsettings.h"
#include "error.h"

#include <QString>
#include <QStringList>

namespace inventory {

/// What a finished program printed (stdout and stderr merged) and its exit code (-1 if it crashed).
struct ToolRun
{
    int exitCode = -1;
    QString output;
};

/// Runs a program to completion in `workingDirectory`, with the PG* location variables cleared.
/// With `asServerAccount` and when we are root, it runs as the unprivileged `postgres` account
/// instead (PostgreSQL's tools refuse root).
Result<ToolRun> runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory,
                        bool asServerAccount = true, int timeoutMs = 120000);

/// Where the PostgreSQL server programs (initdb, pg_ctl, postgres) are: Debian's newest
/// /usr/lib/postgresql/N/bin, else the directory of a pg_ctl on PATH.
Result<QString> serverBinDirectory();

/// A private PostgreSQL cluster in a directory of its own: created with initdb, listening on a
/// Unix socket only (no TCP), in a socket directory only its owner can enter. When the caller is
/// root, the server runs as the unprivileged `postgres` account (PostgreSQL refuses root).
class LocalCluster
{
public:
    enum class State { Missing, Stopped, Running };

    struct Options
    {
        /// Off for throw-away test clusters: fsync off (commits still reach the WAL before they
        /// are acknowledged, so an immediate shutdown loses nothing; a power cut could).
        bool durable = true;
        /// The server's shared_buffers; the desktop default stays small.
        QString sharedBuffers = QStringLiteral("128MB");
        /// The port in the socket's name (each cluster has its own socket directory, so two
        /// clusters may share one; a standby takes another so host lists read plainly).
        int port = 5432;
        /// Data checksums (initdb -k) and full_page_writes kept on even when not durable: what
        /// pg_rewind needs to rejoin a failed primary as a standby.
        bool rewindable = false;
    };

    explicit LocalCluster(const QString &rootDirectory, Options options);
    explicit LocalCluster(const QString &rootDirectory) : LocalCluster(rootDirectory, Options()) { }

    /// Where the user's own cluster lives: $INVENTORY_LOCAL_CLUSTER_DIR, or the user's data
    /// directory (for root, /var/lib/inventory-desk/local-cluster).
    static QString defaultRootDirectory();

    /// The superuser that initdb creates and migrations run as.
    static QString ownerRole() { return QStringLiteral("inventory_owner"); }

    QString rootDirectory() const { return m_root; }
    QString dataDirectory() const;
    QString socketDirectory() const;
    QString logFile() const;
    int port() const { return m_options.port; }

    Result<State> state() const;
    /// Creates (if missing) and starts (if stopped) the cluster; safe to call from several
    /// processes at once.
    Result<void> ensureRunning();
    /// Stops the server: `fast` rolls back open transactions and disconnects clients; `immediate`
    /// kills it as a crash would (recovery on the next start).
    enum class StopMode { Fast, Immediate };
    Result<void> stop(StopMode mode = StopMode::Fast);

    /// Makes this (missing) cluster a hot standby of `primary`: pg_basebackup -R over the
    /// primary's socket, then its own socket directory and port. Start it with ensureRunning().
    Result<void> createStandbyOf(const LocalCluster &primary);
    /// Ends recovery on a standby (pg_ctl promote, waiting until it accepts writes).
    Result<void> promote();
    /// Rejoins this stopped former primary as a standby of `source` (pg_rewind -R, then its own
    /// socket and port again). Needs `rewindable`. Start it with ensureRunning().
    Result<void> rewindFrom(const LocalCluster &source);
    /// Appends `lines` to postgresql.conf and, when running, reloads the configuration.
    Result<void> configure(const QString &lines);

    /// Connection settings for `database` as `user` (the owner role when empty).
    ConnectionSettings settings(const QString &database, const QString &user = {}) const;

    /// The login name of the person running this program (the role the app connects as).
    static QString currentOsUser();

private:
    Result<void> create();
    Result<void> start();
    Result<void> writeOwnSettings();
    Result<void> runChecked(const QString &tool, const QStringList &arguments, const QString &what) const;
    Result<ToolRun> run(const QString &tool, const QStringList &arguments, int timeoutMs = 120000) const;

    QString m_root;
    Options m_options;
};

/// The local default, ready to use: the user's cluster running, the `inventory` database
/// migrated, a login role for the current user (a manager: it is their own database), and demo
/// data on first use. Returns the settings to connect as that user.
Result<ConnectionSettings> prepareLocalDefault(LocalCluster &cluster);

} // namespace inventory
