#include "dashboard.h"

#include "operationsupport.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace inventory {

using namespace detail;

namespace {

// The SQL below is laid out as SQL, not as C++.
// clang-format off
// Every statement below is a constant: values are only ever bound, never spliced in.

// From the ledger's summary (migration 10): one row per category, whatever the catalogue's size.
// The largest `top`, and the rest summed up in one row (category NULL, how many in `others`).
const QString stockByCategorySql = QStringLiteral(
    "WITH ranked AS ("
    "  SELECT s.category, s.units, row_number() OVER (ORDER BY s.units DESC, s.category) AS n "
    "    FROM public.category_stock s WHERE s.units <> 0"
    ") "
    "SELECT r.category, r.units, 0::bigint AS others, r.n FROM ranked r WHERE r.n <= $1 "
    "UNION ALL "
    "SELECT NULL, sum(r.units), count(*), $1 + 1 FROM ranked r WHERE r.n > $1 HAVING count(*) > 0 "
    "ORDER BY 4");

// The partial index block_inventory_expiry_idx (expires_at) WHERE NOT is_permanent: one range
// scan over the next 24 hours. The hours come from generate_series, so empty ones are there too.
const QString expiringSql = QStringLiteral(
    "WITH b AS ("
    "  SELECT date_trunc('hour', b.expires_at, $1::text) AS hour, count(*) AS n, sum(b.quantity) AS units "
    "    FROM public.block_inventory b "
    "   WHERE NOT b.is_permanent AND b.expires_at > now() AND b.expires_at <= now() + interval '24 hours' "
    "   GROUP BY 1"
    ") "
    "SELECT " INVENTORY_EPOCH_MS("h.hour") ", coalesce(b.n, 0), coalesce(b.units, 0), " INVENTORY_EPOCH_MS("now()") " "
    "  FROM generate_series(date_trunc('hour', now(), $1::text), now() + interval '24 hours', interval '1 hour') AS h(hour) "
    "  LEFT JOIN b ON b.hour = h.hour "
    " ORDER BY h.hour");

// From the hourly summary (migration 10): at most 24 rows per day and reason. The hours are
// UTC; each goes to the viewer's day it starts in.
const QString movementsByDaySql = QStringLiteral(
    "SELECT k.first, k.today, " INVENTORY_EPOCH_MS("k.first_start") ", d.day, d.reason, d.movements, d.units "
    "  FROM (SELECT t.today - ($1::integer - 1) AS first, t.today, "
    "               ((t.today - ($1::integer - 1))::timestamp AT TIME ZONE $2::text) AS first_start "
    "          FROM (SELECT (now() AT TIME ZONE $2::text)::date AS today) t) k "
    "  LEFT JOIN LATERAL ("
    "    SELECT (h.hour AT TIME ZONE $2::text)::date AS day, h.reason, sum(h.movements) AS movements, "
    "           sum(h.units) AS units "
    "      FROM public.stock_movement_hours h "
    "     WHERE h.hour >= k.first_start AND h.reason <> 'opening' "
    "     GROUP BY 1, 2"
    "  ) d ON true "
    " ORDER BY d.day, d.reason");

// Like lowStock() (items_low_stock_idx holds only the items at or below their reorder point),
// with how many there are, counted up to $2 + 1. The planner cannot estimate quantity <=
// reorder_point (it assumes a third of the catalogue), so a bare count(*) gets a parallel
// bitmap scan and JIT compilation; the LIMIT keeps it an index scan of the partial index.
const QString lowItemsSql = QStringLiteral(
    "SELECT " INVENTORY_ITEM_COLUMNS ", t.total FROM ("
    "  SELECT * FROM public.items c "
    "   WHERE c.quantity <= c.reorder_point AND c.archived_at IS NULL "
    "   ORDER BY c.quantity - c.reorder_point, c.id LIMIT $1"
    ") i " INVENTORY_ITEM_HELD_JOIN
    "CROSS JOIN (SELECT count(*) AS total FROM ("
    "  SELECT 1 FROM public.items c WHERE c.quantity <= c.reorder_point AND c.archived_at IS NULL "
    "   ORDER BY c.quantity - c.reorder_point, c.id LIMIT $2 + 1) l) t "
    "ORDER BY i.quantity - i.reorder_point, i.id");

// From the hourly counters (migration 12): today's whole UTC hours, at most 24 x 5 kinds x 32
// shards. Where the day starts inside a UTC hour (a zone half an hour off UTC) that first part
// hour comes from block_events (at, id) itself, so the count is exact in every zone.
const QString dayCountsSql = QStringLiteral(
    "WITH s AS ("
    "  SELECT d.since, date_trunc('hour', d.since, 'UTC') "
    "         + CASE WHEN date_trunc('hour', d.since, 'UTC') = d.since THEN interval '0' ELSE interval '1 hour' END AS whole "
    "    FROM (SELECT ((now() AT TIME ZONE $1::text)::date)::timestamp AT TIME ZONE $1::text AS since) d"
    "), k AS ("
    "  SELECT h.kind, sum(h.events) AS events, sum(h.units) AS units "
    "    FROM public.block_event_hours h, s WHERE h.hour >= s.whole GROUP BY h.kind "
    "  UNION ALL "
    "  SELECT e.kind, count(*), sum(e.quantity) "
    "    FROM public.block_events e, s WHERE e.at >= s.since AND e.at < s.whole GROUP BY e.kind"
    ") "
    "SELECT " INVENTORY_EPOCH_MS("s.since") ", "
    "       coalesce(sum(k.events) FILTER (WHERE k.kind = 'created'), 0), "
    "       coalesce(sum(k.events) FILTER (WHERE k.kind = 'confirmed'), 0), "
    "       coalesce(sum(k.events) FILTER (WHERE k.kind = 'released'), 0), "
    "       coalesce(sum(k.events) FILTER (WHERE k.kind = 'expired'), 0), "
    "       coalesce(sum(k.events) FILTER (WHERE k.kind = 'extended'), 0), "
    "       coalesce(sum(k.units) FILTER (WHERE k.kind = 'created'), 0), "
    "       coalesce(sum(k.units) FILTER (WHERE k.kind = 'confirmed'), 0), "
    "       coalesce(sum(k.units) FILTER (WHERE k.kind = 'released'), 0), "
    "       coalesce(sum(k.units) FILTER (WHERE k.kind = 'expired'), 0) "
    "  FROM s LEFT JOIN k ON true "
    " GROUP BY s.since");

// clang-format on

QString seeTheDashboard()
{
    return tr("see the dashboard");
}

// What the server is asked to interpret: an IANA name or an offset, nothing else.
Result<QString> zoneOrSystem(const QString &timeZone)
{
    const QString zone = timeZone.isEmpty() ? systemTimeZoneName() : timeZone;
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_+\\-/]{1,64}$"));
    if (!valid.match(zone).hasMatch())
        return std::unexpected(
            Error::invalidInput(tr("time zone"), tr("'%1' is not a time zone name.").arg(zone.left(64))));
    return zone;
}

} // namespace

qint64 StockByCategory::totalUnits() const
{
    qint64 total = otherUnits;
    for (const CategoryUnits &c : categories)
        total += c.units;
    return total;
}

qint64 ExpiringReservations::totalReservations() const
{
    qint64 total = 0;
    for (const ExpiringHour &h : hours)
        total += h.reservations;
    return total;
}

QString systemTimeZoneName()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() ? QStringLiteral("UTC") : QString::fromLatin1(id);
}

Result<StockByCategory> stockByCategory(int top)
{
    if (top < 1 || top > 1000)
        return std::unexpected(Error::invalidInput(tr("top"), tr("%1 is not between 1 and 1000.").arg(top)));
    auto q = run(stockByCategorySql, { top }, Retry::Safe, seeTheDashboard(), staffRole);
    if (!q)
        return std::unexpected(q.error());
    StockByCategory result;
    while ((*q)->next()) {
        if ((*q)->value(0).isNull()) {
            result.otherUnits = (*q)->value(1).toLongLong();
            result.otherCategories = (*q)->value(2).toLongLong();
        } else {
            result.categories << CategoryUnits { (*q)->value(0).toString(), (*q)->value(1).toLongLong() };
        }
    }
    (*q)->finish();
    return result;
}

Result<ExpiringReservations> expiringReservations(const QString &timeZone)
{
    auto zone = zoneOrSystem(timeZone);
    if (!zone)
        return std::unexpected(zone.error());
    auto q = run(expiringSql, { *zone }, Retry::Safe, seeTheDashboard(), staffRole);
    if (!q)
        return std::unexpected(q.error());
    ExpiringReservations result;
    while ((*q)->next()) {
        result.hours << ExpiringHour { fromEpochMs((*q)->value(0)), (*q)->value(1).toLongLong(),
                                       (*q)->value(2).toLongLong() };
        result.now = fromEpochMs((*q)->value(3));
    }
    (*q)->finish();
    return result;
}

Result<MovementsByDay> movementsByDay(int days, const QString &timeZone)
{
    if (days < 1 || days > 366)
        return std::unexpected(Error::invalidInput(tr("days"), tr("%1 is not between 1 and 366.").arg(days)));
    auto zone = zoneOrSystem(timeZone);
    if (!zone)
        return std::unexpected(zone.error());
    auto q = run(movementsByDaySql, { days, *zone }, Retry::Safe, seeTheDashboard(), staffRole);
    if (!q)
        return std::unexpected(q.error());
    MovementsByDay result;
    while ((*q)->next()) {
        result.first = (*q)->value(0).toDate();
        result.last = (*q)->value(1).toDate();
        result.firstStart = fromEpochMs((*q)->value(2));
        if ((*q)->value(3).isNull())
            continue; // no movement at all: the days alone
        result.entries << MovementDay { (*q)->value(3).toDate(), (*q)->value(4).toString(),
                                        (*q)->value(5).toLongLong(), (*q)->value(6).toLongLong() };
    }
    (*q)->finish();
    return result;
}

Result<LowItems> lowItems(int limit)
{
    if (limit < 1 || limit > 1000)
        return std::unexpected(
            Error::invalidInput(tr("limit"), tr("%1 is not between 1 and 1000.").arg(limit)));
    auto q = run(lowItemsSql, { limit, LowItems::countedUpTo }, Retry::Safe, seeTheDashboard(), staffRole);
    if (!q)
        return std::unexpected(q.error());
    LowItems result;
    while ((*q)->next()) {
        result.items << readItem(**q);
        result.total = std::min<qint64>((*q)->value(itemColumnCount).toLongLong(), LowItems::countedUpTo);
        result.moreThanCounted = (*q)->value(itemColumnCount).toLongLong() > LowItems::countedUpTo;
    }
    (*q)->finish();
    return result;
}

Result<DayCounts> dayCounts(const QString &timeZone)
{
    auto zone = zoneOrSystem(timeZone);
    if (!zone)
        return std::unexpected(zone.error());
    auto q = run(dayCountsSql, { *zone }, Retry::Safe, seeTheDashboard(), staffRole);
    if (!q)
        return std::unexpected(q.error());
    DayCounts result;
    if ((*q)->next()) {
        const QSqlQuery &r = **q;
        result.since = fromEpochMs(r.value(0));
        result.reserved = r.value(1).toLongLong();
        result.confirmed = r.value(2).toLongLong();
        result.released = r.value(3).toLongLong();
        result.expired = r.value(4).toLongLong();
        result.extended = r.value(5).toLongLong();
        result.reservedUnits = r.value(6).toLongLong();
        result.confirmedUnits = r.value(7).toLongLong();
        result.releasedUnits = r.value(8).toLongLong();
        result.expiredUnits = r.value(9).toLongLong();
    }
    (*q)->finish();
    return result;
}

} // namespace inventory
