#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <expected>

namespace server {

/// How the server runs: from the command line, each option also read from the environment
/// (INVENTORY_SERVER_LISTEN, ...; the service's /etc/inventory-desk/server.env sets those).
struct ServerOptions
{
    QString database; ///< --db; empty: the local default, like the other programs
    QString readDatabase; ///< --read-db (or INVENTORY_READ_DB): the standbys reads go to; empty: --db
    QString listenAddress = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8080; ///< 0: any free port (printed when listening)
    int workers = 8;
    int queueCapacity = 512;
    QString anonymousRole; ///< empty: every request needs a token
    QString tlsCertificate;
    QString tlsKey;
    int maximumConnections = 4096;
    std::size_t headerLimit = 16 * 1024;
    std::size_t bodyLimit = 64 * 1024;
    std::chrono::seconds readTimeout { 10 }; ///< from a request's first byte to its last
    std::chrono::seconds idleTimeout { 30 }; ///< a keep-alive connection with no request
    std::chrono::seconds drainTimeout { 20 }; ///< SIGTERM: what in flight may take
    bool accessLog = true;
    /// Reservations of one item arriving while one is in flight go together as one batch.
    bool combineReservations = true;
    bool listRoutes = false; ///< print the routes and exit (for the OpenAPI check)

    bool usesTls() const { return !tlsCertificate.isEmpty(); }
};

/// Parses the arguments (QCoreApplication's) over the environment's defaults; a message for the
/// user when something is wrong (or --help / --version was asked: then the text to print and
/// an empty error is not an error). Refuses ranges it cannot serve with.
struct ParsedOptions
{
    ServerOptions options;
    QString text; ///< help or version to print; options unused
};
std::expected<ParsedOptions, QString> parseServerOptions(const QStringList &arguments);

} // namespace server
