#pragma once

// Boost 1.74's asio/awaitable.hpp uses std::exchange without including <utility>.
#include <utility>

#include "stats.h"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/verb.hpp>
#include <chrono>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

class QString;

namespace loadtest {

/// Where the requests go and how they authenticate.
struct Target
{
    std::string hostHeader; ///< "127.0.0.1:8080"
    boost::asio::ip::tcp::endpoint endpoint;
    std::string authorization; ///< "Bearer …", empty when the server runs with --anonymous-role
    std::chrono::milliseconds timeout { 30000 }; ///< per request: connect, write and read together
};

/// Resolves `url` ("http://host:port") once, so that no request pays for a lookup.
std::expected<Target, QString> makeTarget(const QString &url, const QString &token);

/// What came back for one request.
struct HttpAnswer
{
    int status = 0; ///< 0: no HTTP answer (see `error`)
    std::string body;
    std::string error; ///< the transport failure, when status is 0
    qint64 nanos = 0; ///< from sending (connecting first when needed) to the answer's last byte
};

/// One keep-alive HTTP/1.1 connection of one virtual user: requests go one after another,
/// opened on first use and again after the server closed it or a request failed. Not
/// thread-safe: it lives in one coroutine on the io_context's thread.
class HttpConnection
{
public:
    HttpConnection(boost::asio::any_io_executor executor, const Target &target);

    boost::asio::awaitable<HttpAnswer> send(boost::beast::http::verb method, std::string target,
                                            std::string body = {});
    void close();
    bool isOpen() const { return m_open; }
    /// TCP connections made so far (1 for a connection kept alive throughout).
    qint64 connects() const { return m_connects; }

private:
    const Target &m_target;
    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    bool m_open = false;
    qint64 m_connects = 0;
};

/// One GET on a connection of its own, waited for (a probe, /metrics).
HttpAnswer fetchOnce(const Target &target, const std::string &path);

/// Sorts an answer into the outcomes we count. A 2xx must contain `requiredField` (a quoted key
/// such as "\"blockId\""), else it is a bad body: a fast wrong answer is no success.
Outcome classify(const HttpAnswer &answer, std::string_view requiredField);
/// The status and the start of the body, or the transport error, for the first-error note.
QString describe(const HttpAnswer &answer);

/// The integer value of `"key": 123` in a flat JSON object; a plain scan, no parse (the answers
/// are the server's own, and parsing each with a JSON library would cost the load generator
/// more than the server).
std::optional<qint64> jsonInteger(std::string_view body, std::string_view key);

/// "/api/items/category/Home%20%26%20Garden/top"
std::string topItemsPath(const QString &category);

} // namespace loadtest
