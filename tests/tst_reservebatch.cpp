// inventory.reserve_batch, the flash-sale call: many reservations of one item in one call and
// one commit. Each request gets its own block or its own refusal, first fit in arrival order;
// retries (references) answered with the first reservation within and across batches; the
// item's expired blocks given back first; the stock invariant and the ledger hold while
// batches race with single reservations for the last units.

#include "connection.h"
#include "operations.h"
#include "stock.h"
#include "testcluster.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_reservebatch");

qint64 newItem(const QString &name, int quantity)
{
    const auto created = createItem({ name, {}, quantity, 500, QStringLiteral("Batch") });
    return created ? created->id : 0;
}

int quantityOf(qint64 itemId)
{
    const auto found = item(itemId);
    return found ? found->quantity : -1;
}

QList<ReservationRequest> requests(std::initializer_list<qint64> quantities)
{
    QList<ReservationRequest> list;
    for (qint64 q : quantities)
        list.append({ q, defaultReservationTtl, {} });
    return list;
}

int heldBy(qint64 itemId)
{
    const auto row = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM block_inventory WHERE item_id = $1"), { itemId });
    return row ? row->first().toInt() : -1;
}
} // namespace

class tst_ReserveBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void eachRequestGetsItsOwnBlock();
    void firstFitInArrivalOrder();
    void invalidRequestsAreAnsweredAlone();
    void unknownAndArchivedItems();
    void referencesWithinAndAcrossBatches();
    void expiredBlocksAreGivenBackFirst();
    void batchesRaceSingleReservations();

private:
    void checkLedgerIsClean();
};

void tst_ReserveBatch::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().staff(db));
}

void tst_ReserveBatch::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_ReserveBatch::checkLedgerIsClean()
{
    ScopedConnectionSettings owner(TestCluster::instance().owner(db));
    const auto ledger = checkLedger();
    QVERIFY(ledger);
    QVERIFY(ledger->isClean());
}

void tst_ReserveBatch::eachRequestGetsItsOwnBlock()
{
    const qint64 id = newItem(QStringLiteral("Batch lamp"), 20);
    QList<ReservationRequest> list = requests({ 2, 3, 4 });
    list[1].ttl = 10min;
    list[2].reference = QStringLiteral("order-3");
    const auto batch = reserveBatch(id, list);
    QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
    QCOMPARE(batch->size(), 3);
    QSet<qint64> blockIds;
    int remaining = 20;
    for (int i = 0; i < 3; ++i) {
        const auto &one = batch->at(i);
        QVERIFY(one);
        QCOMPARE(one->quantityBlocked, int(list[i].quantity));
        remaining -= int(list[i].quantity);
        QCOMPARE(one->remainingQuantity, remaining); // as if one after another
        blockIds << one->blockId;
    }
    QCOMPARE(blockIds.size(), 3);
    QVERIFY(batch->at(1)->expiresAt < batch->at(0)->expiresAt); // its own ttl
    QCOMPARE(quantityOf(id), 11);
    QCOMPARE(heldBy(id), 9);
    // Each block has its own 'created' event, with its reference and the acting role.
    const auto events = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT count(*), count(reference), min(actor) FROM block_events WHERE item_id = $1 AND kind = 'created'"),
        { id });
    QVERIFY(events);
    QCOMPARE(events->at(0).toInt(), 3);
    QCOMPARE(events->at(1).toInt(), 1);
    QCOMPARE(events->at(2).toString(), QStringLiteral("tst_staff"));
    checkLedgerIsClean();
}

void tst_ReserveBatch::firstFitInArrivalOrder()
{
    // 6 units; asked in order 4, 5, 1, 2, 1: 4 fits, 5 does not, 1 fits, 2 does not (1 left), 1 fits.
    const qint64 id = newItem(QStringLiteral("First fit"), 6);
    const auto batch = reserveBatch(id, requests({ 4, 5, 1, 2, 1 }));
    QVERIFY(batch);
    QVERIFY(batch->at(0));
    QVERIFY(!batch->at(1));
    QCOMPARE(batch->at(1).error().kind, Error::Kind::InsufficientStock);
    QCOMPARE(batch->at(1).error().requested, 5);
    QCOMPARE(batch->at(1).error().available, 2);
    QVERIFY(batch->at(2));
    QVERIFY(!batch->at(3));
    QCOMPARE(batch->at(3).error().requested, 2);
    QCOMPARE(batch->at(3).error().available, 1);
    QVERIFY(batch->at(4));
    QCOMPARE(batch->at(4)->remainingQuantity, 0);
    QCOMPARE(quantityOf(id), 0);
    QCOMPARE(heldBy(id), 6);
    checkLedgerIsClean();
}

void tst_ReserveBatch::invalidRequestsAreAnsweredAlone()
{
    const qint64 id = newItem(QStringLiteral("Mixed validity"), 10);
    QList<ReservationRequest> list = requests({ 1, 0, 2, 3000000000LL });
    list.append({ 1, 0s, {} });
    const auto batch = reserveBatch(id, list);
    QVERIFY(batch);
    QVERIFY(batch->at(0));
    QCOMPARE(batch->at(1).error().kind, Error::Kind::InvalidInput);
    QVERIFY(batch->at(2));
    QCOMPARE(batch->at(3).error().kind, Error::Kind::InvalidInput);
    QCOMPARE(batch->at(4).error().kind, Error::Kind::InvalidInput);
    QCOMPARE(quantityOf(id), 7);

    QCOMPARE(reserveBatch(id, {}).error().kind, Error::Kind::InvalidInput);
    QList<ReservationRequest> tooMany(maximumReservationBatch + 1, ReservationRequest { 1, defaultReservationTtl, {} });
    QCOMPARE(reserveBatch(id, tooMany).error().kind, Error::Kind::InvalidInput);
    QCOMPARE(quantityOf(id), 7);
}

void tst_ReserveBatch::unknownAndArchivedItems()
{
    const QString before = TestCluster::instance().stateFingerprint(db);
    const auto unknown = reserveBatch(999999999, requests({ 1, 2 }));
    QVERIFY(unknown);
    QCOMPARE(unknown->at(0).error().kind, Error::Kind::NotFound);
    QCOMPARE(unknown->at(1).error().kind, Error::Kind::NotFound);
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);

    const qint64 id = newItem(QStringLiteral("Archived in a batch"), 5);
    {
        ScopedConnectionSettings manager(TestCluster::instance().manager(db));
        QVERIFY(archiveItem(id));
    }
    const QString archived = TestCluster::instance().stateFingerprint(db);
    const auto refused = reserveBatch(id, requests({ 1, 1 }));
    QVERIFY(refused);
    QCOMPARE(refused->at(0).error().kind, Error::Kind::Conflict);
    QCOMPARE(refused->at(1).error().kind, Error::Kind::Conflict);
    QCOMPARE(TestCluster::instance().stateFingerprint(db), archived);
}

void tst_ReserveBatch::referencesWithinAndAcrossBatches()
{
    const qint64 id = newItem(QStringLiteral("Retried in batches"), 50);
    QList<ReservationRequest> first = requests({ 2, 3, 2 });
    first[0].reference = QStringLiteral("A");
    first[1].reference = QStringLiteral("B");
    first[2].reference = QStringLiteral("A"); // the same key twice in one batch: a retry of the first
    const auto one = reserveBatch(id, first);
    QVERIFY(one);
    QVERIFY(one->at(0) && !one->at(0)->replayed);
    QVERIFY(one->at(2) && one->at(2)->replayed);
    QCOMPARE(one->at(2)->blockId, one->at(0)->blockId);
    QCOMPARE(quantityOf(id), 45);

    // The next batch retries A and B (and a single reserve retries B): nothing more is taken.
    QList<ReservationRequest> second = requests({ 2, 3, 1 });
    second[0].reference = QStringLiteral("A");
    second[1].reference = QStringLiteral("B");
    const auto two = reserveBatch(id, second);
    QVERIFY(two);
    QCOMPARE(two->at(0)->blockId, one->at(0)->blockId);
    QVERIFY(two->at(0)->replayed);
    QCOMPARE(two->at(1)->blockId, one->at(1)->blockId);
    QVERIFY(two->at(2) && !two->at(2)->replayed);
    QCOMPARE(quantityOf(id), 44);
    const auto single = reserve(id, 3, defaultReservationTtl, QStringLiteral("B"));
    QVERIFY(single && single->replayed);
    QCOMPARE(single->blockId, one->at(1)->blockId);
    // A key reused with another quantity is refused, naming the first reservation.
    QList<ReservationRequest> conflicting = requests({ 9 });
    conflicting.append({ 1, defaultReservationTtl, {} });
    conflicting[0].reference = QStringLiteral("A");
    const auto three = reserveBatch(id, conflicting);
    QVERIFY(three);
    QCOMPARE(three->at(0).error().kind, Error::Kind::InvalidInput);
    QVERIFY(three->at(1));
    QCOMPARE(quantityOf(id), 43);
    checkLedgerIsClean();
}

void tst_ReserveBatch::expiredBlocksAreGivenBackFirst()
{
    const qint64 id = newItem(QStringLiteral("Expired then sold"), 4);
    const auto old = reserve(id, 4);
    QVERIFY(old);
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 minute' WHERE id = $1"), { old->blockId }));
    const auto batch = reserveBatch(id, requests({ 3, 2, 1 }));
    QVERIFY(batch);
    QVERIFY(batch->at(0));
    QVERIFY(!batch->at(1));
    QVERIFY(batch->at(2));
    QCOMPARE(quantityOf(id), 0);
    QCOMPARE(heldBy(id), 4);
    const auto expired = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT count(*) FROM block_events WHERE block_id = $1 AND kind = 'expired'"), { old->blockId });
    QVERIFY(expired);
    QCOMPARE(expired->first().toInt(), 1);
    checkLedgerIsClean();
}

void tst_ReserveBatch::batchesRaceSingleReservations()
{
    const int stock = 300;
    const qint64 id = newItem(QStringLiteral("Raced by batches"), stock);
    std::atomic<int> units { 0 };
    std::atomic<int> failures { 0 };
    const ConnectionSettings settings = TestCluster::instance().staff(db);
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t) {
        threads.emplace_back([&, t] {
            ScopedConnectionSettings mine(settings);
            for (int round = 0; round < 40; ++round) {
                if (t % 2 == 0) {
                    const auto batch = reserveBatch(id, requests({ 1, 2, 1, 3, 1 }));
                    if (!batch) {
                        ++failures;
                        continue;
                    }
                    for (const auto &one : *batch) {
                        if (one)
                            units += one->quantityBlocked;
                        else if (one.error().kind != Error::Kind::InsufficientStock)
                            ++failures;
                    }
                } else {
                    const auto one = reserve(id, 1 + round % 2);
                    if (one)
                        units += one->quantityBlocked;
                    else if (one.error().kind != Error::Kind::InsufficientStock)
                        ++failures;
                }
            }
            Connection::closeCurrent();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(units.load(), stock); // every unit sold, none twice
    QCOMPARE(quantityOf(id), 0);
    QCOMPARE(heldBy(id), stock);
    checkLedgerIsClean();
}

QTEST_GUILESS_MAIN(tst_ReserveBatch)
#include "tst_reservebatch.moc"
