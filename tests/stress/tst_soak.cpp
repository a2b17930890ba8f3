// Soak (CTest label `soak`, on demand; 10 minutes unless INVENTORY_SOAK_SECONDS says otherwise):
// operations through the library for a long time, from two long-lived threads and from threads
// that come and go (each with its own connection, closed when it ends), while this process's
// resident memory (/proc/self/statm) and the server's client connections (pg_stat_activity) are
// sampled. At the end both must be flat: memory grew by no more than a small bound after the
// warm-up, and no connection outlived its thread. Nothing here is a wall-clock assertion.

#include "connection.h"
#include "operations.h"
#include "testcluster.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <atomic>
#include <unistd.h>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_soak");
constexpr int longLivedThreads = 2;
constexpr int churnThreads = 2;
// Allowed growth of resident memory between the end of the warm-up and the end of the run.
constexpr qint64 rssBoundBytes = 8 * 1024 * 1024;

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) : -1;
}

// Client connections to the soak database, the sampler's own included (it is always one).
qint64 serverConnections()
{
    auto row = TestCluster::instance().ownerQueryRow(
        db,
        QStringLiteral(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'"),
        { db });
    return row && !row->isEmpty() ? row->first().toLongLong() : -1;
}

struct Load
{
    std::atomic<bool> stop = false;
    std::atomic<qint64> operations = 0;
    std::atomic<qint64> refusals = 0;
    QMutex mutex;
    QStringList unexpected;
    QList<qint64> items;

    void failed(const Error &error)
    {
        // Races between this run's own threads can refuse (a block cleaned up meanwhile).
        if (error.kind == Error::Kind::NotFound || error.kind == Error::Kind::Expired
            || error.kind == Error::Kind::AlreadyPermanent) {
            ++refusals;
            return;
        }
        const QMutexLocker lock(&mutex);
        if (unexpected.size() < 20)
            unexpected << kindName(error.kind) + QStringLiteral(": ") + error.message;
    }
};

void work(Load &load, quint32 seed, qint64 maxOperations)
{
    QRandomGenerator random(seed);
    for (qint64 done = 0; !load.stop && (maxOperations < 0 || done < maxOperations); ++done) {
        const qint64 itemId = load.items.at(random.bounded(load.items.size()));
        const int dice = random.bounded(100);
        ++load.operations;
        if (dice < 50) {
            const Ttl ttl = random.bounded(2) ? Ttl(1) : Ttl(3600);
            auto r = reserve(itemId, 1 + random.bounded(3), ttl,
                             random.bounded(4) == 0 ? QStringLiteral("soak-%1-%2").arg(seed).arg(done)
                                                    : QString());
            if (!r) {
                load.failed(r.error());
                continue;
            }
            ++load.operations;
            const int next = random.bounded(10);
            if (next < 4) {
                if (auto c = confirm(r->blockId); !c)
                    load.failed(c.error());
            } else if (next < 8) {
                if (auto x = release(r->blockId); !x)
                    load.failed(x.error());
            } else {
                if (auto x = extend(r->blockId, Ttl(60)); !x)
                    load.failed(x.error());
            }
        } else if (dice < 65) {
            if (auto r = item(itemId); !r)
                load.failed(r.error());
        } else if (dice < 75) {
            if (auto r = topItems(QStringLiteral("Soak")); !r)
                load.failed(r.error());
        } else if (dice < 85) {
            if (auto r = searchItems(QStringLiteral("Soak item 1"), 20); !r)
                load.failed(r.error());
        } else if (dice < 97) {
            BlockFilter filter;
            filter.itemId = itemId;
            filter.limit = 50;
            if (auto r = blocks(filter); !r)
                load.failed(r.error());
        } else {
            if (auto r = cleanupExpired(); !r)
                load.failed(r.error());
        }
    }
    Connection::closeCurrent();
}

struct Sample
{
    double at = 0;
    qint64 rss = 0;
    qint64 connections = 0;
    qint64 operations = 0;
};

double mean(const QList<Sample> &samples, qsizetype from, qsizetype to)
{
    double sum = 0;
    for (qsizetype i = from; i < to; ++i)
        sum += double(samples.at(i).rss);
    return to > from ? sum / double(to - from) : 0;
}
} // namespace

class tst_Soak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void memoryAndConnectionsStayFlat();

private:
    Load m_load;
};

void tst_Soak::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    for (int i = 0; i < 50; ++i) {
        auto item = createItem(
            { QStringLiteral("Soak item %1").arg(i), {}, 100'000'000, 100, QStringLiteral("Soak") });
        QVERIFY(item);
        m_load.items << item->id;
    }
}

void tst_Soak::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Soak::memoryAndConnectionsStayFlat()
{
    bool ok = false;
    int seconds = qEnvironmentVariableIntValue("INVENTORY_SOAK_SECONDS", &ok);
    if (!ok || seconds <= 0)
        seconds = 600;
    const int sampleEvery = std::max(2, seconds / 60) * 1000;

    QList<QThread *> longLived;
    for (int t = 0; t < longLivedThreads; ++t) {
        longLived << QThread::create([this, t] { work(m_load, quint32(1000 + t), -1); });
        longLived.last()->start();
    }
    QList<QThread *> churn;
    quint32 churnSeed = 2000;
    QList<Sample> samples;
    qint64 maxConnections = 0;
    int threadsStarted = longLivedThreads;
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer deadline(std::chrono::seconds { seconds });
    QDeadlineTimer nextSample(0);
    while (!deadline.hasExpired()) {
        // Threads that come and go: each opens its connection and must close it when it ends.
        for (QThread *&thread : churn) {
            if (thread->isFinished()) {
                delete thread;
                thread = nullptr;
            }
        }
        churn.removeAll(nullptr);
        while (churn.size() < churnThreads) {
            const quint32 seed = ++churnSeed;
            churn << QThread::create([this, seed] { work(m_load, seed, 200); });
            churn.last()->start();
            ++threadsStarted;
        }
        if (nextSample.hasExpired()) {
            Sample s { clock.elapsed() / 1000.0, residentBytes(), serverConnections(),
                       m_load.operations.load() };
            QVERIFY(s.rss > 0 && s.connections > 0);
            maxConnections = std::max(maxConnections, s.connections);
            samples << s;
            nextSample.setRemainingTime(sampleEvery);
        }
        QThread::msleep(100);
    }
    m_load.stop = true;
    for (QThread *thread : longLived + churn) {
        thread->wait();
        delete thread;
    }
    Connection::closeCurrent();
    const qint64 connectionsAfter = serverConnections();

    QVERIFY(samples.size() >= 6);
    for (const Sample &s : std::as_const(samples))
        qInfo("t=%6.0f s  rss=%7.1f MB  server connections=%lld  operations=%lld", s.at, s.rss / 1048576.0,
              s.connections, s.operations);
    // Warm-up: the first fifth (caches, prepared statements, allocator arenas per thread).
    const qsizetype warm = samples.size() / 5;
    const qsizetype third = (samples.size() - warm) / 3;
    const double early = mean(samples, warm, warm + third);
    const double late = mean(samples, samples.size() - third, samples.size());
    const qint64 growth = qint64(late - early);
    qInfo().noquote()
        << QStringLiteral("SOAK RESULT: %1 s, %2 operations, %3 threads started (%4 long-lived), %5 refusals "
                          "from races, %6 unexpected errors")
               .arg(seconds)
               .arg(m_load.operations.load())
               .arg(threadsStarted)
               .arg(longLivedThreads)
               .arg(m_load.refusals.load())
               .arg(m_load.unexpected.size());
    qInfo().noquote()
        << QStringLiteral(
               "  resident memory after warm-up %1 MB, at the end %2 MB: growth %3 MB (bound %4 MB)")
               .arg(early / 1048576.0, 0, 'f', 1)
               .arg(late / 1048576.0, 0, 'f', 1)
               .arg(growth / 1048576.0, 0, 'f', 1)
               .arg(rssBoundBytes / 1048576);
    qInfo().noquote()
        << QStringLiteral(
               "  server connections: at most %1 while %2 threads ran (+1 sampler); %3 after they ended")
               .arg(maxConnections)
               .arg(longLivedThreads + churnThreads)
               .arg(connectionsAfter);

    QVERIFY2(m_load.unexpected.isEmpty(), qPrintable(m_load.unexpected.join(QLatin1Char('\n'))));
    QVERIFY(m_load.operations > 0);
    QVERIFY2(growth <= rssBoundBytes, "resident memory kept growing");
    // Every worker thread holds at most one connection, and the sampler one.
    QVERIFY(maxConnections <= longLivedThreads + churnThreads + 1);
    QCOMPARE(connectionsAfter, 1); // the sampler's own: every thread's connection went with it
}

int main(int argc, char *argv[])
{
    // A long run outlasts QtTest's five-minute watchdog per test function: allow the run time
    // plus a quarter of an hour for starting, checking and crash recovery.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT")) {
        bool ok = false;
        const int seconds = qEnvironmentVariableIntValue("INVENTORY_SOAK_SECONDS", &ok);
        qputenv("QTEST_FUNCTION_TIMEOUT",
                QByteArray::number((qint64(ok && seconds > 0 ? seconds : 600) + 900) * 1000));
    }
    QCoreApplication app(argc, argv);
    tst_Soak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_soak.moc"
