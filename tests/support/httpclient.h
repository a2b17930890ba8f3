#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>

#include <optional>
#include <utility>

namespace inventory::test {

/// An HTTP/1.1 answer as it came off the wire.
struct HttpResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// The first header of that name, case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

/// A blocking HTTP/1.1 client over a plain loopback socket, for tests that need the raw bytes:
/// malformed requests, thousands of headers, a byte a second, a client that vanishes. Answers
/// must carry Content-Length (inventory-server's always do).
class HttpConnection
{
public:
    HttpConnection() = default;
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    bool connectTo(quint16 port);
    bool isOpen() const { return m_socket >= 0; }
    bool sendRaw(QByteArrayView bytes);
    /// The next answer, or nothing when the connection closed or `timeoutMs` passed first.
    std::optional<HttpResponse> readResponse(int timeoutMs = 15000);
    /// Sends a request (Host, Content-Length, keep-alive) and reads its answer.
    std::optional<HttpResponse> request(const QByteArray &method, const QByteArray &target,
                                        const QByteArray &body = {},
                                        const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    /// True when the server closes the connection within `timeoutMs` (reading what comes first).
    bool waitForClose(int timeoutMs);
    void close();

private:
    bool fill(int timeoutMs);
    int m_socket = -1;
    QByteArray m_buffer;
};

/// One request on a connection of its own.
std::optional<HttpResponse> httpRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                                        const QByteArray &body = {},
                                        const QList<std::pair<QByteArray, QByteArray>> &headers = {});

} // namespace inventory::test
