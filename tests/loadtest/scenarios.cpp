// The HTTP scenarios: every virtual user is one coroutine with its own keep-alive connection,
// all on the calling thread's io_context, so a thousand users cost a thousand small coroutine
// frames and sockets, not a thousand threads.

#include "scenarios.h"

#include "httpclient.h"

#include <QJsonObject>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http/verb.hpp>
#include <memory>
#include <thread>

namespace asio = boost::asio;
namespace http = boost::beast::http;
using Clock = std::chrono::steady_clock;

namespace loadtest {

namespace {

Clock::duration seconds(double s)
{
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
}

asio::awaitable<void> sleepFor(Clock::duration duration)
{
    asio::steady_timer timer(co_await asio::this_coro::executor);
    timer.expires_after(duration);
    boost::system::error_code ignored;
    co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ignored));
}

// A coroutine that throws would end its user silently (co_spawn's detached completion drops
// the exception); count it instead.
template<typename Body> asio::awaitable<void> guarded(Body body, QString &firstFailure)
{
    try {
        co_await body();
    } catch (const std::exception &e) {
        if (firstFailure.isEmpty())
            firstFailure = QString::fromLocal8Bit(e.what());
    }
}

std::string reserveBody(qint64 itemId)
{
    return "{\"itemId\":" + std::to_string(itemId) + ",\"quantity\":1}";
}

// ----- the original load test ---------------------------------------------------------------

class OriginalRun
{
public:
    OriginalRun(asio::io_context &io, const Target &target, const Catalogue &catalogue,
                const OriginalOptions &options, const ResidentKb &residentKb)
        : m_io(io), m_target(target), m_catalogue(catalogue), m_options(options), m_residentKb(residentKb)
    {
        for (int e = 0; e < EndpointCount; ++e) {
            m_result.hold[e].setName(endpointName(e));
            m_result.ramp[e].setName(endpointName(e));
        }
        m_result.holdAll.setName(QStringLiteral("all"));
        m_result.rampAll.setName(QStringLiteral("all (ramp)"));
    }

    OriginalResult run()
    {
        m_start = Clock::now() + std::chrono::milliseconds(100);
        m_holdStart = m_start + seconds(m_options.rampSeconds);
        m_end = m_holdStart + seconds(m_options.holdSeconds);
        m_timeline.resize(size_t(m_options.rampSeconds + m_options.holdSeconds) + 2);
        for (int u = 0; u < m_options.users; ++u)
            asio::co_spawn(m_io, guarded([this, u] { return user(u); }, m_failure), asio::detached);
        asio::co_spawn(m_io, guarded([this] { return sampler(); }, m_failure), asio::detached);
        m_io.run();

        const double rampSeconds = std::chrono::duration<double>(m_holdStart - m_start).count();
        const double holdSeconds = std::chrono::duration<double>(m_end - m_holdStart).count();
        for (int e = 0; e < EndpointCount; ++e) {
            m_result.hold[e].setSeconds(holdSeconds);
            m_result.ramp[e].setSeconds(rampSeconds);
            m_result.holdAll.merge(m_result.hold[e]);
            m_result.rampAll.merge(m_result.ramp[e]);
            m_result.hold[e].finish();
            m_result.ramp[e].finish();
        }
        m_result.holdAll.setSeconds(holdSeconds);
        m_result.rampAll.setSeconds(rampSeconds);
        m_result.holdAll.finish();
        m_result.rampAll.finish();
        if (!m_failure.isEmpty()) // not expected; shown so that it cannot go unnoticed
            m_result.holdAll.add(Outcome::Transport, 0, 0, QStringLiteral("a virtual user failed: ") + m_failure);
        for (size_t t = 0; t < m_timeline.size(); ++t) {
            const Second &s = m_timeline[t];
            if (s.requests == 0 && s.users == 0)
                continue;
            m_result.timeline.append(QJsonObject { { QStringLiteral("t"), qint64(t) },
                                                   { QStringLiteral("users"), s.users },
                                                   { QStringLiteral("requests"), s.requests },
                                                   { QStringLiteral("errors"), s.errors } });
        }
        return std::move(m_result);
    }

private:
    struct Second
    {
        int users = 0;
        qint64 requests = 0;
        qint64 errors = 0;
    };

    asio::awaitable<void> user(int index)
    {
        asio::steady_timer timer(co_await asio::this_coro::executor);
        timer.expires_at(m_start + seconds(m_options.rampSeconds * index / m_options.users));
        boost::system::error_code ignored;
        co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ignored));

        HttpConnection connection(m_io.get_executor(), m_target);
        std::mt19937_64 random(m_options.seed * 1000003u + quint64(index));
        std::uniform_int_distribution<size_t> anyItem(0, m_catalogue.itemIds.size() - 1);
        std::uniform_int_distribution<size_t> anyCategory(0, m_catalogue.topPaths.size() - 1);
        std::bernoulli_distribution confirming(m_options.confirmFraction);
        m_result.peakUsers = std::max(m_result.peakUsers, ++m_users);

        while (Clock::now() < m_end) {
            co_await call(connection, TopItems, http::verb::get, m_catalogue.topPaths[anyCategory(random)], {},
                          "\"totalItemsInCategory\"");
            const qint64 itemId = m_catalogue.itemIds[anyItem(random)];
            co_await call(connection, ItemById, http::verb::get, "/api/items/" + std::to_string(itemId), {},
                          "\"id\"");
            const HttpAnswer reserved = co_await call(connection, Reserve, http::verb::post,
                                                      "/api/items/block/temporary", reserveBody(itemId),
                                                      "\"blockId\"");
            const std::optional<qint64> blockId =
                reserved.status == 201 || reserved.status == 200 ? jsonInteger(reserved.body, "blockId")
                                                                 : std::nullopt;
            if (blockId && confirming(random)) {
                co_await call(connection, Confirm, http::verb::post, "/api/items/block/permanent",
                              "{\"blockId\":" + std::to_string(*blockId) + "}", "{");
            }
            ++m_result.iterations;
            timer.expires_after(seconds(m_options.thinkSeconds));
            co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ignored));
        }
        --m_users;
        m_result.connects += connection.connects();
        connection.close();
    }

    asio::awaitable<HttpAnswer> call(HttpConnection &connection, int endpoint, http::verb method,
                                     std::string path, std::string body, std::string_view required)
    {
        const Clock::time_point started = Clock::now();
        m_result.peakInFlight = std::max(m_result.peakInFlight, ++m_inFlight);
        HttpAnswer answer = co_await connection.send(method, std::move(path), std::move(body));
        --m_inFlight;
        const Outcome outcome = classify(answer, required);
        const bool isError = outcome != Outcome::Ok && outcome != Outcome::InsufficientStock;
        EndpointStats &stats = started < m_holdStart ? m_result.ramp[endpoint] : m_result.hold[endpoint];
        stats.add(outcome, answer.nanos, answer.status, isError ? describe(answer) : QString());
        const size_t second = size_t(std::max<qint64>(
            0, std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - m_start).count()));
        if (second < m_timeline.size()) {
            ++m_timeline[second].requests;
            m_timeline[second].errors += isError ? 1 : 0;
        }
        co_return answer;
    }

    // The server's memory every 250 ms while every user runs; users running, once a second.
    asio::awaitable<void> sampler()
    {
        while (Clock::now() < m_end) {
            const Clock::time_point now = Clock::now();
            if (now >= m_holdStart && m_residentKb)
                m_result.peakRssKb = std::max(m_result.peakRssKb, m_residentKb());
            const qint64 second = std::chrono::duration_cast<std::chrono::seconds>(now - m_start).count();
            if (second >= 0 && size_t(second) < m_timeline.size())
                m_timeline[size_t(second)].users = std::max(m_timeline[size_t(second)].users, m_users);
            co_await sleepFor(std::chrono::milliseconds(250));
        }
    }

    asio::io_context &m_io;
    const Target &m_target;
    const Catalogue &m_catalogue;
    const OriginalOptions &m_options;
    const ResidentKb &m_residentKb;
    Clock::time_point m_start, m_holdStart, m_end;
    OriginalResult m_result;
    std::vector<Second> m_timeline;
    int m_users = 0;
    int m_inFlight = 0;
    QString m_failure;
};

} // namespace

QString endpointName(int endpoint)
{
    switch (endpoint) {
    case TopItems:
        return QStringLiteral("GET /api/items/category/:category/top");
    case ItemById:
        return QStringLiteral("GET /api/items/:id");
    case Reserve:
        return QStringLiteral("POST /api/items/block/temporary");
    case Confirm:
        return QStringLiteral("POST /api/items/block/permanent");
    }
    return {};
}

OriginalResult runOriginal(const Target &target, const Catalogue &catalogue, const OriginalOptions &options,
                           const ResidentKb &residentKb)
{
    asio::io_context io(1);
    OriginalRun run(io, target, catalogue, options, residentKb);
    return run.run();
}

// ----- idle connections -------------------------------------------------------------------------

IdleResult runIdleConnections(const Target &target, const Catalogue &catalogue, int connections,
                              double pauseSeconds, const ResidentKb &residentKb)
{
    IdleResult result;
    result.wanted = connections;
    result.pauseSeconds = pauseSeconds;
    result.first.setName(QStringLiteral("first request on each"));
    result.again.setName(QStringLiteral("again after the pause"));
    result.rssBeforeKb = residentKb ? residentKb() : 0;

    asio::io_context io(1);
    std::vector<std::unique_ptr<HttpConnection>> open;
    for (int i = 0; i < connections; ++i)
        open.push_back(std::make_unique<HttpConnection>(io.get_executor(), target));
    QString failure;
    constexpr int parallel = 50; // well under any listen backlog
    const auto pass = [&](EndpointStats &stats, int &answered) {
        int next = 0;
        const Clock::time_point start = Clock::now();
        for (int p = 0; p < parallel; ++p) {
            asio::co_spawn(io,
                           guarded(
                               [&]() -> asio::awaitable<void> {
                                   while (next < connections) {
                                       const int i = next++;
                                       const qint64 id = catalogue.itemIds[size_t(i) % catalogue.itemIds.size()];
                                       HttpAnswer a = co_await open[size_t(i)]->send(
                                           http::verb::get, "/api/items/" + std::to_string(id));
                                       const Outcome outcome = classify(a, "\"id\"");
                                       stats.add(outcome, a.nanos, a.status,
                                                 outcome == Outcome::Ok ? QString() : describe(a));
                                       // Counted only when the same TCP connection answered.
                                       if (outcome == Outcome::Ok && open[size_t(i)]->isOpen()
                                           && open[size_t(i)]->connects() == 1)
                                           ++answered;
                                   }
                               },
                               failure),
                           asio::detached);
        }
        io.run();
        io.restart();
        stats.setSeconds(std::chrono::duration<double>(Clock::now() - start).count());
        stats.finish();
    };
    pass(result.first, result.opened);
    std::this_thread::sleep_for(seconds(pauseSeconds));
    result.rssOpenKb = residentKb ? residentKb() : 0;
    pass(result.again, result.keptAlive);
    if (!failure.isEmpty())
        result.again.add(Outcome::Transport, 0, 0, failure);
    open.clear();
    std::this_thread::sleep_for(std::chrono::seconds(1));
    result.rssAfterCloseKb = residentKb ? residentKb() : 0;
    return result;
}

// ----- closed loops -----------------------------------------------------------------------------

EndpointStats runHttpReserves(const Target &target, int connections, double phaseSeconds,
                              const ItemPicker &pick, quint64 seed)
{
    asio::io_context io(1);
    EndpointStats stats(QStringLiteral("reserve over HTTP"));
    QString failure;
    const Clock::time_point start = Clock::now();
    const Clock::time_point deadline = start + seconds(phaseSeconds);
    for (int c = 0; c < connections; ++c) {
        asio::co_spawn(io,
                       guarded(
                           [&, c]() -> asio::awaitable<void> {
                               HttpConnection connection(io.get_executor(), target);
                               std::mt19937_64 random(seed * 7919u + quint64(c));
                               while (Clock::now() < deadline) {
                                   HttpAnswer a = co_await connection.send(
                                       http::verb::post, "/api/items/block/temporary", reserveBody(pick(random)));
                                   const Outcome outcome = classify(a, "\"blockId\"");
                                   const bool ok = outcome == Outcome::Ok || outcome == Outcome::InsufficientStock;
                                   stats.add(outcome, a.nanos, a.status, ok ? QString() : describe(a));
                                   // A failing server is not hammered in a tight loop.
                                   if (!ok)
                                       co_await sleepFor(std::chrono::milliseconds(10));
                               }
                           },
                           failure),
                       asio::detached);
    }
    io.run();
    stats.setSeconds(std::chrono::duration<double>(Clock::now() - start).count());
    if (!failure.isEmpty())
        stats.add(Outcome::Transport, 0, 0, failure);
    stats.finish();
    return stats;
}

} // namespace loadtest
