#pragma once

#include "combiner.h"
#include "metrics.h"
#include "router.h"
#include "serveroptions.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace server {

class TokenCache;
class WorkerPool;

/// What every session can be asked by the server, whatever its stream (plain or TLS).
class SessionBase
{
public:
    virtual ~SessionBase() = default;
    /// The server is stopping: close now if idle, else after the answer in flight.
    virtual void drain() = 0;
    /// Closes the connection now, whatever it is doing (shutting down after the drain).
    virtual void abort() = 0;
};

/// The listener and the request pipeline on one I/O thread (the caller's io_context.run()):
/// accepts connections up to the limit, authenticates each request from memory, answers bad
/// input at once and hands database work to the pool, whose answers come back to this thread.
/// Nothing here blocks.
class HttpServer
{
public:
    HttpServer(boost::asio::io_context &io, const ServerOptions &options, Router router, WorkerPool &pool,
               TokenCache &tokens);
    ~HttpServer();

    /// Binds and listens; returns the address really bound (port 0 picks one). Loads the TLS
    /// certificate first when configured. A sentence for the operator on failure.
    std::expected<boost::asio::ip::tcp::endpoint, QString> listen();
    /// Accepts connections and stops cleanly on SIGTERM or SIGINT; `stopped` runs on the I/O
    /// thread once the last connection has closed (or the drain deadline has passed).
    void start(std::function<void()> stopped);

    // For the sessions (I/O thread):
    struct Outcome
    {
        QString route; ///< the matched pattern, or "unmatched"
        QString who; ///< token name for the log, "-" if none
    };
    using Respond = std::function<void(Answer, const Outcome &)>;
    void dispatch(Request request, Respond respond);
    /// After the I/O loop stopped: closes every connection still open, so that running the loop
    /// once more lets their sessions end while this object still exists.
    void closeAll();
    void logExchange(const Request &request, int status, std::chrono::nanoseconds duration, const Outcome &outcome);
    void sessionClosed(quint64 id);
    bool isDraining() const { return m_draining; }
    /// Every route served, the API's and the service ones (health, readiness, metrics, OpenAPI).
    const QList<Route> &routes() const { return m_router.routes(); }
    const ServerOptions &options() const { return m_options; }

private:
    void accept();
    void onAccepted(boost::asio::ip::tcp::socket socket);
    void drain();
    void finishIfDrained();
    void authenticate(Request request, const Route *route, Outcome outcome, Respond respond);
    void handle(Request request, const Route *route, Outcome outcome, Respond respond);
    void addServiceRoutes();
    Answer metricsAnswer() const;

    boost::asio::io_context &m_io;
    ServerOptions m_options;
    Router m_router;
    WorkerPool &m_pool;
    TokenCache &m_tokens;
    Metrics m_metrics;
    ReservationCombiner m_combiner;
    boost::asio::ip::tcp::acceptor m_acceptor;
    std::optional<boost::asio::ssl::context> m_tls;
    boost::asio::signal_set m_signals;
    boost::asio::steady_timer m_drainDeadline;
    std::unordered_map<quint64, std::weak_ptr<SessionBase>> m_sessions;
    quint64 m_nextSessionId = 1;
    bool m_draining = false;
    std::function<void()> m_stopped;
};

} // namespace server
