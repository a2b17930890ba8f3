#pragma once

#include "connection.h"
#include "error.h"
#include "types.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

/// What the operation files (operations.cpp, stock.cpp, …) share: the item row as every query
/// reads it, running a statement with permission errors named, and small value conversions.
/// Internal to the core library.
namespace inventory::detail {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

inline const QString staffRole = QStringLiteral("inventory_staff");
inline const QString managerRole = QStringLiteral("inventory_manager");

// clang-format off
// Times travel as milliseconds since the epoch: far cheaper to read than timestamp text.
#define INVENTORY_EPOCH_MS(column) "(date_part('epoch', " column ") * 1000)::bigint"

/// The item's own columns (alias `i`), in the order readItem() expects: 13 columns. readItem()
/// then reads the units held by temporary blocks and, of those, the expired ones.
#define INVENTORY_ITEM_FIELDS                                                                        \
    "i.id, i.name, i.description, i.quantity, i.price::text, i.category, "                           \
    INVENTORY_EPOCH_MS("i.created_at") ", " INVENTORY_EPOCH_MS("i.updated_at") ", "                  \
    "i.sku, i.barcode, i.reorder_point, i.reorder_quantity, " INVENTORY_EPOCH_MS("i.archived_at") " "

/// The item's fields and its held units, for a query over `public.items i` that adds
/// INVENTORY_ITEM_HELD_JOIN after its FROM item.
#define INVENTORY_ITEM_COLUMNS INVENTORY_ITEM_FIELDS ", h.reserved, h.expired "
/// One index scan of block_inventory_item_idx (its INCLUDE columns hold quantity and expiry).
#define INVENTORY_ITEM_HELD_JOIN                                                                      \
    " CROSS JOIN LATERAL (SELECT coalesce(sum(b.quantity), 0) AS reserved, "                          \
    "     coalesce(sum(b.quantity) FILTER (WHERE b.expires_at <= now()), 0) AS expired "             \
    "   FROM public.block_inventory b WHERE b.item_id = i.id AND b.is_permanent = false) h "
// clang-format on

inline constexpr int itemColumnCount = 15;

QDateTime utc(const QVariant &value);
QDateTime fromEpochMs(const QVariant &value);
/// Reads INVENTORY_ITEM_COLUMNS starting at `first`.
Item readItem(const QSqlQuery &q, int first = 0);

/// A NULL text parameter (QPSQL sends NULL; the server knows the parameter's type).
QVariant nullText();
QVariant textOrNull(const QString &value);
QVariant intOrNull(const std::optional<qint64> &value);

/// Runs one statement on this thread's connection; a permission error is reworded as "Only
/// managers can `action`." for `role`.
Result<QSqlQuery *> run(const QString &sql, const QVariantList &values, Retry retry,
                        const QString &action = {}, const QString &role = staffRole);

/// "Item #12 'Blue mug' is archived and cannot be `what`."
Error archivedItem(qint64 itemId, const QString &itemName, const QString &what);

/// For a function that answered with an outcome this version does not know: a bug, said plainly.
Error unexpectedOutcome(const QString &operation, const QString &outcome);

} // namespace inventory::detail
