// What the desktop app's live updates cost the reservation path: reservation throughput with
// no desk open, and with D desks each doing exactly what an open window's live refresh does
// every 1.5 s (the visible category's top 100, the 500 newest reservations, every 8th tick the
// categories: both tabs' work at once, so an upper bound). Phases alternate (A B A B) so a drifting machine
// load hits both alike. Prints the figures; asserts nothing. Usage: bench_livepolling [desks=20] [writers=4]
// [seconds=8]

#include "connection.h"
#include "demodata.h"
#include "operations.h"
#include "testcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("bench_livepolling");

double reservationsPerSecond(int writers, int desks, int seconds, const QStringList &categories,
                             qint64 maxItemId)
{
    std::atomic_bool stop = false;
    std::atomic<qint64> reserved = 0;
    std::atomic<qint64> polls = 0;
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&] {
            auto *random = QRandomGenerator::global();
            while (!stop) {
                if (reserve(1 + random->bounded(maxItemId), 1, 1h))
                    ++reserved;
            }
            Connection::closeCurrent();
        });
    }
    for (int d = 0; d < desks; ++d) {
        threads.emplace_back([&, d] {
            // Desks do not tick in step.
            std::this_thread::sleep_for(std::chrono::milliseconds(1500 * d / qMax(1, desks)));
            for (int tick = 0; !stop; ++tick) {
                (void)topItems(categories.at((d + tick / 20) % categories.size()));
                BlockFilter page;
                page.limit = 500; // as the window's reservations view asks
                (void)blocks(page);
                if (tick % 8 == 0)
                    (void)inventory::categories();
                ++polls;
                for (int i = 0; i < 15 && !stop; ++i)
                    std::this_thread::sleep_for(100ms);
            }
            Connection::closeCurrent();
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto &t : threads)
        t.join();
    std::printf("  %2d desks: %8.0f reservations/s  (%lld desk refreshes)\n", desks,
                double(reserved) / seconds, qint64(polls));
    std::fflush(stdout);
    return double(reserved) / seconds;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int desks = args.value(1, QStringLiteral("20")).toInt();
    const int writers = args.value(2, QStringLiteral("4")).toInt();
    const int seconds = args.value(3, QStringLiteral("8")).toInt();

    if (auto created = TestCluster::instance().createDatabase(db); !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    {
        const ScopedConnectionSettings asOwner(TestCluster::instance().owner(db));
        if (auto seeded = seedItems(100000, 200); !seeded) {
            std::fprintf(stderr, "%s\n", qPrintable(seeded.error().message));
            return 1;
        }
        Connection::closeCurrent();
    }
    setConnectionSettings(TestCluster::instance().manager(db));
    QStringList categories;
    for (const Category &c : inventory::categories().value_or(QList<Category>()))
        categories << c.name;
    const auto maxId = TestCluster::instance().ownerQueryRow(db, QStringLiteral("SELECT max(id) FROM items"));
    const qint64 maxItemId = maxId && !maxId->isEmpty() ? maxId->first().toLongLong() : 1;

    std::printf("reservation throughput, %d writers, %d s per phase, 100,000 items:\n", writers, seconds);
    double alone = 0;
    double polled = 0;
    for (int round = 0; round < 2; ++round) {
        alone += reservationsPerSecond(writers, 0, seconds, categories, maxItemId);
        polled += reservationsPerSecond(writers, desks, seconds, categories, maxItemId);
    }
    std::printf("with %d desks open: %.1f %% of the throughput without\n", desks, 100.0 * polled / alone);

    // What one refresh costs, query by query (client and server on this machine).
    auto time = [](const char *what, auto &&call) {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 50; ++i)
            (void)call();
        std::printf("  %-28s %6.2f ms\n", what, clock.nsecsElapsed() / 50 / 1e6);
    };
    std::printf("one refresh, by query:\n");
    time("top 100 of a category", [&] { return topItems(categories.first()); });
    time("reservations (1000 newest)", [] { return blocks({}); });
    BlockFilter small;
    small.limit = 200;
    time("reservations (200 newest)", [&] { return blocks(small); });
    time("categories", [] { return inventory::categories(); });
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
    return 0;
}
