// What only the desk and the CLI had: categories, search, low stock, release, extend, the
// reservations list, receiving, adjusting and history. Shapes as `inventoryctl --json` prints.

#include "answers.h"
#include "json.h"
#include "operations.h"
#include "routes.h"
#include "stock.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace inventory;

namespace server {

static QString tr(const char *text)
{
    return QCoreApplication::translate("inventory-server", text);
}

/// ?limit=N, 1..maximum, `fallback` when absent.
static std::expected<int, Answer> limitFrom(const Request &request, int fallback, int maximum)
{
    const auto text = request.query.constFind(QStringLiteral("limit"));
    if (text == request.query.cend())
        return fallback;
    const auto limit = integerParameter(QStringLiteral("limit"), *text);
    if (!limit)
        return std::unexpected(limit.error());
    if (*limit > maximum) {
        return std::unexpected(refusal(400, QStringLiteral("invalid_input"),
                                       tr("limit may be at most %1; %2 was asked.").arg(maximum).arg(*limit),
                                       { { QStringLiteral("field"), QStringLiteral("limit") } }));
    }
    return int(*limit);
}

template<typename T, typename ToJson>
static Answer listAnswer(const Result<QList<T>> &list, ToJson toJson)
{
    if (!list)
        return errorAnswer(list.error());
    QJsonArray array;
    for (const T &value : *list)
        array.append(toJson(value));
    return jsonAnswer(200, array);
}

static Handling categories(const Request &)
{
    return Work([] {
        const auto list = inventory::categories();
        return list ? jsonAnswer(200, json::categories(*list)) : errorAnswer(list.error());
    });
}

static Handling search(const Request &request)
{
    const QString prefix = request.query.value(QStringLiteral("q"));
    if (const auto invalid = validate::text(QStringLiteral("q"), prefix, validate::maxNameLength, true))
        return errorAnswer(*invalid);
    const auto limit = limitFrom(request, 50, 1000);
    if (!limit)
        return limit.error();
    return Work([prefix, limit = *limit] { return listAnswer(searchItems(prefix, limit), json::item); });
}

static Handling lowStock(const Request &request)
{
    const QString category = request.query.value(QStringLiteral("category"));
    if (const auto invalid = validate::text(QStringLiteral("category"), category, validate::maxCategoryLength, false))
        return errorAnswer(*invalid);
    const auto limit = limitFrom(request, 500, 5000);
    if (!limit)
        return limit.error();
    return Work([category, limit = *limit] { return listAnswer(inventory::lowStock(category, limit), json::item); });
}

static Handling releaseBlock(const Request &request)
{
    const auto blockId = blockIdFrom(request, nullptr);
    if (!blockId)
        return blockId.error();
    return Work([blockId = *blockId] {
        const auto released = inventory::release(blockId);
        return released ? jsonAnswer(200, json::release(*released)) : errorAnswer(released.error());
    });
}

static Handling extendBlock(const Request &request)
{
    QJsonObject object;
    const auto blockId = blockIdFrom(request, &object);
    if (!blockId)
        return blockId.error();
    BodyReader body(object);
    const auto ttl = body.ttl(QStringLiteral("ttl"));
    if (body.problem())
        return *body.problem();
    if (!ttl) {
        return refusal(400, QStringLiteral("invalid_input"),
                       tr("ttl is required: how much later the block should expire, in seconds or as \"30m\"."),
                       { { QStringLiteral("field"), QStringLiteral("ttl") } });
    }
    if (const auto invalid = validate::ttl(*ttl))
        return errorAnswer(*invalid);
    return Work([blockId = *blockId, ttl = *ttl] {
        const auto extended = inventory::extend(blockId, ttl);
        return extended ? jsonAnswer(200, json::block(*extended)) : errorAnswer(extended.error());
    });
}

static Handling reservations(const Request &request)
{
    BlockFilter filter;
    if (const auto item = request.query.constFind(QStringLiteral("itemId")); item != request.query.cend()) {
        const auto id = integerParameter(QStringLiteral("itemId"), *item);
        if (!id)
            return id.error();
        filter.itemId = *id;
    }
    if (const auto state = request.query.constFind(QStringLiteral("state")); state != request.query.cend()) {
        static const QHash<QString, BlockState> states { { QStringLiteral("temporary"), BlockState::Temporary },
                                                         { QStringLiteral("permanent"), BlockState::Permanent },
                                                         { QStringLiteral("expired"), BlockState::Expired } };
        if (!states.contains(*state)) {
            return refusal(400, QStringLiteral("invalid_input"),
                           tr("state must be temporary, permanent or expired; \"%1\" is none of them.").arg(state->left(40)),
                           { { QStringLiteral("field"), QStringLiteral("state") } });
        }
        filter.state = states.value(*state);
    }
    filter.reference = request.query.value(QStringLiteral("reference"));
    if (const auto invalid = validate::text(QStringLiteral("reference"), filter.reference,
                                            validate::maxReferenceLength, false))
        return errorAnswer(*invalid);
    const auto limit = limitFrom(request, 1000, 10000);
    if (!limit)
        return limit.error();
    filter.limit = *limit;
    return Work([filter] { return listAnswer(inventory::blocks(filter), json::block); });
}

static std::expected<qint64, Answer> itemIdFrom(const Request &request)
{
    return integerParameter(QStringLiteral("id"), request.parameters.value(QStringLiteral("id")));
}

static Handling receiveStock(const Request &request)
{
    const auto itemId = itemIdFrom(request);
    if (!itemId)
        return itemId.error();
    const auto object = jsonObject(request);
    if (!object)
        return object.error();
    BodyReader body(*object);
    const auto quantity = body.integer(QStringLiteral("quantity"));
    const QString reasonCode = body.text(QStringLiteral("reason"));
    const QString reference = body.text(QStringLiteral("reference"));
    if (body.problem())
        return *body.problem();
    StockReason reason = StockReason::Received;
    if (!reasonCode.isEmpty()) {
        const auto known = reasonFromCode(reasonCode);
        if (!known || !receiptReasons().contains(*known)) {
            return refusal(400, QStringLiteral("invalid_input"),
                           tr("reason for a receipt must be received or returned; \"%1\" is neither.").arg(reasonCode.left(40)),
                           { { QStringLiteral("field"), QStringLiteral("reason") } });
        }
        reason = *known;
    }
    if (const auto invalid = validate::quantity(QStringLiteral("quantity"), *quantity, 1))
        return errorAnswer(*invalid);
    return Work([itemId = *itemId, quantity = *quantity, reason, reference] {
        const auto received = inventory::receive(itemId, quantity, reason, reference);
        return received ? jsonAnswer(201, json::movement(*received)) : errorAnswer(received.error());
    });
}

static Handling adjustStock(const Request &request)
{
    const auto itemId = itemIdFrom(request);
    if (!itemId)
        return itemId.error();
    const auto object = jsonObject(request);
    if (!object)
        return object.error();
    BodyReader body(*object);
    Adjustment adjustment;
    adjustment.by = body.integer(QStringLiteral("by"), BodyReader::Need::Optional);
    adjustment.to = body.integer(QStringLiteral("to"), BodyReader::Need::Optional);
    const QString reasonCode = body.text(QStringLiteral("reason"), BodyReader::Need::Required);
    adjustment.note = body.text(QStringLiteral("note"));
    if (body.problem())
        return *body.problem();
    if (adjustment.by.has_value() == adjustment.to.has_value()) {
        return refusal(400, QStringLiteral("invalid_input"),
                       tr("Give exactly one of by (a signed change) and to (the new quantity)."),
                       { { QStringLiteral("field"), QStringLiteral("by") } });
    }
    const auto known = reasonFromCode(reasonCode);
    if (!known || !adjustmentReasons().contains(*known)) {
        QStringList codes;
        for (StockReason r : adjustmentReasons())
            codes << inventory::reasonCode(r);
        return refusal(400, QStringLiteral("invalid_input"),
                       tr("reason for an adjustment must be one of %1; \"%2\" is not.")
                           .arg(codes.join(QStringLiteral(", ")), reasonCode.left(40)),
                       { { QStringLiteral("field"), QStringLiteral("reason") } });
    }
    adjustment.reason = *known;
    return Work([itemId = *itemId, adjustment] {
        const auto adjusted = inventory::adjust(itemId, adjustment);
        return adjusted ? jsonAnswer(201, json::movement(*adjusted)) : errorAnswer(adjusted.error());
    });
}

static Handling itemHistory(const Request &request)
{
    const auto itemId = itemIdFrom(request);
    if (!itemId)
        return itemId.error();
    const auto limit = limitFrom(request, 200, 5000);
    if (!limit)
        return limit.error();
    HistoryFilter filter;
    filter.itemId = *itemId;
    filter.limit = *limit;
    return Work([filter] { return listAnswer(inventory::history(filter), json::historyEntry); });
}

void addCatalogueRoutes(Router &router)
{
    router.add({ "GET", QStringLiteral("/api/categories"), categories });
    router.add({ "GET", QStringLiteral("/api/items/search"), search });
    router.add({ "GET", QStringLiteral("/api/items/low-stock"), lowStock });
}

void addReservationRoutes(Router &router)
{
    router.add({ "POST", QStringLiteral("/api/items/block/release"), releaseBlock });
    router.add({ "POST", QStringLiteral("/api/items/block/extend"), extendBlock });
    router.add({ "GET", QStringLiteral("/api/reservations"), reservations });
}

void addStockRoutes(Router &router)
{
    router.add({ "POST", QStringLiteral("/api/items/:id/receive"), receiveStock });
    router.add({ "POST", QStringLiteral("/api/items/:id/adjust"), adjustStock });
    router.add({ "GET", QStringLiteral("/api/items/:id/history"), itemHistory });
}

} // namespace server
