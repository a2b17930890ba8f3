#include "invariants.h"

#include "connection.h"
#include "stock.h"

#include <QSqlQuery>
#include <QStringList>

namespace inventory::test {

namespace {
int countOf(const QString &sql, const QVariantList &values)
{
    auto q = Connection::current().execute(sql, values, Retry::Safe);
    if (!q) {
        qWarning("invariant check failed: %s", qPrintable(q.error().message));
        return -1;
    }
    const int n = (*q)->next() ? (*q)->value(0).toInt() : -1;
    (*q)->finish();
    return n;
}
} // namespace

int invariantViolations(const ConnectionSettings &owner, const QList<qint64> &items, int stock)
{
    const ScopedConnectionSettings asOwner(owner);
    QStringList ids;
    for (qint64 id : items)
        ids << QString::number(id);
    const QString array = QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}');
    const int badStock = countOf(
        QStringLiteral(
            "SELECT count(*) FROM items i WHERE i.id = ANY($1::bigint[]) AND i.quantity + "
            "coalesce((SELECT sum(b.quantity) FROM block_inventory b WHERE b.item_id = i.id), 0) <> $2"),
        { array, stock });
    const int badHistory = countOf(
        QStringLiteral(
            "WITH e AS (SELECT block_id, count(*) FILTER (WHERE kind = 'created') AS created, "
            "  count(*) FILTER (WHERE kind = 'confirmed') AS confirmed, "
            "  count(*) FILTER (WHERE kind IN ('released', 'expired')) AS ended "
            "  FROM block_events WHERE item_id = ANY($1::bigint[]) GROUP BY block_id) "
            "SELECT count(*) FROM e LEFT JOIN block_inventory b ON b.id = e.block_id "
            "WHERE e.created <> 1 OR e.confirmed + e.ended > 1 "
            "   OR (b.id IS NULL) <> (e.ended = 1) OR coalesce(b.is_permanent, false) <> (e.confirmed = 1)"),
        { array });
    if (badStock < 0 || badHistory < 0)
        return -1;
    // And the stock ledger, with inventoryctl check's code: every item's stock explained.
    auto ledger = checkLedger();
    if (!ledger) {
        qWarning("ledger check failed: %s", qPrintable(ledger.error().message));
        return -1;
    }
    for (const Drift &d : ledger->drifted)
        qWarning("item #%lld drifted: stock %lld, ledger %lld", d.itemId, d.stock, d.booked);
    return badStock + badHistory + int(ledger->drifted.size());
}

} // namespace inventory::test
