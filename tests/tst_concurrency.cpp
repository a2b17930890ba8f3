// Many clients at once: threads (each with its own connection) and separate processes racing
// for the same units, and cleanup racing confirm and release. Every test ends by checking the
// stock invariant on the server: for each item, its starting stock equals what is on the shelf
// plus what its blocks hold, and the history agrees.

#include "connection.h"
#include "invariants.h"
#include "operations.h"
#include "stock.h"
#include "testcluster.h"

#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_concurrency");

int invariantViolations(const QList<qint64> &items, int stock)
{
    return inventory::test::invariantViolations(TestCluster::instance().owner(db), items, stock);
}

// Twenty items of `stock` units with `count` reservations spread over them, all of which have
// then expired (every temporary block in the database is made to have expired).
void expiredReservationsOnSharedItems(const QString &prefix, int stock, int count, QList<qint64> &items,
                                      qint64 &unitsReserved)
{
    for (int i = 0; i < 20; ++i)
        items << createItem({ QStringLiteral("%1 %2").arg(prefix).arg(i), {}, stock, 100, {} })->id;
    for (int i = 0; i < count; ++i) {
        auto r = reserve(items[(i * 7) % 20], 1 + i % 5);
        QVERIFY(r);
        unitsReserved += r->quantityBlocked;
    }
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral(
            "UPDATE block_inventory SET expires_at = now() - interval '1 s' WHERE NOT is_permanent")));
}

struct Tally
{
    QMutex mutex;
    int succeeded = 0;
    QMap<Error::Kind, int> refused;
    QStringList unexpected;

    void add(const Error &error, bool expected)
    {
        const QMutexLocker lock(&mutex);
        ++refused[error.kind];
        if (!expected)
            unexpected << error.message;
    }
};
} // namespace

class tst_Concurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void threadsRaceForTheLastUnits_data();
    void threadsRaceForTheLastUnits();
    void processesRaceForTheLastUnits();
    void concurrentRetriesReserveOnce();
    void cleanupRacesConfirmAndRelease();
    void cleanupsRaceEachOther();
    void parallelCleanupReportsEveryBlockOnce();
    void categoryCountsStayExactUnderConcurrentChanges();
    void reservationsTakeExpiredUnitsWhileCleanupRuns();
    void countPostedWhileReservationsRun();
    void scansRacingThePostingAreBookedOrRefused();

private:
    QThreadPool m_pool;
};

void tst_Concurrency::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    m_pool.setMaxThreadCount(16);
}

void tst_Concurrency::cleanupTestCase()
{
    m_pool.waitForDone();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Concurrency::threadsRaceForTheLastUnits_data()
{
    QTest::addColumn<int>("stock");
    QTest::addColumn<int>("perRequest");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("attemptsPerThread");
    QTest::newRow("last unit, 16 threads") << 1 << 1 << 16 << 3;
    QTest::newRow("10 units, 1 each") << 10 << 1 << 16 << 5;
    QTest::newRow("10 units, 3 each") << 10 << 3 << 16 << 5;
    QTest::newRow("500 units, 7 each") << 500 << 7 << 16 << 10;
}

void tst_Concurrency::threadsRaceForTheLastUnits()
{
    QFETCH(int, stock);
    QFETCH(int, perRequest);
    QFETCH(int, threads);
    QFETCH(int, attemptsPerThread);
    auto item =
        createItem({ QStringLiteral("Contested %1/%2").arg(stock).arg(perRequest), {}, stock, 100, {} });
    QVERIFY(item);

    Tally tally;
    QList<QFuture<void>> futures;
    for (int t = 0; t < threads; ++t) {
        futures << QtConcurrent::run(&m_pool, [&] {
            for (int i = 0; i < attemptsPerThread; ++i) {
                auto r = reserve(item->id, perRequest);
                if (r) {
                    const QMutexLocker lock(&tally.mutex);
                    ++tally.succeeded;
                } else {
                    tally.add(r.error(),
                              r.error().kind == Error::Kind::InsufficientStock
                                  && r.error().available < perRequest);
                }
            }
            Connection::closeCurrent();
        });
    }
    for (auto &f : futures)
        f.waitForFinished();

    const int expectedWins = std::min(stock / perRequest, threads * attemptsPerThread);
    QVERIFY2(tally.unexpected.isEmpty(), qPrintable(tally.unexpected.join(QLatin1Char('\n'))));
    QCOMPARE(tally.succeeded, expectedWins); // exactly the stock is sold, never more
    QCOMPARE(tally.refused.value(Error::Kind::InsufficientStock), threads * attemptsPerThread - expectedWins);
    auto after = inventory::item(item->id);
    QVERIFY(after);
    QCOMPARE(after->quantity, stock - expectedWins * perRequest);
    QCOMPARE(invariantViolations({ item->id }, stock), 0);
}

void tst_Concurrency::processesRaceForTheLastUnits()
{
    const QString inventoryctl = qEnvironmentVariable("INVENTORYCTL");
    QVERIFY2(QFile::exists(inventoryctl), "INVENTORYCTL must name the built inventoryctl (CTest sets it)");
    const int stock = 5;
    auto item = createItem({ QStringLiteral("Contested across processes"), {}, stock, 100, {} });
    QVERIFY(item);

    // Eight separate programs, each with its own connection, each wanting 2 of the 5 units.
    const QString uri = TestCluster::uri(TestCluster::instance().staff(db));
    QList<QProcess *> processes;
    for (int i = 0; i < 8; ++i) {
        auto *process = new QProcess(this);
        process->start(inventoryctl,
                       { QStringLiteral("--db"), uri, QStringLiteral("reserve"), QString::number(item->id),
                         QStringLiteral("2") });
        processes << process;
    }
    int won = 0;
    int refused = 0;
    for (QProcess *process : processes) {
        QVERIFY(process->waitForFinished(60000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitCode() == 0) {
            ++won;
        } else {
            QVERIFY2(process->exitCode() == 3,
                     qPrintable(QStringLiteral("exit %1: %2").arg(process->exitCode()).arg(err)));
            QVERIFY2(err.contains(QLatin1String("are available; 2 were requested")), qPrintable(err));
            ++refused;
        }
        delete process;
    }
    QCOMPARE(won, 2);
    QCOMPARE(refused, 6);
    QCOMPARE(inventory::item(item->id)->quantity, 1);
    QCOMPARE(invariantViolations({ item->id }, stock), 0);
}

void tst_Concurrency::concurrentRetriesReserveOnce()
{
    // A client that lost its answer retries; here sixteen copies of the same request at once.
    const int stock = 100;
    auto item = createItem({ QStringLiteral("Retried"), {}, stock, 100, {} });
    QVERIFY(item);
    QMutex mutex;
    QSet<qint64> blockIds;
    int fresh = 0;
    QStringList errors;
    QList<QFuture<void>> futures;
    for (int t = 0; t < 16; ++t) {
        futures << QtConcurrent::run(&m_pool, [&] {
            auto r = reserve(item->id, 4, 1h, QStringLiteral("CHECKOUT-1234"));
            const QMutexLocker lock(&mutex);
            if (r) {
                blockIds.insert(r->blockId);
                fresh += r->replayed ? 0 : 1;
            } else {
                errors << r.error().message;
            }
            Connection::closeCurrent();
        });
    }
    for (auto &f : futures)
        f.waitForFinished();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(blockIds.size(), 1);
    QCOMPARE(fresh, 1);
    QCOMPARE(inventory::item(item->id)->quantity, stock - 4);
    QCOMPARE(invariantViolations({ item->id }, stock), 0);
}

void tst_Concurrency::cleanupRacesConfirmAndRelease()
{
    // 300 blocks over 5 items; a third already expired, a third expiring during the race.
    const int stock = 1000;
    QList<qint64> items;
    for (int i = 0; i < 5; ++i) {
        auto item = createItem({ QStringLiteral("Race item %1").arg(i), {}, stock, 100, {} });
        QVERIFY(item);
        items << item->id;
    }
    QList<qint64> blockIds;
    for (int i = 0; i < 300; ++i) {
        auto r = reserve(items[i % 5], 1 + i % 3, 1h);
        QVERIFY(r);
        blockIds << r->blockId;
    }
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral(
            "UPDATE block_inventory SET expires_at = CASE WHEN id % 3 = 0 THEN now() - interval '1 s' "
            "WHEN id % 3 = 1 THEN clock_timestamp() + (id % 40) * interval '25 ms' ELSE expires_at END "
            "WHERE item_id = ANY($1::bigint[])"),
        { QStringLiteral("{%1,%2,%3,%4,%5}")
              .arg(items[0])
              .arg(items[1])
              .arg(items[2])
              .arg(items[3])
              .arg(items[4]) }));

    QList<qint64> confirmOrder = blockIds;
    QList<qint64> releaseOrder = blockIds;
    std::shuffle(confirmOrder.begin(), confirmOrder.end(), *QRandomGenerator::global());
    std::shuffle(releaseOrder.begin(), releaseOrder.end(), *QRandomGenerator::global());

    Tally confirms;
    Tally releases;
    std::atomic<qint64> cleanedBlocks = 0;
    std::atomic<bool> racing = true;
    QStringList cleanupErrors;
    auto confirmer = [&](int part) {
        for (int i = part; i < confirmOrder.size(); i += 2) {
            auto r = confirm(confirmOrder[i]);
            if (r) {
                const QMutexLocker lock(&confirms.mutex);
                ++confirms.succeeded;
            } else {
                const auto kind = r.error().kind;
                confirms.add(r.error(),
                             kind == Error::Kind::NotFound || kind == Error::Kind::Expired
                                 || kind == Error::Kind::AlreadyPermanent);
            }
        }
        Connection::closeCurrent();
    };
    auto releaser = [&](int part) {
        for (int i = part; i < releaseOrder.size(); i += 2) {
            auto r = release(releaseOrder[i]);
            if (r) {
                const QMutexLocker lock(&releases.mutex);
                ++releases.succeeded;
            } else {
                const auto kind = r.error().kind;
                releases.add(r.error(),
                             kind == Error::Kind::NotFound || kind == Error::Kind::AlreadyPermanent);
            }
        }
        Connection::closeCurrent();
    };
    auto cleaner = [&] {
        while (racing) {
            auto r = cleanupExpired({}, 7);
            if (r)
                cleanedBlocks += r->blocksRemoved;
            else
                cleanupErrors << r.error().message;
        }
        Connection::closeCurrent();
    };
    QList<QFuture<void>> workers { QtConcurrent::run(&m_pool, cleaner), QtConcurrent::run(&m_pool, cleaner) };
    QList<QFuture<void>> racers { QtConcurrent::run(&m_pool, confirmer, 0),
                                  QtConcurrent::run(&m_pool, confirmer, 1),
                                  QtConcurrent::run(&m_pool, releaser, 0),
                                  QtConcurrent::run(&m_pool, releaser, 1) };
    for (auto &f : racers)
        f.waitForFinished();
    QTest::qWait(1100); // let the last blocks expire while the cleaners still run
    racing = false;
    for (auto &f : workers)
        f.waitForFinished();

    QVERIFY2(confirms.unexpected.isEmpty(), qPrintable(confirms.unexpected.join(QLatin1Char('\n'))));
    QVERIFY2(releases.unexpected.isEmpty(), qPrintable(releases.unexpected.join(QLatin1Char('\n'))));
    QVERIFY2(cleanupErrors.isEmpty(),
             qPrintable(cleanupErrors.join(QLatin1Char('\n')))); // no deadlock, no error
    // Each block was decided exactly once: confirmed, released or expired.
    QCOMPARE(confirms.succeeded + releases.succeeded + int(cleanedBlocks), blockIds.size());
    auto left = blocks({ .limit = 100000 });
    QVERIFY(left);
    int permanentLeft = 0;
    for (const Block &b : *left) {
        if (items.contains(b.itemId)) {
            QVERIFY(b.isPermanent);
            ++permanentLeft;
        }
    }
    QCOMPARE(permanentLeft, confirms.succeeded);
    QCOMPARE(invariantViolations(items, stock), 0);
}

void tst_Concurrency::cleanupsRaceEachOther()
{
    const int stock = 100000;
    QList<qint64> items;
    qint64 expectedUnits = 0;
    expiredReservationsOnSharedItems(QStringLiteral("Cleanup race"), stock, 2000, items, expectedUnits);
    if (QTest::currentTestFailed())
        return;
    auto before = expiredSummary();
    QVERIFY(before);
    // Four cleaners over the same expired blocks, batches touching overlapping items.
    std::atomic<qint64> blocksRemoved = 0;
    std::atomic<qint64> unitsRestored = 0;
    QStringList errors;
    QMutex errorsMutex;
    QList<QFuture<void>> cleaners;
    for (int i = 0; i < 4; ++i) {
        cleaners << QtConcurrent::run(&m_pool, [&] {
            auto r = cleanupExpired({}, 50);
            if (r) {
                blocksRemoved += r->blocksRemoved;
                unitsRestored += r->unitsRestored;
            } else {
                const QMutexLocker lock(&errorsMutex);
                errors << r.error().message;
            }
            Connection::closeCurrent();
        });
    }
    for (auto &f : cleaners)
        f.waitForFinished();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(blocksRemoved.load(), before->blocks);
    QCOMPARE(unitsRestored.load(), before->units);
    QVERIFY(unitsRestored.load() >= expectedUnits);
    for (qint64 id : items)
        QCOMPARE(inventory::item(id)->quantity, stock);
    QCOMPARE(invariantViolations(items, stock), 0);
}

void tst_Concurrency::parallelCleanupReportsEveryBlockOnce()
{
    const int stock = 100000;
    QList<qint64> items;
    qint64 reservedUnits = 0;
    expiredReservationsOnSharedItems(QStringLiteral("Parallel cleanup"), stock, 1500, items, reservedUnits);
    if (QTest::currentTestFailed())
        return;
    auto before = expiredSummary();
    QVERIFY(before);
    QVERIFY(before->blocks >= 1500);
    QVERIFY(before->units >= reservedUnits);

    // One call, three connections, small batches over shared items; progress on this thread.
    const QThread *caller = QThread::currentThread();
    int progressCalls = 0;
    bool progressOnCaller = true;
    CleanupResult lastSeen;
    auto result = cleanupExpired(
        [&](const CleanupResult &soFar, const ExpiredSummary &atStart) {
            ++progressCalls;
            progressOnCaller = progressOnCaller && QThread::currentThread() == caller;
            lastSeen = soFar;
            return atStart.blocks == before->blocks;
        },
        40, 3);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->blocksRemoved, before->blocks);
    QCOMPARE(result->unitsRestored, before->units);
    QVERIFY(result->batches >= int(before->blocks / 40));
    QVERIFY(progressOnCaller);
    QVERIFY(progressCalls >= 2);
    QCOMPARE(lastSeen.blocksRemoved, result->blocksRemoved); // the last call has everyone's batches
    auto after = expiredSummary();
    QVERIFY(after);
    QCOMPARE(after->blocks, 0);
    for (qint64 id : items)
        QCOMPARE(inventory::item(id)->quantity, stock);
    QCOMPARE(invariantViolations(items, stock), 0);

    // Refused before anything is sent.
    auto refused = cleanupExpired({}, 40, 17);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("17 is not between 1 and 16")),
             qPrintable(refused.error().message));
}

void tst_Concurrency::categoryCountsStayExactUnderConcurrentChanges()
{
    const QStringList names { QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("East"),
                              QStringLiteral("West") };
    for (int i = 0; i < 400; ++i)
        QVERIFY(createItem({ QStringLiteral("Counted %1").arg(i), {}, 1, 100, names[i % 4] }));
    const ConnectionSettings owner = TestCluster::instance().owner(db);
    std::atomic<bool> stop = false;
    QMutex errorsMutex;
    QStringList errors;
    auto note = [&](const Error &e) {
        const QMutexLocker lock(&errorsMutex);
        errors << e.message;
    };
    // Inserts through the API; deletes and moves between categories as the owner, one row and
    // many rows at a time, all at once.
    auto inserter = [&](int seed) {
        QRandomGenerator random(seed);
        while (!stop) {
            if (auto r = createItem({ QStringLiteral("Counted new"), {}, 1, 100, names[random.bounded(4)] });
                !r)
                note(r.error());
        }
        Connection::closeCurrent();
    };
    auto owned = [&](int seed, const QString &sql) {
        const ScopedConnectionSettings asOwner(owner);
        QRandomGenerator random(seed);
        while (!stop) {
            auto q = Connection::current().execute(
                sql, { names[random.bounded(4)], names[random.bounded(4)], random.bounded(5) });
            if (!q && q.error().sqlState != QLatin1String("40P01")) // a deadlock would show here
                note(q.error());
            else if (q)
                (*q)->finish();
        }
        Connection::closeCurrent();
    };
    const QString deleteSql =
        QStringLiteral("DELETE FROM items i WHERE i.id IN (SELECT id FROM items WHERE category = $1 AND name "
                       "LIKE 'Counted%' "
                       "AND $2::text IS NOT NULL AND id % 5 = $3 LIMIT 3) "
                       "AND NOT EXISTS (SELECT FROM block_inventory b WHERE b.item_id = i.id)");
    const QString moveSql =
        QStringLiteral("UPDATE items SET category = $2 WHERE id IN (SELECT id FROM items WHERE category = $1 "
                       "AND name LIKE 'Counted%' AND id % 5 = $3 LIMIT 4)");
    QList<QFuture<void>> futures { QtConcurrent::run(&m_pool, inserter, 1),
                                   QtConcurrent::run(&m_pool, inserter, 2),
                                   QtConcurrent::run(&m_pool, owned, 3, deleteSql),
                                   QtConcurrent::run(&m_pool, owned, 4, moveSql),
                                   QtConcurrent::run(&m_pool, owned, 5, moveSql) };
    QTest::qWait(4000);
    stop = true;
    for (auto &f : futures)
        f.waitForFinished();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    auto mismatches = TestCluster::instance().ownerQueryRow(
        db,
        QStringLiteral(
            "SELECT count(*) FROM (SELECT category, count(*) AS n FROM items WHERE category IS NOT NULL "
            "GROUP BY category) g FULL JOIN (SELECT * FROM category_counts WHERE item_count > 0) c "
            "USING (category) WHERE g.n IS DISTINCT FROM c.item_count"));
    QVERIFY(mismatches);
    QCOMPARE(mismatches->first().toInt(), 0);
}

void tst_Concurrency::reservationsTakeExpiredUnitsWhileCleanupRuns()
{
    // 20 items of 10 units, every unit held by an expired block. Reservations (which give an
    // item's expired blocks back themselves) race two cleaners over the same blocks: no
    // deadlock, no error, every unit reserved exactly once, each block expired exactly once.
    QList<qint64> items;
    for (int i = 0; i < 20; ++i) {
        auto created = createItem({ QStringLiteral("Expired race %1").arg(i), {}, 10, 100, {} });
        QVERIFY(created);
        items << created->id;
        for (int b = 0; b < 5; ++b)
            QVERIFY(reserve(created->id, 2));
    }
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 s' "
                           "WHERE NOT is_permanent AND item_id = ANY($1::bigint[])"),
        { QLatin1Char('{') + [&] { QStringList l; for (qint64 id : items) l << QString::number(id); return l.join(u','); }() + QLatin1Char('}') }));

    std::atomic<bool> racing = true;
    std::atomic<int> reservedUnits = 0;
    Tally reserves;
    QStringList cleanupErrors;
    QMutex cleanupMutex;
    auto reserver = [&](int part) {
        for (int round = 0; round < 20; ++round) {
            for (int i = part; i < items.size(); i += 4) {
                auto r = reserve(items[i], 1, 1h);
                if (r) {
                    ++reservedUnits;
                } else {
                    reserves.add(r.error(), r.error().kind == Error::Kind::InsufficientStock);
                }
            }
        }
        Connection::closeCurrent();
    };
    auto cleaner = [&] {
        while (racing) {
            auto r = cleanupExpired({}, 3);
            if (!r) {
                const QMutexLocker lock(&cleanupMutex);
                cleanupErrors << r.error().message;
            }
        }
        Connection::closeCurrent();
    };
    QList<QFuture<void>> cleaners { QtConcurrent::run(&m_pool, cleaner), QtConcurrent::run(&m_pool, cleaner) };
    QList<QFuture<void>> reservers;
    for (int part = 0; part < 4; ++part)
        reservers << QtConcurrent::run(&m_pool, reserver, part);
    for (auto &f : reservers)
        f.waitForFinished();
    racing = false;
    for (auto &f : cleaners)
        f.waitForFinished();
    QVERIFY2(reserves.unexpected.isEmpty(), qPrintable(reserves.unexpected.join(QLatin1Char('\n'))));
    QVERIFY2(cleanupErrors.isEmpty(), qPrintable(cleanupErrors.join(QLatin1Char('\n'))));

    // What a racing cleanup still held when a reservation looked is available now.
    for (qint64 id : items) {
        while (reserve(id, 1, 1h))
            ++reservedUnits;
    }
    QCOMPARE(reservedUnits.load(), 200);
    for (qint64 id : items) {
        auto it = item(id);
        QVERIFY(it);
        QCOMPARE(it->quantity, 0);
        QCOMPARE(it->expiredHeld, 0);
        QCOMPARE(it->reserved, 10);
    }
    QCOMPARE(invariantViolations(items, 10), 0);
}

void tst_Concurrency::countPostedWhileReservationsRun()
{
    // A count of 12 items of 50 units: some counted short, some over. While it is open and
    // while it is posted, four threads reserve and release the same items. Afterwards each
    // item's on-hand stock (quantity + temporary holds) is exactly what was counted: the
    // reservations moved units between shelf and blocks, never in or out.
    const QString category = QStringLiteral("Counted under load");
    QList<qint64> items;
    for (int i = 0; i < 12; ++i) {
        auto created = createItem({ QStringLiteral("Counted %1").arg(i), {}, 50, 100, category });
        QVERIFY(created);
        items << created->id;
    }
    auto count = openCount(category);
    QVERIFY2(count, count ? "" : qPrintable(count.error().message));
    QHash<qint64, int> counted;
    for (int i = 0; i < items.size(); ++i) {
        counted[items[i]] = 50 + (i % 3 == 0 ? -3 : i % 3 == 1 ? 2 : 0);
        QVERIFY(setCounted(count->id, items[i], counted[items[i]]));
    }

    std::atomic<bool> racing = true;
    Tally tally;
    auto churn = [&](int seed) {
        QRandomGenerator random(seed);
        QList<qint64> held;
        while (racing) {
            const qint64 id = items[random.bounded(int(items.size()))];
            auto r = reserve(id, 1 + random.bounded(3), 1h);
            if (r)
                held << r->blockId;
            else
                tally.add(r.error(), r.error().kind == Error::Kind::InsufficientStock);
            if (held.size() > 3) {
                auto released = release(held.takeFirst());
                if (!released)
                    tally.add(released.error(), false);
            }
        }
        Connection::closeCurrent();
    };
    QList<QFuture<void>> churners;
    for (int t = 0; t < 4; ++t)
        churners << QtConcurrent::run(&m_pool, churn, 17 + t);
    QTest::qWait(300);
    auto posted = postCount(count->id);
    QTest::qWait(300);
    racing = false;
    for (auto &f : churners)
        f.waitForFinished();
    QVERIFY2(posted, posted ? "" : qPrintable(posted.error().message));
    QCOMPARE(posted->movements, 8);
    QVERIFY2(tally.unexpected.isEmpty(), qPrintable(tally.unexpected.join(QLatin1Char('\n'))));

    for (qint64 id : items) {
        auto it = item(id);
        QVERIFY(it);
        QCOMPARE(it->quantity + int(it->reserved), counted[id]);
    }
    auto ledger = checkLedger();
    QVERIFY(ledger);
    QVERIFY(ledger->isClean());
}

void tst_Concurrency::scansRacingThePostingAreBookedOrRefused()
{
    // Scanners keep adding to a count while a manager posts it. Every scan is either in the
    // posted figure (booked) or refused because the count was posted: none stored unbooked.
    QList<qint64> items;
    for (int i = 0; i < 3; ++i)
        items << createItem({ QStringLiteral("Scanned %1").arg(i), {}, 20, 100, {} })->id;
    auto count = openCount(items);
    QVERIFY(count);
    std::atomic<bool> posted = false;
    std::atomic<int> accepted = 0;
    Tally tally;
    auto scanner = [&](int part) {
        for (int n = 0; n < 400 && !posted; ++n) {
            auto r = addCounted(count->id, items[(n + part) % items.size()]);
            if (r)
                ++accepted;
            else
                tally.add(r.error(), r.error().kind == Error::Kind::Conflict);
        }
        Connection::closeCurrent();
    };
    QList<QFuture<void>> scanners;
    for (int t = 0; t < 4; ++t)
        scanners << QtConcurrent::run(&m_pool, scanner, t);
    QTest::qWait(150);
    auto posting = postCount(count->id);
    posted = true;
    for (auto &f : scanners)
        f.waitForFinished();
    QVERIFY2(posting, posting ? "" : qPrintable(posting.error().message));
    QVERIFY2(tally.unexpected.isEmpty(), qPrintable(tally.unexpected.join(QLatin1Char('\n'))));
    QVERIFY(accepted > 0);

    auto lines = countLines(count->id);
    QVERIFY(lines);
    int counted = 0;
    for (const CountLine &line : *lines)
        counted += line.counted.value_or(0);
    QCOMPARE(counted, accepted.load());
    // What was booked is exactly the stored figures' differences.
    auto booked = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT coalesce(sum(change), 0) FROM stock_movements WHERE count_id = $1"), { count->id });
    QVERIFY(booked);
    int difference = 0;
    for (const CountLine &line : *lines)
        difference += line.counted ? *line.counted - line.expected : 0;
    QCOMPARE(booked->first().toInt(), difference);
    auto ledger = checkLedger();
    QVERIFY(ledger && ledger->isClean());
}

QTEST_GUILESS_MAIN(tst_Concurrency)
#include "tst_concurrency.moc"
