// The dashboard's figures on a real server, each against numbers worked out from known data:
// units in stock per category (the ledger's summary, kept right by receipts, adjustments,
// counts, category changes and deletes, also under concurrent writers), reservations expiring
// per hour, movements per day and reason, low items, and the day's reservation counts. Days and
// hours in the viewer's time zone, including one with a half-hour offset.

#include "connection.h"
#include "dashboard.h"
#include "operations.h"
#include "stock.h"
#include "testcluster.h"

#include <QMutex>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_dashboard");

Item newItem(const QString &name, int quantity, const QString &category,
             std::optional<qint64> reorderPoint = {})
{
    NewItem item { name, {}, quantity, 500, category };
    item.reorderPoint = reorderPoint;
    auto created = createItem(item);
    if (!created)
        qFatal("createItem: %s", qPrintable(created.error().message));
    return *created;
}

qint64 unitsOf(const StockByCategory &stock, const QString &category)
{
    for (const CategoryUnits &c : stock.categories) {
        if (c.category == category)
            return c.units;
    }
    return -1;
}

QVariant ownerValue(const QString &sql, const QVariantList &values = {})
{
    auto row = TestCluster::instance().ownerQueryRow(db, sql, values);
    if (!row || row->isEmpty()) {
        qWarning() << "owner query failed:" << (row ? QStringLiteral("no row") : row.error().message);
        return {};
    }
    return row->first();
}

// Rows where a summary differs from the ledger summed up from scratch (0 when exact).
int summaryDifferences()
{
    const QVariant categories = ownerValue(QStringLiteral(
        "SELECT count(*) FROM ("
        "  SELECT coalesce(i.category, '') AS category, sum(m.change) AS units FROM stock_movements m "
        "    JOIN items i ON i.id = m.item_id GROUP BY 1"
        ") l FULL JOIN category_stock s USING (category) "
        "WHERE coalesce(l.units, 0) <> coalesce(s.units, 0)"));
    const QVariant hours =
        ownerValue(QStringLiteral("SELECT count(*) FROM ("
                                  "  SELECT date_trunc('hour', at, 'UTC') AS hour, coalesce(reason, "
                                  "'opening') AS reason, count(*) AS n, "
                                  "         sum(change) AS units FROM stock_movements GROUP BY 1, 2"
                                  ") l FULL JOIN stock_movement_hours s USING (hour, reason) "
                                  "WHERE coalesce(l.n, 0) <> coalesce(s.movements, 0) OR coalesce(l.units, "
                                  "0) <> coalesce(s.units, 0)"));
    const QVariant events = ownerValue(QStringLiteral(
        "SELECT count(*) FROM ("
        "  SELECT date_trunc('hour', at, 'UTC') AS hour, kind, count(*) AS n, sum(quantity) AS units "
        "    FROM block_events GROUP BY 1, 2"
        ") l FULL JOIN (SELECT hour, kind, sum(events) AS n, sum(units) AS units FROM block_event_hours "
        "GROUP BY 1, 2) s "
        "  USING (hour, kind) "
        "WHERE coalesce(l.n, 0) <> coalesce(s.n, 0) OR coalesce(l.units, 0) <> coalesce(s.units, 0)"));
    if (!categories.isValid() || !hours.isValid() || !events.isValid())
        return -1;
    return categories.toInt() + hours.toInt() + events.toInt();
}

const MovementDay *entryFor(const MovementsByDay &days, const QDate &day, const QString &reason)
{
    for (const MovementDay &e : days.entries) {
        if (e.day == day && e.reason == reason)
            return &e;
    }
    return nullptr;
}
} // namespace

class tst_Dashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void stockByCategoryFollowsTheLedger();
    void otherCategoriesAreSummedUp();
    void summariesStayExactUnderConcurrentWriters();
    void expiringReservationsPerHour_data();
    void expiringReservationsPerHour();
    void movementsPerDayAndReason();
    void lowItemsMostUrgentWithTotal();
    void dayCountsCountTodaysEvents();
    void everyRoleWithAccessReads();
    void badInputIsRefused();
};

void tst_Dashboard::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_Dashboard::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Dashboard::init()
{
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_Dashboard::stockByCategoryFollowsTheLedger()
{
    const QString cellar = QStringLiteral("Dash cellar");
    const QString attic = QStringLiteral("Dash attic");
    const Item wine = newItem(QStringLiteral("Red wine"), 40, cellar);
    const Item cheese = newItem(QStringLiteral("Cheese"), 10, cellar);
    const Item lamp = newItem(QStringLiteral("Old lamp"), 3, attic);
    auto stock = stockByCategory(1000);
    QVERIFY2(stock, stock ? "" : qPrintable(stock.error().message));
    QCOMPARE(unitsOf(*stock, cellar), 50);
    QCOMPARE(unitsOf(*stock, attic), 3);

    // Receipts and adjustments count; a reservation moves units into a block, still in stock.
    QVERIFY(receive(wine.id, 12));
    QVERIFY(adjust(cheese.id, { .by = -4, .reason = StockReason::Damaged }));
    auto reserved = reserve(wine.id, 5);
    QVERIFY(reserved);
    stock = stockByCategory(1000);
    QVERIFY(stock);
    QCOMPARE(unitsOf(*stock, cellar), 58);

    // A count books the difference.
    auto count = openCount(QList<qint64> { lamp.id });
    QVERIFY(count);
    QVERIFY(setCounted(count->id, lamp.id, 7));
    QVERIFY(postCount(count->id));
    stock = stockByCategory(1000);
    QVERIFY(stock);
    QCOMPARE(unitsOf(*stock, attic), 7);

    // The lamp moves to the cellar and takes its units along; the wine loses its category.
    ItemEdit edit;
    edit.category = cellar;
    QVERIFY(editItem(lamp.id, edit));
    edit.category = QString();
    QVERIFY(editItem(wine.id, edit));
    stock = stockByCategory(1000);
    QVERIFY(stock);
    QCOMPARE(unitsOf(*stock, cellar), 6 + 7);
    QCOMPARE(unitsOf(*stock, attic), -1); // empty now: not listed
    QCOMPARE(unitsOf(*stock, QString()), 52); // 40 + 12, 5 of them reserved

    // A deleted item's stock leaves its category (the owner may delete an item without blocks).
    QVERIFY(TestCluster::instance().ownerExec(db, QStringLiteral("DELETE FROM items WHERE id = $1"),
                                              { cheese.id }));
    stock = stockByCategory(1000);
    QVERIFY(stock);
    QCOMPARE(unitsOf(*stock, cellar), 7);

    // The figure is what the items hold (quantity + units in blocks), category by category.
    const QVariant held =
        ownerValue(QStringLiteral("SELECT sum(i.quantity + coalesce((SELECT sum(b.quantity) FROM "
                                  "block_inventory b WHERE b.item_id = i.id), 0)) "
                                  "FROM items i WHERE i.category IS NULL"));
    QCOMPARE(unitsOf(*stock, QString()), held.toLongLong());
    QCOMPARE(summaryDifferences(), 0);
}

void tst_Dashboard::otherCategoriesAreSummedUp()
{
    // Fifteen small categories: with the top 3 asked for, the rest come as one sum.
    for (int i = 1; i <= 15; ++i)
        newItem(QStringLiteral("Part %1").arg(i), 1000 + i,
                QStringLiteral("Dash parts %1").arg(i, 2, 10, QLatin1Char('0')));
    auto all = stockByCategory(1000);
    auto top = stockByCategory(3);
    QVERIFY(all && top);
    QCOMPARE(top->categories.size(), 3);
    QCOMPARE(top->categories.at(0).category, QStringLiteral("Dash parts 15"));
    QCOMPARE(top->categories.at(0).units, 1015);
    QCOMPARE(top->categories.at(2).category, QStringLiteral("Dash parts 13"));
    QCOMPARE(top->otherCategories, all->categories.size() - 3);
    QCOMPARE(top->totalUnits(), all->totalUnits());
    for (int i = 1; i < all->categories.size(); ++i)
        QVERIFY(all->categories.at(i - 1).units >= all->categories.at(i).units);
}

void tst_Dashboard::summariesStayExactUnderConcurrentWriters()
{
    // Receipts and adjustments on twenty items from eight connections at once, while their
    // categories keep changing between two new ones and a count is posted: every statement
    // reaches the summaries, none is lost or counted twice.
    QList<qint64> items;
    for (int i = 0; i < 20; ++i)
        items << newItem(QStringLiteral("Raced %1").arg(i), 100, QStringLiteral("Dash race A")).id;
    // Reservations, releases and confirmations at the same time: their events' hourly counters
    // (migration 12) stay exact, and the category's units stay where they are.
    const qint64 reserved = newItem(QStringLiteral("Raced for"), 100000, QStringLiteral("Dash race C")).id;
    QThreadPool pool;
    pool.setMaxThreadCount(10);
    std::atomic<int> failures = 0;
    QMutex mutex;
    QStringList errors;
    auto failed = [&](const Error &error) {
        ++failures;
        const QMutexLocker lock(&mutex);
        errors << error.message;
    };
    QList<QFuture<void>> futures;
    for (int t = 0; t < 8; ++t) {
        futures << QtConcurrent::run(&pool, [&, t] {
            for (int i = 0; i < 25; ++i) {
                const qint64 id = items[(t * 7 + i * 3) % items.size()];
                if (i % 3 == 0) {
                    if (auto r = adjust(id, { .by = -1, .reason = StockReason::Lost }); !r)
                        failed(r.error());
                } else if (auto r = receive(id, 1 + (t + i) % 4); !r) {
                    failed(r.error());
                }
            }
            Connection::closeCurrent();
        });
    }
    for (int t = 0; t < 4; ++t) {
        futures << QtConcurrent::run(&pool, [&, t] {
            for (int i = 0; i < 15; ++i) {
                auto r = reserve(reserved, 1 + i % 3);
                if (!r) {
                    failed(r.error());
                    continue;
                }
                if (i % 3 == 1) {
                    if (auto done = release(r->blockId); !done)
                        failed(done.error());
                } else if (i % 3 == 2 || t == 0) {
                    if (auto done = confirm(r->blockId); !done)
                        failed(done.error());
                }
            }
            Connection::closeCurrent();
        });
    }
    for (int t = 0; t < 2; ++t) {
        futures << QtConcurrent::run(&pool, [&, t] {
            for (int i = 0; i < 20; ++i) {
                ItemEdit edit;
                edit.category = (i + t) % 2 ? QStringLiteral("Dash race B") : QStringLiteral("Dash race A");
                if (auto r = editItem(items[(i * 5 + t) % items.size()], edit); !r)
                    failed(r.error());
            }
            auto count = openCount(items.mid(t * 5, 5));
            if (!count) {
                failed(count.error());
            } else if (auto set = setCounted(count->id, items[t * 5], 3); !set) {
                failed(set.error());
            } else if (auto posted = postCount(count->id); !posted) {
                failed(posted.error());
            }
            Connection::closeCurrent();
        });
    }
    for (auto &f : futures)
        f.waitForFinished();
    QVERIFY2(failures.load() == 0, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(summaryDifferences(), 0);
    // And the two categories hold what their items hold.
    auto stock = stockByCategory(1000);
    QVERIFY(stock);
    const QVariant heldA = ownerValue(
        QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM items WHERE category = 'Dash race A'"));
    const QVariant heldB = ownerValue(
        QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM items WHERE category = 'Dash race B'"));
    QCOMPARE(qMax<qint64>(0, unitsOf(*stock, QStringLiteral("Dash race A"))), heldA.toLongLong());
    QCOMPARE(qMax<qint64>(0, unitsOf(*stock, QStringLiteral("Dash race B"))), heldB.toLongLong());
}

void tst_Dashboard::expiringReservationsPerHour_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("UTC") << QStringLiteral("UTC");
    QTest::newRow("Berlin") << QStringLiteral("Europe/Berlin");
    QTest::newRow("Kolkata, +5:30") << QStringLiteral("Asia/Kolkata");
}

void tst_Dashboard::expiringReservationsPerHour()
{
    QFETCH(QString, zone);
    const Item item = newItem(QStringLiteral("Expiring ") + zone, 1000, QStringLiteral("Dash expiring"));
    // Only this test makes temporary reservations that outlive it: start from none.
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral(
            "UPDATE block_inventory SET expires_at = now() - interval '1 s' WHERE NOT is_permanent")));
    QVERIFY(cleanupExpired());

    QList<Reservation> made;
    for (const auto &[ttl, units] : { std::pair { Ttl(20min), 2 }, std::pair { Ttl(25min), 3 },
                                      std::pair { Ttl(3h), 1 }, std::pair { Ttl(23h + 50min), 4 } }) {
        auto r = reserve(item.id, units, ttl);
        QVERIFY(r);
        made << *r;
    }
    QVERIFY(reserve(item.id, 5, Ttl(30h))); // beyond the day
    auto confirmed = reserve(item.id, 6, Ttl(2h));
    QVERIFY(confirmed && confirm(confirmed->blockId)); // permanent: never expires

    auto expiring = expiringReservations(zone);
    QVERIFY2(expiring, expiring ? "" : qPrintable(expiring.error().message));
    QCOMPARE(expiring->hours.size(), 25);
    QCOMPARE(expiring->totalReservations(), 4);
    // The hours start on the zone's whole hours (Kolkata's at half past, UTC), one apart,
    // the current one first.
    const QTimeZone tz(zone.toLatin1());
    for (int i = 0; i < expiring->hours.size(); ++i) {
        const QDateTime start = expiring->hours.at(i).hour;
        QCOMPARE(start.toTimeZone(tz).time().minute(), 0);
        QCOMPARE(start.toTimeZone(tz).time().second(), 0);
        if (i > 0)
            QCOMPARE(expiring->hours.at(i - 1).hour.secsTo(start), 3600);
    }
    QVERIFY(expiring->hours.first().hour <= expiring->now);
    QVERIFY(expiring->hours.first().hour.secsTo(expiring->now) < 3600);
    // Each reservation in the hour its expiry falls in.
    QMap<QDateTime, std::pair<qint64, qint64>> expected;
    for (const Reservation &r : made) {
        QDateTime hour = r.expiresAt.toTimeZone(tz);
        hour.setTime(QTime(hour.time().hour(), 0));
        auto &[reservations, units] = expected[hour.toUTC()];
        ++reservations;
        units += r.quantityBlocked;
    }
    for (const ExpiringHour &h : expiring->hours) {
        const auto [reservations, units] = expected.value(h.hour);
        QCOMPARE(h.reservations, reservations);
        QCOMPARE(h.units, units);
    }
}

void tst_Dashboard::movementsPerDayAndReason()
{
    const Item item = newItem(QStringLiteral("Moved about"), 500, QStringLiteral("Dash moves"));
    // Movements in the past are written by the owner (the functions book at now()): two days ago
    // at 03:00 UTC, which is the evening before in New York; 40 days ago, outside the window.
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral(
            "INSERT INTO stock_movements (item_id, kind, reason, change, resulting_quantity, at) VALUES "
            "($1, 'receipt', 'received', 30, 530, date_trunc('day', now(), 'UTC') - interval '2 days' + "
            "interval '3 hours'), "
            "($1, 'receipt', 'received', 20, 550, date_trunc('day', now(), 'UTC') - interval '2 days' + "
            "interval '3 hours 10 minutes'), "
            "($1, 'adjustment', 'damaged', -2, 548, date_trunc('day', now(), 'UTC') - interval '2 days' + "
            "interval '15 hours'), "
            "($1, 'receipt', 'received', 99, 647, now() - interval '40 days')"),
        { item.id }));
    QVERIFY(receive(item.id, 7, StockReason::Returned));

    auto utc = movementsByDay(30, QStringLiteral("UTC"));
    QVERIFY2(utc, utc ? "" : qPrintable(utc.error().message));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(utc->last, today);
    QCOMPARE(utc->first, today.addDays(-29));
    QCOMPARE(utc->firstStart, QDateTime(today.addDays(-29), QTime(0, 0), Qt::UTC));
    for (const MovementDay &e : utc->entries) {
        QVERIFY(e.day >= utc->first && e.day <= utc->last);
        QVERIFY2(e.reason != QLatin1String("opening"), "opening stock is not a movement of the chart");
    }
    const MovementDay *received = entryFor(*utc, today.addDays(-2), QStringLiteral("received"));
    QVERIFY(received);
    QCOMPARE(received->movements, 2);
    QCOMPARE(received->units, 50);
    const MovementDay *damaged = entryFor(*utc, today.addDays(-2), QStringLiteral("damaged"));
    QVERIFY(damaged);
    QCOMPARE(damaged->movements, 1);
    QCOMPARE(damaged->units, -2);
    const MovementDay *returned = entryFor(*utc, today, QStringLiteral("returned"));
    QVERIFY(returned);
    QVERIFY(returned->units >= 7);

    // In New York the two receipts at 03:00 UTC were booked the evening before; the damage at
    // 15:00 UTC the same day.
    auto newYork = movementsByDay(30, QStringLiteral("America/New_York"));
    QVERIFY(newYork);
    const MovementDay *evening = entryFor(*newYork, today.addDays(-3), QStringLiteral("received"));
    QVERIFY(evening);
    QCOMPARE(evening->units, 50);
    QVERIFY(entryFor(*newYork, today.addDays(-2), QStringLiteral("damaged")));

    // Seven days: the window moves, nothing older comes in.
    auto week = movementsByDay(7, QStringLiteral("UTC"));
    QVERIFY(week);
    QCOMPARE(week->first, today.addDays(-6));
    for (const MovementDay &e : week->entries)
        QVERIFY(e.day >= week->first);
    QCOMPARE(summaryDifferences(), 0);
}

void tst_Dashboard::lowItemsMostUrgentWithTotal()
{
    auto before = lowItems(1000);
    QVERIFY(before);
    const Item fine = newItem(QStringLiteral("Plenty of string"), 50, QStringLiteral("Dash low"), 10);
    const Item low = newItem(QStringLiteral("Few candles"), 4, QStringLiteral("Dash low"), 5);
    const Item out = newItem(QStringLiteral("No matches"), 0, QStringLiteral("Dash low"), 900);
    auto after = lowItems(1000);
    QVERIFY(after);
    QCOMPARE(after->total, before->total + 2);
    QCOMPARE(after->items.first().id, out.id); // 900 below its point: the most urgent anywhere
    QVERIFY(std::none_of(after->items.begin(), after->items.end(),
                         [&](const Item &i) { return i.id == fine.id; }));
    QVERIFY(
        std::any_of(after->items.begin(), after->items.end(), [&](const Item &i) { return i.id == low.id; }));

    auto one = lowItems(1);
    QVERIFY(one);
    QCOMPARE(one->items.size(), 1);
    QCOMPARE(one->total, after->total); // how many in all, not how many listed
    QVERIFY(!one->moreThanCounted);

    // Counting stops at a thousand.
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral("INSERT INTO items (name, price, quantity, category, reorder_point) "
                       "SELECT 'Scarce ' || g, 1, 0, 'Dash low', 5 FROM generate_series(1, 1000) g")));
    auto many = lowItems(20);
    QVERIFY(many);
    QCOMPARE(many->items.size(), 20);
    QCOMPARE(many->total, LowItems::countedUpTo);
    QVERIFY(many->moreThanCounted);
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("DELETE FROM items WHERE name LIKE 'Scarce %'")));
}

void tst_Dashboard::dayCountsCountTodaysEvents()
{
    const Item item = newItem(QStringLiteral("Counted today"), 100, QStringLiteral("Dash day"));
    auto before = dayCounts(QStringLiteral("UTC"));
    QVERIFY2(before, before ? "" : qPrintable(before.error().message));
    QCOMPARE(before->since, QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC));

    auto a = reserve(item.id, 2);
    auto b = reserve(item.id, 3);
    auto c = reserve(item.id, 4);
    auto d = reserve(item.id, 5);
    QVERIFY(a && b && c && d);
    QVERIFY(confirm(a->blockId));
    QVERIFY(release(b->blockId));
    QVERIFY(extend(c->blockId, Ttl(2h)));
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 s' WHERE id = $1"),
        { d->blockId }));
    QVERIFY(cleanupExpired());
    // Yesterday's events are not today's.
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral(
            "INSERT INTO block_events (block_id, item_id, kind, quantity, at) "
            "VALUES (0, $1, 'created', 50, date_trunc('day', now(), 'UTC') - interval '1 minute')"),
        { item.id }));

    auto after = dayCounts(QStringLiteral("UTC"));
    QVERIFY(after);
    QCOMPARE(after->reserved - before->reserved, 4);
    QCOMPARE(after->reservedUnits - before->reservedUnits, 14);
    QCOMPARE(after->confirmed - before->confirmed, 1);
    QCOMPARE(after->confirmedUnits - before->confirmedUnits, 2);
    QCOMPARE(after->released - before->released, 1);
    QCOMPARE(after->releasedUnits - before->releasedUnits, 3);
    QCOMPARE(after->expired - before->expired, 1);
    QCOMPARE(after->expiredUnits - before->expiredUnits, 5);
    QCOMPARE(after->extended - before->extended, 2); // extend(), and the owner's expiry above
    // Everything since midnight, whatever the zone: the same events in Kolkata's day or more.
    // Zones a half or three quarters of an hour off UTC too.
    for (const char *zone : { "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham" }) {
        auto there = dayCounts(QLatin1String(zone));
        QVERIFY(there);
        QCOMPARE(there->since.toTimeZone(QTimeZone(zone)).time(), QTime(0, 0));
        auto row = TestCluster::instance().ownerQueryRow(
            db,
            QStringLiteral(
                "SELECT count(*) FILTER (WHERE kind = 'created'), count(*) FILTER (WHERE kind = 'expired'), "
                "coalesce(sum(quantity) FILTER (WHERE kind = 'released'), 0) "
                "FROM block_events WHERE at >= $1"),
            { there->since });
        QVERIFY(row);
        QCOMPARE(there->reserved, row->at(0).toLongLong());
        QCOMPARE(there->expired, row->at(1).toLongLong());
        QCOMPARE(there->releasedUnits, row->at(2).toLongLong());
    }
    QCOMPARE(summaryDifferences(), 0);
}

void tst_Dashboard::everyRoleWithAccessReads()
{
    for (const ConnectionSettings &settings :
         { TestCluster::instance().staff(db), TestCluster::instance().manager(db) }) {
        setConnectionSettings(settings);
        QVERIFY(stockByCategory());
        QVERIFY(expiringReservations());
        QVERIFY(movementsByDay());
        QVERIFY(lowItems());
        QVERIFY(dayCounts());
    }
    setConnectionSettings(TestCluster::instance().nobody(db));
    auto refused = stockByCategory();
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::PermissionDenied);
    QVERIFY2(refused.error().message.contains(QLatin1String("see the dashboard")),
             qPrintable(refused.error().message));
}

void tst_Dashboard::badInputIsRefused()
{
    auto zone = dayCounts(QStringLiteral("UTC'; --"));
    QVERIFY(!zone);
    QCOMPARE(zone.error().kind, Error::Kind::InvalidInput);
    auto unknown = expiringReservations(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QLatin1String("Mars/Olympus_Mons")),
             qPrintable(unknown.error().message));
    QVERIFY(!movementsByDay(0));
    QVERIFY(!movementsByDay(400));
    QVERIFY(!lowItems(0));
    QVERIFY(!stockByCategory(0));
    QVERIFY(dayCounts()); // the system's zone
}

QTEST_GUILESS_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
