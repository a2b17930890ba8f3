#include "httpclient.h"

#include <QString>
#include <QUrl>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <charconv>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace loadtest {

namespace {

constexpr std::uint64_t bodyLimit = 16 * 1024 * 1024;
constexpr std::uint32_t headerLimit = 64 * 1024;

qint64 nanosSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start)
        .count();
}

} // namespace

std::expected<Target, QString> makeTarget(const QString &url, const QString &token)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("http") || parsed.host().isEmpty())
        return std::unexpected(QStringLiteral("'%1' is not an http://host:port URL.").arg(url));
    const int port = parsed.port(80);
    asio::io_context io;
    tcp::resolver resolver(io);
    boost::system::error_code ec;
    const auto results = resolver.resolve(parsed.host().toStdString(), std::to_string(port), ec);
    if (ec || results.empty())
        return std::unexpected(QStringLiteral("Cannot resolve %1: %2")
                                   .arg(parsed.host(), QString::fromStdString(ec.message())));
    Target target;
    target.endpoint = results.begin()->endpoint();
    target.hostHeader = QStringLiteral("%1:%2").arg(parsed.host()).arg(port).toStdString();
    if (!token.isEmpty())
        target.authorization = "Bearer " + token.toStdString();
    return target;
}

HttpConnection::HttpConnection(asio::any_io_executor executor, const Target &target)
    : m_target(target), m_stream(std::move(executor))
{
}

void HttpConnection::close()
{
    boost::system::error_code ignored;
    m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    m_stream.socket().close(ignored);
    m_buffer.clear();
    m_open = false;
}

asio::awaitable<HttpAnswer> HttpConnection::send(http::verb method, std::string target, std::string body)
{
    HttpAnswer answer;
    const auto start = std::chrono::steady_clock::now();
    boost::system::error_code ec;
    auto fail = [&](const char *step) {
        answer.error = std::string(step) + ": " + ec.message();
        answer.nanos = nanosSince(start);
        close();
    };
    m_stream.expires_after(m_target.timeout);
    if (!m_open) {
        co_await m_stream.async_connect(m_target.endpoint, asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            fail("connect");
            co_return answer;
        }
        m_stream.socket().set_option(tcp::no_delay(true), ec);
        m_open = true;
        ++m_connects;
    }

    http::request<http::string_body> request { method, target, 11 };
    request.set(http::field::host, m_target.hostHeader);
    request.set(http::field::user_agent, "inventory-loadtest");
    if (!m_target.authorization.empty())
        request.set(http::field::authorization, m_target.authorization);
    if (!body.empty()) {
        request.set(http::field::content_type, "application/json");
        request.body() = std::move(body);
    }
    request.keep_alive(true);
    request.prepare_payload();
    co_await http::async_write(m_stream, request, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) {
        fail("write");
        co_return answer;
    }

    http::response_parser<http::string_body> parser;
    parser.body_limit(bodyLimit);
    parser.header_limit(headerLimit);
    co_await http::async_read(m_stream, m_buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) {
        fail("read");
        co_return answer;
    }
    answer.nanos = nanosSince(start);
    http::response<http::string_body> response = parser.release();
    answer.status = int(response.result_int());
    answer.body = std::move(response.body());
    if (!response.keep_alive())
        close();
    co_return answer;
}

HttpAnswer fetchOnce(const Target &target, const std::string &path)
{
    asio::io_context io(1);
    HttpAnswer answer;
    asio::co_spawn(
        io,
        [&]() -> asio::awaitable<void> {
            HttpConnection connection(io.get_executor(), target);
            answer = co_await connection.send(http::verb::get, path);
            connection.close();
        },
        asio::detached);
    io.run();
    return answer;
}

Outcome classify(const HttpAnswer &answer, std::string_view requiredField)
{
    if (answer.status == 0)
        return Outcome::Transport;
    if (answer.status >= 200 && answer.status < 300)
        return answer.body.find(requiredField) == std::string::npos ? Outcome::BadBody : Outcome::Ok;
    if (answer.status == 409 && answer.body.find("\"insufficient_stock\"") != std::string::npos)
        return Outcome::InsufficientStock;
    if (answer.status == 503)
        return Outcome::Overloaded;
    return Outcome::HttpError;
}

QString describe(const HttpAnswer &answer)
{
    if (answer.status == 0)
        return QString::fromStdString(answer.error);
    return QStringLiteral("HTTP %1 %2")
        .arg(answer.status)
        .arg(QString::fromUtf8(answer.body.data(), qsizetype(std::min<size_t>(answer.body.size(), 300))));
}

std::optional<qint64> jsonInteger(std::string_view body, std::string_view key)
{
    std::string quoted;
    quoted.reserve(key.size() + 2);
    quoted.append(1, '"').append(key).append(1, '"');
    size_t at = body.find(quoted);
    if (at == std::string_view::npos)
        return std::nullopt;
    at += quoted.size();
    while (at < body.size() && (body[at] == ' ' || body[at] == ':' || body[at] == '\t' || body[at] == '\n'))
        ++at;
    qint64 value = 0;
    const auto [end, error] = std::from_chars(body.data() + at, body.data() + body.size(), value);
    if (error != std::errc() || end == body.data() + at)
        return std::nullopt;
    return value;
}

std::string topItemsPath(const QString &category)
{
    return "/api/items/category/" + QUrl::toPercentEncoding(category).toStdString() + "/top";
}

} // namespace loadtest
