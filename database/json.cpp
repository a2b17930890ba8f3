#include "json.h"

#include "money.h"

using namespace inventory;

namespace json {

QString timestamp(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

static QJsonValue timestampOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(timestamp(moment)) : QJsonValue(QJsonValue::Null);
}

static QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

static QJsonValue numberOrNull(const std::optional<int> &number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

QJsonObject item(const Item &item)
{
    // Prices as strings, exactly as PostgreSQL prints NUMERIC (and as the original API sent them).
    return { { QStringLiteral("id"), item.id },
             { QStringLiteral("name"), item.name },
             { QStringLiteral("description"), textOrNull(item.description) },
             { QStringLiteral("quantity"), item.quantity },
             { QStringLiteral("price"), formatPrice(item.price) },
             { QStringLiteral("category"), textOrNull(item.category) },
             { QStringLiteral("created_at"), timestampOrNull(item.createdAt) },
             { QStringLiteral("updated_at"), timestampOrNull(item.updatedAt) },
             { QStringLiteral("reserved"), item.reserved },
             { QStringLiteral("available"), item.available() },
             { QStringLiteral("sku"), textOrNull(item.sku) },
             { QStringLiteral("barcode"), textOrNull(item.barcode) },
             { QStringLiteral("reorder_point"), numberOrNull(item.reorderPoint) },
             { QStringLiteral("reorder_quantity"), numberOrNull(item.reorderQuantity) },
             { QStringLiteral("archived_at"), timestampOrNull(item.archivedAt) } };
}

QJsonObject topItems(const TopItems &top)
{
    QJsonArray items;
    for (const Item &i : top.items)
        items.append(item(i));
    return { { QStringLiteral("category"), top.category },
             { QStringLiteral("items"), items },
             { QStringLiteral("count"), items.size() },
             { QStringLiteral("totalItemsInCategory"), top.totalItemsInCategory } };
}

QJsonObject reservation(const Reservation &r)
{
    return { { QStringLiteral("blockId"), r.blockId },
             { QStringLiteral("itemId"), r.itemId },
             { QStringLiteral("quantityBlocked"), r.quantityBlocked },
             { QStringLiteral("remainingQuantity"), r.remainingQuantity },
             { QStringLiteral("expiresAt"), timestamp(r.expiresAt) },
             { QStringLiteral("reference"), textOrNull(r.reference) },
             { QStringLiteral("replayed"), r.replayed } };
}

QJsonObject block(const Block &b)
{
    QJsonObject object { { QStringLiteral("id"), b.id },
                         { QStringLiteral("item_id"), b.itemId },
                         { QStringLiteral("quantity"), b.quantity },
                         { QStringLiteral("is_permanent"), b.isPermanent },
                         { QStringLiteral("expires_at"), timestampOrNull(b.expiresAt) } };
    if (b.createdAt.isValid())
        object.insert(QStringLiteral("created_at"), timestamp(b.createdAt));
    if (b.confirmedAt.isValid())
        object.insert(QStringLiteral("confirmed_at"), timestamp(b.confirmedAt));
    if (!b.itemName.isEmpty())
        object.insert(QStringLiteral("item_name"), b.itemName);
    if (!b.createdBy.isEmpty())
        object.insert(QStringLiteral("created_by"), b.createdBy);
    if (!b.reference.isEmpty())
        object.insert(QStringLiteral("reference"), b.reference);
    if (b.serverTime.isValid()) {
        static const char *const names[] = { "temporary", "permanent", "expired" };
        object.insert(QStringLiteral("state"), QLatin1String(names[int(b.state())]));
    }
    return object;
}

QJsonObject release(const Release &r)
{
    return { { QStringLiteral("blockId"), r.blockId },
             { QStringLiteral("itemId"), r.itemId },
             { QStringLiteral("quantityReleased"), r.quantityReturned },
             { QStringLiteral("remainingQuantity"), r.itemQuantity } };
}

QJsonObject cleanup(const CleanupResult &result, const QString &message)
{
    return { { QStringLiteral("message"), message },
             { QStringLiteral("expiredBlocksRemoved"), result.blocksRemoved },
             { QStringLiteral("unitsRestored"), result.unitsRestored },
             { QStringLiteral("timestamp"), timestamp(result.finishedAt) } };
}

QJsonArray categories(const QList<Category> &categories, const QHash<QString, qint64> &units)
{
    QJsonArray array;
    for (const Category &c : categories) {
        QJsonObject object { { QStringLiteral("category"), c.name },
                             { QStringLiteral("count"), c.itemCount } };
        if (const auto found = units.constFind(c.name); found != units.cend())
            object.insert(QStringLiteral("units"), *found);
        array.append(object);
    }
    return array;
}

QJsonObject movement(const StockMovement &m)
{
    QJsonObject object { { QStringLiteral("id"), m.id },
                         { QStringLiteral("itemId"), m.itemId },
                         { QStringLiteral("kind"), m.kind },
                         { QStringLiteral("change"), m.change },
                         { QStringLiteral("resultingQuantity"), m.resultingQuantity },
                         { QStringLiteral("at"), timestampOrNull(m.at) },
                         { QStringLiteral("reference"), textOrNull(m.reference) },
                         { QStringLiteral("note"), textOrNull(m.note) } };
    if (!m.itemName.isEmpty())
        object.insert(QStringLiteral("itemName"), m.itemName);
    if (!m.actor.isEmpty())
        object.insert(QStringLiteral("actor"), m.actor);
    if (m.kind != QLatin1String("opening"))
        object.insert(QStringLiteral("reason"), reasonCode(m.reason));
    if (m.countId != 0)
        object.insert(QStringLiteral("countId"), m.countId);
    if (m.compensates != 0)
        object.insert(QStringLiteral("compensates"), m.compensates);
    return object;
}

QJsonObject historyEntry(const HistoryEntry &e)
{
    QJsonObject object {
        { QStringLiteral("source"),
          e.source == HistoryEntry::Source::Movement ? QStringLiteral("movement") : QStringLiteral("block") },
        { QStringLiteral("id"), e.id },
        { QStringLiteral("itemId"), e.itemId },
        { QStringLiteral("itemName"), e.itemName },
        { QStringLiteral("kind"), e.kind },
        { QStringLiteral("reason"), textOrNull(e.reason) },
        { QStringLiteral("change"), e.change },
        { QStringLiteral("resultingQuantity"),
          e.resultingQuantity ? QJsonValue(*e.resultingQuantity) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("actor"), textOrNull(e.actor) },
        { QStringLiteral("at"), timestampOrNull(e.at) },
        { QStringLiteral("reference"), textOrNull(e.reference) },
        { QStringLiteral("note"), textOrNull(e.note) }
    };
    if (e.blockId != 0)
        object.insert(QStringLiteral("blockId"), e.blockId);
    return object;
}

QJsonObject stockCount(const StockCount &c)
{
    return { { QStringLiteral("countId"), c.id },
             { QStringLiteral("category"), textOrNull(c.category) },
             { QStringLiteral("openedBy"), textOrNull(c.openedBy) },
             { QStringLiteral("openedAt"), timestampOrNull(c.openedAt) },
             { QStringLiteral("postedBy"), textOrNull(c.postedBy) },
             { QStringLiteral("postedAt"), timestampOrNull(c.postedAt) },
             { QStringLiteral("lines"), c.lines },
             { QStringLiteral("counted"), c.counted } };
}

QJsonObject countLine(const CountLine &l)
{
    return { { QStringLiteral("countId"), l.countId },
             { QStringLiteral("itemId"), l.itemId },
             { QStringLiteral("itemName"), l.itemName },
             { QStringLiteral("sku"), textOrNull(l.sku) },
             { QStringLiteral("barcode"), textOrNull(l.barcode) },
             { QStringLiteral("expected"), l.expected },
             { QStringLiteral("counted"), l.counted ? QJsonValue(*l.counted) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("difference"),
               l.counted ? QJsonValue(l.difference()) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("countedBy"), textOrNull(l.countedBy) },
             { QStringLiteral("countedAt"), timestampOrNull(l.countedAt) } };
}

QJsonObject countPosting(const CountPosting &p)
{
    return { { QStringLiteral("countId"), p.countId },
             { QStringLiteral("movements"), p.movements },
             { QStringLiteral("unitsAdded"), p.unitsAdded },
             { QStringLiteral("unitsRemoved"), p.unitsRemoved },
             { QStringLiteral("uncounted"), p.uncounted },
             { QStringLiteral("postedAt"), timestampOrNull(p.postedAt) } };
}

QJsonObject drift(const Drift &d)
{
    return { { QStringLiteral("itemId"), d.itemId },
             { QStringLiteral("itemName"), d.itemName },
             { QStringLiteral("stock"), d.stock },
             { QStringLiteral("ledger"), d.booked },
             { QStringLiteral("difference"), d.difference() } };
}

QJsonObject ledgerCheck(const LedgerCheck &check)
{
    QJsonArray drifted;
    for (const Drift &d : check.drifted)
        drifted.append(drift(d));
    return { { QStringLiteral("itemsChecked"), check.itemsChecked },
             { QStringLiteral("clean"), check.isClean() },
             { QStringLiteral("drifted"), drifted } };
}

QJsonObject apiToken(const ApiToken &token)
{
    return { { QStringLiteral("name"), token.name },
             { QStringLiteral("role"), token.role },
             { QStringLiteral("createdAt"), timestampOrNull(token.createdAt) },
             { QStringLiteral("createdBy"), textOrNull(token.createdBy) },
             { QStringLiteral("revokedAt"), timestampOrNull(token.revokedAt) } };
}

QJsonObject issuedApiToken(const IssuedToken &issued)
{
    return { { QStringLiteral("name"), issued.token.name },
             { QStringLiteral("role"), issued.token.role },
             { QStringLiteral("token"), issued.secret } };
}

} // namespace json
