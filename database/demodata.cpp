#include "demodata.h"

#include "connection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace inventory {

namespace {

// The SQL below is laid out as SQL, not as C++.
// clang-format off
const QString seedSql = QStringLiteral("SELECT inventory.seed_items($1, $2)");
const QString demoShopSql = QStringLiteral("SELECT inventory.seed_demo_shop($1)");

const QString isEmptySql = QStringLiteral(
    "SELECT NOT EXISTS (SELECT FROM public.items) AND NOT EXISTS (SELECT FROM public.block_events)");

// Twelve blocks on well-stocked items, taken from their quantity like a real reservation:
// 1-4 expired (waiting for cleanup), 5-9 active (5 expires within minutes), 10-12 permanent.
const QString demoBlocksSql = QStringLiteral(
    "WITH picked AS ("
    "    SELECT id, (row_number() OVER (ORDER BY id))::int AS n"
    "      FROM public.items WHERE quantity >= 20 AND id % 37 = 0 ORDER BY id LIMIT 12"
    "), taken AS ("
    "    UPDATE public.items i SET quantity = i.quantity - (1 + p.n % 4), updated_at = now()"
    "      FROM picked p WHERE i.id = p.id"
    "    RETURNING i.id, 1 + p.n % 4 AS qty, p.n"
    ")"
    "INSERT INTO public.block_inventory"
    "    (item_id, quantity, is_permanent, created_at, expires_at, reference, created_by, confirmed_at) "
    "SELECT id, qty, n > 9, now() - make_interval(mins => 90 - n * 5),"
    "       CASE WHEN n <= 4 THEN now() - make_interval(mins => 5 * n)"
    "            WHEN n <= 9 THEN now() + make_interval(mins => 3 + 11 * (n - 5))"
    "       END,"
    "       'DEMO-' || (1000 + n), $1, CASE WHEN n > 9 THEN now() - make_interval(mins => n) END "
    "FROM taken");

// clang-format on

} // namespace

Result<qint64> seedItems(qint64 items, qint64 categories)
{
    if (items < 0 || items > 100'000'000) {
        return std::unexpected(Error::invalidInput(
            QStringLiteral("items"),
            QCoreApplication::translate("inventory", "%1 is not between 0 and 100000000.").arg(items)));
    }
    if (categories < 1 || categories > 100'000) {
        return std::unexpected(Error::invalidInput(
            QStringLiteral("categories"),
            QCoreApplication::translate("inventory", "%1 is not between 1 and 100000.").arg(categories)));
    }
    auto q = Connection::current().execute(seedSql, { int(items), int(categories) });
    if (!q)
        return std::unexpected(q.error());
    const qint64 created = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return created;
}

Result<bool> seedDemoDataIfEmpty(const QString &user)
{
    Connection &connection = Connection::current();
    auto empty = connection.execute(isEmptySql, {}, Retry::Safe);
    if (!empty)
        return std::unexpected(empty.error());
    const bool isEmpty = (*empty)->next() && (*empty)->value(0).toBool();
    (*empty)->finish();
    if (!isEmpty)
        return false;
    // A shop's catalogue with six days of history (migration 7), then today's reservations.
    auto seeded = connection.execute(demoShopSql, { 5000 });
    if (!seeded)
        return std::unexpected(seeded.error());
    (*seeded)->finish();
    auto blocks = connection.execute(demoBlocksSql, { user });
    if (!blocks)
        return std::unexpected(blocks.error());
    (*blocks)->finish();
    return true;
}

} // namespace inventory
