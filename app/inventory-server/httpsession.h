#pragma once

#include "httpserver.h"

#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <type_traits>

namespace server {

namespace beast = boost::beast;
namespace http = boost::beast::http;

/// One client connection, plain or TLS, after Beast's advanced server example: the session is
/// owned by the shared_ptr each pending operation holds, so an answer that comes back after the
/// client left finds the session still alive and is simply not delivered.
///
/// A connection waits for a request's first byte under the idle timeout; from there the whole
/// request must arrive within the read timeout (a client sending a byte a second is cut off),
/// under the header and body limits. Requests on one connection are answered in order, one at
/// a time.
template<class Stream>
class HttpSession final : public SessionBase, public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    static constexpr bool isTls = !std::is_same_v<Stream, beast::tcp_stream>;

    template<typename... StreamArguments>
    HttpSession(HttpServer &server, quint64 id, StreamArguments &&...arguments)
        : m_server(server), m_id(id), m_stream(std::forward<StreamArguments>(arguments)...)
    {
    }

    ~HttpSession() override { m_server.sessionClosed(m_id); }

    void start()
    {
        if constexpr (isTls) {
            tcp().expires_after(m_server.options().readTimeout);
            m_stream.async_handshake(boost::asio::ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code error) {
                                         if (error)
                                             return self->close(false);
                                         self->awaitRequest();
                                     });
        } else {
            awaitRequest();
        }
    }

    void drain() override
    {
        if (m_state == State::Idle)
            tcp().cancel(); // the pending read ends with operation_aborted: closed below
    }

    void abort() override
    {
        m_state = State::Closed;
        tcp().close();
    }

private:
    enum class State { Idle, Reading, Working, Writing, Closed };

    beast::tcp_stream &tcp() { return beast::get_lowest_layer(m_stream); }

    void awaitRequest()
    {
        if (m_server.isDraining())
            return close(true);
        if (m_buffer.size() > 0)
            return readRequest(); // pipelined: the next request is here already
        m_state = State::Idle;
        tcp().expires_after(m_server.options().idleTimeout);
        m_stream.async_read_some(m_buffer.prepare(4096),
                                 [self = this->shared_from_this()](beast::error_code error, std::size_t bytes) {
                                     if (error)
                                         return self->close(error != boost::asio::error::operation_aborted);
                                     self->m_buffer.commit(bytes);
                                     self->readRequest();
                                 });
    }

    void readRequest()
    {
        m_state = State::Reading;
        m_started = std::chrono::steady_clock::now();
        m_parser.emplace();
        m_parser->header_limit(std::uint32_t(m_server.options().headerLimit));
        m_parser->body_limit(m_server.options().bodyLimit);
        tcp().expires_after(m_server.options().readTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                             self->onRead(error);
                         });
    }

    void onRead(beast::error_code error)
    {
        if (error == http::error::end_of_stream || error == boost::asio::error::operation_aborted
            || error == boost::asio::error::connection_reset || error == boost::asio::error::eof)
            return close(false);
        if (error) {
            m_keepAlive = false;
            m_request = Request { "-", "-" };
            if (error == beast::error::timeout)
                return refuseRaw(408, "request_timeout",
                                 QStringLiteral("The request did not arrive within %1 seconds.")
                                     .arg(m_server.options().readTimeout.count()));
            if (error == http::error::header_limit)
                return refuseRaw(431, "headers_too_large",
                                 QStringLiteral("The request's headers exceed %1 bytes.")
                                     .arg(m_server.options().headerLimit));
            if (error == http::error::body_limit)
                return refuseRaw(413, "body_too_large",
                                 QStringLiteral("The request's body exceeds %1 bytes.")
                                     .arg(m_server.options().bodyLimit));
            if (error.category() == http::make_error_code(http::error::bad_target).category())
                return refuseRaw(400, "malformed_request",
                                 QStringLiteral("The request is not valid HTTP/1.1: %1.")
                                     .arg(QString::fromStdString(error.message())));
            return close(false); // the connection itself failed
        }
        tcp().expires_never(); // waiting for the database is not the client's slowness
        const auto &message = m_parser->get();
        m_keepAlive = message.keep_alive();
        Request request;
        request.method = QByteArray(message.method_string().data(), qsizetype(message.method_string().size()));
        request.target = QByteArray(message.target().data(), qsizetype(message.target().size()));
        auto header = [&message](http::field field) {
            const auto value = message[field];
            return QByteArray(value.data(), qsizetype(value.size()));
        };
        request.contentType = header(http::field::content_type);
        request.authorization = header(http::field::authorization);
        const auto key = message["Idempotency-Key"];
        request.idempotencyKey = QString::fromUtf8(key.data(), qsizetype(key.size()));
        request.body = QByteArray::fromStdString(m_parser->release().body());
        m_request = Request { request.method, request.target };
        m_state = State::Working;
        m_server.dispatch(std::move(request),
                          [self = this->shared_from_this()](Answer answer, const HttpServer::Outcome &outcome) {
                              self->write(std::move(answer), outcome);
                          });
    }

    /// An answer to a request that could not be read whole; the connection closes after it.
    void refuseRaw(int status, const char *code, const QString &message)
    {
        write(refusal(status, QString::fromLatin1(code), message), { QStringLiteral("unreadable"), QStringLiteral("-") });
    }

    void write(Answer answer, const HttpServer::Outcome &outcome)
    {
        if (m_state == State::Closed)
            return;
        m_state = State::Writing;
        m_outcome = outcome;
        m_status = answer.status;
        m_response = {};
        m_response.version(11);
        m_response.result(static_cast<http::status>(answer.status));
        m_response.set(http::field::server, "inventory-server");
        m_response.set(http::field::content_type,
                       beast::string_view(answer.contentType.constData(), std::size_t(answer.contentType.size())));
        for (const auto &[name, value] : answer.headers) {
            m_response.set(beast::string_view(name.constData(), std::size_t(name.size())),
                           beast::string_view(value.constData(), std::size_t(value.size())));
        }
        m_response.body().assign(answer.body.constData(), std::size_t(answer.body.size()));
        m_response.keep_alive(m_keepAlive && !m_server.isDraining());
        m_response.prepare_payload();
        tcp().expires_after(m_server.options().readTimeout);
        http::async_write(m_stream, m_response,
                          [self = this->shared_from_this()](beast::error_code error, std::size_t) {
                              self->onWritten(error);
                          });
    }

    void onWritten(beast::error_code error)
    {
        m_server.logExchange(m_request, m_status, std::chrono::steady_clock::now() - m_started, m_outcome);
        if (error || !m_response.keep_alive())
            return close(!error);
        awaitRequest();
    }

    void close(bool graceful)
    {
        if (m_state == State::Closed)
            return;
        m_state = State::Closed;
        if constexpr (isTls) {
            if (graceful) {
                tcp().expires_after(std::chrono::seconds(2));
                m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) {
                    beast::error_code ignored;
                    self->tcp().socket().close(ignored);
                });
                return;
            }
        }
        beast::error_code ignored;
        tcp().socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
        tcp().socket().close(ignored);
    }

    HttpServer &m_server;
    const quint64 m_id;
    Stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    http::response<http::string_body> m_response;
    State m_state = State::Idle;
    bool m_keepAlive = true;
    Request m_request; // method and target, for the access log
    HttpServer::Outcome m_outcome;
    int m_status = 0;
    std::chrono::steady_clock::time_point m_started;
};

} // namespace server
