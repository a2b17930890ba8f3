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
// with how many there are in all.
const QString lowItemsSql = QStringLiteral(
    "SELECT " INVENTORY_ITEM_COLUMNS ", t.total FROM ("
    "  SELECT * FROM public.items c "
    "   WHERE c.quantity <= c.reorder_point AND c.archived_at IS NULL "
    "   ORDER BY c.quantity - c.reorder_point, c.id LIMIT $1"
    ") i " INVENTORY_ITEM_HELD_JOIN
    "CROSS JOIN (SELECT count(*) AS total FROM public.items c "
    "             WHERE c.quantity <= c.reorder_point AND c.archived_at IS NULL) t "
    "ORDER BY i.quantity - i.reorder_point, i.id");

// block_events (at, id): today's events only, one range of the index.
const QString dayCountsSql = QStringLiteral(
    "SELECT " INVENTORY_EPOCH_MS("s.since") ", "
    "       count(e.id) FILTER (WHERE e.kind = 'created'), count(e.id) FILTER (WHERE e.kind = 'confirmed'), "
    "       count(e.id) FILTER (WHERE e.kind = 'released'), count(e.id) FILTER (WHERE e.kind = 'expired'), "
    "       count(e.id) FILTER (WHERE e.kind = 'extended'), "
    "       coalesce(sum(e.quantity) FILTER (WHERE e.kind = 'created'), 0), "
    "       coalesce(sum(e.quantity) FILTER (WHERE e.kind = 'confirmed'), 0), "
    "       coalesce(sum(e.quantity) FILTER (WHERE e.kind = 'released'), 0), "
    "       coalesce(sum(e.quantity) FILTER (WHERE e.kind = 'expired'), 0) "
    "  FROM (SELECT ((now() AT TIME ZONE $1::text)::date)::timestamp AT TIME ZONE $1::text AS since) s "
    "  LEFT JOIN public.block_events e ON e.at >= s.since "
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
    auto q = run(lowItemsSql, { limit }, Retry::Safe, seeTheDashboard(), staffRole);
    if (!q)
        return std::unexpected(q.error());
    LowItems result;
    while ((*q)->next()) {
        result.items << readItem(**q);
        result.total = (*q)->value(itemColumnCount).toLongLong();
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
