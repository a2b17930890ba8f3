#pragma once

#include "connectionsettings.h"
#include "error.h"
#include "types.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace inventory {

/// The connection as the window sees it: which server, who we are there, what we may do, and
/// whether it is reachable right now. Everything that touches the server runs off the GUI
/// thread; this object only keeps the answers.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, ///< nothing configured yet
        Connecting, ///< first connection (or a new server) under way
        Connected,
        Lost, ///< was connected; retrying by itself
        Failed, ///< cannot be used as configured (wrong schema, bad URI, ...): see lastError()
    };
    Q_ENUM(State)

    /// How to find the server: runs on a worker thread, may take seconds (initdb of the local
    /// default).
    using Resolver = std::function<Result<ConnectionSettings>()>;

    explicit Session(QObject *parent = nullptr);

    /// Resolves the settings off the GUI thread, makes them every thread's settings, checks the
    /// schema and reads who we are. Emits stateChanged() along the way.
    void start(Resolver resolver, const QString &description);
    /// Convenience: connect to `settings` as given.
    void start(const ConnectionSettings &settings);

    /// Reads go to these standbys from the next start() on (--read-db, $INVENTORY_READ_DB); they
    /// win over setReadHosts(). What they leave out comes from the write settings.
    void setReadSettings(const std::optional<ConnectionSettings> &settings);
    /// The standbys of the connection dialog ("read from standbys"); empty: reads go to the server.
    void setReadHosts(const QList<HostPort> &hosts);
    /// Whether reads have their own connection (and where to, and the lag: info().reads).
    bool readsRouted() const { return m_info.reads.routed; }

    State state() const { return m_state; }
    const SessionInfo &info() const { return m_info; }
    const Error &lastError() const { return m_lastError; }
    /// "host:port/db" being used (or being tried).
    QString serverDescription() const { return m_description; }
    /// What the desk calls that server: "Local database" for this user's own local cluster
    /// (LocalCluster::defaultRootDirectory()), a socket path nobody needs to read; any other
    /// server, on a socket or not, by serverDescription().
    QString serverShownAs() const;
    ConnectionSettings settings() const { return m_settings; }

    bool isConnected() const { return m_state == State::Connected; }
    bool canReserve() const
    {
        return isConnected() && (m_info.isStaff || m_info.isManager || m_info.isOwner);
    }
    bool canManage() const { return isConnected() && (m_info.isManager || m_info.isOwner); }

    /// A one-line description for the status bar: "Connected", "Connection lost; retrying…".
    QString stateText() const;

    /// Called with any error an operation or a model got: a connection error switches to Lost
    /// and starts retrying.
    void reportError(const Error &error);

    /// How often the connection is probed while connected and retried while lost.
    void setIntervals(int heartbeatMs, int retryMs);

signals:
    void stateChanged(inventory::Session::State state);
    /// Connected for the first time, or again after a loss: views should reload.
    void connected();

private:
    void setState(State state);
    void probe();
    void onProbeResult(quint64 generation, const Result<SessionInfo> &result);

    void retry();

    Resolver m_resolver;
    State m_state = State::Idle;
    SessionInfo m_info;
    Error m_lastError;
    QString m_description;
    ConnectionSettings m_settings;
    std::optional<ConnectionSettings> m_readSettings;
    QList<HostPort> m_readHosts;
    quint64 m_generation = 0;
    bool m_probing = false;
    bool m_retrying = false;
    QTimer m_heartbeat;
    QTimer m_retry;
};

} // namespace inventory
