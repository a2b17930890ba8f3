// Every operation's success and each of its refusals, on a real server; a refusal changes
// nothing (the whole database's state is compared before and after).

#include "connection.h"
#include "operations.h"
#include "testcluster.h"

#include <QSqlQuery>
#include <QTest>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

Q_DECLARE_METATYPE(inventory::Error::Kind)

namespace {
const QString db = QStringLiteral("tst_operations");

// Makes a block expired without waiting an hour: moves its expiry into the past (as the owner).
void expire(qint64 blockId)
{
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 minute' WHERE id = $1"),
        { blockId }));
}

int quantityOf(qint64 itemId)
{
    auto found = item(itemId);
    return found ? found->quantity : -1;
}
} // namespace

class tst_Operations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // First, while the fixture's expired / permanent / released blocks are as initTestCase left them.
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();

    void createAndReadItem();
    void createItemKeepsTextVerbatim();
    void searchByPrefix();
    void topItemsOrderAndCounts();
    void reserveTakesStock();
    void reserveRefusesMoreThanAvailable();
    void reserveWithReferenceIsIdempotent();
    void confirmMakesPermanent();
    void confirmRefusesExpiredBeforeCleanup();
    void releaseGivesBack();
    void extendMovesExpiry();
    void cleanupGivesBackExpiredOnly();
    void blocksFilters();
    void historyRecordsEachChange();
    void sessionKnowsTheRole();

private:
    qint64 m_item = 0; // plenty of stock
    qint64 m_scarce = 0; // 5 units
    qint64 m_permanent = 0;
    qint64 m_expired = 0;
    qint64 m_released = 0;
};

void tst_Operations::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));

    auto a = createItem(
        { QStringLiteral("Blue mug"), QStringLiteral("A mug"), 100, 1250, QStringLiteral("Kitchen") });
    auto b = createItem({ QStringLiteral("Red kettle"), {}, 5, 2999, QStringLiteral("Kitchen") });
    QVERIFY(a && b);
    m_item = a->id;
    m_scarce = b->id;
    // Blocks in each final state, for the refusal table.
    auto p = reserve(m_item, 1);
    QVERIFY(p && confirm(p->blockId));
    m_permanent = p->blockId;
    auto e = reserve(m_item, 1);
    QVERIFY(e);
    expire(e->blockId);
    m_expired = e->blockId;
    auto r = reserve(m_item, 1);
    QVERIFY(r && release(r->blockId));
    m_released = r->blockId;
}

void tst_Operations::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Operations::createAndReadItem()
{
    auto created = createItem(
        { QStringLiteral("Steel hammer"), QStringLiteral("Claw, 16 oz"), 7, 1999, QStringLiteral("Tools") });
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(created->id > 0);
    QCOMPARE(created->price, 1999);
    QVERIFY(created->createdAt.isValid());
    QVERIFY(qAbs(created->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);

    auto read = item(created->id);
    QVERIFY(read);
    QCOMPARE(read->name, QStringLiteral("Steel hammer"));
    QCOMPARE(read->description, QStringLiteral("Claw, 16 oz"));
    QCOMPARE(read->quantity, 7);
    QCOMPARE(read->category, QStringLiteral("Tools"));
    QCOMPARE(read->reserved, 0);
}

void tst_Operations::createItemKeepsTextVerbatim()
{
    // Quotes, SQL fragments and non-Latin text are values, stored and returned exactly.
    const QStringList names { QStringLiteral("Robert'); DROP TABLE items;--"),
                              QStringLiteral("50\" TV \\ stand"),
                              QStringLiteral("Tasse \u00e0 caf\u00e9 \U0001F375"),
                              QStringLiteral("$1 OR 1=1") };
    for (const QString &name : names) {
        auto created = createItem({ name, QStringLiteral("';--"), 1, 100, QStringLiteral("O'Reilly") });
        QVERIFY2(created, qPrintable(name));
        auto read = item(created->id);
        QVERIFY(read);
        QCOMPARE(read->name, name);
        QCOMPARE(read->description, QStringLiteral("';--"));
        QCOMPARE(read->category, QStringLiteral("O'Reilly"));
    }
    QVERIFY(item(m_item)); // the table is still there
}

void tst_Operations::searchByPrefix()
{
    auto found = searchItems(QStringLiteral("blue M"));
    QVERIFY(found);
    QVERIFY(std::any_of(found->cbegin(), found->cend(), [&](const Item &i) { return i.id == m_item; }));
    for (const Item &i : *found)
        QVERIFY(i.name.startsWith(QLatin1String("blue m"), Qt::CaseInsensitive));
    auto none = searchItems(QStringLiteral("zzz-no-such"));
    QVERIFY(none && none->isEmpty());
    // LIKE wildcards are plain characters here.
    auto wildcard = searchItems(QStringLiteral("%"));
    QVERIFY(wildcard && wildcard->isEmpty());
}

void tst_Operations::topItemsOrderAndCounts()
{
    for (int i = 0; i < 120; ++i)
        QVERIFY(createItem(
            { QStringLiteral("Garden item %1").arg(i), {}, (i * 37) % 50, 100, QStringLiteral("Garden") }));
    auto top = topItems(QStringLiteral("Garden"));
    QVERIFY(top);
    QCOMPARE(top->category, QStringLiteral("Garden"));
    QCOMPARE(top->items.size(), 100);
    QCOMPARE(top->totalItemsInCategory, 120);
    for (int i = 1; i < top->items.size(); ++i) {
        const Item &a = top->items[i - 1];
        const Item &b = top->items[i];
        QVERIFY(a.quantity > b.quantity || (a.quantity == b.quantity && a.id < b.id));
    }
    auto empty = topItems(QStringLiteral("No such category"));
    QVERIFY(empty);
    QCOMPARE(empty->items.size(), 0);
    QCOMPARE(empty->totalItemsInCategory, 0);

    // Each row says how many of its units temporary reservations hold; permanent ones are sold.
    const qint64 first = top->items[0].id;
    const qint64 second = top->items[1].id;
    QVERIFY(reserve(first, 2));
    QVERIFY(reserve(second, 3));
    auto sold = reserve(second, 4);
    QVERIFY(sold);
    QVERIFY(confirm(sold->blockId));
    auto again = topItems(QStringLiteral("Garden"));
    QVERIFY(again);
    QHash<qint64, qint64> reservedById;
    for (const Item &item : again->items)
        reservedById.insert(item.id, item.reserved);
    QCOMPARE(reservedById.value(first, -1), 2);
    QCOMPARE(reservedById.value(second, -1), 3);
    QCOMPARE(std::count_if(again->items.cbegin(), again->items.cend(),
                           [](const Item &i) { return i.reserved > 0; }),
             2);
}

void tst_Operations::reserveTakesStock()
{
    const int before = quantityOf(m_item);
    const QDateTime clientNow = QDateTime::currentDateTimeUtc();
    auto r = reserve(m_item, 3, 90min, QStringLiteral("ORDER-1"));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->quantityBlocked, 3);
    QCOMPARE(r->remainingQuantity, before - 3);
    QCOMPARE(quantityOf(m_item), before - 3);
    // Server time decides; the two clocks here agree to well within a minute.
    QVERIFY(qAbs(r->expiresAt.secsTo(clientNow.addSecs(90 * 60))) < 60);
    auto read = item(m_item);
    QVERIFY(read->reserved >= 3);
}

void tst_Operations::reserveRefusesMoreThanAvailable()
{
    const QString before = TestCluster::instance().stateFingerprint(db);
    auto r = reserve(m_scarce, 6);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::InsufficientStock);
    QCOMPARE(r.error().available, 5);
    QCOMPARE(r.error().requested, 6);
    QCOMPARE(
        r.error().message,
        QStringLiteral("Only 5 of item #%1 'Red kettle' are available; 6 were requested.").arg(m_scarce));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
    auto all = reserve(m_scarce, 5);
    QVERIFY(all);
    QCOMPARE(all->remainingQuantity, 0);
    auto none = reserve(m_scarce, 1);
    QVERIFY(!none);
    QCOMPARE(none.error().available, 0);
    QVERIFY(release(all->blockId));
}

void tst_Operations::reserveWithReferenceIsIdempotent()
{
    auto target = createItem({ QStringLiteral("Retry target"), {}, 10, 100, {} });
    auto other = createItem({ QStringLiteral("Other item"), {}, 10, 100, {} });
    QVERIFY(target && other);
    auto first = reserve(target->id, 2, 1h, QStringLiteral("ORDER-9"));
    QVERIFY(first);
    QVERIFY(!first->replayed);
    const QString before = TestCluster::instance().stateFingerprint(db);
    auto retry = reserve(target->id, 2, 1h, QStringLiteral("ORDER-9"));
    QVERIFY2(retry, retry ? "" : qPrintable(retry.error().message));
    QVERIFY(retry->replayed);
    QCOMPARE(retry->blockId, first->blockId);
    QCOMPARE(retry->quantityBlocked, 2);
    QCOMPARE(retry->expiresAt, first->expiresAt);
    QCOMPARE(TestCluster::instance().stateFingerprint(db),
             before); // nothing taken twice, nothing recorded twice
    auto conflict = reserve(target->id, 3, 1h, QStringLiteral("ORDER-9"));
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(conflict.error().message.contains(QStringLiteral("#%1").arg(first->blockId)),
             qPrintable(conflict.error().message));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
    // The same order may reserve another item.
    auto otherItem = reserve(other->id, 2, 1h, QStringLiteral("ORDER-9"));
    QVERIFY(otherItem && !otherItem->replayed);
    // Still the first result after the block is gone: a late retry never takes stock again.
    QVERIFY(release(first->blockId));
    const int quantity = quantityOf(target->id);
    auto late = reserve(target->id, 2, 1h, QStringLiteral("ORDER-9"));
    QVERIFY(late && late->replayed);
    QCOMPARE(quantityOf(target->id), quantity);
    // Another role's identical reference is another key.
    const ScopedConnectionSettings asStaff(TestCluster::instance().staff(db));
    auto theirs = reserve(target->id, 2, 1h, QStringLiteral("ORDER-9"));
    QVERIFY(theirs && !theirs->replayed);
}

void tst_Operations::confirmMakesPermanent()
{
    auto r = reserve(m_item, 2);
    QVERIFY(r);
    auto c = confirm(r->blockId);
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    QVERIFY(c->isPermanent);
    QVERIFY(c->confirmedAt.isValid());
    auto list = blocks({ .itemId = m_item, .state = BlockState::Permanent });
    QVERIFY(list);
    auto it = std::find_if(list->cbegin(), list->cend(), [&](const Block &b) { return b.id == r->blockId; });
    QVERIFY(it != list->cend());
    QVERIFY(!it->expiresAt.isValid());
    auto again = confirm(r->blockId);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::AlreadyPermanent);
}

void tst_Operations::confirmRefusesExpiredBeforeCleanup()
{
    auto r = reserve(m_item, 1);
    QVERIFY(r);
    expire(r->blockId);
    const QString before = TestCluster::instance().stateFingerprint(db);
    auto c = confirm(r->blockId);
    QVERIFY(!c);
    QCOMPARE(c.error().kind, Error::Kind::Expired);
    QVERIFY(c.error().when.isValid());
    QVERIFY2(c.error().message.contains(QLatin1String("expired at")), qPrintable(c.error().message));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_Operations::releaseGivesBack()
{
    const int before = quantityOf(m_item);
    auto r = reserve(m_item, 4);
    QVERIFY(r);
    QCOMPARE(quantityOf(m_item), before - 4);
    auto released = release(r->blockId);
    QVERIFY2(released, released ? "" : qPrintable(released.error().message));
    QCOMPARE(released->quantityReturned, 4);
    QCOMPARE(released->itemQuantity, before);
    QCOMPARE(quantityOf(m_item), before);
    auto again = release(r->blockId);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
}

void tst_Operations::extendMovesExpiry()
{
    auto r = reserve(m_item, 1, 10min);
    QVERIFY(r);
    auto e = extend(r->blockId, 30min);
    QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    QCOMPARE(r->expiresAt.secsTo(e->expiresAt), 30 * 60);
    auto tooFar = extend(r->blockId, 30 * 24h);
    QVERIFY(!tooFar);
    QCOMPARE(tooFar.error().kind, Error::Kind::InvalidInput);
}

void tst_Operations::cleanupGivesBackExpiredOnly()
{
    auto item = createItem({ QStringLiteral("Cleanup target"), {}, 50, 100, QStringLiteral("Tools") });
    QVERIFY(item);
    QList<qint64> expired;
    for (int i = 1; i <= 4; ++i) {
        auto r = reserve(item->id, i);
        QVERIFY(r);
        expired << r->blockId;
        expire(r->blockId);
    }
    auto active = reserve(item->id, 5);
    QVERIFY(active);
    auto permanent = reserve(item->id, 6);
    QVERIFY(permanent && confirm(permanent->blockId));
    QCOMPARE(quantityOf(item->id), 50 - 10 - 5 - 6);

    auto summary = expiredSummary();
    QVERIFY(summary);
    QVERIFY(summary->blocks >= 4);
    const qint64 expectedBlocks = summary->blocks;
    const qint64 expectedUnits = summary->units;

    int calls = 0;
    auto done = cleanupExpired(
        [&](const CleanupResult &soFar, const ExpiredSummary &atStart) {
            ++calls;
            return soFar.blocksRemoved <= atStart.blocks;
        },
        2); // small batches: several round trips
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->blocksRemoved, expectedBlocks);
    QCOMPARE(done->unitsRestored, expectedUnits);
    QVERIFY(done->batches >= 2);
    QCOMPARE(calls, done->batches);
    QCOMPARE(quantityOf(item->id), 50 - 5 - 6);
    auto left = blocks({ .itemId = item->id });
    QVERIFY(left);
    QCOMPARE(left->size(), 2);
    auto nothing = cleanupExpired();
    QVERIFY(nothing);
    QCOMPARE(nothing->blocksRemoved, 0);
}

void tst_Operations::blocksFilters()
{
    auto item = createItem({ QStringLiteral("Filter target"), {}, 20, 100, {} });
    QVERIFY(item);
    auto t = reserve(item->id, 1);
    auto p = reserve(item->id, 2);
    auto e = reserve(item->id, 3);
    QVERIFY(t && p && e && confirm(p->blockId));
    expire(e->blockId);
    auto ids = [&](std::optional<BlockState> state) {
        QList<qint64> result;
        auto list = blocks({ .itemId = item->id, .state = state });
        if (list) {
            for (const Block &b : *list)
                result << b.id;
        }
        return result;
    };
    QCOMPARE(ids(std::nullopt), (QList<qint64> { e->blockId, p->blockId, t->blockId }));
    QCOMPARE(ids(BlockState::Temporary), QList<qint64> { t->blockId });
    QCOMPARE(ids(BlockState::Permanent), QList<qint64> { p->blockId });
    QCOMPARE(ids(BlockState::Expired), QList<qint64> { e->blockId });
    auto mine = blocks({ .itemId = item->id, .mineOnly = true });
    QVERIFY(mine);
    QCOMPARE(mine->size(), 3);
    QCOMPARE(mine->first().createdBy, QStringLiteral("tst_manager"));
    QCOMPARE(mine->first().itemName, QStringLiteral("Filter target"));
    {
        const ScopedConnectionSettings asStaff(TestCluster::instance().staff(db));
        auto theirs = blocks({ .itemId = item->id, .mineOnly = true });
        QVERIFY(theirs);
        QCOMPARE(theirs->size(), 0);
    }
}

void tst_Operations::historyRecordsEachChange()
{
    auto item = createItem({ QStringLiteral("History target"), {}, 20, 100, {} });
    QVERIFY(item);
    auto a = reserve(item->id, 1, 1h, QStringLiteral("REF-A"));
    auto b = reserve(item->id, 2);
    auto c = reserve(item->id, 3);
    QVERIFY(a && b && c);
    QVERIFY(extend(a->blockId, 5min));
    QVERIFY(confirm(a->blockId));
    QVERIFY(release(b->blockId));
    expire(c->blockId); // an 'extended' event: the expiry moved
    QVERIFY(cleanupExpired());
    auto rows = TestCluster::instance().ownerQueryRow(
        db,
        QStringLiteral("SELECT string_agg(kind::text || ':' || quantity || ':' || actor, ',' ORDER BY id) "
                       "FROM block_events WHERE item_id = $1"),
        { item->id });
    QVERIFY(rows);
    QCOMPARE(rows->first().toString(),
             QStringLiteral("created:1:tst_manager,created:2:tst_manager,created:3:tst_manager,"
                            "extended:1:tst_manager,confirmed:1:tst_manager,released:2:tst_manager,"
                            "extended:3:inventory_owner,expired:3:tst_manager"));
    auto reference = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT reference FROM block_events WHERE block_id = $1 AND kind = 'created'"),
        { a->blockId });
    QVERIFY(reference);
    QCOMPARE(reference->first().toString(), QStringLiteral("REF-A"));
}

void tst_Operations::sessionKnowsTheRole()
{
    auto manager = sessionInfo();
    QVERIFY(manager);
    QCOMPARE(manager->user, QStringLiteral("tst_manager"));
    QVERIFY(manager->isManager && manager->isStaff && !manager->isOwner);
    const ScopedConnectionSettings asStaff(TestCluster::instance().staff(db));
    auto staff = sessionInfo();
    QVERIFY(staff);
    QVERIFY(staff->isStaff && !staff->isManager);
}

void tst_Operations::refusalsChangeNothing_data()
{
    QTest::addColumn<std::function<Error()>>("call");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("mentions");

    auto failure = [](auto result) {
        return result ? Error {} : result.error();
    };
    const qint64 huge = qint64(1) << 31;
    const QString tenKb(10240, QLatin1Char('n'));
    const QString nul = QString::fromUtf16(u"mug\0cup", 7);
    const QString surrogate = QStringLiteral("mug") + QChar(0xdc00);

    auto add = [&](const char *name, std::function<Error()> call, Error::Kind kind, const QString &mentions) {
        QTest::newRow(name) << call << kind << mentions;
    };
    using K = Error::Kind;
    // item(id)
    add(
        "item: zero id", [=] { return failure(item(0)); }, K::InvalidInput, QStringLiteral("0"));
    add(
        "item: negative id", [=] { return failure(item(-7)); }, K::InvalidInput, QStringLiteral("-7"));
    add(
        "item: unknown id", [=] { return failure(item(987654321)); }, K::NotFound,
        QStringLiteral("987654321"));
    // createItem
    auto newItem = [](QString name, qint64 quantity, Cents price, QString category = {},
                      QString description = {}) {
        return NewItem { name, description, quantity, price, category };
    };
    add(
        "create: empty name", [=] { return failure(createItem(newItem({}, 1, 100))); }, K::InvalidInput,
        QStringLiteral("name"));
    add(
        "create: 10 KB name", [=] { return failure(createItem(newItem(tenKb, 1, 100))); }, K::InvalidInput,
        QStringLiteral("10240"));
    add(
        "create: NUL in name", [=] { return failure(createItem(newItem(nul, 1, 100))); }, K::InvalidInput,
        QStringLiteral("U+0000"));
    add(
        "create: invalid UTF-16 name", [=] { return failure(createItem(newItem(surrogate, 1, 100))); },
        K::InvalidInput, QStringLiteral("Unicode"));
    add(
        "create: negative quantity",
        [=] { return failure(createItem(newItem(QStringLiteral("x"), -1, 100))); }, K::InvalidInput,
        QStringLiteral("-1"));
    add(
        "create: quantity 2^31", [=] { return failure(createItem(newItem(QStringLiteral("x"), huge, 100))); },
        K::InvalidInput, QStringLiteral("2147483648"));
    add(
        "create: negative price", [=] { return failure(createItem(newItem(QStringLiteral("x"), 1, -1))); },
        K::InvalidInput, QStringLiteral("price"));
    add(
        "create: price too large",
        [=] { return failure(createItem(newItem(QStringLiteral("x"), 1, 10'000'000'000))); }, K::InvalidInput,
        QStringLiteral("99999999.99"));
    add(
        "create: 10 KB category",
        [=] { return failure(createItem(newItem(QStringLiteral("x"), 1, 1, tenKb))); }, K::InvalidInput,
        QStringLiteral("category"));
    add(
        "create: NUL in description",
        [=] { return failure(createItem(newItem(QStringLiteral("x"), 1, 1, {}, nul))); }, K::InvalidInput,
        QStringLiteral("U+0000"));
    // searchItems / topItems
    add(
        "search: NUL", [=] { return failure(searchItems(nul)); }, K::InvalidInput, QStringLiteral("U+0000"));
    add(
        "search: 10 KB", [=] { return failure(searchItems(tenKb)); }, K::InvalidInput,
        QStringLiteral("10240"));
    add(
        "search: zero limit", [=] { return failure(searchItems(QStringLiteral("a"), 0)); }, K::InvalidInput,
        QStringLiteral("0"));
    add(
        "top: empty category", [=] { return failure(topItems({})); }, K::InvalidInput,
        QStringLiteral("category"));
    add(
        "top: 10 KB category", [=] { return failure(topItems(tenKb)); }, K::InvalidInput,
        QStringLiteral("10240"));
    // reserve
    add(
        "reserve: zero", [=, this] { return failure(reserve(m_item, 0)); }, K::InvalidInput,
        QStringLiteral("0"));
    add(
        "reserve: negative", [=, this] { return failure(reserve(m_item, -3)); }, K::InvalidInput,
        QStringLiteral("-3"));
    add(
        "reserve: 2^31", [=, this] { return failure(reserve(m_item, huge)); }, K::InvalidInput,
        QStringLiteral("2147483648"));
    add(
        "reserve: more than stock", [=, this] { return failure(reserve(m_scarce, 2147483647)); },
        K::InsufficientStock, QStringLiteral("2147483647 were requested"));
    add(
        "reserve: unknown item", [=] { return failure(reserve(987654321, 1)); }, K::NotFound,
        QStringLiteral("987654321"));
    add(
        "reserve: zero item id", [=] { return failure(reserve(0, 1)); }, K::InvalidInput,
        QStringLiteral("0"));
    add(
        "reserve: zero ttl", [=, this] { return failure(reserve(m_item, 1, 0s)); }, K::InvalidInput,
        QStringLiteral("expiry"));
    add(
        "reserve: negative ttl", [=, this] { return failure(reserve(m_item, 1, -5min)); }, K::InvalidInput,
        QStringLiteral("expiry"));
    add(
        "reserve: ttl over 30 days", [=, this] { return failure(reserve(m_item, 1, 31 * 24h)); },
        K::InvalidInput, QStringLiteral("30d"));
    add(
        "reserve: 10 KB reference", [=, this] { return failure(reserve(m_item, 1, 1h, tenKb)); },
        K::InvalidInput, QStringLiteral("10240"));
    add(
        "reserve: NUL in reference", [=, this] { return failure(reserve(m_item, 1, 1h, nul)); },
        K::InvalidInput, QStringLiteral("U+0000"));
    // confirm / release / extend on ids and on blocks in each final state
    add(
        "confirm: zero id", [=] { return failure(confirm(0)); }, K::InvalidInput, QStringLiteral("0"));
    add(
        "confirm: unknown", [=] { return failure(confirm(987654321)); }, K::NotFound,
        QStringLiteral("987654321"));
    add(
        "confirm: permanent", [=, this] { return failure(confirm(m_permanent)); }, K::AlreadyPermanent,
        QStringLiteral("already permanent"));
    add(
        "confirm: expired", [=, this] { return failure(confirm(m_expired)); }, K::Expired,
        QStringLiteral("expired at"));
    add(
        "confirm: released", [=, this] { return failure(confirm(m_released)); }, K::NotFound,
        QStringLiteral("does not exist"));
    add(
        "release: negative id", [=] { return failure(release(-1)); }, K::InvalidInput, QStringLiteral("-1"));
    add(
        "release: permanent", [=, this] { return failure(release(m_permanent)); }, K::AlreadyPermanent,
        QStringLiteral("cannot be released"));
    add(
        "release: released", [=, this] { return failure(release(m_released)); }, K::NotFound,
        QStringLiteral("does not exist"));
    add(
        "extend: permanent", [=, this] { return failure(extend(m_permanent, 1h)); }, K::AlreadyPermanent,
        QStringLiteral("no expiry"));
    add(
        "extend: expired", [=, this] { return failure(extend(m_expired, 1h)); }, K::Expired,
        QStringLiteral("can no longer be extended"));
    add(
        "extend: released", [=, this] { return failure(extend(m_released, 1h)); }, K::NotFound,
        QStringLiteral("does not exist"));
    add(
        "extend: zero ttl", [=, this] { return failure(extend(m_expired, 0s)); }, K::InvalidInput,
        QStringLiteral("expiry"));
    add(
        "blocks: zero item", [=] { return failure(blocks({ .itemId = 0 })); }, K::InvalidInput,
        QStringLiteral("0"));
    add(
        "cleanup: zero batch", [=] { return failure(cleanupExpired({}, 0)); }, K::InvalidInput,
        QStringLiteral("0"));
}

void tst_Operations::refusalsChangeNothing()
{
    QFETCH(std::function<Error()>, call);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, mentions);
    const QString before = TestCluster::instance().stateFingerprint(db);
    QVERIFY(!before.isEmpty());
    const Error error = call();
    QVERIFY2(
        error.kind == kind,
        qPrintable(QStringLiteral("%1: got %2 (%3)")
                       .arg(QLatin1String(QTest::currentDataTag()), kindName(error.kind), error.message)));
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

QTEST_GUILESS_MAIN(tst_Operations)
#include "tst_operations.moc"
