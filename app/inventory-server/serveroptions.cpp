#include "serveroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <boost/asio/ip/address.hpp>

namespace server {

static QString tr(const char *text)
{
    return QCoreApplication::translate("inventory-server", text);
}

static std::expected<qint64, QString> number(const QString &option, const QString &value, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 parsed = value.toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        return std::unexpected(tr("--%1 must be a whole number from %2 to %3; \"%4\" is not.")
                                   .arg(option).arg(minimum).arg(maximum).arg(value));
    }
    return parsed;
}

static bool isAddress(const QString &host)
{
    boost::system::error_code error;
    boost::asio::ip::make_address(host.toStdString(), error);
    return !error;
}

std::expected<ParsedOptions, QString> parseServerOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The HTTP API of Inventory Desk: the original system's endpoints and the rest, over the same database."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database, as a postgresql:// URI or a libpq connection string; without it the local default."), QStringLiteral("URI"));
    const QCommandLineOption readDb(QStringLiteral("read-db"), tr("Hot standbys to read from (\"host=s1,s2\"; what it leaves out is taken from --db); without it reads go to --db."), QStringLiteral("URI"));
    const QCommandLineOption listen(QStringLiteral("listen"), tr("Address and port to listen on (default 127.0.0.1:8080; port 0: any free one)."), QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption workers(QStringLiteral("workers"), tr("Database worker threads, each with its own connection (default 8)."), QStringLiteral("N"));
    const QCommandLineOption queue(QStringLiteral("queue"), tr("Requests that may wait for a worker before the server answers 503 (default 512)."), QStringLiteral("N"));
    const QCommandLineOption anonymous(QStringLiteral("anonymous-role"), tr("Serve requests without a token with this role (staff, manager or shop): only on a trusted network."), QStringLiteral("ROLE"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), tr("Serve HTTPS with this certificate chain (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), tr("The certificate's private key (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption connections(QStringLiteral("max-connections"), tr("Client connections open at once (default 4096)."), QStringLiteral("N"));
    const QCommandLineOption readTimeout(QStringLiteral("read-timeout"), tr("Seconds a client has to send a whole request (default 10)."), QStringLiteral("SECONDS"));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"), tr("Seconds a keep-alive connection may sit without a request (default 30)."), QStringLiteral("SECONDS"));
    const QCommandLineOption quiet(QStringLiteral("no-access-log"), tr("Do not log a line per request."));
    const QCommandLineOption alone(QStringLiteral("no-combining"), tr("Send every reservation alone, never batched with others for the same item (for comparison)."));
    const QCommandLineOption routes(QStringLiteral("list-routes"), tr("Print the routes, one \"METHOD /path\" a line, and exit."));
    parser.addOptions({ help, version, db, readDb, listen, workers, queue, anonymous, cert, key, connections,
                        readTimeout, idleTimeout, quiet, alone, routes });
    if (!parser.parse(arguments))
        return std::unexpected(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return std::unexpected(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(help))
        return ParsedOptions { {}, parser.helpText() };
    if (parser.isSet(version))
        return ParsedOptions { {}, QStringLiteral("inventory-server %1\n").arg(QStringLiteral(INVENTORY_VERSION)) };

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    auto value = [&](const QCommandLineOption &option, const char *variable) {
        return parser.isSet(option) ? parser.value(option) : environment.value(QString::fromLatin1(variable));
    };

    ParsedOptions parsed;
    ServerOptions &o = parsed.options;
    o.database = value(db, "INVENTORY_SERVER_DB");
    o.readDatabase = value(readDb, "INVENTORY_READ_DB");
    if (const QString address = value(listen, "INVENTORY_SERVER_LISTEN"); !address.isEmpty()) {
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        QString host = colon < 0 ? address : address.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (colon < 0 || !isAddress(host))
            return std::unexpected(tr("--listen must be ADDRESS:PORT with a numeric address, e.g. 127.0.0.1:8080 or [::]:8080; \"%1\" is not.").arg(address));
        const auto port = number(QStringLiteral("listen"), address.mid(colon + 1), 0, 65535);
        if (!port)
            return std::unexpected(port.error());
        o.listenAddress = host;
        o.listenPort = quint16(*port);
    }
    auto setNumber = [&](const QCommandLineOption &option, const char *variable, qint64 minimum, qint64 maximum,
                         auto &target) -> std::optional<QString> {
        const QString text = value(option, variable);
        if (text.isEmpty())
            return std::nullopt;
        const auto n = number(option.names().constFirst(), text, minimum, maximum);
        if (!n)
            return n.error();
        target = std::remove_reference_t<decltype(target)>(*n);
        return std::nullopt;
    };
    qint64 read = o.readTimeout.count();
    qint64 idle = o.idleTimeout.count();
    for (auto problem : { setNumber(workers, "INVENTORY_SERVER_WORKERS", 1, 256, o.workers),
                          setNumber(queue, "INVENTORY_SERVER_QUEUE", 1, 100000, o.queueCapacity),
                          setNumber(connections, "INVENTORY_SERVER_MAX_CONNECTIONS", 1, 1000000, o.maximumConnections),
                          setNumber(readTimeout, "INVENTORY_SERVER_READ_TIMEOUT", 1, 3600, read),
                          setNumber(idleTimeout, "INVENTORY_SERVER_IDLE_TIMEOUT", 1, 86400, idle) }) {
        if (problem)
            return std::unexpected(*problem);
    }
    o.readTimeout = std::chrono::seconds(read);
    o.idleTimeout = std::chrono::seconds(idle);
    o.anonymousRole = value(anonymous, "INVENTORY_SERVER_ANONYMOUS_ROLE");
    static const QStringList roles { QStringLiteral("staff"), QStringLiteral("manager"), QStringLiteral("shop") };
    if (!o.anonymousRole.isEmpty() && !roles.contains(o.anonymousRole))
        return std::unexpected(tr("--anonymous-role must be staff, manager or shop; \"%1\" is none of them.").arg(o.anonymousRole));
    o.tlsCertificate = value(cert, "INVENTORY_SERVER_TLS_CERT");
    o.tlsKey = value(key, "INVENTORY_SERVER_TLS_KEY");
    if (o.tlsCertificate.isEmpty() != o.tlsKey.isEmpty())
        return std::unexpected(tr("--tls-cert and --tls-key go together: give both or neither."));
    o.accessLog = !parser.isSet(quiet);
    o.listRoutes = parser.isSet(routes);
    o.combineReservations = !parser.isSet(alone);
    return parsed;
}

} // namespace server
