#include "httpclient.h"

#include <QDeadlineTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace inventory::test {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpConnection::~HttpConnection()
{
    close();
}

bool HttpConnection::connectTo(quint16 port)
{
    close();
    m_socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_socket < 0)
        return false;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        close();
        return false;
    }
    const int one = 1;
    ::setsockopt(m_socket, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return true;
}

void HttpConnection::close()
{
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
    m_buffer.clear();
}

bool HttpConnection::sendRaw(QByteArrayView bytes)
{
    qsizetype sent = 0;
    while (m_socket >= 0 && sent < bytes.size()) {
        const ssize_t n = ::send(m_socket, bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        sent += n;
    }
    return m_socket >= 0;
}

/// Reads what is there (waiting up to `timeoutMs` for something); false on close or timeout.
bool HttpConnection::fill(int timeoutMs)
{
    if (m_socket < 0)
        return false;
    pollfd descriptor { m_socket, POLLIN, 0 };
    const int ready = ::poll(&descriptor, 1, timeoutMs);
    if (ready <= 0)
        return false;
    char chunk[16384];
    const ssize_t n = ::recv(m_socket, chunk, sizeof chunk, 0);
    if (n <= 0)
        return false;
    m_buffer.append(chunk, n);
    return true;
}

std::optional<HttpResponse> HttpConnection::readResponse(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype headerEnd = -1;
    while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill(int(std::max<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
    HttpResponse response;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    response.status = statusLine.value(1).toInt();
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        response.headers.append({ name, value });
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    const qsizetype bodyStart = headerEnd + 4;
    while (m_buffer.size() < bodyStart + length) {
        if (!fill(int(std::max<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
    response.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    return response;
}

std::optional<HttpResponse> HttpConnection::request(const QByteArray &method, const QByteArray &target,
                                                    const QByteArray &body,
                                                    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray message = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        message += name + ": " + value + "\r\n";
        hasContentType |= name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        message += "Content-Type: application/json\r\n";
    if (!body.isEmpty() || method == "POST")
        message += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    message += "\r\n" + body;
    if (!sendRaw(message))
        return std::nullopt;
    return readResponse();
}

bool HttpConnection::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_socket < 0)
            return true;
        pollfd descriptor { m_socket, POLLIN, 0 };
        if (::poll(&descriptor, 1, int(std::max<qint64>(1, deadline.remainingTime()))) <= 0)
            return false;
        char chunk[4096];
        const ssize_t n = ::recv(m_socket, chunk, sizeof chunk, 0);
        if (n <= 0)
            return true;
        m_buffer.append(chunk, n);
    }
    return false;
}

std::optional<HttpResponse> httpRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                                        const QByteArray &body,
                                        const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    HttpConnection connection;
    if (!connection.connectTo(port))
        return std::nullopt;
    return connection.request(method, target, body, headers);
}

} // namespace inventory::test
