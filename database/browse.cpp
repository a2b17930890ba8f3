#include "browse.h"

#include "operationsupport.h"
#include "validation.h"

#include <QSqlQuery>

namespace inventory {

namespace {

using namespace detail;

// The SQL below is laid out as SQL, not as C++; every statement is a constant, values are bound.
// clang-format off
// The page is taken from the order's index range inside the subquery (LIMIT there, so the held
// units are summed for the page's rows only), then ordered again outside: the lateral join does
// not promise to keep the order. The last column is the row's sort key as text, for the cursor.
#define BROWSE_FIRST(inner, outer, key)                                                             \
    "SELECT " INVENTORY_ITEM_COLUMNS ", " key " "                                                 \
    "FROM (SELECT * FROM public.items WHERE category = $1 AND archived_at IS NULL "                \
    "      ORDER BY " inner " LIMIT $2) i " INVENTORY_ITEM_HELD_JOIN "ORDER BY " outer
#define BROWSE_AFTER(condition, inner, outer, key)                                                  \
    "SELECT " INVENTORY_ITEM_COLUMNS ", " key " "                                                 \
    "FROM (SELECT * FROM public.items WHERE category = $1 AND archived_at IS NULL AND " condition  \
    "      ORDER BY " inner " LIMIT $4) i " INVENTORY_ITEM_HELD_JOIN "ORDER BY " outer

struct Statements
{
    QString firstAscending, afterAscending, firstDescending, afterDescending;
};

// items_category_quantity_idx is (category, quantity DESC, id): descending reads it forwards,
// ascending backwards, so ties go by id the other way when ascending.
const Statements quantityStatements {
    QStringLiteral(BROWSE_FIRST("quantity, id DESC", "i.quantity, i.id DESC", "i.quantity::text")),
    QStringLiteral(BROWSE_AFTER("quantity >= $2::int AND (quantity > $2::int OR id < $3)",
                                "quantity, id DESC", "i.quantity, i.id DESC", "i.quantity::text")),
    QStringLiteral(BROWSE_FIRST("quantity DESC, id", "i.quantity DESC, i.id", "i.quantity::text")),
    QStringLiteral(BROWSE_AFTER("quantity <= $2::int AND (quantity < $2::int OR id > $3)",
                                "quantity DESC, id", "i.quantity DESC, i.id", "i.quantity::text")),
};
const Statements nameStatements {
    QStringLiteral(BROWSE_FIRST("lower(name), id", "lower(i.name), i.id", "lower(i.name)")),
    QStringLiteral(BROWSE_AFTER("(lower(name), id) > ($2::text, $3)", "lower(name), id",
                                "lower(i.name), i.id", "lower(i.name)")),
    QStringLiteral(BROWSE_FIRST("lower(name) DESC, id DESC", "lower(i.name) DESC, i.id DESC", "lower(i.name)")),
    QStringLiteral(BROWSE_AFTER("(lower(name), id) < ($2::text, $3)", "lower(name) DESC, id DESC",
                                "lower(i.name) DESC, i.id DESC", "lower(i.name)")),
};
// The id is its own key: $2 repeats it.
const Statements idStatements {
    QStringLiteral(BROWSE_FIRST("id", "i.id", "i.id::text")),
    QStringLiteral(BROWSE_AFTER("id > $3 AND $2::bigint = $3", "id", "i.id", "i.id::text")),
    QStringLiteral(BROWSE_FIRST("id DESC", "i.id DESC", "i.id::text")),
    QStringLiteral(BROWSE_AFTER("id < $3 AND $2::bigint = $3", "id DESC", "i.id DESC", "i.id::text")),
};
const Statements priceStatements {
    QStringLiteral(BROWSE_FIRST("price, id", "i.price, i.id", "i.price::text")),
    QStringLiteral(BROWSE_AFTER("(price, id) > ($2::numeric, $3)", "price, id", "i.price, i.id", "i.price::text")),
    QStringLiteral(BROWSE_FIRST("price DESC, id DESC", "i.price DESC, i.id DESC", "i.price::text")),
    QStringLiteral(BROWSE_AFTER("(price, id) < ($2::numeric, $3)", "price DESC, id DESC",
                                "i.price DESC, i.id DESC", "i.price::text")),
};
// The timestamp travels as the server writes it (ISO, microseconds) and is read back the same way.
const Statements updatedStatements {
    QStringLiteral(BROWSE_FIRST("updated_at, id", "i.updated_at, i.id", "i.updated_at::text")),
    QStringLiteral(BROWSE_AFTER("(updated_at, id) > ($2::timestamptz, $3)", "updated_at, id",
                                "i.updated_at, i.id", "i.updated_at::text")),
    QStringLiteral(BROWSE_FIRST("updated_at DESC, id DESC", "i.updated_at DESC, i.id DESC", "i.updated_at::text")),
    QStringLiteral(BROWSE_AFTER("(updated_at, id) < ($2::timestamptz, $3)", "updated_at DESC, id DESC",
                                "i.updated_at DESC, i.id DESC", "i.updated_at::text")),
};

const QString countSql = QStringLiteral(
    "SELECT coalesce((SELECT item_count FROM public.category_counts WHERE category = $1), 0)");
// clang-format on

const Statements &statementsFor(BrowseOrder order)
{
    switch (order) {
    case BrowseOrder::Quantity:
        break;
    case BrowseOrder::Name:
        return nameStatements;
    case BrowseOrder::Id:
        return idStatements;
    case BrowseOrder::Price:
        return priceStatements;
    case BrowseOrder::Updated:
        return updatedStatements;
    }
    return quantityStatements;
}

} // namespace

Result<ItemPage> browseCategory(const QString &category, BrowseOrder order, bool ascending,
                                const std::optional<BrowseCursor> &after, int limit)
{
    if (auto invalid = validate::text(tr("category"), category, validate::maxCategoryLength, true))
        return std::unexpected(*invalid);
    if (limit < 1 || limit > 10000)
        return std::unexpected(
            Error::invalidInput(tr("limit"), tr("%1 is not between 1 and 10000.").arg(limit)));
    const Statements &statements = statementsFor(order);
    ItemPage page;
    if (!after) {
        // The first page also says how many there are (one more indexed lookup).
        auto count = run(countSql, { category }, Retry::Safe);
        if (!count)
            return std::unexpected(count.error());
        if ((*count)->next())
            page.totalInCategory = (*count)->value(0).toLongLong();
    }
    auto q = after ? run(ascending ? statements.afterAscending : statements.afterDescending,
                         { category, after->key, after->id, limit }, Retry::Safe)
                   : run(ascending ? statements.firstAscending : statements.firstDescending,
                         { category, limit }, Retry::Safe);
    if (!q)
        return std::unexpected(q.error());
    QString lastKey;
    while ((*q)->next()) {
        page.items << readItem(**q);
        lastKey = (*q)->value(itemColumnCount).toString(); // after the item's columns
    }
    if (page.items.size() == limit)
        page.next = BrowseCursor { lastKey, page.items.last().id };
    return page;
}

} // namespace inventory
