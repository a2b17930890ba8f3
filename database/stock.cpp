#include "stock.h"

#include "money.h"
#include "operations.h"
#include "operationsupport.h"
#include "sqlarray.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace inventory {

using namespace detail;

namespace {

// The SQL below is laid out as SQL, not as C++.
// clang-format off
// Every statement below is a constant: values are only ever bound, never spliced in.

const QString receiveSql = QStringLiteral(
    "SELECT outcome, movement_id, item_name, change, resulting_quantity, " INVENTORY_EPOCH_MS("at")
    ", actor FROM inventory.receive($1, $2, $3, $4)");

const QString adjustSql = QStringLiteral(
    "SELECT outcome, movement_id, item_name, change, resulting_quantity, " INVENTORY_EPOCH_MS("at")
    ", actor FROM inventory.adjust($1, $2, $3, $4, $5)");

const QString undoSql = QStringLiteral(
    "SELECT outcome, movement_id, item_id, item_name, change, resulting_quantity, " INVENTORY_EPOCH_MS("at")
    " FROM inventory.undo_movement($1)");

const QString movementSql = QStringLiteral(
    "SELECT m.kind::text, m.reason, m.actor, m.reference, m.note, m.compensates "
    "FROM public.stock_movements m WHERE m.id = $1");

// The merged history: movements and block events, newest first, one keyset page. Each branch
// reads its own (at, id) index backwards from the cursor; the merge keeps the order. A block
// event sorts before a movement of the same instant (source 1 before 0). The filters that are
// not keys are checked while reading in index order.
#define HISTORY_SELECT(MOVEMENT_ITEM, BLOCK_ITEM)                                                         \
    "SELECT h.source, h.id, h.item_id, coalesce(i.name, ''), h.kind, h.reason, h.change, h.resulting, "   \
    "       h.actor, " INVENTORY_EPOCH_MS("h.at") ", h.reference, h.note, h.block_id, "                    \
    "       (extract(epoch FROM h.at) * 1000000)::bigint FROM ("               \
    "  (SELECT 0 AS source, m.id, m.item_id, m.kind::text AS kind, m.reason, m.change, "                  \
    "          m.resulting_quantity AS resulting, m.actor, m.at, m.reference, m.note, 0::bigint AS block_id " \
    "     FROM public.stock_movements m "                                                                  \
    "    WHERE " MOVEMENT_ITEM " (m.at, m.id) < (timestamptz 'epoch' + $2 * interval '1 microsecond', CASE WHEN $3 = 1 THEN 9223372036854775807 ELSE $4 END) " \
    "      AND m.at >= $5::timestamptz AND m.at < $6::timestamptz "                                       \
    "      AND (cardinality($7::text[]) = 0 OR m.kind::text = ANY ($7::text[])) "                         \
    "      AND ($8::text IS NULL OR m.reason = $8) AND ($9::text IS NULL OR m.actor = $9) "               \
    "    ORDER BY m.at DESC, m.id DESC LIMIT $10) "                                                        \
    "  UNION ALL "                                                                                         \
    "  (SELECT 1, e.id, e.item_id, e.kind::text, NULL, "                                                  \
    "          CASE e.kind WHEN 'created' THEN -e.quantity WHEN 'released' THEN e.quantity "              \
    "                      WHEN 'expired' THEN e.quantity ELSE 0 END, "                                   \
    "          e.item_quantity, e.actor, e.at, e.reference, NULL, e.block_id "                             \
    "     FROM public.block_events e "                                                                     \
    "    WHERE " BLOCK_ITEM " (e.at, e.id) < (timestamptz 'epoch' + $2 * interval '1 microsecond', CASE WHEN $3 = 1 THEN $4 ELSE 0 END) "     \
    "      AND e.at >= $5::timestamptz AND e.at < $6::timestamptz "                                       \
    "      AND (cardinality($7::text[]) = 0 OR e.kind::text = ANY ($7::text[])) "                         \
    "      AND $8::text IS NULL AND ($9::text IS NULL OR e.actor = $9) "                                  \
    "    ORDER BY e.at DESC, e.id DESC LIMIT $10)"                                                         \
    ") h LEFT JOIN public.items i ON i.id = h.item_id "                                                    \
    "ORDER BY h.at DESC, h.source DESC, h.id DESC LIMIT $10"

const QString historySql = QStringLiteral(HISTORY_SELECT("$1::bigint IS NULL AND", "$1::bigint IS NULL AND"));
const QString itemHistorySql = QStringLiteral(HISTORY_SELECT("m.item_id = $1 AND", "e.item_id = $1 AND"));

const QString editItemSql = QStringLiteral(
    "SELECT outcome, conflicting_item FROM inventory.edit_item($1, $2, $3, $4::numeric, $5, $6, $7, $8, $9, $10, $11)");

const QString archiveSql = QStringLiteral(
    "SELECT outcome, temporary_blocks, temporary_units FROM inventory.archive_item($1)");
const QString unarchiveSql = QStringLiteral("SELECT outcome FROM inventory.unarchive_item($1)");

const QString itemByCodeSql = QStringLiteral(
    "SELECT " INVENTORY_ITEM_COLUMNS "FROM public.items i " INVENTORY_ITEM_HELD_JOIN
    "WHERE (lower(i.sku) = lower($1) AND i.sku IS NOT NULL) "
    "   OR ($1 ~ '^[0-9]{12,13}$' AND lpad(i.barcode, 13, '0') = lpad($1, 13, '0') AND i.barcode IS NOT NULL) "
    "ORDER BY i.sku IS NULL LIMIT 1");

// From items_low_stock_idx: only items at or below their reorder point are in it.
const QString lowStockSql = QStringLiteral(
    "SELECT " INVENTORY_ITEM_COLUMNS "FROM ("
    "  SELECT * FROM public.items c "
    "   WHERE c.quantity <= c.reorder_point AND c.archived_at IS NULL "
    "     AND ($1::text IS NULL OR c.category = $1) "
    "   ORDER BY c.quantity - c.reorder_point, c.id LIMIT $2"
    ") i " INVENTORY_ITEM_HELD_JOIN
    "ORDER BY i.quantity - i.reorder_point, i.id");

const QString openCountSql = QStringLiteral(
    "SELECT outcome, count_id, lines FROM inventory.open_count($1, $2::bigint[])");

const QString setCountedSql = QStringLiteral(
    "SELECT outcome, expected, counted FROM inventory.set_counted($1, $2, $3, $4)");

#define COUNT_COLUMNS                                                                                 \
    "c.id, coalesce(c.category, ''), c.opened_by, " INVENTORY_EPOCH_MS("c.opened_at") ", "          \
    "coalesce(c.posted_by, ''), " INVENTORY_EPOCH_MS("c.posted_at") ", "                              \
    "(SELECT count(*) FROM public.stock_count_lines l WHERE l.count_id = c.id), "                    \
    "(SELECT count(*) FROM public.stock_count_lines l WHERE l.count_id = c.id AND l.counted IS NOT NULL) "

const QString countSql = QStringLiteral("SELECT " COUNT_COLUMNS "FROM public.stock_counts c WHERE c.id = $1");
const QString countsSql = QStringLiteral(
    "SELECT " COUNT_COLUMNS "FROM public.stock_counts c WHERE NOT $1 OR c.posted_at IS NULL "
    "ORDER BY c.id DESC LIMIT 200");

const QString countLinesSql = QStringLiteral(
    "SELECT l.item_id, i.name, coalesce(i.sku, ''), coalesce(i.barcode, ''), l.expected, l.counted, "
    "       coalesce(l.counted_by, ''), " INVENTORY_EPOCH_MS("l.counted_at") " "
    "FROM public.stock_count_lines l JOIN public.items i ON i.id = l.item_id "
    "WHERE l.count_id = $1 ORDER BY i.name, i.id");

const QString countLineSql = QStringLiteral(
    "SELECT l.item_id, i.name, coalesce(i.sku, ''), coalesce(i.barcode, ''), l.expected, l.counted, "
    "       coalesce(l.counted_by, ''), " INVENTORY_EPOCH_MS("l.counted_at") " "
    "FROM public.stock_count_lines l JOIN public.items i ON i.id = l.item_id "
    "WHERE l.count_id = $1 AND l.item_id = $2");

const QString postCountSql = QStringLiteral(
    "SELECT outcome, movements, units_added, units_removed, uncounted, " INVENTORY_EPOCH_MS("posted_at") ", "
    "       short_item, short_name, short_quantity, short_change FROM inventory.post_count($1)");

const QString checkSql = QStringLiteral(
    "SELECT c.items_checked, u.id, u.name, u.stock, u.booked FROM inventory.check_ledger() c "
    "LEFT JOIN LATERAL unnest(c.item_ids, c.item_names, c.stock, c.booked) AS u(id, name, stock, booked) ON true "
    "ORDER BY u.id");

const QString repairSql = QStringLiteral(
    "SELECT movement_id, item_id, item_name, change, resulting_quantity, " INVENTORY_EPOCH_MS("at")
    " FROM inventory.repair_ledger($1::bigint[], $2::bigint[])");

// clang-format on

struct ReasonName
{
    StockReason reason;
    const char *code;
    const char *label;
};

constexpr ReasonName reasonNames[] = {
    { StockReason::Received, "received", QT_TRANSLATE_NOOP("inventory", "Received") },
    { StockReason::Returned, "returned", QT_TRANSLATE_NOOP("inventory", "Returned") },
    { StockReason::Damaged, "damaged", QT_TRANSLATE_NOOP("inventory", "Damaged") },
    { StockReason::Lost, "lost", QT_TRANSLATE_NOOP("inventory", "Lost") },
    { StockReason::Found, "found", QT_TRANSLATE_NOOP("inventory", "Found") },
    { StockReason::Count, "count", QT_TRANSLATE_NOOP("inventory", "Count") },
    { StockReason::Correction, "correction", QT_TRANSLATE_NOOP("inventory", "Correction") },
};

QString itemLabel(qint64 id, const QString &name)
{
    return name.isEmpty() ? tr("item #%1").arg(id) : tr("item #%1 '%2'").arg(id).arg(name);
}

std::optional<Error> validReason(StockReason reason, const QList<StockReason> &allowed)
{
    if (allowed.contains(reason))
        return std::nullopt;
    QStringList names;
    for (StockReason r : allowed)
        names << reasonCode(r);
    return Error::invalidInput(tr("reason"), tr("'%1' is not one of %2.")
                                                 .arg(reasonCode(reason), names.join(QStringLiteral(", "))));
}

StockMovement readMovement(const QSqlQuery &row, qint64 itemId, const QString &kind, StockReason reason)
{
    StockMovement m;
    m.id = row.value(1).toLongLong();
    m.itemId = itemId;
    m.itemName = row.value(2).toString();
    m.kind = kind;
    m.reason = reason;
    m.change = row.value(3).toInt();
    m.resultingQuantity = row.value(4).toInt();
    m.at = fromEpochMs(row.value(5));
    m.actor = row.value(6).toString();
    return m;
}

Result<CountLine> countLine(qint64 countId, qint64 itemId);

Result<StockCount> readCount(QSqlQuery &row)
{
    StockCount c;
    c.id = row.value(0).toLongLong();
    c.category = row.value(1).toString();
    c.openedBy = row.value(2).toString();
    c.openedAt = fromEpochMs(row.value(3));
    c.postedBy = row.value(4).toString();
    c.postedAt = fromEpochMs(row.value(5));
    c.lines = row.value(6).toInt();
    c.counted = row.value(7).toInt();
    return c;
}

CountLine readCountLine(const QSqlQuery &row, qint64 countId)
{
    CountLine line;
    line.countId = countId;
    line.itemId = row.value(0).toLongLong();
    line.itemName = row.value(1).toString();
    line.sku = row.value(2).toString();
    line.barcode = row.value(3).toString();
    line.expected = row.value(4).toInt();
    if (!row.value(5).isNull())
        line.counted = row.value(5).toInt();
    line.countedBy = row.value(6).toString();
    line.countedAt = fromEpochMs(row.value(7));
    return line;
}

Result<CountLine> countLine(qint64 countId, qint64 itemId)
{
    auto q = run(countLineSql, { countId, itemId }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::notFound(tr("Item"), itemId));
    CountLine line = readCountLine(**q, countId);
    (*q)->finish();
    return line;
}

Result<StockCount> openCountWith(const QVariant &category, const QVariant &items)
{
    auto q = run(openCountSql, { category, items }, Retry::Never, tr("open stock counts"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::server(tr("The server did not answer the count.")));
    const QString outcome = (*q)->value(0).toString();
    const qint64 countId = (*q)->value(1).toLongLong();
    (*q)->finish();
    if (outcome == QLatin1String("opened"))
        return stockCount(countId);
    if (outcome == QLatin1String("empty")) {
        return std::unexpected(Error::conflict(
            0, category.isNull() ? tr("None of the listed items can be counted (unknown or archived).")
                                 : tr("Category '%1' has no items to count.").arg(category.toString())));
    }
    return std::unexpected(unexpectedOutcome(tr("opening a count"), outcome));
}

Result<CountLine> enterCount(qint64 countId, qint64 itemId, qint64 value, bool add)
{
    if (auto invalid = validate::id(tr("count id"), countId))
        return std::unexpected(*invalid);
    if (auto invalid = validate::id(tr("item id"), itemId))
        return std::unexpected(*invalid);
    if (auto invalid = validate::quantity(tr("counted quantity"), value, add ? 1 : 0))
        return std::unexpected(*invalid);
    auto q = run(setCountedSql, { countId, itemId, int(value), add }, Retry::Never,
                 tr("enter counted quantities"), staffRole);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::server(tr("The server did not answer the count.")));
    const QString outcome = (*q)->value(0).toString();
    const int counted = (*q)->value(2).toInt();
    (*q)->finish();
    if (outcome == QLatin1String("counted"))
        return countLine(countId, itemId);
    if (outcome == QLatin1String("count_not_found"))
        return std::unexpected(Error::notFound(tr("Count"), countId));
    if (outcome == QLatin1String("posted"))
        return std::unexpected(
            Error::conflict(countId, tr("Count #%1 has been posted; its figures can no longer change.").arg(countId)));
    if (outcome == QLatin1String("not_in_count"))
        return std::unexpected(Error::conflict(
            itemId, tr("Item #%1 is not part of count #%2.").arg(itemId).arg(countId)));
    if (outcome == QLatin1String("invalid_quantity"))
        return std::unexpected(Error::invalidInput(
            tr("counted quantity"),
            tr("%1 more on top of %2 is above the maximum of %3.").arg(value).arg(counted).arg(validate::maxQuantity)));
    return std::unexpected(unexpectedOutcome(tr("entering a count"), outcome));
}

} // namespace

QString reasonCode(StockReason reason)
{
    for (const ReasonName &name : reasonNames) {
        if (name.reason == reason)
            return QString::fromLatin1(name.code);
    }
    return {};
}

std::optional<StockReason> reasonFromCode(const QString &code)
{
    for (const ReasonName &name : reasonNames) {
        if (code == QLatin1String(name.code))
            return name.reason;
    }
    return std::nullopt;
}

QString reasonLabel(StockReason reason)
{
    for (const ReasonName &name : reasonNames) {
        if (name.reason == reason)
            return QCoreApplication::translate("inventory", name.label);
    }
    return {};
}

QList<StockReason> allReasons()
{
    QList<StockReason> reasons;
    for (const ReasonName &name : reasonNames)
        reasons << name.reason;
    return reasons;
}

QList<StockReason> receiptReasons()
{
    return { StockReason::Received, StockReason::Returned };
}

QList<StockReason> adjustmentReasons()
{
    return { StockReason::Damaged, StockReason::Lost, StockReason::Found, StockReason::Correction };
}

Result<StockMovement> receive(qint64 itemId, qint64 quantity, StockReason reason, const QString &reference)
{
    if (auto invalid = validate::id(tr("item id"), itemId))
        return std::unexpected(*invalid);
    if (auto invalid = validate::quantity(tr("quantity"), quantity, 1))
        return std::unexpected(*invalid);
    if (auto invalid = validReason(reason, receiptReasons()))
        return std::unexpected(*invalid);
    if (auto invalid = validate::text(tr("reference"), reference, validate::maxReferenceLength, false))
        return std::unexpected(*invalid);

    auto q = run(receiveSql, { itemId, int(quantity), reasonCode(reason), textOrNull(reference) },
                 Retry::Never, tr("receive stock"), staffRole);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next())
        return std::unexpected(Error::server(tr("The server did not answer the receipt.")));
    const QString outcome = row.value(0).toString();
    StockMovement m = readMovement(row, itemId, QStringLiteral("receipt"), reason);
    m.reference = reference;
    row.finish();
    if (outcome == QLatin1String("received"))
        return m;
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Item"), itemId));
    if (outcome == QLatin1String("archived"))
        return std::unexpected(archivedItem(itemId, m.itemName, tr("received")));
    if (outcome == QLatin1String("too_many")) {
        return std::unexpected(Error::invalidInput(
            tr("quantity"), tr("%1 has %2 units; %3 more would exceed the maximum of %4.")
                                .arg(itemLabel(itemId, m.itemName))
                                .arg(m.resultingQuantity)
                                .arg(quantity)
                                .arg(validate::maxQuantity)));
    }
    return std::unexpected(unexpectedOutcome(tr("a receipt"), outcome));
}

Result<StockMovement> adjust(qint64 itemId, const Adjustment &adjustment)
{
    if (auto invalid = validate::id(tr("item id"), itemId))
        return std::unexpected(*invalid);
    if (adjustment.by.has_value() == adjustment.to.has_value())
        return std::unexpected(Error::invalidInput(
            tr("adjustment"), tr("give either a change (by) or a new quantity (to), not both or neither.")));
    if (adjustment.by) {
        if (*adjustment.by == 0)
            return std::unexpected(Error::invalidInput(tr("change"), tr("0 changes nothing.")));
        if (*adjustment.by < -validate::maxQuantity || *adjustment.by > validate::maxQuantity)
            return std::unexpected(Error::invalidInput(
                tr("change"),
                tr("%1 is outside ±%2.").arg(*adjustment.by).arg(validate::maxQuantity)));
    }
    if (adjustment.to) {
        if (auto invalid = validate::quantity(tr("new quantity"), *adjustment.to, 0))
            return std::unexpected(*invalid);
    }
    if (auto invalid = validReason(adjustment.reason, adjustmentReasons()))
        return std::unexpected(*invalid);
    if (auto invalid = validate::text(tr("note"), adjustment.note, validate::maxNoteLength, false, true))
        return std::unexpected(*invalid);

    auto q = run(adjustSql,
                 { itemId, intOrNull(adjustment.by), intOrNull(adjustment.to), reasonCode(adjustment.reason),
                   textOrNull(adjustment.note) },
                 Retry::Never, tr("adjust stock"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next())
        return std::unexpected(Error::server(tr("The server did not answer the adjustment.")));
    const QString outcome = row.value(0).toString();
    StockMovement m = readMovement(row, itemId, QStringLiteral("adjustment"), adjustment.reason);
    m.note = adjustment.note;
    row.finish();
    if (outcome == QLatin1String("adjusted"))
        return m;
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Item"), itemId));
    if (outcome == QLatin1String("insufficient")) {
        Error error = Error::insufficientStock(itemId, m.itemName, -qint64(m.change), m.resultingQuantity);
        error.message = tr("Only %1 of %2 are on hand; %3 cannot be taken off.")
                            .arg(m.resultingQuantity)
                            .arg(itemLabel(itemId, m.itemName))
                            .arg(-qint64(m.change));
        return std::unexpected(error);
    }
    if (outcome == QLatin1String("no_change"))
        return std::unexpected(Error::invalidInput(
            tr("new quantity"),
            tr("%1 has %2 units already; nothing to adjust.").arg(itemLabel(itemId, m.itemName)).arg(m.resultingQuantity)));
    if (outcome == QLatin1String("too_many"))
        return std::unexpected(Error::invalidInput(
            tr("change"), tr("%1 has %2 units; the result would exceed the maximum of %3.")
                              .arg(itemLabel(itemId, m.itemName))
                              .arg(m.resultingQuantity)
                              .arg(validate::maxQuantity)));
    return std::unexpected(unexpectedOutcome(tr("an adjustment"), outcome));
}

Result<StockMovement> undoMovement(qint64 movementId)
{
    if (auto invalid = validate::id(tr("movement id"), movementId))
        return std::unexpected(*invalid);
    auto q = run(undoSql, { movementId }, Retry::Never, tr("undo adjustments or other people's receipts"),
                 managerRole);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next())
        return std::unexpected(Error::server(tr("The server did not answer the undo.")));
    const QString outcome = row.value(0).toString();
    StockMovement m;
    m.id = row.value(1).toLongLong();
    m.itemId = row.value(2).toLongLong();
    m.itemName = row.value(3).toString();
    m.change = row.value(4).toInt();
    m.resultingQuantity = row.value(5).toInt();
    m.at = fromEpochMs(row.value(6));
    m.compensates = movementId;
    row.finish();
    if (outcome == QLatin1String("undone")) {
        auto original = run(movementSql, { m.id }, Retry::Safe);
        if (original && (*original)->next()) {
            m.kind = (*original)->value(0).toString();
            m.reason = reasonFromCode((*original)->value(1).toString()).value_or(StockReason::Correction);
            m.actor = (*original)->value(2).toString();
            m.reference = (*original)->value(3).toString();
            m.note = (*original)->value(4).toString();
            (*original)->finish();
        }
        return m;
    }
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Movement"), movementId));
    if (outcome == QLatin1String("not_undoable"))
        return std::unexpected(Error::conflict(
            movementId, tr("Movement #%1 is not a receipt or an adjustment and cannot be undone.").arg(movementId)));
    if (outcome == QLatin1String("already_undone"))
        return std::unexpected(Error::conflict(
            movementId, tr("Movement #%1 was undone already, by movement #%2.").arg(movementId).arg(m.id)));
    if (outcome == QLatin1String("insufficient")) {
        Error error = Error::insufficientStock(m.itemId, m.itemName, -qint64(m.change), m.resultingQuantity);
        error.message = tr("Only %1 of %2 are on hand; undoing movement #%3 would take %4 off.")
                            .arg(m.resultingQuantity)
                            .arg(itemLabel(m.itemId, m.itemName))
                            .arg(movementId)
                            .arg(-qint64(m.change));
        return std::unexpected(error);
    }
    return std::unexpected(unexpectedOutcome(tr("an undo"), outcome));
}

Result<QList<HistoryEntry>> history(const HistoryFilter &filter)
{
    if (filter.itemId) {
        if (auto invalid = validate::id(tr("item id"), *filter.itemId))
            return std::unexpected(*invalid);
    }
    if (filter.limit < 1 || filter.limit > 10000)
        return std::unexpected(
            Error::invalidInput(tr("limit"), tr("%1 is not between 1 and 10000.").arg(filter.limit)));
    if (!filter.reason.isEmpty() && !reasonFromCode(filter.reason))
        return std::unexpected(Error::invalidInput(tr("reason"), tr("'%1' is not a reason.").arg(filter.reason)));
    static const QStringList knownKinds = { QStringLiteral("opening"), QStringLiteral("receipt"),
                                            QStringLiteral("adjustment"), QStringLiteral("count"),
                                            QStringLiteral("created"), QStringLiteral("confirmed"),
                                            QStringLiteral("released"), QStringLiteral("extended"),
                                            QStringLiteral("expired") };
    for (const QString &kind : filter.kinds) {
        if (!knownKinds.contains(kind))
            return std::unexpected(Error::invalidInput(
                tr("kind"), tr("'%1' is not one of %2.").arg(kind, knownKinds.join(QStringLiteral(", ")))));
    }
    if (auto invalid = validate::text(tr("actor"), filter.actor, 63, false))
        return std::unexpected(*invalid);

    // Timestamps as ISO text with offset: exact to the microsecond the server sent (ms here).
    auto moment = [](const QDateTime &when, const char *fallback) {
        return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QString::fromLatin1(fallback));
    };
    const bool hasCursor = filter.after.has_value();
    // Past every row: year 294,000 is beyond any timestamp PostgreSQL stores.
    qint64 cursorAt = std::numeric_limits<qint64>::max() / 2;
    if (hasCursor)
        cursorAt = filter.after->atMicroseconds != 0 ? filter.after->atMicroseconds
                                                     : filter.after->at.toMSecsSinceEpoch() * 1000;
    const int cursorSource = hasCursor && filter.after->source == HistoryEntry::Source::Block ? 1 : 0;
    const qint64 cursorId = hasCursor ? filter.after->id : std::numeric_limits<qint64>::max();
    const QVariantList values = {
        filter.itemId ? QVariant(*filter.itemId) : QVariant(QMetaType::fromType<qint64>()),
        cursorAt,
        hasCursor ? cursorSource : 1,
        cursorId,
        moment(filter.since, "-infinity"),
        moment(filter.until, "infinity"),
        sql::textArray(filter.kinds),
        textOrNull(filter.reason),
        textOrNull(filter.actor),
        filter.limit,
    };
    auto q = run(filter.itemId ? itemHistorySql : historySql, values, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    QList<HistoryEntry> entries;
    while ((*q)->next()) {
        const QSqlQuery &row = **q;
        HistoryEntry e;
        e.source = row.value(0).toInt() == 1 ? HistoryEntry::Source::Block : HistoryEntry::Source::Movement;
        e.id = row.value(1).toLongLong();
        e.itemId = row.value(2).toLongLong();
        e.itemName = row.value(3).toString();
        e.kind = row.value(4).toString();
        e.reason = row.value(5).toString();
        e.change = row.value(6).toInt();
        if (!row.value(7).isNull())
            e.resultingQuantity = row.value(7).toInt();
        e.actor = row.value(8).toString();
        e.at = fromEpochMs(row.value(9));
        e.reference = row.value(10).toString();
        e.note = row.value(11).toString();
        e.blockId = row.value(12).toLongLong();
        e.atMicroseconds = row.value(13).toLongLong();
        entries << e;
    }
    (*q)->finish();
    return entries;
}

Result<Item> editItem(qint64 itemId, const ItemEdit &edit)
{
    if (auto invalid = validate::id(tr("item id"), itemId))
        return std::unexpected(*invalid);
    if (edit.name) {
        if (auto invalid = validate::text(tr("name"), *edit.name, validate::maxNameLength, true))
            return std::unexpected(*invalid);
    }
    if (edit.description) {
        if (auto invalid =
                validate::text(tr("description"), *edit.description, validate::maxDescriptionLength, false, true))
            return std::unexpected(*invalid);
    }
    if (edit.price) {
        if (auto invalid = validate::price(*edit.price))
            return std::unexpected(*invalid);
    }
    if (edit.category) {
        if (auto invalid = validate::text(tr("category"), *edit.category, validate::maxCategoryLength, false))
            return std::unexpected(*invalid);
    }
    if (edit.sku && !edit.sku->isEmpty()) {
        if (auto invalid = validate::sku(*edit.sku))
            return std::unexpected(*invalid);
    }
    if (edit.barcode && !edit.barcode->isEmpty()) {
        if (auto invalid = validate::barcode(*edit.barcode))
            return std::unexpected(*invalid);
    }
    if (edit.reorderPoint && *edit.reorderPoint) {
        if (auto invalid = validate::quantity(tr("reorder point"), **edit.reorderPoint, 0))
            return std::unexpected(*invalid);
    }
    if (edit.reorderQuantity && *edit.reorderQuantity) {
        if (auto invalid = validate::quantity(tr("reorder quantity"), **edit.reorderQuantity, 1))
            return std::unexpected(*invalid);
    }
    // NULL leaves a field alone; an empty (not null) text clears it.
    auto text = [](const std::optional<QString> &value) {
        if (!value)
            return nullText();
        const QString trimmed = value->trimmed();
        return QVariant(trimmed.isEmpty() ? QStringLiteral("") : trimmed);
    };
    const QVariantList values = {
        itemId,
        edit.name ? QVariant(edit.name->trimmed()) : nullText(),
        edit.description ? QVariant(edit.description->isEmpty() ? QStringLiteral("") : *edit.description) : nullText(),
        edit.price ? QVariant(formatPrice(*edit.price)) : nullText(),
        text(edit.category),
        text(edit.sku),
        text(edit.barcode),
        edit.reorderPoint.has_value(),
        edit.reorderPoint ? intOrNull(*edit.reorderPoint) : intOrNull(std::nullopt),
        edit.reorderQuantity.has_value(),
        edit.reorderQuantity ? intOrNull(*edit.reorderQuantity) : intOrNull(std::nullopt),
    };
    auto q = run(editItemSql, values, Retry::Never, tr("edit items"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::server(tr("The server did not answer the edit.")));
    const QString outcome = (*q)->value(0).toString();
    const qint64 other = (*q)->value(1).toLongLong();
    (*q)->finish();
    if (outcome == QLatin1String("edited"))
        return item(itemId);
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Item"), itemId));
    if (outcome == QLatin1String("sku_taken"))
        return std::unexpected(Error::invalidInput(
            tr("SKU"), tr("'%1' is already the SKU of item #%2.").arg(edit.sku.value_or(QString())).arg(other)));
    if (outcome == QLatin1String("barcode_taken"))
        return std::unexpected(Error::invalidInput(
            tr("barcode"),
            tr("'%1' is already the barcode of item #%2.").arg(edit.barcode.value_or(QString())).arg(other)));
    return std::unexpected(unexpectedOutcome(tr("an item edit"), outcome));
}

Result<Item> archiveItem(qint64 itemId)
{
    if (auto invalid = validate::id(tr("item id"), itemId))
        return std::unexpected(*invalid);
    auto q = run(archiveSql, { itemId }, Retry::Never, tr("archive items"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::server(tr("The server did not answer the archive.")));
    const QString outcome = (*q)->value(0).toString();
    const int blocks = (*q)->value(1).toInt();
    const qint64 units = (*q)->value(2).toLongLong();
    (*q)->finish();
    if (outcome == QLatin1String("archived") || outcome == QLatin1String("already_archived"))
        return item(itemId);
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Item"), itemId));
    if (outcome == QLatin1String("reserved"))
        return std::unexpected(Error::conflict(
            itemId, tr("Item #%1 has %n temporary reservation(s) holding %2 units; it can be archived once "
                       "they are confirmed, released or expired.",
                       "", blocks)
                        .arg(itemId)
                        .arg(units)));
    return std::unexpected(unexpectedOutcome(tr("an archive"), outcome));
}

Result<Item> unarchiveItem(qint64 itemId)
{
    if (auto invalid = validate::id(tr("item id"), itemId))
        return std::unexpected(*invalid);
    auto q = run(unarchiveSql, { itemId }, Retry::Never, tr("unarchive items"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::server(tr("The server did not answer the unarchive.")));
    const QString outcome = (*q)->value(0).toString();
    (*q)->finish();
    if (outcome == QLatin1String("unarchived") || outcome == QLatin1String("not_archived"))
        return item(itemId);
    if (outcome == QLatin1String("not_found"))
        return std::unexpected(Error::notFound(tr("Item"), itemId));
    return std::unexpected(unexpectedOutcome(tr("an unarchive"), outcome));
}

Result<Item> itemByCode(const QString &code)
{
    if (auto invalid = validate::text(tr("code"), code, validate::maxSkuLength, true))
        return std::unexpected(*invalid);
    auto q = run(itemByCodeSql, { code.trimmed() }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next()) {
        Error error = Error::notFound(tr("Item"), 0);
        error.message = tr("No item has the SKU or barcode '%1'.").arg(code.trimmed());
        return std::unexpected(error);
    }
    Item result = readItem(**q);
    (*q)->finish();
    return result;
}

Result<QList<Item>> lowStock(const QString &category, int limit)
{
    if (auto invalid = validate::text(tr("category"), category, validate::maxCategoryLength, false))
        return std::unexpected(*invalid);
    if (limit < 1 || limit > 10000)
        return std::unexpected(Error::invalidInput(tr("limit"), tr("%1 is not between 1 and 10000.").arg(limit)));
    auto q = run(lowStockSql, { textOrNull(category), limit }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    QList<Item> items;
    while ((*q)->next())
        items << readItem(**q);
    (*q)->finish();
    return items;
}

Result<StockCount> openCount(const QString &category)
{
    if (auto invalid = validate::text(tr("category"), category, validate::maxCategoryLength, true))
        return std::unexpected(*invalid);
    return openCountWith(category, QVariant(QMetaType::fromType<QString>()));
}

Result<StockCount> openCount(const QList<qint64> &itemIds)
{
    if (itemIds.isEmpty())
        return std::unexpected(Error::invalidInput(tr("items"), tr("name at least one item to count.")));
    if (itemIds.size() > 100000)
        return std::unexpected(Error::invalidInput(
            tr("items"), tr("%1 items were listed; at most 100000 can be counted at once.").arg(itemIds.size())));
    for (qint64 id : itemIds) {
        if (auto invalid = validate::id(tr("item id"), id))
            return std::unexpected(*invalid);
    }
    return openCountWith(nullText(), sql::bigintArray(itemIds));
}

Result<CountLine> setCounted(qint64 countId, qint64 itemId, qint64 counted)
{
    return enterCount(countId, itemId, counted, false);
}

Result<CountLine> addCounted(qint64 countId, qint64 itemId, qint64 by)
{
    return enterCount(countId, itemId, by, true);
}

Result<StockCount> stockCount(qint64 countId)
{
    if (auto invalid = validate::id(tr("count id"), countId))
        return std::unexpected(*invalid);
    auto q = run(countSql, { countId }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::notFound(tr("Count"), countId));
    auto result = readCount(**q);
    (*q)->finish();
    return result;
}

Result<QList<StockCount>> stockCounts(bool openOnly)
{
    auto q = run(countsSql, { openOnly }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    QList<StockCount> counts;
    while ((*q)->next())
        counts << *readCount(**q);
    (*q)->finish();
    return counts;
}

Result<QList<CountLine>> countLines(qint64 countId)
{
    auto count = stockCount(countId);
    if (!count)
        return std::unexpected(count.error());
    auto q = run(countLinesSql, { countId }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    QList<CountLine> lines;
    while ((*q)->next())
        lines << readCountLine(**q, countId);
    (*q)->finish();
    return lines;
}

Result<CountPosting> postCount(qint64 countId)
{
    if (auto invalid = validate::id(tr("count id"), countId))
        return std::unexpected(*invalid);
    auto q = run(postCountSql, { countId }, Retry::Never, tr("post stock counts"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next())
        return std::unexpected(Error::server(tr("The server did not answer the posting.")));
    const QString outcome = row.value(0).toString();
    CountPosting posting;
    posting.countId = countId;
    posting.movements = row.value(1).toInt();
    posting.unitsAdded = row.value(2).toLongLong();
    posting.unitsRemoved = row.value(3).toLongLong();
    posting.uncounted = row.value(4).toInt();
    posting.postedAt = fromEpochMs(row.value(5));
    const qint64 shortItem = row.value(6).toLongLong();
    const QString shortName = row.value(7).toString();
    const int shortQuantity = row.value(8).toInt();
    const int shortChange = row.value(9).toInt();
    row.finish();
    if (outcome == QLatin1String("posted_now"))
        return posting;
    if (outcome == QLatin1String("count_not_found"))
        return std::unexpected(Error::notFound(tr("Count"), countId));
    if (outcome == QLatin1String("posted"))
        return std::unexpected(Error::conflict(
            countId, tr("Count #%1 was posted already, at %2.").arg(countId).arg(formatMoment(posting.postedAt))));
    if (outcome == QLatin1String("insufficient")) {
        Error error = Error::insufficientStock(shortItem, shortName, -qint64(shortChange), shortQuantity);
        error.message = tr("Count #%1 cannot be posted: %2 has %3 units not reserved, and the count takes %4 "
                           "off; release reservations of it or count again. Nothing was booked.")
                            .arg(countId)
                            .arg(itemLabel(shortItem, shortName))
                            .arg(shortQuantity)
                            .arg(-shortChange);
        return std::unexpected(error);
    }
    return std::unexpected(unexpectedOutcome(tr("posting a count"), outcome));
}

Result<LedgerCheck> checkLedger()
{
    auto q = run(checkSql, {}, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return std::unexpected(Error::server(tr("The server did not answer the check.")));
    LedgerCheck check;
    do {
        const QSqlQuery &row = **q;
        check.itemsChecked = row.value(0).toLongLong();
        if (!row.value(1).isNull())
            check.drifted << Drift { row.value(1).toLongLong(), row.value(2).toString(), row.value(3).toLongLong(),
                                     row.value(4).toLongLong() };
    } while ((*q)->next());
    (*q)->finish();
    return check;
}

Result<QList<StockMovement>> repairLedger(const QList<Drift> &drift)
{
    QList<qint64> ids;
    QList<qint64> differences;
    for (const Drift &d : drift) {
        ids << d.itemId;
        differences << d.difference();
    }
    if (ids.isEmpty())
        return QList<StockMovement>();
    auto q = run(repairSql, { sql::bigintArray(ids), sql::bigintArray(differences) }, Retry::Never,
                 tr("repair the ledger"), managerRole);
    if (!q)
        return std::unexpected(q.error());
    QList<StockMovement> booked;
    while ((*q)->next()) {
        const QSqlQuery &row = **q;
        StockMovement m;
        m.id = row.value(0).toLongLong();
        m.itemId = row.value(1).toLongLong();
        m.itemName = row.value(2).toString();
        m.kind = QStringLiteral("adjustment");
        m.reason = StockReason::Correction;
        m.change = row.value(3).toInt();
        m.resultingQuantity = row.value(4).toInt();
        m.at = fromEpochMs(row.value(5));
        booked << m;
    }
    (*q)->finish();
    return booked;
}

} // namespace inventory
