// inventoryctl bench: the performance figures, measured through the same library calls the app
// makes, next to two baselines run in the same process on the same data:
//  - "the original way": the old system's client-side transaction, one statement per round
//    trip (BEGIN; SELECT ... FOR UPDATE; UPDATE; INSERT; COMMIT), and
//  - "the limit": a bare single-row UPDATE ... SET quantity = quantity - 1, autocommit, at the
//    same concurrency: what this machine's server can commit at all.

#include "bench.h"

#include "bench_dashboard.h"
#include "benchrunner.h"
#include "cli.h"
#include "connection.h"
#include "demodata.h"
#include "localcluster.h"
#include "migrations.h"
#include "operations.h"
#include "readrouting.h"
#include "output.h"
#include "browse.h"
#include "stock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <optional>
#include <sys/resource.h>

using namespace inventory;
using namespace benchrunner;
using namespace std::chrono_literals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inventoryctl", text);
}

// ----- SQL of the baselines and the set-up (constants; values are bound) ---------------------

// The SQL below is laid out as SQL, not as C++.
// clang-format off
const QString originalSelectSql = QStringLiteral("SELECT quantity FROM items WHERE id = $1 FOR UPDATE");
const QString originalUpdateSql =
    QStringLiteral("UPDATE items SET quantity = quantity - $1, updated_at = NOW() WHERE id = $2");
const QString originalInsertSql = QStringLiteral(
    "INSERT INTO block_inventory (item_id, quantity, expires_at) VALUES ($1, $2, NOW() + INTERVAL '1 hour') "
    "RETURNING id");
const QString originalBlockSql =
    QStringLiteral("SELECT item_id, quantity, expires_at > NOW() FROM block_inventory WHERE id = $1 FOR UPDATE");
const QString originalConfirmSql =
    QStringLiteral("UPDATE block_inventory SET is_permanent = true, expires_at = NULL WHERE id = $1");
const QString originalRestoreSql =
    QStringLiteral("UPDATE items SET quantity = quantity + $1, updated_at = NOW() WHERE id = $2");
const QString originalDeleteSql = QStringLiteral("DELETE FROM block_inventory WHERE id = $1");
const QString limitSql = QStringLiteral("UPDATE items SET quantity = quantity - 1 WHERE id = $1");

// A pool of items with plenty of stock for the reservation workloads: every `step`-th item.
const QString stockPoolSql = QStringLiteral(
    "UPDATE items SET quantity = 1000000000 WHERE id % $1 = 0 AND id <= (SELECT max(id) FROM items) RETURNING id");

// `count` blocks of one unit spread over the stock pool, expiring after `seconds` (negative:
// already expired), taken from their items' quantity like real reservations.
const QString makeBlocksSql = QStringLiteral(
    "WITH pool AS (SELECT array_agg(id ORDER BY id) AS ids FROM items WHERE quantity >= 100000000), "
    "chosen AS (SELECT pool.ids[1 + g % cardinality(pool.ids)] AS id FROM pool, generate_series(0, $1 - 1) AS g), "
    "taken AS (UPDATE items i SET quantity = i.quantity - c.units "
    "          FROM (SELECT id, count(*) AS units FROM chosen GROUP BY id) c WHERE i.id = c.id RETURNING i.id) "
    "INSERT INTO block_inventory (item_id, quantity, expires_at, reference) "
    "SELECT id, 1, now() + make_interval(secs => $2), $3 FROM chosen "
    "WHERE (SELECT count(*) FROM taken) > 0 RETURNING id");

// clang-format on

bool exec(const QString &sql, const QVariantList &values, QString &error)
{
    auto q = Connection::current().execute(sql, values);
    if (!q) {
        error = q.error().message;
        return false;
    }
    (*q)->finish();
    return true;
}

bool script(const QString &sql, QString &error)
{
    auto done = Connection::current().executeScript(sql);
    if (!done)
        error = done.error().message;
    return bool(done);
}

// The original system's reservation: five round trips, the row lock held across four of them.
bool originalReserve(qint64 itemId, QString &error)
{
    if (!script(QStringLiteral("BEGIN"), error))
        return false;
    auto q = Connection::current().execute(originalSelectSql, { itemId });
    if (!q) {
        error = q.error().message;
        script(QStringLiteral("ROLLBACK"), error);
        return false;
    }
    const int available = (*q)->next() ? (*q)->value(0).toInt() : -1;
    (*q)->finish();
    if (available < 1) {
        error = QStringLiteral("insufficient stock");
        QString ignored;
        script(QStringLiteral("ROLLBACK"), ignored);
        return false;
    }
    if (!exec(originalUpdateSql, { 1, itemId }, error) || !exec(originalInsertSql, { itemId, 1 }, error)) {
        QString ignored;
        script(QStringLiteral("ROLLBACK"), ignored);
        return false;
    }
    return script(QStringLiteral("COMMIT"), error);
}

// The original conversion: lock the block, check its expiry in the client, update, commit.
bool originalConfirmOrRelease(qint64 blockId, bool release, QString &error)
{
    if (!script(QStringLiteral("BEGIN"), error))
        return false;
    auto q = Connection::current().execute(originalBlockSql, { blockId });
    if (!q) {
        error = q.error().message;
        return false;
    }
    const bool found = (*q)->next();
    const qint64 itemId = found ? (*q)->value(0).toLongLong() : 0;
    const int quantity = found ? (*q)->value(1).toInt() : 0;
    const bool alive = found && (*q)->value(2).toBool();
    (*q)->finish();
    QString ignored;
    if (!alive) {
        error = QStringLiteral("block gone or expired");
        script(QStringLiteral("ROLLBACK"), ignored);
        return false;
    }
    const bool ok = release
        ? exec(originalRestoreSql, { quantity, itemId }, error) && exec(originalDeleteSql, { blockId }, error)
        : exec(originalConfirmSql, { blockId }, error);
    if (!ok) {
        script(QStringLiteral("ROLLBACK"), ignored);
        return false;
    }
    return script(QStringLiteral("COMMIT"), error);
}

Result<QList<qint64>> makeBlocks(qint64 count, qint64 secondsToExpiry, const QString &tag)
{
    auto q = Connection::current().execute(makeBlocksSql, { count, double(secondsToExpiry), tag });
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    ids.reserve(count);
    while ((*q)->next())
        ids << (*q)->value(0).toLongLong();
    (*q)->finish();
    return ids;
}

// Takes ids from a shared list, each once.
class Dispenser
{
public:
    explicit Dispenser(QList<qint64> ids) : m_ids(std::move(ids))
    {
        std::shuffle(m_ids.begin(), m_ids.end(), *QRandomGenerator::global());
    }
    std::optional<qint64> next()
    {
        const qsizetype i = m_next.fetch_add(1);
        if (i >= m_ids.size()) {
            m_empty = true;
            return std::nullopt;
        }
        return m_ids[i];
    }
    /// Set once every id was handed out; the phase measuring it then ends.
    const std::atomic<bool> &empty() const { return m_empty; }
    qsizetype used() const { return std::min<qsizetype>(m_next.load(), m_ids.size()); }

private:
    QList<qint64> m_ids;
    std::atomic<qsizetype> m_next = 0;
    std::atomic<bool> m_empty = false;
};

QString machineDescription()
{
    QString cpu;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromLatin1(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    // From /proc/meminfo: the total, and the huge pages reserved (PostgreSQL's default
    // huge_pages = try uses them for shared memory when there are enough).
    qint64 memoryKb = 0;
    qint64 hugePages = 0;
    qint64 hugePageKb = 0;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : meminfo.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2)
                continue;
            if (fields[0] == "MemTotal:")
                memoryKb = fields[1].toLongLong();
            else if (fields[0] == "HugePages_Total:")
                hugePages = fields[1].toLongLong();
            else if (fields[0] == "Hugepagesize:")
                hugePageKb = fields[1].toLongLong();
        }
    }
    return QStringLiteral("%1 x %2, %3 GiB, %4, %5")
        .arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QSysInfo::currentCpuArchitecture() : cpu)
        .arg(double(memoryKb) / 1024.0 / 1024.0, 0, 'f', 0)
        .arg(QSysInfo::prettyProductName())
        .arg(hugePages > 0
                 ? QStringLiteral("%1 huge pages of %2 MiB reserved").arg(hugePages).arg(hugePageKb / 1024)
                 : QStringLiteral("no huge pages reserved"));
}

} // namespace

int benchCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures the operations' speed next to the original way and the machine's "
           "limit. By default on a throw-away local cluster it creates and removes."));
    cli.addGlobalOptions(parser);
    parser.addOption({ QStringLiteral("items"),
                       tr("Items to generate first (default 100000; 0 with --db: use what is there)."),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("categories"), tr("Over this many categories (default 200)."),
                       QStringLiteral("K") });
    parser.addOption(
        { QStringLiteral("workers"), tr("Concurrent writers (default 16)."), QStringLiteral("W") });
    parser.addOption(
        { QStringLiteral("readers"), tr("Concurrent readers (default 8)."), QStringLiteral("R") });
    parser.addOption(
        { QStringLiteral("seconds"), tr("Length of each measured phase (default 5)."), QStringLiteral("S") });
    parser.addOption(
        { QStringLiteral("rounds"),
          tr("Interleaved rounds of the reservation comparisons; the median counts (default 3)."),
          QStringLiteral("N") });
    parser.addOption({ QStringLiteral("standby"),
                       tr("Also measure top-items reads routed to a hot standby of the throw-away cluster "
                          "(interleaved with reads on the primary, --rounds times).") });
    parser.addOption({ QStringLiteral("cleaners"),
                       tr("Connections cleaning up at once in the cleanup phase (default 2)."),
                       QStringLiteral("C") });
    parser.addOption({ QStringLiteral("warm-up"),
                       tr("Unmeasured run of the same workload before each phase (default 5)."),
                       QStringLiteral("S") });
    parser.addOption({ QStringLiteral("history-days"),
                       tr("Days of generated history for the dashboard's figures (default 30; 0: none, measure what is there)."),
                       QStringLiteral("D") });
    parser.addOption({ QStringLiteral("dashboard-only"),
                       tr("Seed, generate the history and measure the dashboard's figures only.") });
    parser.addOption(
        { QStringLiteral("expired-blocks"),
          tr("Expired reservations for the cleanup figure (default: a tenth of the items, at most 1000000)."),
          QStringLiteral("N") });
    int exitCode = ExitOk;
    if (!cli.parse(parser, arguments, exitCode))
        return exitCode;
    auto number = [&](const char *name, qint64 fallback, qint64 minimum,
                      qint64 maximum) -> std::optional<qint64> {
        const QString option = QLatin1String(name);
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < minimum || value > maximum) {
            exitCode = cli.fail(Error::invalidInput(QStringLiteral("--") + option,
                                                    tr("'%1' is not a whole number from %2 to %3.")
                                                        .arg(parser.value(option).left(40))
                                                        .arg(minimum)
                                                        .arg(maximum)));
            return std::nullopt;
        }
        return value;
    };
    const auto items = number("items", 100000, 0, 100'000'000);
    const auto categoryCount = number("categories", 200, 1, 100000);
    const auto workers = number("workers", 16, 1, 256);
    const auto readers = number("readers", 8, 1, 256);
    const auto seconds = number("seconds", 5, 1, 3600);
    const auto warmUp = number("warm-up", 5, 0, 3600);
    const auto cleaners = number("cleaners", 2, 1, maximumParallelCleaners);
    const auto rounds = number("rounds", 3, 1, 99);
    if (!items || !categoryCount || !workers || !readers || !seconds || !warmUp || !cleaners || !rounds)
        return exitCode;
    const auto expiredBlocks = number(
        "expired-blocks", std::min<qint64>(1'000'000, std::max<qint64>(*items / 10, 1000)), 0, 10'000'000);
    if (!expiredBlocks)
        return exitCode;
    const auto historyDays = number("history-days", 30, 0, 3660);
    if (!historyDays)
        return exitCode;

    // Where: --db as given (its owner role is needed for the baselines), else a throw-away cluster.
    std::unique_ptr<QTemporaryDir> directory;
    std::unique_ptr<LocalCluster> cluster;
    std::unique_ptr<LocalCluster> standby;
    const bool throwAway = !parser.isSet(QStringLiteral("db"));
    if (throwAway) {
        directory =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/inventory-bench-XXXXXX"));
        // Durable like a real server (fsync on); shared buffers sized for the catalogue.
        cluster = std::make_unique<LocalCluster>(
            directory->path(),
            LocalCluster::Options { .durable = true, .sharedBuffers = QStringLiteral("2GB") });
        cli.err() << "bench: " << tr("starting a throw-away PostgreSQL cluster in %1").arg(directory->path())
                  << Qt::endl;
        if (auto running = cluster->ensureRunning(); !running)
            return cli.fail(running.error());
        ConnectionSettings postgres = cluster->settings(QStringLiteral("postgres"));
        setConnectionSettings(postgres);
        if (auto created = Connection::current().executeScript(QStringLiteral("CREATE DATABASE bench"));
            !created)
            return cli.fail(created.error());
        setConnectionSettings(cluster->settings(QStringLiteral("bench")));
        if (auto migrated = migrate(); !migrated)
            return cli.fail(migrated.error());
    } else if (!cli.connect(exitCode, true)) {
        return exitCode;
    }
    auto benchPointer = std::make_unique<Bench>(cli, int(*workers), double(*seconds), double(*warmUp));
    Bench &bench = *benchPointer;
    // Every connection closes before a throw-away server goes away.
    auto cleanUp = qScopeGuard([&] {
        benchPointer.reset();
        QThreadPool::globalInstance()->waitForDone();
        Connection::closeCurrent();
        if (standby)
            (void)standby->stop(LocalCluster::StopMode::Immediate);
        if (cluster)
            (void)cluster->stop(LocalCluster::StopMode::Immediate);
    });
    QList<Figure> figures;
    auto report = [&](const Figure &figure) {
        figures << figure;
        // With --json the figures also go to stderr as they come, so a long run shows progress.
        (cli.json() ? cli.err() : cli.out()) << figure.toText() << Qt::endl;
    };

    // --- seed ---------------------------------------------------------------------------------
    if (*items > 0) {
        bench.progress(tr("generating %1 items over %2 categories").arg(*items).arg(*categoryCount));
        QElapsedTimer timer;
        timer.start();
        auto seeded = seedItems(*items, *categoryCount);
        if (!seeded)
            return cli.fail(seeded.error());
        Figure seed;
        seed.name = QStringLiteral("seed");
        seed.unit = QStringLiteral("s");
        seed.value = double(timer.elapsed()) / 1000.0;
        seed.opsPerSec = double(*seeded) / std::max(seed.value, 0.001);
        seed.operations = *seeded;
        seed.note = QStringLiteral("%1 items").arg(*seeded);
        report(seed);
    }
    QString error;
    if (!script(QStringLiteral("VACUUM ANALYZE items"), error))
        return cli.fail(Error::server(error));

    auto finish = [&] {
        if (cli.json()) {
            QJsonArray array;
            for (const Figure &f : figures)
                array.append(f.toJson());
            cli.printJson(
                QJsonObject { { QStringLiteral("figures"), array },
                              { QStringLiteral("machine"), machineDescription() },
                              { QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                              { QStringLiteral("items"), *items },
                              { QStringLiteral("workers"), *workers },
                              { QStringLiteral("readers"), *readers },
                              { QStringLiteral("secondsPerPhase"), *seconds },
                              { QStringLiteral("warmUpSecondsPerPhase"), *warmUp },
                              { QStringLiteral("cleaners"), *cleaners },
                              { QStringLiteral("rounds"), *rounds },
                              { QStringLiteral("historyDays"), *historyDays } });
        }
        return int(ExitOk);
    };

    // --- the dashboard's figures, over a generated history (bench_dashboard.cpp) ---------------
    if (auto measured = dashboardbench::measureDashboard(bench, int(*readers), *items > 0 ? *items : 100000,
                                                         int(*historyDays), report);
        !measured)
        return cli.fail(measured.error());
    if (parser.isSet(QStringLiteral("dashboard-only")))
        return finish();

    // --- reads ----------------------------------------------------------------------------------
    const auto categoryList = categories();
    if (!categoryList || categoryList->isEmpty())
        return cli.fail(categoryList ? Error::server(tr("The database has no categories to read."))
                                     : categoryList.error());
    bench.progress(tr("categories and top items, %1 readers").arg(*readers));
    report(bench
               .measure(int(*readers),
                        [](int, QRandomGenerator &, QString &e) {
                            auto r = categories();
                            if (!r)
                                e = r.error().message;
                            return bool(r);
                        })
               .figure(QStringLiteral("categories"), QStringLiteral("ms")));
    const QList<Category> cats = *categoryList;
    const Operation topItemsRead = [&cats](int, QRandomGenerator &random, QString &e) {
        auto r = topItems(cats[random.bounded(int(cats.size()))].name);
        if (!r)
            e = r.error().message;
        return r && !r->items.isEmpty();
    };
    report(bench.measure(int(*readers), topItemsRead).figure(QStringLiteral("top-items"), QStringLiteral("ms")));

    // Reads from a hot standby (issue 14): the same top-items reads, in interleaved rounds, with
    // every read on the primary and with reads routed to a standby of it. Both servers share
    // this machine's cores, so this shows what routing costs and that a standby serves the same
    // reads, not the gain of a standby on its own hardware (docs/SCALING.md).
    if (throwAway && parser.isSet(QStringLiteral("standby"))) {
        bench.progress(tr("making a hot standby of the throw-away cluster (pg_basebackup -R)"));
        standby = std::make_unique<LocalCluster>(
            directory->path() + QStringLiteral("/standby"),
            LocalCluster::Options { .durable = true, .sharedBuffers = QStringLiteral("2GB"), .port = 5433 });
        if (auto made = standby->createStandbyOf(*cluster); !made)
            return cli.fail(made.error());
        if (auto running = standby->ensureRunning(); !running)
            return cli.fail(running.error());
        const ConnectionSettings write = cluster->settings(QStringLiteral("bench"));
        const ConnectionSettings read = standby->settings(QStringLiteral("bench"));
        // The routing is per process: each workload sets it before its run (its warm-up opens
        // the connections to wherever it points).
        std::vector<Samples> rates[2];
        for (int round = 0; round < *rounds; ++round) {
            for (int routed = 0; routed < 2; ++routed) {
                configureRouting(write, routed ? std::optional(read) : std::nullopt);
                rates[routed].push_back(bench.measure(int(*readers), topItemsRead));
            }
        }
        configureRouting(write, std::nullopt);
        for (int routed = 0; routed < 2; ++routed) {
            std::vector<double> roundRates;
            for (const Samples &r : rates[routed])
                roundRates.push_back(r.opsPerSec());
            std::sort(rates[routed].begin(), rates[routed].end(),
                      [](const Samples &a, const Samples &b) { return a.opsPerSec() < b.opsPerSec(); });
            Samples median = std::move(rates[routed][rates[routed].size() / 2]);
            median.roundRates = roundRates;
            report(median.figure(routed ? QStringLiteral("top-items-on-standby") : QStringLiteral("top-items-on-primary"),
                                 QStringLiteral("ms")));
        }
    }

    // Low stock: one item in a hundred gets a reorder point of 20, so about 4 % of those (the
    // seed's quantities run 0..500) are at or below it.
    bench.progress(tr("setting reorder points on 1 % of the items"));
    if (!script(QStringLiteral("UPDATE public.items SET reorder_point = 20 WHERE id % 100 = 0; "
                               "VACUUM ANALYZE public.items"),
                error))
        return cli.fail(Error::server(error));
    report(bench
               .measure(int(*readers),
                        [&cats](int, QRandomGenerator &random, QString &e) {
                            // Half over all categories, half within one.
                            auto r = random.bounded(2) == 0
                                ? lowStock({}, 100)
                                : lowStock(cats[random.bounded(int(cats.size()))].name, 100);
                            if (!r)
                                e = r.error().message;
                            return bool(r);
                        })
               .figure(QStringLiteral("low-stock"), QStringLiteral("ms")));

    // Browsing a whole category (keyset pages of 100, quantity ascending): the first page of a
    // random category, and a page 90 % of the way into one of the largest categories, from cursors
    // found beforehand by walking those categories page by page (not measured).
    {
        QList<Category> largest = cats;
        std::sort(largest.begin(), largest.end(),
                  [](const Category &a, const Category &b) { return a.itemCount > b.itemCount; });
        largest = largest.mid(0, 4);
        QList<std::pair<QString, BrowseCursor>> deep;
        bench.progress(tr("finding cursors nine tenths into the largest categories"));
        for (const Category &c : std::as_const(largest)) {
            std::optional<BrowseCursor> cursor;
            qint64 seen = 0;
            while (seen < c.itemCount * 9 / 10) {
                auto page = browseCategory(c.name, BrowseOrder::Quantity, true, cursor, 1000);
                if (!page)
                    return cli.fail(page.error());
                if (!page->next)
                    break;
                seen += page->items.size();
                cursor = page->next;
            }
            if (cursor)
                deep.append({ c.name, *cursor });
        }
        report(bench
                   .measure(int(*readers),
                            [&cats](int, QRandomGenerator &random, QString &e) {
                                auto r = browseCategory(cats[random.bounded(int(cats.size()))].name,
                                                        BrowseOrder::Quantity, true, std::nullopt, 100);
                                if (!r)
                                    e = r.error().message;
                                return r && !r->items.isEmpty();
                            })
                   .figure(QStringLiteral("browse-first-page"), QStringLiteral("ms")));
        if (!deep.isEmpty()) {
            Figure deepFigure =
                bench
                    .measure(int(*readers),
                             [&deep](int, QRandomGenerator &random, QString &e) {
                                 const auto &[category, cursor] = deep[random.bounded(int(deep.size()))];
                                 auto r = browseCategory(category, BrowseOrder::Quantity, true, cursor, 100);
                                 if (!r)
                                     e = r.error().message;
                                 return r && !r->items.isEmpty();
                             })
                    .figure(QStringLiteral("browse-deep-page"), QStringLiteral("ms"));
            deepFigure.note = QStringLiteral("90 % into categories of %1 items").arg(largest.first().itemCount);
            report(deepFigure);
        }
    }

    // --- reservations -------------------------------------------------------------------------
    // Uniform: random items from a pool with ample stock (every 50th item; all when fewer).
    auto poolQuery = Connection::current().execute(stockPoolSql, { *items >= 1'000'000 ? 50 : 1 });
    if (!poolQuery)
        return cli.fail(poolQuery.error());
    QList<qint64> pool;
    while ((*poolQuery)->next())
        pool << (*poolQuery)->value(0).toLongLong();
    (*poolQuery)->finish();
    if (pool.isEmpty())
        return cli.fail(Error::server(tr("The database has no items to reserve.")));
    auto hot = createItem(
        { QStringLiteral("Benchmark hot item"), {}, 2'000'000'000, 100, QStringLiteral("Benchmark") });
    if (!hot)
        return cli.fail(hot.error());
    const qint64 hotId = hot->id;
    const auto randomItem = [&pool](QRandomGenerator &random) {
        return pool[random.bounded(int(pool.size()))];
    };

    bench.progress(tr("reserve, uniform over %1 items, %2 workers, %3 rounds")
                       .arg(pool.size())
                       .arg(*workers)
                       .arg(*rounds));
    const std::vector<Samples> uniformRounds = bench.compare(
        int(*workers),
        { [&](int, QRandomGenerator &random, QString &e) {
             return exec(limitSql, { randomItem(random) }, e);
         },
          [&](int, QRandomGenerator &random, QString &e) { return originalReserve(randomItem(random), e); },
          [&](int, QRandomGenerator &random, QString &e) {
              auto r = reserve(randomItem(random), 1);
              if (!r)
                  e = r.error().message;
              return bool(r);
          } },
        int(*rounds));
    const Samples &limit = uniformRounds[0];
    const Samples &originalUniform = uniformRounds[1];
    const Samples &uniform = uniformRounds[2];
    Figure limitFigure = limit.figure(QStringLiteral("limit-single-row-update"), QStringLiteral("ops/s"));
    Figure originalUniformFigure =
        originalUniform.figure(QStringLiteral("reserve-uniform-original"), QStringLiteral("ops/s"));
    Figure uniformFigure = uniform.figure(QStringLiteral("reserve-uniform"), QStringLiteral("ops/s"));
    uniformFigure.ratioVsOriginal = uniform.opsPerSec() / std::max(originalUniform.opsPerSec(), 1e-9);
    uniformFigure.fractionOfLimit = uniform.opsPerSec() / std::max(limit.opsPerSec(), 1e-9);
    report(limitFigure);
    report(originalUniformFigure);
    report(uniformFigure);

    bench.progress(tr("reserve, one hot item, %1 workers, %2 rounds").arg(*workers).arg(*rounds));
    const std::vector<Samples> hotRounds =
        bench.compare(int(*workers),
                      { [&](int, QRandomGenerator &, QString &e) { return originalReserve(hotId, e); },
                        [&](int, QRandomGenerator &, QString &e) {
                            auto r = reserve(hotId, 1);
                            if (!r)
                                e = r.error().message;
                            return bool(r);
                        } },
                      int(*rounds));
    const Samples &originalHot = hotRounds[0];
    const Samples &hotSamples = hotRounds[1];
    Figure hotFigure = hotSamples.figure(QStringLiteral("reserve-hot"), QStringLiteral("ops/s"));
    hotFigure.ratioVsOriginal = hotSamples.opsPerSec() / std::max(originalHot.opsPerSec(), 1e-9);
    report(originalHot.figure(QStringLiteral("reserve-hot-original"), QStringLiteral("ops/s")));
    report(hotFigure);

    // --- confirm and release: each on blocks made for it, each block used once ----------------
    for (const bool releasing : { false, true }) {
        const QString name = releasing ? QStringLiteral("release") : QStringLiteral("confirm");
        // Enough blocks for the fastest plausible rate over the warm-up and the phase, for each
        // of the two ways: confirm and release run faster than reserve, so four times its rate.
        const qint64 needed = std::max<qint64>(
            50000, qint64(uniform.opsPerSec() * 4 * double(*warmUp + *seconds * *rounds + 1)));
        bench.progress(tr("%1: preparing %2 reservations for each way").arg(name).arg(needed));
        auto forOriginal = makeBlocks(needed, 3600, QStringLiteral("bench-original-") + name);
        auto forOurs = makeBlocks(needed, 3600, QStringLiteral("bench-") + name);
        if (!forOriginal)
            return cli.fail(forOriginal.error());
        if (!forOurs)
            return cli.fail(forOurs.error());
        Dispenser originalIds(*forOriginal);
        Dispenser ourIds(*forOurs);
        bench.progress(tr("%1, %2 workers, %3 rounds").arg(name).arg(*workers).arg(*rounds));
        const std::vector<Samples> results =
            bench.compare(int(*workers),
                          { [&](int, QRandomGenerator &, QString &e) {
                               const auto id = originalIds.next();
                               if (!id) {
                                   e = QStringLiteral("ran out of prepared reservations");
                                   return false;
                               }
                               return originalConfirmOrRelease(*id, releasing, e);
                           },
                            [&](int, QRandomGenerator &, QString &e) {
                                const auto id = ourIds.next();
                                if (!id) {
                                    e = QStringLiteral("ran out of prepared reservations");
                                    return false;
                                }
                                if (releasing) {
                                    auto r = release(*id);
                                    if (!r)
                                        e = r.error().message;
                                    return bool(r);
                                }
                                auto r = confirm(*id);
                                if (!r)
                                    e = r.error().message;
                                return bool(r);
                            } },
                          int(*rounds), { &originalIds.empty(), &ourIds.empty() });
        const Samples &original = results[0];
        const Samples &ours = results[1];
        Figure figure = ours.figure(name, QStringLiteral("ops/s"));
        figure.ratioVsOriginal = ours.opsPerSec() / std::max(original.opsPerSec(), 1e-9);
        if (ourIds.empty() || originalIds.empty())
            figure.note =
                QStringLiteral("a phase used up its %1 prepared reservations and ended early").arg(needed);
        report(original.figure(name + QStringLiteral("-original"), QStringLiteral("ops/s")));
        report(figure);
    }

    // --- cleanup of expired reservations while others keep reserving -------------------------
    if (*expiredBlocks > 0) {
        bench.progress(tr("cleanup: preparing %1 expired reservations").arg(*expiredBlocks));
        // Whatever earlier phases left expired is cleaned first, so the figure counts only ours.
        if (auto before = cleanupExpired(); !before)
            return cli.fail(before.error());
        for (qint64 made = 0; made < *expiredBlocks;) {
            const qint64 chunk = std::min<qint64>(200000, *expiredBlocks - made);
            auto expired = makeBlocks(chunk, -60, QStringLiteral("bench-expired"));
            if (!expired)
                return cli.fail(expired.error());
            made += chunk;
        }
        script(QStringLiteral("VACUUM ANALYZE block_inventory"), error);
        bench.progress(tr("cleanup while %1 workers reserve").arg(*readers));
        std::atomic<bool> finished = false;
        QFuture<Samples> reservers = QtConcurrent::run([&] {
            return bench.runUntil(int(*readers), finished, [&](int, QRandomGenerator &random, QString &e) {
                auto r = reserve(randomItem(random), 1);
                if (!r)
                    e = r.error().message;
                return bool(r);
            });
        });
        QElapsedTimer timer;
        timer.start();
        QElapsedTimer batchTimer;
        batchTimer.start();
        double longestBatchMs = 0;
        // With several cleaners, the progress calls come after the calling thread's own batches,
        // so the longest interval between them is the longest batch seen from this thread.
        auto cleaned = cleanupExpired(
            [&](const CleanupResult &, const ExpiredSummary &) {
                longestBatchMs = std::max(longestBatchMs, double(batchTimer.nsecsElapsed()) / 1e6);
                batchTimer.start();
                return true;
            },
            5000, int(*cleaners));
        const double cleanupSeconds = double(timer.elapsed()) / 1000.0;
        finished = true;
        const Samples during = reservers.result();
        if (!cleaned)
            return cli.fail(cleaned.error());
        Figure cleanup;
        cleanup.name = QStringLiteral("cleanup");
        cleanup.unit = QStringLiteral("s");
        cleanup.value = cleanupSeconds;
        cleanup.operations = cleaned->blocksRemoved;
        cleanup.opsPerSec = double(cleaned->blocksRemoved) / std::max(cleanupSeconds, 0.001);
        cleanup.maxBatchMs = longestBatchMs;
        cleanup.note = QStringLiteral("%1 expired reservations in %2 batches of 5000, %3 cleaner(s) at once")
                           .arg(cleaned->blocksRemoved)
                           .arg(cleaned->batches)
                           .arg(*cleaners);
        report(cleanup);
        report(during.figure(QStringLiteral("cleanup-concurrent-reserve"), QStringLiteral("ms")));
    }

    // --- the stock ledger's check over every item, after all of the above ---------------------
    {
        bench.progress(tr("checking the stock ledger of every item"));
        QElapsedTimer timer;
        timer.start();
        auto checked = checkLedger();
        if (!checked)
            return cli.fail(checked.error());
        Figure check;
        check.name = QStringLiteral("check");
        check.unit = QStringLiteral("s");
        check.value = double(timer.elapsed()) / 1000.0;
        check.operations = checked->itemsChecked;
        check.opsPerSec = double(checked->itemsChecked) / std::max(check.value, 0.001);
        check.note =
            QStringLiteral("%1 items, %2 drifted").arg(checked->itemsChecked).arg(checked->drifted.size());
        report(check);
    }

    // --- the desktop app's memory while browsing this catalogue -------------------------------
    const QString app =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../desktop/inventory-desk"));
    const QString installedApp =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("inventory-desk"));
    const QString appPath = QFile::exists(app) ? app : installedApp;
    if (QFile::exists(appPath)) {
        bench.progress(tr("the desktop app browsing every category"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        const ConnectionSettings settings = connectionSettings();
        QStringList uriParts { QStringLiteral("host=") + settings.host,
                               QStringLiteral("dbname=") + settings.database };
        if (settings.port > 0)
            uriParts << QStringLiteral("port=%1").arg(settings.port);
        if (!settings.user.isEmpty())
            uriParts << QStringLiteral("user=") + settings.user;
        process.start(
            appPath,
            { QStringLiteral("--db"), uriParts.join(QLatin1Char(' ')), QStringLiteral("--browse-all") });
        const bool ended = process.waitForFinished(600000);
        Figure memory;
        memory.name = QStringLiteral("app-memory");
        memory.unit = QStringLiteral("MB");
        const QString said = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        // The app reports its own peak (VmHWM); getrusage() would also count this program's other
        // children (initdb, pg_ctl).
        static const QRegularExpression peak(QStringLiteral("peak resident memory (\\d+) KiB"));
        const auto match = peak.match(said);
        if (match.hasMatch()) {
            memory.value = match.captured(1).toDouble() / 1024.0;
        } else {
            rusage usage {};
            getrusage(RUSAGE_CHILDREN, &usage); // the largest child's peak, in KiB
            memory.value = double(usage.ru_maxrss) / 1024.0;
        }
        if (!ended || process.exitCode() != 0) {
            memory.errors = 1;
            // The runner's own last words say what went wrong; Qt's warnings come before them.
            const QStringList lines =
                QString::fromUtf8(process.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
            memory.note = QStringLiteral("inventory-desk --browse-all exited with %1: %2")
                              .arg(ended ? process.exitCode() : -1)
                              .arg(lines.isEmpty() ? QString() : lines.last().left(200));
        } else {
            memory.note = said.left(200);
        }
        report(memory);
    }

    return finish();
}
