#pragma once

#include "error.h"
#include "types.h"

#include <optional>

namespace inventory {

/// The orders a whole category can be browsed in, each served by an index.
enum class BrowseOrder { Quantity, Name, Id, Price, Updated };

/// Where a page ended: the last row's sort key (as the server wrote it) and its id.
struct BrowseCursor
{
    QString key;
    qint64 id = 0;
};

/// One page of a category's items, and where the next one starts (none after the last).
struct ItemPage
{
    QList<Item> items;
    std::optional<BrowseCursor> next;
    qint64 totalInCategory = 0; ///< as category_counts has it (archived items not counted)
};

/// `limit` items of `category` (not archived) in `order`, after `after` (from the start when
/// none): keyset pagination, so a page deep in a large category costs what the first one does.
/// Ties are broken by id (in the same direction as the order).
Result<ItemPage> browseCategory(const QString &category, BrowseOrder order, bool ascending,
                                const std::optional<BrowseCursor> &after, int limit);

} // namespace inventory
