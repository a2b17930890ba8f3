// inventory-loadtest: the load benchmark of inventory-server (issue 12, point 7; issue 13's flash
// sale). Its own asynchronous HTTP/1.1 client on Boost.Beast, so each endpoint gets its own
// percentiles and a virtual user can think between iterations; the same work through the core
// library directly in the same run, for the ratios. See docs/PERFORMANCE.md, "Server".

#include "loadtest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <optional>
#include <sys/resource.h>

using namespace loadtest;

namespace {

const QStringList allScenarios { QStringLiteral("connections"), QStringLiteral("original"),
                                 QStringLiteral("saturation"), QStringLiteral("flash") };
// Not part of "all": set up, start the server, print where it is and wait (cross-checks by hand).
const QString serveScenario = QStringLiteral("serve");
const QStringList defaultScenarios { QStringLiteral("connections"), QStringLiteral("original"),
                                     QStringLiteral("saturation") };

// A thousand users and a thousand idle connections need more descriptors than the usual soft
// limit of 1024, here and in the server we start (it inherits ours).
void raiseDescriptorLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// The server built next to this program (build tree), or installed beside it.
QString defaultServer()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : { here.filePath(QStringLiteral("../../app/inventory-server/inventory-server")),
                                      here.filePath(QStringLiteral("inventory-server")) }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inventory-loadtest"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVENTORY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load benchmark of inventory-server. Scenarios: connections (the server's memory with many idle "
        "keep-alive connections), original (the original system's load test: ramp to N virtual users, each "
        "looping over top items, an item, a reservation and sometimes its confirmation, with think time), "
        "saturation (reservations without think time over HTTP next to the same calls through the library, "
        "interleaved rounds), flash (one hot item, issue 13). Default: connections original saturation; "
        "'all' adds flash. 'serve' sets up, starts the server, prints its URL and token and waits for a line "
        "on stdin (for wrk or curl by hand).\n\nWithout --db it creates a throw-away PostgreSQL cluster; without --url it "
        "starts the server (--server, default: the one built next to this program)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("connections, original, saturation, flash, all, serve"),
                                 QStringLiteral("[scenario...]"));
    const auto option = [&](const char *name, const QString &help, const char *value = nullptr) {
        QCommandLineOption o(QLatin1String(name), help);
        if (value)
            o.setValueName(QLatin1String(value));
        parser.addOption(o);
    };
    option("server", QStringLiteral("The inventory-server program to start (default: the one built beside)."), "PATH");
    option("url", QStringLiteral("A running server instead: http://host:port."), "URL");
    option("token", QStringLiteral("Bearer token for the requests (default: one made with inventoryctl token "
                                   "create for the server we start)."),
           "T");
    option("anonymous", QStringLiteral("Start the server with --anonymous-role ROLE instead of using a token."));
    option("role", QStringLiteral("The token's or anonymous role (default shop)."), "ROLE");
    option("inventoryctl", QStringLiteral("inventoryctl for token create (default: beside the server)."), "PATH");
    option("server-workers", QStringLiteral("The server's --workers (default: --writers)."), "N");
    option("server-pid", QStringLiteral("With --url: the server's process, to read its memory."), "PID");
    option("server-arg", QStringLiteral("An extra argument for the server we start (repeatable)."), "ARG");
    option("db", QStringLiteral("Database as a postgresql:// URI or connection string, used as given (its owner "
                                "role: set-up creates and stocks items). Default: a throw-away cluster."),
           "URI");
    option("items", QStringLiteral("Items created in set-up (default 50000; 0 with --db: use what is there)."), "N");
    option("categories", QStringLiteral("Over this many categories (default 25)."), "K");
    option("users", QStringLiteral("original: virtual users at the peak (default 1000)."), "N");
    option("ramp", QStringLiteral("original: seconds to ramp up to --users (default 30)."), "S");
    option("duration", QStringLiteral("original: seconds at --users after the ramp (default 60)."), "S");
    option("think", QStringLiteral("original: think time between iterations, seconds (default 1)."), "S");
    option("confirm-fraction", QStringLiteral("original: share of reservations made permanent (default 0.3)."), "F");
    option("idle-connections", QStringLiteral("connections: how many (default 1000)."), "N");
    option("idle-pause", QStringLiteral("connections: seconds idle before reading memory (default 2)."), "S");
    option("writers", QStringLiteral("saturation: connections and threads (default 16, inventoryctl bench's)."), "C");
    option("seconds", QStringLiteral("saturation, flash: seconds per round (default 10)."), "S");
    option("warm-up", QStringLiteral("saturation, flash: unmeasured seconds before each way's first round "
                                     "(default 3)."),
           "S");
    option("rounds", QStringLiteral("saturation, flash: interleaved rounds, the median counts (default 3)."), "N");
    option("flash-clients", QStringLiteral("flash: client counts (default 256,1000)."), "LIST");
    option("timeout", QStringLiteral("Seconds a request may take before it counts as failed (default 30)."), "S");
    option("seed", QStringLiteral("Random seed of the virtual users (default 1)."), "N");
    option("json", QStringLiteral("Print the figures as one JSON document on stdout (tables go to stderr)."));
    parser.process(app);

    QString problem;
    const auto number = [&](const char *name, double fallback, double minimum, double maximum) -> double {
        const QString key = QLatin1String(name);
        if (!parser.isSet(key))
            return fallback;
        bool ok = false;
        const double value = parser.value(key).toDouble(&ok);
        if (!ok || !(value >= minimum && value <= maximum)) {
            if (problem.isEmpty())
                problem = QStringLiteral("--%1: '%2' is not a number from %3 to %4.")
                              .arg(key, parser.value(key).left(40))
                              .arg(minimum)
                              .arg(maximum);
            return fallback;
        }
        return value;
    };

    Options options;
    options.json = parser.isSet(QStringLiteral("json"));
    options.serverProgram = parser.value(QStringLiteral("server"));
    options.url = parser.value(QStringLiteral("url"));
    options.token = parser.value(QStringLiteral("token"));
    options.anonymous = parser.isSet(QStringLiteral("anonymous"));
    if (parser.isSet(QStringLiteral("role")))
        options.role = parser.value(QStringLiteral("role"));
    options.inventoryctl = parser.value(QStringLiteral("inventoryctl"));
    options.serverWorkers = int(number("server-workers", 0, 1, 1024));
    options.serverPid = qint64(number("server-pid", 0, 1, 1e9));
    options.serverArguments = parser.values(QStringLiteral("server-arg"));
    options.database.db = parser.value(QStringLiteral("db"));
    options.database.items = qint64(number("items", 50000, 0, 100'000'000));
    options.database.categories = int(number("categories", 25, 1, 100000));
    options.original.users = int(number("users", 1000, 1, 100000));
    options.original.rampSeconds = number("ramp", 30, 0, 3600);
    options.original.holdSeconds = number("duration", 60, 1, 86400);
    options.original.thinkSeconds = number("think", 1, 0, 3600);
    options.original.confirmFraction = number("confirm-fraction", 0.3, 0, 1);
    options.original.seed = quint64(number("seed", 1, 0, 1e15));
    options.idleConnections = int(number("idle-connections", 1000, 1, 100000));
    options.idlePauseSeconds = number("idle-pause", 2, 0, 3600);
    options.writers = int(number("writers", 16, 1, 1024));
    options.seconds = number("seconds", 10, 0.1, 3600);
    options.warmUpSeconds = number("warm-up", 3, 0, 3600);
    options.rounds = int(number("rounds", 3, 1, 99));
    options.timeout = std::chrono::milliseconds(qint64(number("timeout", 30, 0.1, 3600) * 1000));
    if (parser.isSet(QStringLiteral("flash-clients"))) {
        options.flashClients.clear();
        for (const QString &part : parser.value(QStringLiteral("flash-clients")).split(QLatin1Char(','))) {
            bool ok = false;
            const int clients = part.trimmed().toInt(&ok);
            if (!ok || clients < 1 || clients > 100000) {
                problem = QStringLiteral("--flash-clients: '%1' is not a list of client counts.")
                              .arg(parser.value(QStringLiteral("flash-clients")).left(40));
                break;
            }
            options.flashClients << clients;
        }
    }

    QStringList chosen = parser.positionalArguments();
    if (chosen.isEmpty())
        chosen = defaultScenarios;
    if (chosen.contains(QLatin1String("all")))
        chosen = allScenarios;
    for (const QString &scenario : std::as_const(chosen)) {
        if (!allScenarios.contains(scenario) && scenario != serveScenario && problem.isEmpty())
            problem = QStringLiteral("'%1' is not a scenario (connections, original, saturation, flash, all).")
                          .arg(scenario.left(40));
    }
    for (const QString &scenario : allScenarios) { // always in this order: memory before load
        if (chosen.contains(scenario))
            options.scenarios << scenario;
    }
    if (chosen.contains(serveScenario))
        options.scenarios << serveScenario;
    if (!options.url.isEmpty() && !options.serverProgram.isEmpty() && problem.isEmpty())
        problem = QStringLiteral("--server and --url exclude each other.");
    if (options.url.isEmpty() && options.serverProgram.isEmpty()) {
        options.serverProgram = defaultServer();
        if (options.serverProgram.isEmpty() && problem.isEmpty())
            problem = QStringLiteral("No inventory-server found beside this program: give --server PATH or --url URL.");
    }
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "inventory-loadtest: %s\nTry 'inventory-loadtest --help'.\n", qPrintable(problem));
        return 2;
    }

    raiseDescriptorLimit();
    LoadTest test(std::move(options));
    return test.run();
}
