#include "httpserver.h"

#include "answers.h"
#include "connection.h"
#include "httpsession.h"
#include "tokencache.h"
#include "workerpool.h"

#include <boost/asio/post.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace server {

static QString tr(const char *text)
{
    return QCoreApplication::translate("inventory-server", text);
}

HttpServer::HttpServer(asio::io_context &io, const ServerOptions &options, Router router, WorkerPool &pool,
                       TokenCache &tokens)
    : m_io(io),
      m_options(options),
      m_router(std::move(router)),
      m_pool(pool),
      m_tokens(tokens),
      m_combiner(io.get_executor(), pool, m_metrics, options.combineReservations),
      m_acceptor(io),
      m_signals(io, SIGTERM, SIGINT),
      m_drainDeadline(io)
{
    addServiceRoutes();
}

HttpServer::~HttpServer() = default;

std::expected<tcp::endpoint, QString> HttpServer::listen()
{
    if (m_options.usesTls()) {
        m_tls.emplace(asio::ssl::context::tls_server);
        m_tls->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2
                           | asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1
                           | asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
        boost::system::error_code error;
        m_tls->use_certificate_chain_file(m_options.tlsCertificate.toStdString(), error);
        if (error)
            return std::unexpected(tr("Cannot use the TLS certificate %1: %2.")
                                       .arg(m_options.tlsCertificate, QString::fromStdString(error.message())));
        m_tls->use_private_key_file(m_options.tlsKey.toStdString(), asio::ssl::context::pem, error);
        if (error)
            return std::unexpected(tr("Cannot use the TLS key %1: %2.")
                                       .arg(m_options.tlsKey, QString::fromStdString(error.message())));
    }
    boost::system::error_code error;
    const auto address = asio::ip::make_address(m_options.listenAddress.toStdString(), error);
    if (error)
        return std::unexpected(tr("%1 is not an address to listen on.").arg(m_options.listenAddress));
    const tcp::endpoint endpoint(address, m_options.listenPort);
    m_acceptor.open(endpoint.protocol(), error);
    if (!error)
        m_acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error)
        m_acceptor.bind(endpoint, error);
    if (!error)
        m_acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error) {
        return std::unexpected(tr("Cannot listen on %1:%2: %3.")
                                   .arg(m_options.listenAddress)
                                   .arg(m_options.listenPort)
                                   .arg(QString::fromStdString(error.message())));
    }
    return m_acceptor.local_endpoint();
}

void HttpServer::start(std::function<void()> stopped)
{
    m_stopped = std::move(stopped);
    m_signals.async_wait([this](const boost::system::error_code &error, int) {
        if (!error)
            drain();
    });
    accept();
}

void HttpServer::accept()
{
    m_acceptor.async_accept([this](boost::system::error_code error, tcp::socket socket) {
        if (error == asio::error::operation_aborted || !m_acceptor.is_open())
            return;
        if (!error)
            onAccepted(std::move(socket));
        // Out of file descriptors and the like: keep accepting; the limit below prevents most.
        accept();
    });
}

void HttpServer::onAccepted(tcp::socket socket)
{
    if (int(m_sessions.size()) >= m_options.maximumConnections) {
        // Said in a few bytes without waiting: a non-blocking write that may be partial.
        m_metrics.recordRejectedConnection();
        static const std::string busy = [] {
            const std::string body = R"({"error":"The server has too many connections open; try again shortly.","code":"too_many_connections"})";
            return "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\n"
                   "Content-Type: application/json\r\nContent-Length: "
                + std::to_string(body.size()) + "\r\n\r\n" + body;
        }();
        boost::system::error_code ignored;
        socket.non_blocking(true, ignored);
        socket.write_some(asio::buffer(busy), ignored);
        socket.close(ignored);
        return;
    }
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    const quint64 id = m_nextSessionId++;
    if (m_tls) {
        auto session = std::make_shared<HttpSession<beast::ssl_stream<beast::tcp_stream>>>(*this, id, std::move(socket), *m_tls);
        m_sessions.emplace(id, session);
        session->start();
    } else {
        auto session = std::make_shared<HttpSession<beast::tcp_stream>>(*this, id, std::move(socket));
        m_sessions.emplace(id, session);
        session->start();
    }
}

void HttpServer::sessionClosed(quint64 id)
{
    m_sessions.erase(id);
    if (m_draining)
        finishIfDrained();
}

void HttpServer::drain()
{
    if (m_draining)
        return;
    m_draining = true;
    std::fprintf(stderr, "inventory-server: stopping: no new connections; finishing %zu open ones\n", m_sessions.size());
    boost::system::error_code ignored;
    m_acceptor.close(ignored);
    m_signals.cancel(ignored);
    // Sessions may go away while we walk: copy first.
    std::vector<std::shared_ptr<SessionBase>> open;
    for (const auto &[id, weak] : m_sessions) {
        if (auto session = weak.lock())
            open.push_back(std::move(session));
    }
    for (const auto &session : open)
        session->drain();
    open.clear();
    m_drainDeadline.expires_after(m_options.drainTimeout);
    m_drainDeadline.async_wait([this](const boost::system::error_code &error) {
        if (error)
            return;
        std::fprintf(stderr, "inventory-server: %zu connection(s) still open after %llds; stopping anyway\n",
                     m_sessions.size(), static_cast<long long>(m_options.drainTimeout.count()));
        if (m_stopped)
            std::exchange(m_stopped, nullptr)();
    });
    finishIfDrained();
}

void HttpServer::closeAll()
{
    boost::system::error_code ignored;
    m_acceptor.close(ignored);
    m_signals.cancel(ignored);
    m_drainDeadline.cancel();
    std::vector<std::shared_ptr<SessionBase>> open;
    for (const auto &[id, weak] : m_sessions) {
        if (auto session = weak.lock())
            open.push_back(std::move(session));
    }
    for (const auto &session : open)
        session->abort();
}

void HttpServer::finishIfDrained()
{
    if (!m_sessions.empty() || !m_stopped)
        return;
    m_drainDeadline.cancel();
    // Posted: the last session is still being destroyed on this stack.
    asio::post(m_io, std::exchange(m_stopped, nullptr));
}

void HttpServer::dispatch(Request request, Respond respond)
{
    Outcome outcome { QStringLiteral("unmatched"), QStringLiteral("-") };
    auto split = splitTarget(request.target);
    if (auto *refused = std::get_if<Answer>(&split))
        return respond(std::move(*refused), outcome);
    auto &[segments, query] = std::get<0>(split);
    request.segments = std::move(segments);
    request.query = std::move(query);
    auto matched = m_router.match(request.method, request.segments);
    if (auto *refused = std::get_if<Answer>(&matched))
        return respond(std::move(*refused), outcome);
    const auto &match = std::get<Router::Match>(matched);
    request.parameters = match.parameters;
    outcome.route = match.route->pattern;
    if (match.route->isPublic)
        return handle(std::move(request), match.route, outcome, std::move(respond));
    authenticate(std::move(request), match.route, outcome, std::move(respond));
}

/// "Bearer <secret>": the secret, or empty when the header is absent or another scheme.
static QByteArray bearerSecret(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    if (trimmed.size() < 7 || qstrnicmp(trimmed.constData(), "bearer ", 7) != 0)
        return {};
    return trimmed.mid(7).trimmed();
}

void HttpServer::authenticate(Request request, const Route *route, Outcome outcome, Respond respond)
{
    auto unauthorized = [&outcome, &respond](const QString &message) {
        Answer answer = refusal(401, QStringLiteral("unauthorized"), message);
        answer.addHeader("WWW-Authenticate", "Bearer realm=\"inventory\"");
        respond(std::move(answer), outcome);
    };
    const QByteArray secret = bearerSecret(request.authorization);
    if (secret.isEmpty()) {
        if (!request.authorization.isEmpty())
            return unauthorized(tr("The Authorization header must be \"Bearer <token>\"."));
        if (m_options.anonymousRole.isEmpty())
            return unauthorized(tr("This request needs a token: send \"Authorization: Bearer <token>\" (inventoryctl token create makes one)."));
        request.identity = Identity { {}, m_options.anonymousRole };
        return handle(std::move(request), route, outcome, std::move(respond));
    }
    if (const auto identity = m_tokens.find(secret)) {
        request.identity = *identity;
        outcome.who = identity->logName();
        return handle(std::move(request), route, outcome, std::move(respond));
    }
    // Not known here: perhaps made a moment ago. Look once more after a reload, then refuse.
    auto retry = [this, request, route, outcome, respond, secret]() mutable {
        const auto identity = m_tokens.find(secret);
        if (!identity) {
            Answer answer = refusal(401, QStringLiteral("unauthorized"), tr("The token is unknown or has been revoked."));
            answer.addHeader("WWW-Authenticate", "Bearer realm=\"inventory\", error=\"invalid_token\"");
            return respond(std::move(answer), outcome);
        }
        request.identity = *identity;
        outcome.who = identity->logName();
        handle(std::move(request), route, outcome, std::move(respond));
    };
    if (!m_tokens.afterReload(retry))
        unauthorized(tr("The token is unknown or has been revoked."));
}

static bool isJson(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray media = contentType.left(semicolon < 0 ? contentType.size() : semicolon).trimmed().toLower();
    return media == "application/json";
}

void HttpServer::handle(Request request, const Route *route, Outcome outcome, Respond respond)
{
    if (!request.body.isEmpty() && !isJson(request.contentType)) {
        return respond(refusal(415, QStringLiteral("unsupported_media_type"),
                               tr("The body must be JSON, sent with \"Content-Type: application/json\"; it was \"%1\".")
                                   .arg(QString::fromLatin1(request.contentType.left(80)))),
                       outcome);
    }
    Handling handling = route->handler(request);
    if (auto *answer = std::get_if<Answer>(&handling))
        return respond(std::move(*answer), outcome);
    if (auto *reserve = std::get_if<Reserve>(&handling)) {
        return m_combiner.submit(request.identity, *reserve,
                                 [respond, outcome](Answer answer) { respond(std::move(answer), outcome); });
    }
    WorkerPool::Task task;
    task.identity = request.identity;
    task.work = std::move(std::get<Work>(handling));
    // Called on the worker: the answer goes back to this thread, where the session lives.
    task.done = [this, respond, outcome](Answer answer) {
        asio::post(m_io, [this, respond, outcome, answer = std::move(answer)]() mutable {
            if (answer.errorKind && (*answer.errorKind == inventory::Error::Kind::Connection
                                     || *answer.errorKind == inventory::Error::Kind::Server))
                m_metrics.recordDatabaseError(*answer.errorKind);
            respond(std::move(answer), outcome);
        });
    };
    if (!m_pool.trySubmit(std::move(task))) {
        respond(unavailable(QStringLiteral("busy"),
                            tr("The server is busy: %1 requests are waiting for the database. Try again shortly.")
                                .arg(m_pool.capacity())),
                outcome);
    }
}

void HttpServer::logExchange(const Request &request, int status, std::chrono::nanoseconds duration,
                             const Outcome &outcome)
{
    m_metrics.recordRequest(outcome.route, request.method, status, duration);
    if (!m_options.accessLog)
        return;
    // Never the token: only its name. The target is cut so a huge one cannot flood the log.
    const double milliseconds = std::chrono::duration<double, std::milli>(duration).count();
    std::fprintf(stdout, "%s %s %d %.2fms %s\n", request.method.constData(),
                 request.target.left(200).constData(), status, milliseconds, qPrintable(outcome.who));
}

Answer HttpServer::metricsAnswer() const
{
    Metrics::Gauges gauges;
    gauges.openConnections = int(m_sessions.size());
    gauges.queueDepth = m_pool.depth();
    gauges.queueCapacity = m_pool.capacity();
    gauges.workers = m_pool.workers();
    gauges.residentBytes = residentBytes();
    Answer answer;
    answer.body = m_metrics.render(gauges);
    answer.contentType = "text/plain; version=0.0.4; charset=utf-8";
    return answer;
}

void HttpServer::addServiceRoutes()
{
    m_router.add({ "GET", QStringLiteral("/healthz"),
                   [](const Request &) -> Handling { return jsonAnswer(200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } }); },
                   true });
    m_router.add({ "GET", QStringLiteral("/readyz"),
                   [](const Request &) -> Handling {
                       return Work([] {
                           auto reached = inventory::Connection::current().execute(QStringLiteral("SELECT 1"), {},
                                                                                   inventory::Retry::Safe);
                           if (!reached)
                               return errorAnswer(reached.error());
                           return jsonAnswer(200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ready") } });
                       });
                   },
                   true });
    m_router.add({ "GET", QStringLiteral("/metrics"), [this](const Request &) -> Handling { return metricsAnswer(); }, true });
    m_router.add({ "GET", QStringLiteral("/api/openapi.json"),
                   [](const Request &) -> Handling {
                       static const QByteArray document = [] {
                           QFile file(QStringLiteral(":/inventory-server/openapi.json"));
                           return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                       }();
                       Answer answer;
                       answer.body = document;
                       return answer;
                   },
                   true });
}

} // namespace server
