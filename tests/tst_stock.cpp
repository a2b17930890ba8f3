// Stock keeping on a real server: receipts, adjustments, undo, counts, item edits and archive,
// low stock, the history, and the ledger's check and repair. Each operation's success, its
// refusals (which change nothing: the database's fingerprint is compared), and each role.

#include "connection.h"
#include "operations.h"
#include "stock.h"
#include "testcluster.h"
#include "validation.h"

#include <QTest>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

Q_DECLARE_METATYPE(inventory::Error::Kind)

namespace {
const QString db = QStringLiteral("tst_stock");

Item newItem(const QString &name, int quantity, const QString &category = QStringLiteral("Stock"))
{
    auto created = createItem({ name, {}, quantity, 500, category });
    if (!created)
        qFatal("createItem: %s", qPrintable(created.error().message));
    return *created;
}

int quantityOf(qint64 itemId)
{
    auto found = item(itemId);
    return found ? found->quantity : -1;
}

LedgerCheck ledger()
{
    auto check = checkLedger();
    if (!check)
        qFatal("checkLedger: %s", qPrintable(check.error().message));
    return *check;
}

void expire(qint64 blockId)
{
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 minute' WHERE id = $1"),
        { blockId }));
}
} // namespace

class tst_Stock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void receiveAddsAndIsBooked();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void adjustByAndTo();
    void undoBooksTheOpposite();
    void rolesAreEnforced_data();
    void rolesAreEnforced();
    void expiredUnitsAreAvailableAtOnce();
    void editItemAndFindByCode();
    void barcodeCheckDigit_data();
    void barcodeCheckDigit();
    void archiveHidesAndRefuses();
    void lowStockMostUrgentFirst();
    void countPostsDifferences();
    void countRefusesWhatIsReservedAway();
    void historyMergesAndPages();
    void driftIsFoundAndRepaired();

private:
    qint64 m_item = 0;
};

void tst_Stock::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    m_item = newItem(QStringLiteral("Blue vase"), 7).id;
}

void tst_Stock::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Stock::init()
{
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_Stock::receiveAddsAndIsBooked()
{
    auto received = receive(m_item, 24, StockReason::Received, QStringLiteral("PO-77"));
    QVERIFY2(received, received ? "" : qPrintable(received.error().message));
    QCOMPARE(received->change, 24);
    QCOMPARE(received->resultingQuantity, 31);
    QCOMPARE(received->itemName, QStringLiteral("Blue vase"));
    QCOMPARE(received->actor, TestCluster::instance().manager(db).user);
    QCOMPARE(quantityOf(m_item), 31);

    auto returned = receive(m_item, 1, StockReason::Returned);
    QVERIFY(returned);
    QCOMPARE(returned->resultingQuantity, 32);

    HistoryFilter filter;
    filter.itemId = m_item;
    auto entries = history(filter);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 3); // opening, receipt, return; newest first
    QCOMPARE(entries->at(0).kind, QStringLiteral("receipt"));
    QCOMPARE(entries->at(0).reason, QStringLiteral("returned"));
    QCOMPARE(entries->at(1).reference, QStringLiteral("PO-77"));
    QCOMPARE(entries->at(1).resultingQuantity, 31);
    QCOMPARE(entries->at(2).kind, QStringLiteral("opening"));
    QCOMPARE(entries->at(2).change, 7);
    QVERIFY(ledger().isClean());
}

void tst_Stock::refusalsChangeNothing_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("receive 0") << 0 << Error::Kind::InvalidInput << QStringLiteral("below the minimum of 1");
    QTest::newRow("receive unknown item") << 1 << Error::Kind::NotFound << QString();
    QTest::newRow("receive as damaged") << 2 << Error::Kind::InvalidInput << QStringLiteral("'damaged' is not one of");
    QTest::newRow("receive past the maximum") << 3 << Error::Kind::InvalidInput << QStringLiteral("exceed the maximum");
    QTest::newRow("adjust below zero") << 4 << Error::Kind::InsufficientStock << QStringLiteral("cannot be taken off");
    QTest::newRow("adjust to the same") << 5 << Error::Kind::InvalidInput << QStringLiteral("nothing to adjust");
    QTest::newRow("adjust by and to") << 6 << Error::Kind::InvalidInput << QStringLiteral("not both");
    QTest::newRow("adjust as received") << 7 << Error::Kind::InvalidInput << QStringLiteral("'received' is not one of");
    QTest::newRow("undo an opening") << 8 << Error::Kind::Conflict << QStringLiteral("cannot be undone");
    QTest::newRow("edit: taken SKU") << 9 << Error::Kind::InvalidInput << QStringLiteral("already the SKU of item");
    QTest::newRow("edit: bad barcode") << 10 << Error::Kind::InvalidInput << QStringLiteral("check digit");
    QTest::newRow("count: unknown category") << 11 << Error::Kind::Conflict << QStringLiteral("has no items to count");
    QTest::newRow("count: unknown count") << 12 << Error::Kind::NotFound << QString();
    QTest::newRow("post: unknown count") << 13 << Error::Kind::NotFound << QString();
}

void tst_Stock::refusalsChangeNothing()
{
    QFETCH(int, operation);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, message);

    const Item skuHolder = newItem(QStringLiteral("SKU holder %1").arg(operation), 3);
    ItemEdit skuEdit;
    skuEdit.sku = QStringLiteral("HOLD-%1").arg(operation);
    QVERIFY(editItem(skuHolder.id, skuEdit));
    const qint64 opening = [&] {
        HistoryFilter f;
        f.itemId = skuHolder.id;
        auto h = history(f);
        return h && !h->isEmpty() ? h->last().id : 0;
    }();
    const int quantity = quantityOf(m_item);

    const QString before = TestCluster::instance().stateFingerprint(db);
    std::optional<Error> error;
    auto keep = [&](const auto &result) {
        if (!result)
            error = result.error();
    };
    switch (operation) {
    case 0: keep(receive(m_item, 0)); break;
    case 1: keep(receive(99999999, 1)); break;
    case 2: keep(receive(m_item, 1, StockReason::Damaged)); break;
    case 3: keep(receive(m_item, validate::maxQuantity)); break;
    case 4: keep(adjust(m_item, { -(quantity + 1), std::nullopt, StockReason::Lost, {} })); break;
    case 5: keep(adjust(m_item, { std::nullopt, quantity, StockReason::Correction, {} })); break;
    case 6: keep(adjust(m_item, { 1, 2, StockReason::Found, {} })); break;
    case 7: keep(adjust(m_item, { 1, std::nullopt, StockReason::Received, {} })); break;
    case 8: keep(undoMovement(opening)); break;
    case 9: {
        ItemEdit edit;
        edit.sku = QStringLiteral("hold-%1").arg(operation); // case-insensitively the same
        keep(editItem(m_item, edit));
        break;
    }
    case 10: {
        ItemEdit edit;
        edit.barcode = QStringLiteral("4006381333932");
        keep(editItem(m_item, edit));
        break;
    }
    case 11: keep(openCount(QStringLiteral("No such category"))); break;
    case 12: keep(setCounted(99999999, m_item, 1)); break;
    case 13: keep(postCount(99999999)); break;
    }
    QVERIFY2(error, "the operation was not refused");
    QCOMPARE(error->kind, kind);
    if (!message.isEmpty())
        QVERIFY2(error->message.contains(message), qPrintable(error->message));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_Stock::adjustByAndTo()
{
    const Item it = newItem(QStringLiteral("Adjusted jar"), 10);
    auto down = adjust(it.id, { -3, std::nullopt, StockReason::Damaged, QStringLiteral("dropped a box") });
    QVERIFY2(down, down ? "" : qPrintable(down.error().message));
    QCOMPARE(down->change, -3);
    QCOMPARE(down->resultingQuantity, 7);
    auto to = adjust(it.id, { std::nullopt, 12, StockReason::Found, {} });
    QVERIFY(to);
    QCOMPARE(to->change, 5);
    QCOMPARE(quantityOf(it.id), 12);
    // A decrease past what is on hand names both numbers.
    auto tooMuch = adjust(it.id, { -13, std::nullopt, StockReason::Lost, {} });
    QVERIFY(!tooMuch);
    QVERIFY2(tooMuch.error().message.contains(QLatin1String("Only 12")), qPrintable(tooMuch.error().message));
    QVERIFY2(tooMuch.error().message.contains(QLatin1String("13")), qPrintable(tooMuch.error().message));
    QVERIFY(ledger().isClean());
}

void tst_Stock::undoBooksTheOpposite()
{
    const Item it = newItem(QStringLiteral("Undone lamp"), 2);
    auto received = receive(it.id, 5);
    QVERIFY(received);
    auto undone = undoMovement(received->id);
    QVERIFY2(undone, undone ? "" : qPrintable(undone.error().message));
    QCOMPARE(undone->change, -5);
    QCOMPARE(undone->resultingQuantity, 2);
    QCOMPARE(undone->compensates, received->id);
    QVERIFY(undone->id != received->id);
    // Once only, and both rows stay in the history.
    auto again = undoMovement(received->id);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    HistoryFilter filter;
    filter.itemId = it.id;
    auto entries = history(filter);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 3);
    QVERIFY(entries->at(0).note.contains(QString::number(received->id)));

    // Units reserved away since cannot be undone off the shelf.
    auto more = receive(it.id, 3);
    QVERIFY(more);
    QVERIFY(reserve(it.id, 4));
    auto blocked = undoMovement(more->id);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().kind, Error::Kind::InsufficientStock);
    QVERIFY(ledger().isClean());
}

void tst_Stock::rolesAreEnforced_data()
{
    QTest::addColumn<bool>("asManager");
    QTest::addColumn<int>("operation");
    QTest::addColumn<bool>("allowed");
    const char *names[] = { "receive", "adjust", "edit", "archive", "open count", "enter count", "post count",
                            "repair", "undo own receipt" };
    const bool staffMay[] = { true, false, false, false, false, true, false, false, true };
    for (int op = 0; op < 9; ++op) {
        QTest::addRow("staff: %s", names[op]) << false << op << staffMay[op];
        QTest::addRow("manager: %s", names[op]) << true << op << true;
    }
}

void tst_Stock::rolesAreEnforced()
{
    QFETCH(bool, asManager);
    QFETCH(int, operation);
    QFETCH(bool, allowed);

    const Item it = newItem(QStringLiteral("Role item %1 %2").arg(operation).arg(asManager), 10,
                            QStringLiteral("Roles %1 %2").arg(operation).arg(asManager));
    auto count = openCount(QList<qint64> { it.id });
    QVERIFY(count);

    const ScopedConnectionSettings as(asManager ? TestCluster::instance().manager(db)
                                                : TestCluster::instance().staff(db));
    std::optional<Error> error;
    auto keep = [&](const auto &result) {
        if (!result)
            error = result.error();
    };
    switch (operation) {
    case 0: keep(receive(it.id, 1)); break;
    case 1: keep(adjust(it.id, { -1, std::nullopt, StockReason::Damaged, {} })); break;
    case 2: {
        ItemEdit edit;
        edit.name = QStringLiteral("Renamed");
        keep(editItem(it.id, edit));
        break;
    }
    case 3: keep(archiveItem(it.id)); break;
    case 4: keep(openCount(QStringLiteral("Roles %1 %2").arg(operation).arg(asManager))); break;
    case 5: keep(setCounted(count->id, it.id, 9)); break;
    case 6: keep(postCount(count->id)); break;
    case 7: keep(repairLedger({ Drift { it.id, it.name, 11, 10 } })); break;
    case 8: {
        auto mine = receive(it.id, 2);
        QVERIFY(mine);
        keep(undoMovement(mine->id));
        break;
    }
    }
    if (allowed) {
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
    } else {
        QVERIFY2(error, "staff were not refused");
        QCOMPARE(error->kind, Error::Kind::PermissionDenied);
        QVERIFY2(error->message.contains(QLatin1String("manager")), qPrintable(error->message));
    }
}

void tst_Stock::expiredUnitsAreAvailableAtOnce()
{
    // Every unit is held by a reservation that has expired; cleanup has not run.
    const Item it = newItem(QStringLiteral("Last kettles"), 5);
    auto first = reserve(it.id, 3);
    auto second = reserve(it.id, 2);
    QVERIFY(first && second);
    expire(first->blockId);
    expire(second->blockId);
    auto shown = item(it.id);
    QVERIFY(shown);
    QCOMPARE(shown->quantity, 0);
    QCOMPARE(shown->expiredHeld, 5);
    QCOMPARE(shown->available(), 5);

    // The reservation gives the expired blocks back in its own call and succeeds.
    auto taken = reserve(it.id, 4);
    QVERIFY2(taken, taken ? "" : qPrintable(taken.error().message));
    QCOMPARE(taken->remainingQuantity, 1);
    auto after = item(it.id);
    QCOMPARE(after->reserved, 4);
    QCOMPARE(after->expiredHeld, 0);
    HistoryFilter filter;
    filter.itemId = it.id;
    filter.kinds = { QStringLiteral("expired") };
    auto expired = history(filter);
    QVERIFY(expired);
    QCOMPARE(expired->size(), 2);
    QVERIFY(ledger().isClean());

    // More than is there even with the expired units: refused with the numbers.
    auto third = reserve(it.id, 1);
    QVERIFY(third);
    expire(third->blockId);
    auto tooMany = reserve(it.id, 3);
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().kind, Error::Kind::InsufficientStock);
    QCOMPARE(tooMany.error().available, 1);
}

void tst_Stock::editItemAndFindByCode()
{
    const Item it = newItem(QStringLiteral("Edited mug"), 4, QStringLiteral("Edit from"));
    ItemEdit edit;
    edit.name = QStringLiteral("Edited mug, large");
    edit.price = 1095;
    edit.category = QStringLiteral("Edit to");
    edit.sku = QStringLiteral("MUG-L-01");
    edit.barcode = QStringLiteral("036000291452"); // a UPC-A
    edit.reorderPoint = std::optional<qint64>(6);
    edit.reorderQuantity = std::optional<qint64>(24);
    auto edited = editItem(it.id, edit);
    QVERIFY2(edited, edited ? "" : qPrintable(edited.error().message));
    QCOMPARE(edited->name, QStringLiteral("Edited mug, large"));
    QCOMPARE(edited->price, 1095);
    QCOMPARE(edited->category, QStringLiteral("Edit to"));
    QCOMPARE(edited->reorderPoint, 6);
    QCOMPARE(edited->reorderQuantity, 24);
    QCOMPARE(edited->quantity, 4); // stock is not edited

    auto counts = categories();
    QVERIFY(counts);
    auto countOf = [&](const QString &name) {
        for (const Category &c : *counts)
            if (c.name == name)
                return c.itemCount;
        return qint64(0);
    };
    QCOMPARE(countOf(QStringLiteral("Edit from")), 0);
    QCOMPARE(countOf(QStringLiteral("Edit to")), 1);

    for (const QString &code : { QStringLiteral("mug-l-01"), QStringLiteral("036000291452"),
                                 QStringLiteral("0036000291452") }) {
        auto found = itemByCode(code);
        QVERIFY2(found, qPrintable(code));
        QCOMPARE(found->id, it.id);
    }
    auto unknown = itemByCode(QStringLiteral("NOPE-1"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    QVERIFY(unknown.error().message.contains(QLatin1String("NOPE-1")));
    auto searched = searchItems(QStringLiteral("MUG-L-01"));
    QVERIFY(searched && !searched->isEmpty());
    QCOMPARE(searched->first().id, it.id);

    // Clearing: an empty text clears, an empty optional clears the reorder point.
    ItemEdit clear;
    clear.sku = QString();
    clear.reorderPoint = std::optional<qint64>();
    auto cleared = editItem(it.id, clear);
    QVERIFY(cleared);
    QVERIFY(cleared->sku.isEmpty());
    QVERIFY(!cleared->reorderPoint);
    QCOMPARE(cleared->reorderQuantity, 24);
    QCOMPARE(cleared->barcode, QStringLiteral("036000291452"));
}

void tst_Stock::barcodeCheckDigit_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EAN-13") << QStringLiteral("4006381333931") << true;
    QTest::newRow("UPC-A") << QStringLiteral("036000291452") << true;
    QTest::newRow("EAN-13, wrong check digit") << QStringLiteral("4006381333932") << false;
    QTest::newRow("too short") << QStringLiteral("12345") << false;
    QTest::newRow("letters") << QStringLiteral("40063813339X1") << false;
}

void tst_Stock::barcodeCheckDigit()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(validate::isValidGtin(code), valid);
    QCOMPARE(!validate::barcode(code).has_value(), valid);
    // The server's constraint agrees with the client's check.
    auto row = TestCluster::instance().ownerQueryRow(db, QStringLiteral("SELECT public.is_valid_gtin($1)"), { code });
    QVERIFY(row);
    QCOMPARE(row->first().toBool(), valid);
}

void tst_Stock::archiveHidesAndRefuses()
{
    const QString category = QStringLiteral("Archive test");
    const Item it = newItem(QStringLiteral("Old model"), 6, category);
    const Item other = newItem(QStringLiteral("New model"), 2, category);
    auto held = reserve(it.id, 1);
    QVERIFY(held);
    auto refused = archiveItem(it.id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("1 temporary reservation")),
             qPrintable(refused.error().message));
    QVERIFY(release(held->blockId));

    auto archived = archiveItem(it.id);
    QVERIFY2(archived, archived ? "" : qPrintable(archived.error().message));
    QVERIFY(archived->isArchived());
    auto top = topItems(category);
    QVERIFY(top);
    QCOMPARE(top->items.size(), 1);
    QCOMPARE(top->items.first().id, other.id);
    QCOMPARE(top->totalItemsInCategory, 1);
    auto reserved = reserve(it.id, 1);
    QVERIFY(!reserved);
    QCOMPARE(reserved.error().kind, Error::Kind::Conflict);
    QVERIFY(reserved.error().message.contains(QLatin1String("archived")));
    auto received = receive(it.id, 1);
    QVERIFY(!received);
    QCOMPARE(received.error().kind, Error::Kind::Conflict);
    // Its history is kept.
    HistoryFilter filter;
    filter.itemId = it.id;
    auto entries = history(filter);
    QVERIFY(entries && entries->size() >= 3);

    auto back = unarchiveItem(it.id);
    QVERIFY(back && !back->isArchived());
    top = topItems(category);
    QCOMPARE(top->totalItemsInCategory, 2);
    QVERIFY(receive(it.id, 1));
}

void tst_Stock::lowStockMostUrgentFirst()
{
    const QString category = QStringLiteral("Low stock test");
    const Item a = newItem(QStringLiteral("Low A"), 5, category);
    const Item b = newItem(QStringLiteral("Low B"), 1, category);
    const Item c = newItem(QStringLiteral("Fine C"), 50, category);
    for (const Item &it : { a, b, c }) {
        ItemEdit edit;
        edit.reorderPoint = std::optional<qint64>(10);
        QVERIFY(editItem(it.id, edit));
    }
    auto low = lowStock(category);
    QVERIFY(low);
    QCOMPARE(low->size(), 2);
    QCOMPARE(low->at(0).id, b.id); // 9 below its reorder point
    QCOMPARE(low->at(1).id, a.id); // 5 below
    // Falling to its reorder point puts an item on the list.
    QVERIFY(reserve(c.id, 40));
    low = lowStock(category);
    QCOMPARE(low->size(), 3);
    QCOMPARE(low->at(2).id, c.id);
}

void tst_Stock::countPostsDifferences()
{
    const QString category = QStringLiteral("Count test");
    const Item a = newItem(QStringLiteral("Counted A"), 10, category);
    const Item b = newItem(QStringLiteral("Counted B"), 4, category);
    const Item c = newItem(QStringLiteral("Counted C"), 8, category);
    auto held = reserve(a.id, 3); // on the shelf still: expected includes it
    QVERIFY(held);
    auto count = openCount(category);
    QVERIFY2(count, count ? "" : qPrintable(count.error().message));
    QCOMPARE(count->lines, 3);
    auto lines = countLines(count->id);
    QVERIFY(lines);
    QCOMPARE(lines->at(0).itemId, a.id);
    QCOMPARE(lines->at(0).expected, 10);

    // Entered by staff: a typed figure and scans.
    {
        const ScopedConnectionSettings asStaff(TestCluster::instance().staff(db));
        QVERIFY(setCounted(count->id, a.id, 9));
        for (int scan = 0; scan < 6; ++scan)
            QVERIFY(addCounted(count->id, b.id));
        auto line = addCounted(count->id, b.id, 0);
        QVERIFY(!line); // a scan adds at least one
    }
    // Between opening and posting, reservations come and go.
    QVERIFY(release(held->blockId));
    auto again = reserve(a.id, 2);
    QVERIFY(again);

    auto posted = postCount(count->id);
    QVERIFY2(posted, posted ? "" : qPrintable(posted.error().message));
    QCOMPARE(posted->movements, 2);
    QCOMPARE(posted->unitsAdded, 2);
    QCOMPARE(posted->unitsRemoved, 1);
    QCOMPARE(posted->uncounted, 1);
    // On hand (quantity + temporary holds) is what was counted.
    auto afterA = item(a.id);
    QCOMPARE(afterA->quantity + afterA->reserved, 9);
    QCOMPARE(quantityOf(b.id), 6);
    QCOMPARE(quantityOf(c.id), 8);
    QVERIFY(ledger().isClean());

    auto twice = postCount(count->id);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Error::Kind::Conflict);
    auto late = setCounted(count->id, c.id, 1);
    QVERIFY(!late);
    QCOMPARE(late.error().kind, Error::Kind::Conflict);
}

void tst_Stock::countRefusesWhatIsReservedAway()
{
    const Item it = newItem(QStringLiteral("Short count"), 10, QStringLiteral("Short count"));
    auto count = openCount(QList<qint64> { it.id });
    QVERIFY(count);
    QVERIFY(setCounted(count->id, it.id, 4)); // 6 missing
    QVERIFY(reserve(it.id, 8)); // only 2 left unreserved
    const QString before = TestCluster::instance().stateFingerprint(db);
    auto posted = postCount(count->id);
    QVERIFY(!posted);
    QCOMPARE(posted.error().kind, Error::Kind::InsufficientStock);
    QVERIFY2(posted.error().message.contains(QLatin1String("Nothing was booked")), qPrintable(posted.error().message));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_Stock::historyMergesAndPages()
{
    const Item it = newItem(QStringLiteral("Paged item"), 100, QStringLiteral("History test"));
    for (int i = 0; i < 7; ++i) {
        QVERIFY(receive(it.id, 1, StockReason::Received, QStringLiteral("R%1").arg(i)));
        auto r = reserve(it.id, 2);
        QVERIFY(r);
        QVERIFY(release(r->blockId));
    }
    HistoryFilter filter;
    filter.itemId = it.id;
    filter.limit = 1000;
    auto all = history(filter);
    QVERIFY(all);
    QCOMPARE(all->size(), 1 + 7 * 3);
    // Newest first, and the resulting quantities walk back consistently.
    for (qsizetype i = 1; i < all->size(); ++i) {
        const HistoryEntry &newer = all->at(i - 1);
        const HistoryEntry &older = all->at(i);
        QVERIFY(newer.at >= older.at);
        QVERIFY2(newer.resultingQuantity && older.resultingQuantity, "every entry has its result");
        QCOMPARE(*older.resultingQuantity + newer.change, *newer.resultingQuantity);
    }
    // Pages of 5 give the same entries, in the same order, without gaps or repeats.
    QList<HistoryEntry> paged;
    filter.limit = 5;
    for (;;) {
        auto page = history(filter);
        QVERIFY(page);
        paged += *page;
        if (page->size() < 5)
            break;
        filter.after = HistoryCursor::after(page->last());
    }
    QCOMPARE(paged.size(), all->size());
    for (qsizetype i = 0; i < paged.size(); ++i) {
        QCOMPARE(paged.at(i).id, all->at(i).id);
        QCOMPARE(paged.at(i).source, all->at(i).source);
    }
    // Filters: kind and reason.
    HistoryFilter receipts;
    receipts.itemId = it.id;
    receipts.kinds = { QStringLiteral("receipt") };
    QCOMPARE(history(receipts)->size(), 7);
    HistoryFilter released;
    released.kinds = { QStringLiteral("released") };
    released.limit = 10000;
    auto everywhere = history(released);
    QVERIFY(everywhere && everywhere->size() >= 7);
    HistoryFilter badKind;
    badKind.kinds = { QStringLiteral("stolen") };
    QVERIFY(!history(badKind));
}

void tst_Stock::driftIsFoundAndRepaired()
{
    const Item it = newItem(QStringLiteral("Drifting item"), 30);
    QVERIFY(ledger().isClean());
    QVERIFY(TestCluster::instance().ownerExec(db, QStringLiteral("UPDATE items SET quantity = quantity + 1 WHERE id = $1"),
                                              { it.id }));
    const LedgerCheck found = ledger();
    QCOMPARE(found.drifted.size(), 1);
    QCOMPARE(found.drifted.first().itemId, it.id);
    QCOMPARE(found.drifted.first().stock, 31);
    QCOMPARE(found.drifted.first().booked, 30);
    QVERIFY(found.itemsChecked > 1);

    // A repair books only what it was shown: a stale drift books nothing.
    auto stale = repairLedger({ Drift { it.id, it.name, 32, 30 } });
    QVERIFY(stale);
    QVERIFY(stale->isEmpty());
    auto repaired = repairLedger(found.drifted);
    QVERIFY2(repaired, repaired ? "" : qPrintable(repaired.error().message));
    QCOMPARE(repaired->size(), 1);
    QCOMPARE(repaired->first().change, 1);
    QCOMPARE(repaired->first().resultingQuantity, 31);
    QCOMPARE(quantityOf(it.id), 31); // the stock is what it is; the ledger now explains it
    QVERIFY(ledger().isClean());
}

QTEST_GUILESS_MAIN(tst_Stock)
#include "tst_stock.moc"
