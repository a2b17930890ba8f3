// inventoryctl bench, the dashboard's figures (issue 15): a generated history of reservations
// and stock movements, then the five queries the desk's Dashboard tab runs, each measured as its
// own workload, measured on the runner bench.cpp uses (benchrunner.h).

#include "bench_dashboard.h"

#include "connection.h"
#include "dashboard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>

using namespace inventory;

namespace dashboardbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inventoryctl", text);
}

// The SQL below is laid out as SQL, not as C++.
// clang-format off

// Movements of days [$1, $2) ago, $3 a day, spread evenly in time and written oldest first, on
// items picked by hash from 1..$4. Reasons in a shop's proportions: mostly deliveries, some
// returns, write-offs and corrections, a few count differences.
const QString historyMovementsSql = QStringLiteral(
    "INSERT INTO public.stock_movements (item_id, kind, reason, change, resulting_quantity, actor, at, note) "
    "SELECT 1 + (hashint8(g) & 2147483647) % $4, r.kind::public.stock_movement_kind, r.reason, r.change, 0, "
    "       'bench-history', now() - make_interval(secs => g * 86400.0 / $3), 'generated history' "
    "  FROM generate_series($2::bigint * $3 - 1, $1::bigint * $3, -1) AS g, "
    "       LATERAL (SELECT (hashint8(g + 17) & 2147483647) % 100 AS h) k, "
    "       LATERAL (SELECT CASE WHEN k.h < 70 THEN 'receipt' WHEN k.h < 92 THEN 'adjustment' ELSE 'count' END AS kind, "
    "                       CASE WHEN k.h < 60 THEN 'received' WHEN k.h < 70 THEN 'returned' "
    "                            WHEN k.h < 80 THEN 'damaged' WHEN k.h < 85 THEN 'lost' "
    "                            WHEN k.h < 88 THEN 'found' WHEN k.h < 92 THEN 'correction' ELSE 'count' END AS reason, "
    "                       CASE WHEN k.h < 60 THEN 5 + k.h % 40 WHEN k.h < 70 THEN 1 WHEN k.h < 85 THEN -1 "
    "                            WHEN k.h < 88 THEN 1 WHEN k.h < 92 THEN -1 WHEN k.h % 2 = 0 THEN 1 ELSE -1 END AS change) r");

// Reservations of days [$1, $2) ago, $3 a day, on items picked from 1..$4: each a 'created'
// event and, half an hour later (or now, if that is later than now), its end: three in five
// confirmed, one in four released, the rest expired. Negative block ids: never a real block.
const QString historyEventsSql = QStringLiteral(
    "INSERT INTO public.block_events (block_id, item_id, kind, quantity, actor, at) "
    "SELECT -g, 1 + (hashint8(g) & 2147483647) % $4, e.kind::public.block_event_kind, 1 + g % 3, 'bench-history', e.at "
    "  FROM generate_series($2::bigint * $3 - 1, $1::bigint * $3, -1) AS g, "
    "       LATERAL (SELECT now() - make_interval(secs => g * 86400.0 / $3) AS created) c, "
    "       LATERAL (VALUES ('created', c.created), "
    "                       (CASE WHEN g % 20 < 12 THEN 'confirmed' WHEN g % 20 < 17 THEN 'released' ELSE 'expired' END, "
    "                        least(c.created + interval '30 minutes', now()))) AS e(kind, at)");

// A whole day's reservations ($1) between the start of today in zone $2 and now, whatever the
// time of day the benchmark runs at: the day's counts read a busy day, not a quiet morning.
const QString todaysEventsSql = QStringLiteral(
    "INSERT INTO public.block_events (block_id, item_id, kind, quantity, actor, at) "
    "SELECT -(1000000000000 + g), 1 + (hashint8(g + 3) & 2147483647) % $3, e.kind::public.block_event_kind, "
    "       1 + g % 3, 'bench-history', e.at "
    "  FROM (SELECT ((now() AT TIME ZONE $2::text)::date)::timestamp AT TIME ZONE $2::text AS since) s, "
    "       generate_series(0, $1::bigint - 1) AS g, "
    "       LATERAL (SELECT s.since + (now() - s.since) * (g::double precision / $1) AS created) c, "
    "       LATERAL (VALUES ('created', c.created), "
    "                       (CASE WHEN g % 20 < 12 THEN 'confirmed' WHEN g % 20 < 17 THEN 'released' ELSE 'expired' END, "
    "                        least(c.created + interval '30 minutes', now()))) AS e(kind, at)");

// $1 running reservations of one unit on every $2-th item with stock, taken from its quantity
// like a real reservation, expiring at times spread over the next 24 hours.
const QString liveReservationsSql = QStringLiteral(
    "WITH chosen AS ("
    "  SELECT id FROM public.items WHERE quantity >= 1 AND archived_at IS NULL AND id % $2 = 0 ORDER BY id LIMIT $1"
    "), taken AS ("
    "  UPDATE public.items i SET quantity = i.quantity - 1, updated_at = now() FROM chosen c WHERE i.id = c.id "
    "  RETURNING i.id"
    ") "
    "INSERT INTO public.block_inventory (item_id, quantity, expires_at, reference) "
    "SELECT t.id, 1, now() + make_interval(secs => 60 + (hashint8(t.id) & 2147483647) % 86280), 'bench-dashboard' "
    "  FROM taken t");

// Low items need reorder points: one item in a hundred gets 20, unless some have one already
// (the benchmark's low-stock phase sets the same).
const QString reorderPointsSql = QStringLiteral(
    "UPDATE public.items SET reorder_point = 20 "
    " WHERE id % 100 = 0 AND NOT EXISTS (SELECT FROM public.items WHERE reorder_point IS NOT NULL)");

const QString maxItemSql = QStringLiteral("SELECT coalesce(max(id), 0) FROM public.items");

// clang-format on

Result<qint64> rowsOf(const QString &sql, const QVariantList &values)
{
    auto q = Connection::current().execute(sql, values);
    if (!q)
        return std::unexpected(q.error());
    const qint64 rows = (*q)->numRowsAffected();
    (*q)->finish();
    return rows;
}

} // namespace

Result<DashboardHistoryMade> makeDashboardHistory(const DashboardHistory &history,
                                                  const std::function<void(const QString &)> &progress)
{
    DashboardHistoryMade made;
    if (history.days == 0)
        return made; // measure what the database holds
    auto max = Connection::current().execute(maxItemSql, {});
    if (!max)
        return std::unexpected(max.error());
    const qint64 maxItem = (*max)->next() ? (*max)->value(0).toLongLong() : 0;
    (*max)->finish();
    if (maxItem < 1)
        return std::unexpected(Error::server(tr("The database has no items to make a history for.")));

    // A month per statement: a year is some 15M rows at 10M items.
    constexpr int chunk = 30;
    for (int from = 0; from < history.days; from += chunk) {
        const int to = std::min(history.days, from + chunk);
        progress(tr("history: days %1 to %2 ago").arg(from).arg(to));
        if (history.movementsPerDay > 0) {
            auto rows = rowsOf(historyMovementsSql, { from, to, history.movementsPerDay, maxItem });
            if (!rows)
                return std::unexpected(rows.error());
            made.movements += *rows;
        }
        if (history.reservationsPerDay > 0) {
            auto rows = rowsOf(historyEventsSql, { from, to, history.reservationsPerDay, maxItem });
            if (!rows)
                return std::unexpected(rows.error());
            made.events += *rows;
        }
    }
    if (history.reservationsPerDay > 0) {
        auto rows = rowsOf(todaysEventsSql, { history.reservationsPerDay, systemTimeZoneName(), maxItem });
        if (!rows)
            return std::unexpected(rows.error());
        made.todaysEvents = *rows;
        made.events += *rows;
    }
    if (history.liveReservations > 0) {
        auto rows = rowsOf(
            liveReservationsSql,
            { history.liveReservations, std::max<qint64>(1, maxItem / (history.liveReservations * 2)) });
        if (!rows)
            return std::unexpected(rows.error());
        made.liveReservations = *rows;
    }
    auto points = rowsOf(reorderPointsSql, {});
    if (!points)
        return std::unexpected(points.error());
    made.reorderPoints = *points;
    // As autovacuum would have long since done for a year's rows: statistics and the visibility map.
    progress(tr("history: VACUUM ANALYZE"));
    for (const char *table :
         { "VACUUM ANALYZE public.stock_movements", "VACUUM ANALYZE public.block_events",
           "VACUUM ANALYZE public.block_inventory", "VACUUM ANALYZE public.stock_movement_hours", "VACUUM ANALYZE public.block_event_hours",
           "VACUUM ANALYZE public.category_stock", "ANALYZE public.items" }) {
        if (auto done = Connection::current().executeScript(QLatin1String(table)); !done)
            return std::unexpected(done.error());
    }
    return made;
}

QList<DashboardWorkload> dashboardWorkloads()
{
    const QString zone = systemTimeZoneName();
    auto figure = [](auto result, QString &error) {
        if (!result)
            error = result.error().message;
        return bool(result);
    };
    return {
        { QStringLiteral("dashboard-stock-by-category"),
          [figure](QString &e) {
              return figure(stockByCategory(12), e);
          } },
        { QStringLiteral("dashboard-expiring"),
          [figure, zone](QString &e) {
              return figure(expiringReservations(zone), e);
          } },
        { QStringLiteral("dashboard-movements-by-day"),
          [figure, zone](QString &e) {
              return figure(movementsByDay(30, zone), e);
          } },
        { QStringLiteral("dashboard-low-items"),
          [figure](QString &e) {
              return figure(lowItems(20), e);
          } },
        { QStringLiteral("dashboard-day-counts"),
          [figure, zone](QString &e) {
              return figure(dayCounts(zone), e);
          } },
        // What one refresh of the tab costs: the five, one after the other on one connection.
        { QStringLiteral("dashboard-refresh"),
          [figure, zone](QString &e) {
              return figure(stockByCategory(12), e) && figure(expiringReservations(zone), e)
                  && figure(movementsByDay(30, zone), e) && figure(lowItems(20), e)
                  && figure(dayCounts(zone), e);
          } },
    };
}

Result<bool> measureDashboard(benchrunner::Bench &bench, int readers, qint64 itemCount, int days,
                              const std::function<void(const benchrunner::Figure &)> &report)
{
    const DashboardHistory history { .days = days,
                                     .reservationsPerDay = std::max<qint64>(100, itemCount / 500),
                                     .movementsPerDay = std::max<qint64>(50, itemCount / 2000),
                                     .liveReservations = std::max<qint64>(100, itemCount / 500) };
    bench.progress(tr("dashboard: generating %1 days of history, %2 reservations and %3 movements a day")
                       .arg(history.days)
                       .arg(history.reservationsPerDay)
                       .arg(history.movementsPerDay));
    QElapsedTimer timer;
    timer.start();
    auto made = makeDashboardHistory(history, [&bench](const QString &text) { bench.progress(text); });
    if (!made)
        return std::unexpected(made.error());
    benchrunner::Figure historyFigure;
    historyFigure.name = QStringLiteral("dashboard-history");
    historyFigure.unit = QStringLiteral("s");
    historyFigure.value = double(timer.elapsed()) / 1000.0;
    historyFigure.operations = made->movements + made->events;
    historyFigure.note = QStringLiteral("%1 days: %2 movements, %3 reservation events (%4 today), %5 running "
                                        "reservations expiring within 24 h")
                             .arg(history.days)
                             .arg(made->movements)
                             .arg(made->events)
                             .arg(made->todaysEvents)
                             .arg(made->liveReservations);
    report(historyFigure);
    for (const DashboardWorkload &workload : dashboardWorkloads()) {
        bench.progress(tr("%1, %2 readers").arg(workload.name).arg(readers));
        report(bench.measure(readers, [&workload](int, QRandomGenerator &, QString &e) { return workload.run(e); })
                   .figure(workload.name, QStringLiteral("ms")));
    }
    return true;
}

} // namespace dashboardbench
