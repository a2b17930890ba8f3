#include "session.h"

#include "asyncrunner.h"
#include "connection.h"
#include "localcluster.h"
#include "logging.h"
#include "migrations.h"
#include "operations.h"
#include "readrouting.h"

#include <QThread>

namespace inventory {

Session::Session(QObject *parent) : QObject(parent)
{
    m_heartbeat.setInterval(5000);
    m_retry.setInterval(2000);
    m_retry.setSingleShot(true);
    connect(&m_heartbeat, &QTimer::timeout, this, &Session::probe);
    connect(&m_retry, &QTimer::timeout, this, &Session::retry);
}

void Session::setIntervals(int heartbeatMs, int retryMs)
{
    m_heartbeat.setInterval(heartbeatMs);
    m_retry.setInterval(retryMs);
}

void Session::start(const ConnectionSettings &settings)
{
    start([settings]() -> Result<ConnectionSettings> { return settings; }, settings.displayName());
}

void Session::setReadSettings(const std::optional<ConnectionSettings> &settings)
{
    m_readSettings = settings;
}

void Session::setReadHosts(const QList<HostPort> &hosts)
{
    m_readHosts = hosts;
}

void Session::start(Resolver resolver, const QString &description)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 generation = ++m_generation;
    m_resolver = resolver;
    m_description = description;
    m_info = {};
    m_heartbeat.stop();
    m_retry.stop();
    m_probing = false;
    if (!m_retrying)
        setState(State::Connecting);

    struct Started
    {
        ConnectionSettings settings;
        SessionInfo info;
    };
    std::optional<ConnectionSettings> read = m_readSettings;
    if (!read && !m_readHosts.isEmpty()) {
        read = ConnectionSettings();
        read->setHosts(m_readHosts);
    }
    runAsync(
        this,
        [resolver, read]() -> Result<Started> {
            auto settings = resolver();
            if (!settings)
                return std::unexpected(settings.error());
            configureRouting(*settings, read);
            if (auto ready = requireCurrentSchema(); !ready)
                return std::unexpected(ready.error());
            auto info = sessionInfo();
            if (!info)
                return std::unexpected(info.error());
            return Started { *settings, *info };
        },
        [this, generation](const Result<Started> &result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_lastError = result.error();
                qCInfo(lcModels) << "connecting failed:" << m_lastError.message;
                if (m_lastError.isRetryable()) {
                    // The server may come up later (a laptop resuming, a server restart).
                    setState(State::Lost);
                    m_retry.start();
                } else {
                    setState(State::Failed);
                }
                return;
            }
            m_settings = result->settings;
            m_info = result->info;
            m_description = m_info.server.isEmpty() ? m_settings.displayName() : m_info.server;
            m_lastError = {};
            m_heartbeat.start();
            setState(State::Connected);
            emit connected();
        });
}

QString Session::serverShownAs() const
{
    const LocalCluster local(LocalCluster::defaultRootDirectory());
    const bool isLocalDefault =
        m_description.startsWith(QStringLiteral("%1:%2/").arg(local.socketDirectory()).arg(local.port()));
    return isLocalDefault ? tr("Local database") : m_description;
}

QString Session::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting to %1…").arg(m_description);
    case State::Connected:
        if (!m_info.reads.primaryProblem.isEmpty())
            return tr("Reading only: primary unavailable; retrying…");
        return tr("Connected");
    case State::Lost:
        return tr("Lost connection to %1; retrying…").arg(m_description);
    case State::Failed:
        return tr("Cannot use %1: %2").arg(m_description, m_lastError.message);
    }
    return {};
}

void Session::reportError(const Error &error)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!error.isRetryable() || m_state == State::Connecting || m_state == State::Failed
        || m_state == State::Idle)
        return;
    if (m_info.reads.routed && m_state == State::Connected && error.primaryUnavailable) {
        // Writes failed, reads are served by the standbys: stay connected, say so, keep trying.
        m_lastError = error;
        m_info.reads.primaryProblem = error.message;
        emit stateChanged(m_state);
        if (!m_retry.isActive() && !m_probing)
            m_retry.start();
        return;
    }
    m_lastError = error;
    if (m_state != State::Lost) {
        setState(State::Lost);
        m_heartbeat.stop();
    }
    if (!m_retry.isActive() && !m_probing)
        m_retry.start();
}

void Session::retry()
{
    // Never connected yet (the server was down at start): the whole start again, schema check
    // included. Connected before: a probe, which reconnects by itself.
    if (m_info.user.isEmpty() && m_resolver) {
        m_retrying = true; // stays "lost; retrying", not "connecting" again every two seconds
        start(m_resolver, m_description);
        m_retrying = false;
    } else
        probe();
}

void Session::probe()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_probing || (m_state != State::Connected && m_state != State::Lost))
        return;
    m_probing = true;
    const quint64 generation = m_generation;
    // sessionInfo() reconnects first when the socket was closed: the probe is the retry.
    runAsync(
        this, [] { return sessionInfo(); },
        [this, generation](const Result<SessionInfo> &result) { onProbeResult(generation, result); });
}

void Session::onProbeResult(quint64 generation, const Result<SessionInfo> &result)
{
    if (generation != m_generation)
        return;
    m_probing = false;
    if (!result) {
        if (result.error().isRetryable()) {
            m_lastError = result.error();
            if (m_state != State::Lost) {
                m_heartbeat.stop();
                setState(State::Lost);
            }
            m_retry.start();
        }
        return;
    }
    const bool wasLost = m_state == State::Lost;
    m_info = result.value();
    if (wasLost) {
        m_lastError = {};
        m_heartbeat.start();
        setState(State::Connected);
        emit connected();
    } else if (m_info.reads.routed) {
        // Where reads come from and the lag change while connected: the status bar shows them.
        emit stateChanged(m_state);
    }
    // Writes cannot reach the primary: probe it at the retry pace until a standby is promoted.
    if (!m_info.reads.primaryProblem.isEmpty())
        m_retry.start();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace inventory
