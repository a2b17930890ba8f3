// inventory-server: the HTTP API of Inventory Desk for the shop and other systems: the original
// system's endpoints, unchanged, and the rest, over the same core library as the desk and the
// CLI. One I/O thread (Boost.Beast) and a bounded pool of database workers.

#include "connection.h"
#include "connectionsettings.h"
#include "httpserver.h"
#include "localcluster.h"
#include "migrations.h"
#include "readrouting.h"
#include "routes.h"
#include "serveroptions.h"
#include "tokencache.h"
#include "workerpool.h"

#include <boost/asio/io_context.hpp>

#include <QCoreApplication>

#include <cstdio>

#include <sys/resource.h>

using namespace inventory;

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

static int fail(const QString &message, int code = ExitFailure)
{
    std::fprintf(stderr, "inventory-server: %s\n", qPrintable(message));
    return code;
}

/// Where the database is: --db, else the PG* environment, else the local default (as its
/// owner: the server acts per request as each token's role).
static std::expected<ConnectionSettings, QString> databaseSettings(const server::ServerOptions &options)
{
    if (!options.database.isEmpty()) {
        auto parsed = ConnectionSettings::parse(options.database);
        if (!parsed)
            return std::unexpected(parsed.error().message);
        return *parsed;
    }
    if (ConnectionSettings::environmentNamesAServer())
        return ConnectionSettings();
    LocalCluster cluster(LocalCluster::defaultRootDirectory());
    auto prepared = prepareLocalDefault(cluster);
    if (!prepared)
        return std::unexpected(prepared.error().message);
    return cluster.settings(prepared->database);
}

/// Each connection is a descriptor: raise the soft limit (often 1,024) to the hard one, so the
/// connection limit, not the descriptor limit, decides.
static void raiseDescriptorLimit(int wanted)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= rlim_t(wanted))
        return;
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, rlim_t(wanted));
    setrlimit(RLIMIT_NOFILE, &limit);
}

static server::Router apiRoutes()
{
    server::Router router;
    server::addOriginalRoutes(router);
    server::addCatalogueRoutes(router);
    server::addReservationRoutes(router);
    server::addStockRoutes(router);
    return router;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inventory-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("inventory-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVENTORY_VERSION));
    // One line per request on stdout: flushed per line, also when it is a pipe or the journal.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    const auto parsed = server::parseServerOptions(QCoreApplication::arguments());
    if (!parsed)
        return fail(parsed.error(), ExitUsage);
    if (!parsed->text.isEmpty()) {
        std::fputs(qPrintable(parsed->text), stdout);
        return ExitOk;
    }
    const server::ServerOptions &options = parsed->options;

    boost::asio::io_context io(1);
    if (options.listRoutes) {
        server::WorkerPool none(0, 1);
        server::TokenCache tokens(io.get_executor());
        const server::HttpServer http(io, options, apiRoutes(), none, tokens);
        for (const server::Route &route : http.routes())
            std::printf("%s %s\n", route.method.constData(), qPrintable(route.pattern));
        return ExitOk;
    }

    // Connections, the workers' database connections, and some to spare.
    raiseDescriptorLimit(options.maximumConnections + options.workers + 64);
    const auto settings = databaseSettings(options);
    if (!settings)
        return fail(settings.error());
    const auto read = readSettingsFrom(options.readDatabase);
    if (!read)
        return fail(read.error().message);
    configureRouting(*settings, *read);
    if (auto ready = requireCurrentSchema(); !ready)
        return fail(ready.error().message);
    Connection::closeCurrent();

    server::TokenCache tokens(io.get_executor());
    const auto loaded = tokens.start();
    if (!loaded)
        return fail(loaded.error().message);
    server::WorkerPool pool(options.workers, options.queueCapacity);
    server::HttpServer http(io, options, apiRoutes(), pool, tokens);
    const auto endpoint = http.listen();
    if (!endpoint)
        return fail(endpoint.error());

    if (!options.anonymousRole.isEmpty()) {
        std::fprintf(stderr,
                     "inventory-server: WARNING: requests without a token are served as role '%s' "
                     "(--anonymous-role): anyone who can reach %s can act so\n",
                     qPrintable(options.anonymousRole), endpoint->address().to_string().c_str());
    }
    std::fprintf(stderr, "inventory-server: %lld active token(s), %d database worker(s), queue of %d, database %s\n",
                 static_cast<long long>(*loaded), options.workers, options.queueCapacity,
                 qPrintable(settings->redactedUri()));
    if (const auto reads = readConnectionSettings())
        std::fprintf(stderr, "inventory-server: reads from %s\n", qPrintable(reads->redactedUri()));
    const QString host = endpoint->address().is_v6()
        ? QStringLiteral("[%1]").arg(QString::fromStdString(endpoint->address().to_string()))
        : QString::fromStdString(endpoint->address().to_string());
    std::printf("inventory-server: listening on %s://%s:%u\n", options.usesTls() ? "https" : "http",
                qPrintable(host), unsigned(endpoint->port()));

    http.start([&io] { io.stop(); });
    io.run();

    // Drained (or the deadline passed). The workers finish what they hold; their answers and
    // the sessions still open end in one more turn of the loop, while everything they refer to
    // still exists.
    pool.stop();
    tokens.stop();
    http.closeAll();
    io.restart();
    io.run_for(std::chrono::seconds(2));
    std::fprintf(stderr, "inventory-server: stopped\n");
    return ExitOk;
}
