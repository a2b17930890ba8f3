#include "operations.h"

#include "connection.h"
#include "operationsupport.h"
#include "duration.h"
#include "money.h"
#include "readrouting.h"
#include "sqlarray.h"
#include "validation.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlQuery>
#include <atomic>
#include <thread>

namespace inventory {

namespace {

using namespace detail;

// The SQL below is laid out as SQL, not as C++.
// clang-format off
#define EPOCH_MS INVENTORY_EPOCH_MS
// Every statement below is a constant: values are only ever bound, never spliced in.

const QString itemSql = QStringLiteral(
    "SELECT " INVENTORY_ITEM_COLUMNS "FROM public.items i " INVENTORY_ITEM_HELD_JOIN "WHERE i.id = $1");

// An exact SKU or barcode first (each from its unique index), then the names starting with the
// text. Archived items are found too (search is for finding; browsing hides them).
const QString searchSql = QStringLiteral(
    "SELECT " INVENTORY_ITEM_COLUMNS "FROM ("
    "  (SELECT c.*, 0 AS rank FROM public.items c WHERE lower(c.sku) = lower($1) AND c.sku IS NOT NULL) "
    "  UNION ALL "
    "  (SELECT c.*, 1 FROM public.items c "
    "    WHERE $1 ~ '^[0-9]{12,13}$' AND lpad(c.barcode, 13, '0') = lpad($1, 13, '0') AND c.barcode IS NOT NULL) "
    "  UNION ALL "
    // A byte-wise range on lower(name): the prefix index serves it even with a generic plan.
    "  (SELECT c.*, 2 FROM public.items c "
    "    WHERE lower(c.name) ~>=~ lower($1) AND lower(c.name) ~<~ (lower($1) || chr(1114111)) "
    "    ORDER BY lower(c.name), c.id LIMIT $2)"
    ") i " INVENTORY_ITEM_HELD_JOIN
    "ORDER BY i.rank, lower(i.name), i.id LIMIT $2");

const QString categoriesSql = QStringLiteral(
    "SELECT category, item_count FROM public.category_counts WHERE item_count > 0 ORDER BY category");

// Not maintained by a trigger: a per-category sum would put a shared counter row on every
// reservation's path. Summed on request instead, over the category's range of
// items_category_quantity_idx (an index-only scan where the visibility map allows).
const QString categoryUnitsSql = QStringLiteral(
    "SELECT c.name, (SELECT coalesce(sum(i.quantity), 0) FROM public.items i WHERE i.category = c.name) "
    "FROM unnest($1::text[]) AS c(name)");

// The units held by temporary blocks come from one index-only scan of block_inventory_item_idx
// with the 100 ids as array keys, not from a subplan per row: at 10M items and 8 readers that
// doubled the queries per second (pgbench, 3,400/s → 6,400-7,000/s).
// Archived items are not browsed (and not counted in category_counts).
const QString topItemsSql = QStringLiteral(
    "WITH top AS (SELECT * FROM public.items WHERE category = $1 AND archived_at IS NULL "
    "              ORDER BY quantity DESC, id LIMIT 100), "
    "held AS (SELECT b.item_id, sum(b.quantity) AS units, "
    "                sum(b.quantity) FILTER (WHERE b.expires_at <= now()) AS expired "
    "           FROM public.block_inventory b "
    "          WHERE b.item_id = ANY (ARRAY(SELECT t.id FROM top t)) AND b.is_permanent = false "
    "          GROUP BY b.item_id) "
    "SELECT " INVENTORY_ITEM_FIELDS ", coalesce(h.units, 0), coalesce(h.expired, 0), "
    "       (SELECT coalesce((SELECT item_count FROM public.category_counts WHERE category = $1), 0)) "
    "FROM top i LEFT JOIN held h ON h.item_id = i.id "
    "ORDER BY i.quantity DESC, i.id");

const QString categoryCountSql = QStringLiteral(
    "SELECT coalesce((SELECT item_count FROM public.category_counts WHERE category = $1), 0)");

const QString createItemSql = QStringLiteral(
    "SELECT " INVENTORY_ITEM_FIELDS ", 0, 0 "
    "FROM inventory.create_item($1, $2::numeric, $3, $4, $5, $6, $7, $8, $9) i");

const QString reserveSql = QStringLiteral(
    "SELECT outcome, block_id, item_name, quantity, remaining, expires_at "
    "FROM inventory.reserve($1, $2, make_interval(secs => $3), $4)");

const QString reserveBatchSql = QStringLiteral(
    "SELECT ordinal, outcome, block_id, item_name, quantity, remaining, expires_at "
    "FROM inventory.reserve_batch($1, $2::integer[], $3::bigint[], $4::text[])");

// The block's creation time too: the original answered with the whole block row. (The outer
// query's snapshot predates the call's update; created_at is the same in both versions.)
const QString confirmSql = QStringLiteral(
    "SELECT c.outcome, c.block_id, c.item_id, c.quantity, c.expires_at, c.confirmed_at, b.created_at "
    "FROM inventory.confirm($1) c LEFT JOIN public.block_inventory b ON b.id = c.block_id");

const QString releaseSql = QStringLiteral(
    "SELECT outcome, block_id, item_id, quantity, item_quantity FROM inventory.release($1)");

const QString extendSql = QStringLiteral(
    "SELECT outcome, block_id, item_id, quantity, expires_at "
    "FROM inventory.extend($1, make_interval(secs => $2))");

const QString expiredSummarySql = QStringLiteral("SELECT blocks, units FROM inventory.expired_summary()");

const QString cleanupSql = QStringLiteral(
    "SELECT blocks_removed, units_restored, finished_at FROM inventory.cleanup_expired($1)");

const QString sessionSql = QStringLiteral(
    "SELECT session_user, current_database(), current_setting('server_version'), "
    "       coalesce((SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles "
    "                  WHERE rolname = 'inventory_staff'), false), "
    "       coalesce((SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles "
    "                  WHERE rolname = 'inventory_manager'), false), "
    "       coalesce((SELECT pg_has_role(session_user, relowner, 'MEMBER') FROM pg_class "
    "                  WHERE oid = to_regclass('public.items')), false), "
    // The schema version without failing where there is no schema yet (a bare server): the
    // table is read through table_to_xml(to_regclass(...)), which is NULL when it is missing.
    "       (SELECT coalesce(max(v::text::integer), 0) "
    "          FROM unnest(xpath('//row/version/text()', "
    "                            table_to_xml(to_regclass('public.schema_migrations'), false, false, ''))) v)");

// The reservations list; blocks() appends the filter's fixed fragments and binds the values.
const QString blocksSql = QStringLiteral(
    "SELECT b.id, b.item_id, i.name, b.quantity, b.is_permanent, " EPOCH_MS("b.created_at") ", "
    EPOCH_MS("b.expires_at") ", " EPOCH_MS("b.confirmed_at") ", b.reference, b.created_by, "
    EPOCH_MS("now()") " "
    "FROM public.block_inventory b JOIN public.items i ON i.id = b.item_id WHERE true");

// clang-format on

} // namespace

Result<Item> item(qint64 id)
{
    if (auto invalid = validate::id(tr("item id"), id))
        return std::unexpected(*invalid);
    auto q = run(itemSql, { id }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::notFound(tr("Item"), id));
    Item result = readItem(**q);
    (*q)->finish();
    return result;
}

Result<Item> createItem(const NewItem &newItem)
{
    if (auto invalid = validate::newItem(newItem))
        return std::unexpected(*invalid);
    auto q = run(createItemSql,
                 { newItem.name.trimmed(), formatPrice(newItem.price), int(newItem.quantity),
                   textOrNull(newItem.category.trimmed()), textOrNull(newItem.description),
                   textOrNull(newItem.sku.trimmed()), textOrNull(newItem.barcode.trimmed()),
                   intOrNull(newItem.reorderPoint), intOrNull(newItem.reorderQuantity) },
                 Retry::Never, tr("create items"), staffRole);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::server(tr("The server created no item.")));
    Item result = readItem(**q);
    (*q)->finish();
    return result;
}

Result<QList<Item>> searchItems(const QString &prefix, int limit)
{
    if (auto invalid = validate::text(tr("search text"), prefix, validate::maxNameLength, false))
        return std::unexpected(*invalid);
    if (limit < 1 || limit > 1000)
        return std::unexpected(
            Error::invalidInput(tr("limit"), tr("%1 is not between 1 and 1000.").arg(limit)));
    auto q = run(searchSql, { prefix, limit }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    QList<Item> items;
    while ((*q)->next())
        items << readItem(**q);
    (*q)->finish();
    return items;
}

Result<QList<Category>> categories()
{
    auto q = run(categoriesSql, {}, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    QList<Category> result;
    while ((*q)->next())
        result << Category { (*q)->value(0).toString(), (*q)->value(1).toLongLong() };
    (*q)->finish();
    return result;
}

Result<QHash<QString, qint64>> categoryUnits(const QStringList &names)
{
    constexpr qsizetype maximumNames = 1000;
    if (names.size() > maximumNames)
        return std::unexpected(Error::invalidInput(
            tr("categories"),
            tr("%1 categories were asked for at once; at most %2 are.").arg(names.size()).arg(maximumNames)));
    for (const QString &name : names) {
        if (auto invalid = validate::text(tr("category"), name, validate::maxCategoryLength, true))
            return std::unexpected(*invalid);
    }
    QHash<QString, qint64> units;
    if (names.isEmpty())
        return units;
    auto q = run(categoryUnitsSql, { sql::textArray(names) }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next())
        units.insert((*q)->value(0).toString(), (*q)->value(1).toLongLong());
    (*q)->finish();
    return units;
}

Result<TopItems> topItems(const QString &category)
{
    if (auto invalid = validate::text(tr("category"), category, validate::maxCategoryLength, true))
        return std::unexpected(*invalid);
    auto q = run(topItemsSql, { category }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    TopItems top;
    top.category = category;
    while ((*q)->next()) {
        top.items << readItem(**q);
        top.totalItemsInCategory = (*q)->value(itemColumnCount).toLongLong();
    }
    (*q)->finish();
    if (top.items.isEmpty()) {
        // Items may exist but none in this category; the count says so without a second scan.
        auto count = run(categoryCountSql, { category }, Retry::Safe);
        if (!count)
            return std::unexpected(count.error());
        if ((*count)->next())
            top.totalItemsInCategory = (*count)->value(0).toLongLong();
        (*count)->finish();
    }
    return top;
}

/// One reservation's answer from the server (inventory.reserve's columns, or one row of
/// inventory.reserve_batch's): outcome, block id, item name, quantity, remaining, expiry, read
/// from `row` starting at column `first`.
static Result<Reservation> reservationFrom(const QSqlQuery &row, int first, qint64 itemId, qint64 quantity,
                                           const QString &reference)
{
    const QString outcome = row.value(first).toString();
    const qint64 blockId = row.value(first + 1).toLongLong();
    const QString itemName = row.value(first + 2).toString();
    const int blockQuantity = row.value(first + 3).toInt();
    const qint64 remaining = row.value(first + 4).toLongLong();
    if (outcome == QLatin1String("reserved") || outcome == QLatin1String("replayed")) {
        Reservation r;
        r.replayed = outcome == QLatin1String("replayed");
        r.blockId = blockId;
        r.itemId = itemId;
        r.itemName = itemName;
        r.quantityBlocked = blockQuantity;
        r.remainingQuantity = int(remaining);
        r.expiresAt = utc(row.value(first + 5));
        r.reference = reference;
        return r;
    }
    if (outcome == QLatin1String("reference_conflict")) {
        return std::unexpected(Error::invalidInput(
            tr("reference"),
            tr("'%1' was already used for reservation #%2 of %3 units of item #%4; a retry must ask "
               "for the same quantity, a new reservation needs a new reference.")
                .arg(reference)
                .arg(blockId)
                .arg(blockQuantity)
                .arg(itemId)));
    }
    if (outcome == QLatin1String("insufficient"))
        return std::unexpected(Error::insufficientStock(itemId, itemName, quantity, remaining));
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Item"), itemId));
    if (outcome == QLatin1String("archived"))
        return std::unexpected(archivedItem(itemId, itemName, tr("reserved")));
    return std::unexpected(unexpectedOutcome(tr("a reservation"), outcome));
}

static std::optional<Error> invalidReservation(qint64 itemId, qint64 quantity, Ttl ttl, const QString &reference)
{
    if (auto invalid = validate::id(tr("item id"), itemId))
        return invalid;
    if (auto invalid = validate::quantity(tr("quantity"), quantity, 1))
        return invalid;
    if (auto invalid = validate::ttl(ttl))
        return invalid;
    return validate::text(tr("reference"), reference, validate::maxReferenceLength, false);
}

Result<Reservation> reserve(qint64 itemId, qint64 quantity, Ttl ttl, const QString &reference)
{
    if (auto invalid = invalidReservation(itemId, quantity, ttl, reference))
        return std::unexpected(*invalid);
    auto q = run(reserveSql, { itemId, int(quantity), qint64(ttl.count()), textOrNull(reference) },
                 Retry::Never, tr("reserve items"), staffRole);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next())
        return std::unexpected(Error::server(tr("The server did not answer the reservation.")));
    auto reservation = reservationFrom(row, 0, itemId, quantity, reference);
    row.finish();
    return reservation;
}

Result<QList<Result<Reservation>>> reserveBatch(qint64 itemId, const QList<ReservationRequest> &requests)
{
    if (auto invalid = validate::id(tr("item id"), itemId))
        return std::unexpected(*invalid);
    if (requests.isEmpty() || requests.size() > maximumReservationBatch) {
        return std::unexpected(Error::invalidInput(
            tr("requests"), tr("A batch holds 1 to %1 reservations; this one has %2.")
                                .arg(maximumReservationBatch)
                                .arg(requests.size())));
    }
    // Each request checked as reserve() would; the invalid ones are answered here, the rest sent.
    QList<Result<Reservation>> answers(requests.size(), std::unexpected(Error::server(QString())));
    QList<qsizetype> sent;
    QStringList quantities, ttls, references;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const ReservationRequest &r = requests.at(i);
        if (auto invalid = invalidReservation(itemId, r.quantity, r.ttl, r.reference)) {
            answers[i] = std::unexpected(*invalid);
            continue;
        }
        sent << i;
        quantities << QString::number(r.quantity);
        ttls << QString::number(r.ttl.count());
        references << r.reference;
    }
    if (sent.isEmpty())
        return answers;
    auto q = run(reserveBatchSql,
                 { itemId, QLatin1Char('{') + quantities.join(u',') + QLatin1Char('}'),
                   QLatin1Char('{') + ttls.join(u',') + QLatin1Char('}'), sql::textArray(references, true) },
                 Retry::Never, tr("reserve items"), staffRole);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &rows = **q;
    qsizetype answered = 0;
    while (rows.next()) {
        const qsizetype ordinal = rows.value(0).toLongLong() - 1;
        if (ordinal < 0 || ordinal >= sent.size())
            continue;
        const ReservationRequest &r = requests.at(sent.at(ordinal));
        answers[sent.at(ordinal)] = reservationFrom(rows, 1, itemId, r.quantity, r.reference);
        ++answered;
    }
    rows.finish();
    if (answered != sent.size())
        return std::unexpected(Error::server(tr("The server answered %1 of %2 reservations of the batch.")
                                                 .arg(answered)
                                                 .arg(sent.size())));
    return answers;
}

Result<Block> confirm(qint64 blockId)
{
    if (auto invalid = validate::id(tr("reservation id"), blockId))
        return std::unexpected(*invalid);
    auto q = run(confirmSql, { blockId }, Retry::Never, tr("confirm reservations"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next())
        return std::unexpected(Error::server(tr("The server did not answer the confirmation.")));
    const QString outcome = row.value(0).toString();
    Block block;
    block.id = blockId;
    block.itemId = row.value(2).toLongLong();
    block.quantity = row.value(3).toInt();
    const QDateTime expiresAt = utc(row.value(4));
    block.confirmedAt = utc(row.value(5));
    block.createdAt = utc(row.value(6));
    row.finish();
    if (outcome == QLatin1String("confirmed")) {
        block.isPermanent = true;
        return block;
    }
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Reservation"), blockId));
    if (outcome == QLatin1String("already_permanent"))
        return std::unexpected(Error::alreadyPermanent(blockId));
    if (outcome == QLatin1String("expired")) {
        Error error = Error::expired(blockId, expiresAt);
        error.message = tr("Reservation #%1 expired at %2 and can no longer be confirmed.")
                            .arg(blockId)
                            .arg(formatMoment(expiresAt));
        return std::unexpected(error);
    }
    return std::unexpected(unexpectedOutcome(tr("a confirmation"), outcome));
}

Result<Release> release(qint64 blockId)
{
    if (auto invalid = validate::id(tr("reservation id"), blockId))
        return std::unexpected(*invalid);
    auto q = run(releaseSql, { blockId }, Retry::Never, tr("release reservations"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next())
        return std::unexpected(Error::server(tr("The server did not answer the release.")));
    const QString outcome = row.value(0).toString();
    Release r;
    r.blockId = blockId;
    r.itemId = row.value(2).toLongLong();
    r.quantityReturned = row.value(3).toInt();
    r.itemQuantity = row.value(4).toInt();
    row.finish();
    if (outcome == QLatin1String("released"))
        return r;
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Reservation"), blockId));
    if (outcome == QLatin1String("already_permanent")) {
        Error error = Error::alreadyPermanent(blockId);
        error.message =
            tr("Reservation #%1 is permanent (its order is complete) and cannot be released.").arg(blockId);
        return std::unexpected(error);
    }
    return std::unexpected(unexpectedOutcome(tr("a release"), outcome));
}

Result<Block> extend(qint64 blockId, Ttl ttl)
{
    if (auto invalid = validate::id(tr("reservation id"), blockId))
        return std::unexpected(*invalid);
    if (auto invalid = validate::ttl(ttl))
        return std::unexpected(*invalid);
    auto q = run(extendSql, { blockId, qint64(ttl.count()) }, Retry::Never, tr("extend reservations"),
                 managerRole);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next())
        return std::unexpected(Error::server(tr("The server did not answer the extension.")));
    const QString outcome = row.value(0).toString();
    Block block;
    block.id = blockId;
    block.itemId = row.value(2).toLongLong();
    block.quantity = row.value(3).toInt();
    block.expiresAt = utc(row.value(4));
    row.finish();
    if (outcome == QLatin1String("extended"))
        return block;
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Reservation"), blockId));
    if (outcome == QLatin1String("already_permanent")) {
        Error error = Error::alreadyPermanent(blockId);
        error.message = tr("Reservation #%1 is permanent and has no expiry to extend.").arg(blockId);
        return std::unexpected(error);
    }
    if (outcome == QLatin1String("expired")) {
        Error error = Error::expired(blockId, block.expiresAt);
        error.message = tr("Reservation #%1 expired at %2 and can no longer be extended.")
                            .arg(blockId)
                            .arg(formatMoment(block.expiresAt));
        return std::unexpected(error);
    }
    if (outcome == QLatin1String("too_long")) {
        return std::unexpected(Error::invalidInput(
            tr("expiry"),
            tr("reservation #%1 expires at %2; extending it by %3 would hold it more than %4 from now.")
                .arg(blockId)
                .arg(formatMoment(block.expiresAt), formatDuration(ttl),
                     formatDuration(maximumReservationTtl))));
    }
    return std::unexpected(unexpectedOutcome(tr("an extension"), outcome));
}

Result<ExpiredSummary> expiredSummary()
{
    auto q = run(expiredSummarySql, {}, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    ExpiredSummary summary;
    if ((*q)->next()) {
        summary.blocks = (*q)->value(0).toLongLong();
        summary.units = (*q)->value(1).toLongLong();
    }
    (*q)->finish();
    return summary;
}

namespace {
// One cleanup batch on this thread's connection.
Result<CleanupResult> cleanupBatch(int batchSize)
{
    auto q = run(cleanupSql, { batchSize }, Retry::Never, tr("clean up expired reservations"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::server(tr("The server did not answer the cleanup.")));
    CleanupResult batch;
    batch.blocksRemoved = (*q)->value(0).toLongLong();
    batch.unitsRestored = (*q)->value(1).toLongLong();
    batch.finishedAt = utc((*q)->value(2));
    batch.batches = 1;
    (*q)->finish();
    return batch;
}

// The running totals of several cleaners.
class CleanupTally
{
public:
    void add(const CleanupResult &batch)
    {
        const QMutexLocker lock(&m_mutex);
        m_total.blocksRemoved += batch.blocksRemoved;
        m_total.unitsRestored += batch.unitsRestored;
        m_total.batches += batch.batches;
        m_total.finishedAt = std::max(m_total.finishedAt, batch.finishedAt);
    }
    void fail(const Error &error)
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_error)
            m_error = error;
        m_stop = true;
    }
    void stop() { m_stop = true; }
    bool stopped() const { return m_stop; }
    CleanupResult total() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_total;
    }
    std::optional<Error> error() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_error;
    }

private:
    mutable QMutex m_mutex;
    CleanupResult m_total;
    std::optional<Error> m_error;
    std::atomic<bool> m_stop = false;
};

// Runs batches until one comes back short (nothing expired is left for this cleaner, or what is
// left is locked by a concurrent confirm, release or cleaner, which decides those blocks itself).
// `afterBatch` returns false to stop every cleaner.
void cleanUntilShort(int batchSize, CleanupTally &tally, const std::function<bool()> &afterBatch = {})
{
    while (!tally.stopped()) {
        auto batch = cleanupBatch(batchSize);
        if (!batch) {
            tally.fail(batch.error());
            return;
        }
        tally.add(*batch);
        if (afterBatch && !afterBatch())
            tally.stop();
        if (batch->blocksRemoved < batchSize)
            return;
    }
}
} // namespace

Result<CleanupResult> cleanupExpired(const CleanupProgress &progress, int batchSize, int parallel)
{
    if (batchSize < 1 || batchSize > 100000)
        return std::unexpected(
            Error::invalidInput(tr("batch size"), tr("%1 is not between 1 and 100000.").arg(batchSize)));
    if (parallel < 1 || parallel > maximumParallelCleaners)
        return std::unexpected(Error::invalidInput(
            tr("parallel cleaners"),
            tr("%1 is not between 1 and %2.").arg(parallel).arg(maximumParallelCleaners)));
    ExpiredSummary atStart;
    if (progress) {
        auto summary = expiredSummary();
        if (!summary)
            return std::unexpected(summary.error());
        atStart = *summary;
    }

    CleanupTally tally;
    {
        // The other cleaners: threads of their own, each with its own connection to the server
        // this thread uses. They end, and close their connections, before the totals are read.
        const ConnectionSettings settings = currentConnectionSettings();
        std::vector<std::jthread> others;
        for (int i = 1; i < parallel; ++i) {
            others.emplace_back([&tally, settings, batchSize] {
                const ScopedConnectionSettings target(settings);
                cleanUntilShort(batchSize, tally);
                Connection::closeCurrent();
            });
        }
        cleanUntilShort(batchSize, tally, [&] { return !progress || progress(tally.total(), atStart); });
    }
    if (auto error = tally.error())
        return std::unexpected(*error);
    const CleanupResult total = tally.total();
    if (progress && parallel > 1)
        progress(total, atStart); // the other cleaners' last batches
    return total;
}

Result<QList<Block>> blocks(const BlockFilter &filter)
{
    if (filter.itemId) {
        if (auto invalid = validate::id(tr("item id"), *filter.itemId))
            return std::unexpected(*invalid);
    }
    if (filter.limit < 1 || filter.limit > 100000)
        return std::unexpected(
            Error::invalidInput(tr("limit"), tr("%1 is not between 1 and 100000.").arg(filter.limit)));

    // The filter picks among fixed fragments; the values are bound. Each combination is its own
    // prepared statement with a plan that fits it (a catch-all "$1 IS NULL OR ..." would not).
    QString sql = blocksSql;
    QVariantList values;
    if (filter.itemId) {
        values << *filter.itemId;
        sql += QStringLiteral(" AND b.item_id = $%1").arg(values.size());
    }
    if (filter.state) {
        switch (*filter.state) {
        case BlockState::Temporary:
            sql += QLatin1String(" AND NOT b.is_permanent AND b.expires_at > now()");
            break;
        case BlockState::Permanent:
            sql += QLatin1String(" AND b.is_permanent");
            break;
        case BlockState::Expired:
            sql += QLatin1String(" AND NOT b.is_permanent AND b.expires_at <= now()");
            break;
        }
    }
    if (!filter.reference.isEmpty()) {
        if (auto invalid =
                validate::text(tr("reference"), filter.reference, validate::maxReferenceLength, false))
            return std::unexpected(*invalid);
        // Contains, any case; strpos, not LIKE, so '%' and '_' in an order number are plain text.
        // Its parameter is $1, or $2 after the item id: both spelt out, nothing put together.
        values << filter.reference;
        if (values.size() == 1)
            sql += QLatin1String(" AND strpos(lower(b.reference), lower($1)) > 0");
        else
            sql += QLatin1String(" AND strpos(lower(b.reference), lower($2)) > 0");
    }
    if (filter.mineOnly)
        sql += QLatin1String(" AND b.created_by = session_user");
    values << filter.limit;
    sql += QStringLiteral(" ORDER BY b.id DESC LIMIT $%1").arg(values.size());

    auto q = run(sql, values, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    QList<Block> result;
    while ((*q)->next()) {
        const QSqlQuery &row = **q;
        Block b;
        b.id = row.value(0).toLongLong();
        b.itemId = row.value(1).toLongLong();
        b.itemName = row.value(2).toString();
        b.quantity = row.value(3).toInt();
        b.isPermanent = row.value(4).toBool();
        b.createdAt = fromEpochMs(row.value(5));
        b.expiresAt = fromEpochMs(row.value(6));
        b.confirmedAt = fromEpochMs(row.value(7));
        b.reference = row.value(8).toString();
        b.createdBy = row.value(9).toString();
        b.serverTime = fromEpochMs(row.value(10));
        result << b;
    }
    (*q)->finish();
    return result;
}

Result<SessionInfo> sessionInfo()
{
    auto q = run(sessionSql, {}, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    SessionInfo info;
    if ((*q)->next()) {
        const QSqlQuery &row = **q;
        info.user = row.value(0).toString();
        info.database = row.value(1).toString();
        info.serverVersion = row.value(2).toString();
        info.isStaff = row.value(3).toBool();
        info.isManager = row.value(4).toBool();
        info.isOwner = row.value(5).toBool();
        info.schemaVersion = row.value(6).toInt();
    }
    (*q)->finish();
    info.server = Connection::current().serverName();
    if (auto reads = readStatus())
        info.reads = *reads;
    else
        return std::unexpected(reads.error());
    return info;
}

} // namespace inventory
