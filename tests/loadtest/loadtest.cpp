#include "loadtest.h"

#include "direct.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace loadtest {

namespace {

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QString megabytes(qint64 kb)
{
    return QStringLiteral("%1 MB").arg(double(kb) / 1024.0, 0, 'f', 1);
}

/// CPU used over a phase: the machine's busy share, the server's and this process's cores.
class CpuProbe
{
public:
    explicit CpuProbe(qint64 serverPid)
        : m_serverPid(serverPid)
        , m_machine(machineCpu())
        , m_server(cpuSeconds(serverPid))
        , m_self(cpuSeconds(getpid()))
        , m_start(std::chrono::steady_clock::now())
    {
    }

    QJsonObject finish() const
    {
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
        QJsonObject o { { QStringLiteral("machineBusy"), rounded(busyFraction(m_machine, machineCpu())) },
                        { QStringLiteral("loadGeneratorCores"),
                          rounded((cpuSeconds(getpid()) - m_self) / std::max(wall, 1e-9)) } };
        if (m_serverPid > 0)
            o.insert(QStringLiteral("serverCores"),
                     rounded((cpuSeconds(m_serverPid) - m_server) / std::max(wall, 1e-9)));
        return o;
    }

    static QString describe(const QJsonObject &cpu)
    {
        QString text = QStringLiteral("machine %1 % busy, load generator %2 cores")
                           .arg(cpu.value(QStringLiteral("machineBusy")).toDouble() * 100.0, 0, 'f', 0)
                           .arg(cpu.value(QStringLiteral("loadGeneratorCores")).toDouble(), 0, 'f', 2);
        if (cpu.contains(QStringLiteral("serverCores")))
            text += QStringLiteral(", server %1 cores")
                        .arg(cpu.value(QStringLiteral("serverCores")).toDouble(), 0, 'f', 2);
        return text;
    }

private:
    qint64 m_serverPid;
    MachineCpu m_machine;
    double m_server;
    double m_self;
    std::chrono::steady_clock::time_point m_start;
};

QJsonObject roundsJson(const Rounds &rounds)
{
    QJsonObject o = rounds.median().toJson();
    QJsonArray rates;
    for (double rate : rounds.rates())
        rates.append(rounded(rate, 1));
    o.insert(QStringLiteral("roundRates"), rates);
    o.insert(QStringLiteral("note"), rounds.note());
    return o;
}

// Lines of the server's Prometheus text whose metric name mentions batches (issue 13's batch
// sizes), as the server reports them; none until it has them.
QJsonArray batchMetrics(const Target &target)
{
    QJsonArray lines;
    const HttpAnswer metrics = fetchOnce(target, "/metrics");
    if (metrics.status != 200)
        return lines;
    for (const QString &line : QString::fromStdString(metrics.body).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('#')) && line.contains(QLatin1String("batch"), Qt::CaseInsensitive))
            lines.append(line);
    }
    return lines;
}

} // namespace

LoadTest::LoadTest(Options options) : m_options(std::move(options)), m_out(stdout), m_err(stderr) { }

LoadTest::~LoadTest()
{
    // Connections close before their server goes: the direct threads, the server, the cluster.
    m_direct.reset();
    if (m_server)
        m_server->stop();
    if (m_testbed)
        m_testbed->tearDown();
}

void LoadTest::progress(const QString &text)
{
    m_err << "loadtest: " << text << Qt::endl;
}

void LoadTest::print(const QString &text)
{
    // With --json the tables go to stderr as they come, and stdout holds only the document.
    (m_options.json ? m_err : m_out) << text << Qt::endl;
}

qint64 LoadTest::residentKb() const
{
    return procStatusKb(m_serverPid, "VmRSS");
}

QString LoadTest::findInventoryctl() const
{
    if (!m_options.inventoryctl.isEmpty())
        return m_options.inventoryctl;
    const QDir serverDir = QFileInfo(m_options.serverProgram).absoluteDir();
    for (const QString &candidate : { serverDir.filePath(QStringLiteral("../inventoryctl/inventoryctl")),
                                      serverDir.filePath(QStringLiteral("inventoryctl")) }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("inventoryctl"));
}

std::expected<void, QString> LoadTest::prepare()
{
    m_report.insert(QStringLiteral("machine"), machineDescription());
    m_report.insert(QStringLiteral("loadAverageBefore"), loadAverage());
    m_report.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    const int serverWorkers = m_options.serverWorkers > 0 ? m_options.serverWorkers : m_options.writers;
    Testbed::Options database = m_options.database;
    if (m_options.scenarios.contains(QLatin1String("flash")) && !m_options.flashClients.isEmpty()) {
        const int most = *std::max_element(m_options.flashClients.begin(), m_options.flashClients.end());
        database.maxConnections = std::max(100, most + serverWorkers + 20);
    }
    m_testbed = std::make_unique<Testbed>([this](const QString &text) { progress(text); });
    if (auto prepared = m_testbed->prepare(database); !prepared)
        return prepared;
    const Catalogue &catalogue = m_testbed->catalogue();
    m_report.insert(QStringLiteral("items"), qint64(catalogue.itemIds.size()));
    m_report.insert(QStringLiteral("categories"), QJsonArray::fromStringList(catalogue.categories));
    m_report.insert(QStringLiteral("database"),
                    m_testbed->throwAway() ? QStringLiteral("throw-away local cluster (fsync on)")
                                           : QStringLiteral("--db as given"));

    QString token = m_options.token;
    QJsonObject server;
    if (!m_options.serverProgram.isEmpty()) {
        QStringList arguments { QStringLiteral("--db"), m_testbed->conninfo(), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--workers"),
                                QString::number(serverWorkers) };
        if (token.isEmpty() && !m_options.anonymous) {
            const QString inventoryctl = findInventoryctl();
            auto created = inventoryctl.isEmpty()
                ? std::expected<QString, QString>(std::unexpected(QStringLiteral("no inventoryctl found")))
                : m_testbed->createToken(inventoryctl, m_options.role);
            if (created) {
                token = *created;
                m_auth = QStringLiteral("bearer token of role %1 (inventoryctl token create)").arg(m_options.role);
            } else {
                progress(QStringLiteral("could not create a token (%1); the server runs with --anonymous-role %2")
                             .arg(created.error(), m_options.role));
                m_auth = QStringLiteral("anonymous role %1 (token create failed: %2)")
                             .arg(m_options.role, created.error().left(200));
            }
        } else if (token.isEmpty()) {
            m_auth = QStringLiteral("anonymous role %1").arg(m_options.role);
        } else {
            m_auth = QStringLiteral("bearer token (given)");
        }
        if (token.isEmpty())
            arguments << QStringLiteral("--anonymous-role") << m_options.role;
        arguments << m_options.serverArguments;
        m_server = std::make_unique<ServerProcess>();
        progress(QStringLiteral("starting %1 with %2 workers").arg(m_options.serverProgram).arg(serverWorkers));
        if (auto started = m_server->start(m_options.serverProgram, arguments, QDir::tempPath()); !started)
            return started;
        m_serverPid = m_server->pid();
        m_options.url = m_server->url();
        server.insert(QStringLiteral("program"), QFileInfo(m_options.serverProgram).absoluteFilePath());
        server.insert(QStringLiteral("workers"), serverWorkers);
        server.insert(QStringLiteral("log"), m_server->logFile());
        progress(QStringLiteral("server pid %1 at %2, log %3").arg(m_serverPid).arg(m_options.url, m_server->logFile()));
    } else {
        m_serverPid = m_options.serverPid;
        m_auth = token.isEmpty() ? QStringLiteral("none") : QStringLiteral("bearer token (given)");
    }
    server.insert(QStringLiteral("url"), m_options.url);
    server.insert(QStringLiteral("auth"), m_auth);
    m_report.insert(QStringLiteral("server"), server);

    auto target = makeTarget(m_options.url, token);
    if (!target)
        return std::unexpected(target.error());
    m_target = *target;
    m_target.timeout = m_options.timeout;

    // One request before any figure: a wrong token or a broken route stops the run here.
    const HttpAnswer probe =
        fetchOnce(m_target, "/api/items/" + std::to_string(catalogue.itemIds.front()));
    if (classify(probe, "\"id\"") != Outcome::Ok)
        return std::unexpected(QStringLiteral("GET /api/items/%1 did not answer 200 with the item: %2")
                                   .arg(catalogue.itemIds.front())
                                   .arg(describe(probe)));
    m_direct = std::make_unique<DirectRunner>(m_options.writers);
    return {};
}

int LoadTest::run()
{
    if (auto prepared = prepare(); !prepared) {
        m_err << "inventory-loadtest: " << prepared.error() << Qt::endl;
        return 1;
    }
    print(QStringLiteral("machine: %1; load average before: %2")
              .arg(m_report.value(QStringLiteral("machine")).toString())
              .arg(m_report.value(QStringLiteral("loadAverageBefore")).toDouble()));
    print(QStringLiteral("server: %1 (%2); requests: %3\n")
              .arg(m_options.url, m_serverPid ? QStringLiteral("pid %1").arg(m_serverPid) : QStringLiteral("not ours"),
                   m_auth));
    for (const QString &scenario : std::as_const(m_options.scenarios)) {
        if (scenario == QLatin1String("connections"))
            runConnections();
        else if (scenario == QLatin1String("original"))
            runOriginal();
        else if (scenario == QLatin1String("saturation"))
            runSaturation();
        else if (scenario == QLatin1String("flash"))
            runFlash();
        else if (scenario == QLatin1String("serve"))
            serve();
        if (m_server && !m_server->isRunning()) {
            m_err << "inventory-loadtest: the server exited during " << scenario << ":\n"
                  << m_server->logTail() << Qt::endl;
            return 1;
        }
    }

    int exitCode = 0;
    if (m_server) {
        QJsonObject server = m_report.value(QStringLiteral("server")).toObject();
        // The kernel updates VmHWM lazily; our own samples of VmRSS may have seen more.
        const qint64 sampled = m_scenarios.value(QStringLiteral("original")).toObject().value(QStringLiteral("peakRssKb")).toInteger();
        server.insert(QStringLiteral("peakRssKb"), std::max(procStatusKb(m_serverPid, "VmHWM"), sampled));
        progress(QStringLiteral("stopping the server (SIGTERM)"));
        const int stopped = m_server->stop();
        server.insert(QStringLiteral("exitCodeOnSigterm"), stopped);
        m_report.insert(QStringLiteral("server"), server);
        print(QStringLiteral("server: peak resident memory %1; exit code on SIGTERM %2")
                  .arg(megabytes(server.value(QStringLiteral("peakRssKb")).toInteger()))
                  .arg(stopped));
        if (stopped == 0)
            QFile::remove(m_server->logFile());
        else
            print(QStringLiteral("server log kept: %1").arg(m_server->logFile()));
    }
    judge();
    m_report.insert(QStringLiteral("scenarios"), m_scenarios);
    m_report.insert(QStringLiteral("targets"), m_targets);
    if (m_options.json)
        m_out << QJsonDocument(m_report).toJson(QJsonDocument::Indented) << Qt::flush;
    return exitCode;
}

// ----- connections -----------------------------------------------------------------------------

void LoadTest::runConnections()
{
    const int n = m_options.idleConnections;
    progress(QStringLiteral("connections: opening %1 keep-alive connections").arg(n));
    const IdleResult r = runIdleConnections(m_target, m_testbed->catalogue(), n, m_options.idlePauseSeconds,
                                            [this] { return residentKb(); });
    const qint64 grown = r.rssOpenKb - r.rssBeforeKb;
    QString text = QStringLiteral("== connections: %1 idle keep-alive connections, one request each, %2 s idle\n")
                       .arg(n)
                       .arg(r.pauseSeconds);
    Table table(Table::endpointHeader());
    table.addRow(Table::endpointRow(r.first));
    table.addRow(Table::endpointRow(r.again));
    text += table.toText();
    text += QStringLiteral("opened %1 of %2; kept alive (answered again on the same connection) %3\n")
                .arg(r.opened)
                .arg(r.wanted)
                .arg(r.keptAlive);
    if (m_serverPid) {
        text += QStringLiteral("server resident memory: %1 before, %2 with the connections open (%3 KiB each), "
                               "%4 after closing them\n")
                    .arg(megabytes(r.rssBeforeKb), megabytes(r.rssOpenKb))
                    .arg(r.opened ? double(grown) / r.opened : 0.0, 0, 'f', 1)
                    .arg(megabytes(r.rssAfterCloseKb));
    } else {
        text += QStringLiteral("server resident memory: unknown (not our server; --server-pid PID reads it)\n");
    }
    print(text);
    m_scenarios.insert(QStringLiteral("connections"),
                       QJsonObject { { QStringLiteral("connections"), r.wanted },
                                     { QStringLiteral("opened"), r.opened },
                                     { QStringLiteral("keptAlive"), r.keptAlive },
                                     { QStringLiteral("pauseSeconds"), r.pauseSeconds },
                                     { QStringLiteral("rssBeforeKb"), r.rssBeforeKb },
                                     { QStringLiteral("rssOpenKb"), r.rssOpenKb },
                                     { QStringLiteral("rssAfterCloseKb"), r.rssAfterCloseKb },
                                     { QStringLiteral("first"), r.first.toJson() },
                                     { QStringLiteral("again"), r.again.toJson() } });
}

// ----- original --------------------------------------------------------------------------------

void LoadTest::runOriginal()
{
    const OriginalOptions &o = m_options.original;
    progress(QStringLiteral("original: ramping up to %1 users over %2 s, then %3 s at %1, think %4 s")
                 .arg(o.users)
                 .arg(o.rampSeconds)
                 .arg(o.holdSeconds)
                 .arg(o.thinkSeconds));
    const CpuProbe cpu(m_serverPid);
    const OriginalResult r = loadtest::runOriginal(m_target, m_testbed->catalogue(), o, [this] { return residentKb(); });
    const QJsonObject cpuUse = cpu.finish();

    QString text = QStringLiteral("== original: %1 virtual users, ramp %2 s, hold %3 s, think %4 s, "
                                  "%5 % of reservations made permanent; %6 items, %7 categories\n")
                       .arg(o.users)
                       .arg(o.rampSeconds)
                       .arg(o.holdSeconds)
                       .arg(o.thinkSeconds)
                       .arg(o.confirmFraction * 100.0)
                       .arg(m_testbed->catalogue().itemIds.size())
                       .arg(m_testbed->catalogue().categories.size());
    text += QStringLiteral("at %1 users (requests started after the ramp):\n").arg(r.peakUsers);
    Table table(Table::endpointHeader());
    for (const EndpointStats &s : r.hold)
        table.addRow(Table::endpointRow(s));
    table.addRow(Table::endpointRow(r.holdAll));
    table.addRow(Table::endpointRow(r.rampAll));
    text += table.toText();
    text += QStringLiteral("iterations %1; at most %2 requests in flight; %3 TCP connections for %4 users; %5\n")
                .arg(r.iterations)
                .arg(r.peakInFlight)
                .arg(r.connects)
                .arg(o.users)
                .arg(CpuProbe::describe(cpuUse));
    text += m_serverPid ? QStringLiteral("server resident memory at peak concurrency: %1\n").arg(megabytes(r.peakRssKb))
                        : QStringLiteral("server resident memory: unknown (not our server)\n");
    for (const EndpointStats *s : { &r.holdAll, &r.rampAll }) {
        if (!s->firstError().isEmpty())
            text += QStringLiteral("first error (%1): %2\n").arg(s->name(), s->firstError());
    }
    print(text);

    QJsonArray hold, ramp;
    for (const EndpointStats &s : r.hold)
        hold.append(s.toJson());
    for (const EndpointStats &s : r.ramp)
        ramp.append(s.toJson());
    m_scenarios.insert(QStringLiteral("original"),
                       QJsonObject { { QStringLiteral("users"), o.users },
                                     { QStringLiteral("rampSeconds"), o.rampSeconds },
                                     { QStringLiteral("holdSeconds"), o.holdSeconds },
                                     { QStringLiteral("thinkSeconds"), o.thinkSeconds },
                                     { QStringLiteral("confirmFraction"), o.confirmFraction },
                                     { QStringLiteral("endpoints"), hold },
                                     { QStringLiteral("all"), r.holdAll.toJson() },
                                     { QStringLiteral("rampEndpoints"), ramp },
                                     { QStringLiteral("rampAll"), r.rampAll.toJson() },
                                     { QStringLiteral("peakUsers"), r.peakUsers },
                                     { QStringLiteral("peakInFlight"), r.peakInFlight },
                                     { QStringLiteral("iterations"), r.iterations },
                                     { QStringLiteral("connects"), r.connects },
                                     { QStringLiteral("peakRssKb"), r.peakRssKb },
                                     { QStringLiteral("cpu"), cpuUse },
                                     { QStringLiteral("timeline"), r.timeline } });
}

// ----- saturation ------------------------------------------------------------------------------

void LoadTest::runSaturation()
{
    const int c = m_options.writers;
    const std::vector<qint64> &ids = m_testbed->catalogue().itemIds;
    const ItemPicker pick = [&ids](std::mt19937_64 &random) { return ids[size_t(random() % ids.size())]; };
    const DirectOperation direct = [&pick](std::mt19937_64 &random, QString &detail) {
        return directReserve(pick(random), detail);
    };
    Rounds http, library;
    QJsonArray httpCpu, directCpu;
    for (int round = 0; round < m_options.rounds; ++round) {
        progress(QStringLiteral("saturation round %1 of %2: reserve over HTTP, %3 connections")
                     .arg(round + 1)
                     .arg(m_options.rounds)
                     .arg(c));
        if (round == 0 && m_options.warmUpSeconds > 0)
            runHttpReserves(m_target, c, m_options.warmUpSeconds, pick, 99);
        CpuProbe httpProbe(m_serverPid);
        http.rounds.push_back(runHttpReserves(m_target, c, m_options.seconds, pick, quint64(round)));
        httpCpu.append(httpProbe.finish());

        progress(QStringLiteral("saturation round %1 of %2: the same reserves through the library, %3 threads")
                     .arg(round + 1)
                     .arg(m_options.rounds)
                     .arg(c));
        if (round == 0 && m_options.warmUpSeconds > 0)
            m_direct->run(QStringLiteral("warm-up"), c, m_options.warmUpSeconds, direct, 99);
        CpuProbe directProbe(m_serverPid);
        library.rounds.push_back(m_direct->run(QStringLiteral("reserve direct (library)"), c, m_options.seconds,
                                               direct, quint64(round)));
        directCpu.append(directProbe.finish());
    }
    const EndpointStats &h = http.median();
    const EndpointStats &d = library.median();
    const double fraction = h.okPerSecond() / std::max(d.okPerSecond(), 1e-9);
    QJsonArray fractions;
    for (size_t i = 0; i < http.rounds.size(); ++i)
        fractions.append(rounded(http.rounds[i].okPerSecond()
                                 / std::max(library.rounds[i].okPerSecond(), 1e-9)));

    QString text = QStringLiteral("== saturation: POST /api/items/block/temporary, %1 keep-alive connections, "
                                  "no think time, next to inventory::reserve on %1 threads; %2 interleaved "
                                  "rounds of %3 s (median shown)\n")
                       .arg(c)
                       .arg(m_options.rounds)
                       .arg(m_options.seconds);
    Table table(Table::endpointHeader());
    table.addRow(Table::endpointRow(h));
    table.addRow(Table::endpointRow(d));
    text += table.toText();
    text += QStringLiteral("HTTP: %1\ndirect: %2\n").arg(http.note(), library.note());
    text += QStringLiteral("CPU in the median rounds: HTTP %1; direct %2\n")
                .arg(CpuProbe::describe(httpCpu.at(qsizetype(http.medianIndex())).toObject()),
                     CpuProbe::describe(directCpu.at(qsizetype(library.medianIndex())).toObject()));
    text += QStringLiteral("HTTP reserve throughput = %1 % of direct\n").arg(fraction * 100.0, 0, 'f', 1);
    for (const EndpointStats *s : { &h, &d }) {
        if (!s->firstError().isEmpty())
            text += QStringLiteral("first error (%1): %2\n").arg(s->name(), s->firstError());
    }
    print(text);

    QJsonObject httpJson = roundsJson(http);
    httpJson.insert(QStringLiteral("cpuByRound"), httpCpu);
    QJsonObject directJson = roundsJson(library);
    directJson.insert(QStringLiteral("cpuByRound"), directCpu);
    m_scenarios.insert(QStringLiteral("saturation"),
                       QJsonObject { { QStringLiteral("concurrency"), c },
                                     { QStringLiteral("rounds"), m_options.rounds },
                                     { QStringLiteral("secondsPerRound"), m_options.seconds },
                                     { QStringLiteral("warmUpSeconds"), m_options.warmUpSeconds },
                                     { QStringLiteral("http"), httpJson },
                                     { QStringLiteral("direct"), directJson },
                                     { QStringLiteral("fractionOfDirect"), rounded(fraction) },
                                     { QStringLiteral("fractionByRound"), fractions } });
}

// ----- flash sale (issue 13) -------------------------------------------------------------------

void LoadTest::runFlash()
{
    QJsonArray levels;
    const int serverWorkers = m_options.serverWorkers > 0 ? m_options.serverWorkers : m_options.writers;
    for (const int clients : std::as_const(m_options.flashClients)) {
        constexpr qint64 stock = 2'000'000'000;
        auto hot = m_testbed->createHotItem(stock);
        if (!hot) {
            print(QStringLiteral("== flash: cannot create the hot item: %1").arg(hot.error()));
            return;
        }
        const qint64 hotId = *hot;
        const ItemPicker pick = [hotId](std::mt19937_64 &) { return hotId; };
        // Every direct client needs its own database connection, next to the server's.
        const int directClients =
            std::max(1, std::min(clients, m_testbed->maxConnections() - serverWorkers - 10));
        const DirectOperation single = [hotId](std::mt19937_64 &, QString &detail) {
            return directReserve(hotId, detail);
        };
        const DirectOperation originalWay = [hotId](std::mt19937_64 &, QString &detail) {
            return originalWayReserve(hotId, detail);
        };
        Rounds http, direct, original;
        qint64 acknowledged = 0;
        for (int round = 0; round < m_options.rounds; ++round) {
            progress(QStringLiteral("flash, %1 clients, round %2 of %3").arg(clients).arg(round + 1).arg(m_options.rounds));
            const bool warm = round == 0 && m_options.warmUpSeconds > 0;
            if (warm)
                acknowledged += runHttpReserves(m_target, clients, m_options.warmUpSeconds, pick, 98).ok();
            http.rounds.push_back(runHttpReserves(m_target, clients, m_options.seconds, pick, quint64(round)));
            http.rounds.back().setName(QStringLiteral("hot item over HTTP"));
            if (warm)
                acknowledged += m_direct->run({}, directClients, m_options.warmUpSeconds, single, 98).ok();
            direct.rounds.push_back(m_direct->run(QStringLiteral("hot item, our single call"), directClients,
                                                  m_options.seconds, single, quint64(round)));
            if (warm)
                acknowledged += m_direct->run({}, directClients, m_options.warmUpSeconds, originalWay, 98).ok();
            original.rounds.push_back(m_direct->run(QStringLiteral("hot item, the original way"), directClients,
                                                    m_options.seconds, originalWay, quint64(round)));
            acknowledged += http.rounds.back().ok() + direct.rounds.back().ok() + original.rounds.back().ok();
        }
        const EndpointStats &h = http.median();
        const EndpointStats &d = direct.median();
        const EndpointStats &o = original.median();
        const double vsDirect = h.okPerSecond() / std::max(d.okPerSecond(), 1e-9);
        const double vsOriginal = h.okPerSecond() / std::max(o.okPerSecond(), 1e-9);

        // Nothing taken without a block, and every acknowledged reservation is there.
        QJsonObject accountingJson;
        QString accountingText;
        if (auto a = m_testbed->accounting(hotId)) {
            const qint64 taken = stock - a->quantity;
            accountingJson = QJsonObject { { QStringLiteral("acknowledged"), acknowledged },
                                           { QStringLiteral("blocks"), a->blocks },
                                           { QStringLiteral("unitsTaken"), taken },
                                           { QStringLiteral("unitsInBlocks"), a->blockedUnits },
                                           { QStringLiteral("consistent"),
                                             taken == a->blockedUnits && a->blocks == acknowledged } };
            accountingText = QStringLiteral("accounting: %1 acknowledged, %2 blocks, %3 units taken, %4 in blocks: %5")
                                 .arg(acknowledged)
                                 .arg(a->blocks)
                                 .arg(taken)
                                 .arg(a->blockedUnits)
                                 .arg(taken == a->blockedUnits && a->blocks == acknowledged
                                          ? QStringLiteral("consistent")
                                          : QStringLiteral("NOT CONSISTENT"));
        } else {
            accountingText = QStringLiteral("accounting failed: %1").arg(a.error());
        }
        const QJsonArray batches = batchMetrics(m_target);

        QString text = QStringLiteral("== flash: one hot item, 1 unit per request, %1 HTTP clients; direct and the "
                                      "original way on %2 threads; %3 rounds of %4 s (median shown)\n")
                           .arg(clients)
                           .arg(directClients)
                           .arg(m_options.rounds)
                           .arg(m_options.seconds);
        Table table(Table::endpointHeader());
        table.addRow(Table::endpointRow(h));
        table.addRow(Table::endpointRow(d));
        table.addRow(Table::endpointRow(o));
        text += table.toText();
        text += QStringLiteral("HTTP = %1x our single call, %2x the original way\n%3\n")
                    .arg(vsDirect, 0, 'f', 2)
                    .arg(vsOriginal, 0, 'f', 2)
                    .arg(accountingText);
        text += batches.isEmpty() ? QStringLiteral("batch sizes: the server's /metrics reports none\n")
                                  : QStringLiteral("batch metrics: %1 lines in the JSON\n").arg(batches.size());
        if (!h.firstError().isEmpty())
            text += QStringLiteral("first error (HTTP): %1\n").arg(h.firstError());
        print(text);

        levels.append(QJsonObject { { QStringLiteral("clients"), clients },
                                    { QStringLiteral("directClients"), directClients },
                                    { QStringLiteral("itemId"), hotId },
                                    { QStringLiteral("http"), roundsJson(http) },
                                    { QStringLiteral("direct"), roundsJson(direct) },
                                    { QStringLiteral("original"), roundsJson(original) },
                                    { QStringLiteral("ratioVsDirect"), rounded(vsDirect) },
                                    { QStringLiteral("ratioVsOriginal"), rounded(vsOriginal) },
                                    { QStringLiteral("accounting"), accountingJson },
                                    { QStringLiteral("batchMetrics"), batches } });
    }
    m_scenarios.insert(QStringLiteral("flash"), QJsonObject { { QStringLiteral("levels"), levels } });
}

// ----- serve: by hand ---------------------------------------------------------------------------

void LoadTest::serve()
{
    const Catalogue &catalogue = m_testbed->catalogue();
    m_out << "url " << m_options.url << "\n"
          << "token " << QString::fromStdString(m_target.authorization).mid(7) << "\n"
          << "item " << catalogue.itemIds.front() << "\n"
          << "top " << QString::fromStdString(catalogue.topPaths.front()) << "\n"
          << "server-pid " << m_serverPid << "\n"
          << "Press Enter (or close stdin) to stop." << Qt::endl;
    QTextStream in(stdin);
    in.readLine();
}

// ----- the targets -----------------------------------------------------------------------------

void LoadTest::judge()
{
    QStringList lines;
    auto target = [&](const QString &name, const QString &goal, const QString &measured, bool met) {
        m_targets.append(QJsonObject { { QStringLiteral("name"), name },
                                       { QStringLiteral("target"), goal },
                                       { QStringLiteral("measured"), measured },
                                       { QStringLiteral("met"), met } });
        lines << QStringLiteral("%1  %2: %3 (target %4)")
                     .arg(met ? QStringLiteral("met    ") : QStringLiteral("NOT met"), name, measured, goal);
    };
    const QJsonObject original = m_scenarios.value(QStringLiteral("original")).toObject();
    if (!original.isEmpty()) {
        const int users = original.value(QStringLiteral("peakUsers")).toInt();
        for (const QJsonValue &v : original.value(QStringLiteral("endpoints")).toArray()) {
            const QJsonObject e = v.toObject();
            const double p95 = e.value(QStringLiteral("p95")).toDouble();
            target(QStringLiteral("p95 at %1 users, %2").arg(users).arg(e.value(QStringLiteral("name")).toString()),
                   QStringLiteral("<= 20 ms"), QStringLiteral("%1 ms").arg(formatMs(p95)),
                   e.contains(QStringLiteral("p95")) && p95 <= 20.0);
        }
        const qint64 errors = original.value(QStringLiteral("all")).toObject().value(QStringLiteral("errors")).toInteger()
            + original.value(QStringLiteral("rampAll")).toObject().value(QStringLiteral("errors")).toInteger();
        target(QStringLiteral("errors up to and at %1 users").arg(users), QStringLiteral("0"),
               QString::number(errors), errors == 0);
    }
    const QJsonObject saturation = m_scenarios.value(QStringLiteral("saturation")).toObject();
    if (!saturation.isEmpty()) {
        const double fraction = saturation.value(QStringLiteral("fractionOfDirect")).toDouble();
        target(QStringLiteral("HTTP reserve throughput of direct, %1 writers")
                   .arg(saturation.value(QStringLiteral("concurrency")).toInt()),
               QStringLiteral(">= 75 %"), QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 1), fraction >= 0.75);
    }
    const QJsonObject connections = m_scenarios.value(QStringLiteral("connections")).toObject();
    if (m_serverPid && (!connections.isEmpty() || !original.isEmpty())) {
        const qint64 idleKb = connections.value(QStringLiteral("rssOpenKb")).toInteger();
        const qint64 peakKb = original.value(QStringLiteral("peakRssKb")).toInteger();
        const qint64 kb = std::max(idleKb, peakKb);
        const int n = std::max(connections.value(QStringLiteral("opened")).toInt(),
                               original.value(QStringLiteral("peakUsers")).toInt());
        target(QStringLiteral("server resident memory at %1 connections (idle, and at peak load)").arg(n),
               QStringLiteral("<= 100 MB"),
               QStringLiteral("%1 idle, %2 at peak load").arg(megabytes(idleKb), megabytes(peakKb)),
               kb <= 100 * 1024);
    }
    for (const QJsonValue &v : m_scenarios.value(QStringLiteral("flash")).toObject().value(QStringLiteral("levels")).toArray()) {
        const QJsonObject level = v.toObject();
        const int clients = level.value(QStringLiteral("clients")).toInt();
        const QJsonObject http = level.value(QStringLiteral("http")).toObject();
        const double rate = http.value(QStringLiteral("okPerSec")).toDouble();
        target(QStringLiteral("flash, %1 clients, reservations of one item over HTTP").arg(clients),
               QStringLiteral(">= 5000/s"), QStringLiteral("%1/s").arg(rate, 0, 'f', 0), rate >= 5000);
        const double ratio = level.value(QStringLiteral("ratioVsOriginal")).toDouble();
        target(QStringLiteral("flash, %1 clients, HTTP vs the original way").arg(clients), QStringLiteral(">= 6x"),
               QStringLiteral("%1x").arg(ratio, 0, 'f', 2), ratio >= 6);
        if (clients >= 1000) {
            const double p95 = http.value(QStringLiteral("p95")).toDouble();
            target(QStringLiteral("flash, %1 clients, p95").arg(clients), QStringLiteral("<= 50 ms"),
                   QStringLiteral("%1 ms").arg(formatMs(p95)), p95 <= 50);
        }
        const qint64 errors = http.value(QStringLiteral("errors")).toInteger();
        const bool consistent =
            level.value(QStringLiteral("accounting")).toObject().value(QStringLiteral("consistent")).toBool();
        target(QStringLiteral("flash, %1 clients, errors and accounting").arg(clients),
               QStringLiteral("0 errors, nothing taken without a block"),
               QStringLiteral("%1 errors, %2").arg(errors).arg(consistent ? QStringLiteral("consistent")
                                                                          : QStringLiteral("NOT consistent")),
               errors == 0 && consistent);
    }
    if (!lines.isEmpty())
        print(QStringLiteral("== targets\n") + lines.join(QLatin1Char('\n')));
}

} // namespace loadtest
