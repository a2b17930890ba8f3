#include "tokencache.h"

#include "apitokens.h"
#include "connection.h"
#include <cstdio>

#include <boost/asio/post.hpp>

namespace server {

static constexpr size_t maximumWaiting = 1024;

static inventory::Result<QHash<QByteArray, Identity>> loadTokens()
{
    auto active = inventory::activeApiTokens();
    if (!active)
        return std::unexpected(active.error());
    QHash<QByteArray, Identity> tokens;
    for (const inventory::ActiveToken &token : *active)
        tokens.insert(token.sha256, Identity { token.name, token.role });
    return tokens;
}

TokenCache::TokenCache(boost::asio::any_io_executor io, std::chrono::milliseconds interval,
                       std::chrono::milliseconds minimumGap)
    : m_io(std::move(io)), m_interval(interval), m_minimumGap(minimumGap)
{
}

TokenCache::~TokenCache()
{
    stop();
}

inventory::Result<int> TokenCache::start()
{
    auto tokens = loadTokens();
    inventory::Connection::closeCurrent();
    if (!tokens)
        return std::unexpected(tokens.error());
    const int count = int(tokens->size());
    m_tokens = std::move(*tokens);
    m_thread = std::thread([this] { run(); });
    return count;
}

void TokenCache::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::optional<Identity> TokenCache::find(QByteArrayView secret) const
{
    const auto found = m_tokens.constFind(inventory::apiTokenDigest(secret));
    if (found == m_tokens.cend())
        return std::nullopt;
    return *found;
}

bool TokenCache::afterReload(std::function<void()> then)
{
    if (m_waiting.size() >= maximumWaiting)
        return false;
    m_waiting.push_back(std::move(then));
    {
        std::lock_guard lock(m_mutex);
        m_reloadWanted = true;
    }
    m_wake.notify_one();
    return true;
}

void TokenCache::apply(QHash<QByteArray, Identity> tokens)
{
    m_tokens = std::move(tokens);
}

void TokenCache::run()
{
    auto lastLoad = std::chrono::steady_clock::now();
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_until(lock, lastLoad + m_interval, [this] { return m_stopping || m_reloadWanted; });
            if (m_stopping)
                break;
            // An unknown token asks for a reload; many of them (a client retrying a wrong one)
            // cost at most one query per gap.
            const auto earliest = lastLoad + m_minimumGap;
            if (std::chrono::steady_clock::now() < earliest)
                m_wake.wait_until(lock, earliest, [this] { return m_stopping; });
            if (m_stopping)
                break;
            m_reloadWanted = false;
        }
        auto tokens = loadTokens();
        lastLoad = std::chrono::steady_clock::now();
        if (!tokens)
            std::fprintf(stderr, "inventory-server: reloading the API tokens failed: %s\n", qPrintable(tokens.error().message));
        boost::asio::post(m_io, [this, tokens = std::move(tokens)]() mutable {
            if (tokens)
                apply(std::move(*tokens));
            std::vector<std::function<void()>> waiting;
            waiting.swap(m_waiting);
            for (auto &then : waiting)
                then();
        });
    }
    inventory::Connection::closeCurrent();
}

} // namespace server
