#pragma once

#include "httptypes.h"

#include <boost/asio/any_io_executor.hpp>

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace server {

/// The active bearer tokens, by the SHA-256 of their secret, held in memory so a request costs
/// no round trip to check. A thread of its own (with its own connection) reloads them every
/// `interval`, and at once when a request brings a token it does not know (a token made a
/// moment ago), at most once per `minimumGap`: a revoked token stops working within `interval`.
class TokenCache
{
public:
    TokenCache(boost::asio::any_io_executor io, std::chrono::milliseconds interval = std::chrono::seconds(2),
               std::chrono::milliseconds minimumGap = std::chrono::milliseconds(250));
    ~TokenCache();
    TokenCache(const TokenCache &) = delete;
    TokenCache &operator=(const TokenCache &) = delete;

    /// Loads once on the calling thread (before serving) and starts the reloading thread.
    inventory::Result<int> start();
    void stop();

    // I/O thread only:
    /// The identity of a bearer secret, if it is an active token.
    std::optional<Identity> find(QByteArrayView secret) const;
    /// Asks for a reload now; `then` runs on the I/O thread once the tokens are fresh (or the
    /// reload failed). Returns false, without calling `then`, when too many are waiting.
    bool afterReload(std::function<void()> then);

private:
    void run();
    void apply(QHash<QByteArray, Identity> tokens);

    boost::asio::any_io_executor m_io;
    const std::chrono::milliseconds m_interval;
    const std::chrono::milliseconds m_minimumGap;
    QHash<QByteArray, Identity> m_tokens; // I/O thread
    std::vector<std::function<void()>> m_waiting; // I/O thread

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_reloadWanted = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace server
