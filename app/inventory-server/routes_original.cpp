// The original system's endpoints (DESIGN.md's contract): same paths, bodies, statuses and
// fields, their JSON written by database/json.cpp like `inventoryctl --json`.

#include "answers.h"
#include "json.h"
#include "money.h"
#include "operations.h"
#include "routes.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLocale>

using namespace inventory;

namespace server {

static QString tr(const char *text)
{
    return QCoreApplication::translate("inventory-server", text);
}

static Handling itemById(const Request &request)
{
    const auto id = integerParameter(QStringLiteral("id"), request.parameters.value(QStringLiteral("id")));
    if (!id)
        return id.error();
    return Work([id = *id] {
        const auto found = inventory::item(id);
        return found ? jsonAnswer(200, json::item(*found)) : errorAnswer(found.error());
    });
}

/// The price as the original took it: a JSON number (9.5) or a decimal string ("9.50"), never
/// rounded: a third decimal is refused, not cut.
static std::optional<Cents> readPrice(const QJsonObject &object, std::optional<Answer> &problem)
{
    const QJsonValue value = object.value(QStringLiteral("price"));
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    if (text.isEmpty() && !value.isString()) {
        problem = refusal(400, QStringLiteral("invalid_input"),
                          tr("price is required: a number or a decimal string such as \"9.50\"."),
                          { { QStringLiteral("field"), QStringLiteral("price") } });
        return std::nullopt;
    }
    const auto cents = parsePrice(text);
    if (!cents) {
        problem = refusal(400, QStringLiteral("invalid_input"),
                          tr("price must be an amount with at most two decimals from 0 to 99999999.99; \"%1\" is not.")
                              .arg(text.left(40)),
                          { { QStringLiteral("field"), QStringLiteral("price") } });
    }
    return cents;
}

static Handling createItem(const Request &request)
{
    const auto object = jsonObject(request);
    if (!object)
        return object.error();
    BodyReader body(*object);
    NewItem item;
    item.name = body.text(QStringLiteral("name"), BodyReader::Need::Required);
    item.description = body.text(QStringLiteral("description"));
    item.quantity = body.integer(QStringLiteral("quantity"), BodyReader::Need::Optional).value_or(0);
    item.category = body.text(QStringLiteral("category"));
    item.sku = body.text(QStringLiteral("sku"));
    item.barcode = body.text(QStringLiteral("barcode"));
    item.reorderPoint = body.integer(QStringLiteral("reorder_point"), BodyReader::Need::Optional);
    item.reorderQuantity = body.integer(QStringLiteral("reorder_quantity"), BodyReader::Need::Optional);
    if (body.problem())
        return *body.problem();
    std::optional<Answer> problem;
    const auto price = readPrice(*object, problem);
    if (problem)
        return *problem;
    item.price = *price;
    if (const auto invalid = validate::newItem(item))
        return errorAnswer(*invalid);
    return Work([item] {
        const auto created = inventory::createItem(item);
        return created ? jsonAnswer(201, json::item(*created)) : errorAnswer(created.error());
    });
}

static Handling topItems(const Request &request)
{
    const QString category = request.parameters.value(QStringLiteral("category"));
    if (const auto invalid = validate::text(QStringLiteral("category"), category, validate::maxCategoryLength, true))
        return errorAnswer(*invalid);
    return Work([category] {
        const auto top = inventory::topItems(category);
        return top ? jsonAnswer(200, json::topItems(*top)) : errorAnswer(top.error());
    });
}

static Handling temporaryBlock(const Request &request)
{
    const auto object = jsonObject(request);
    if (!object)
        return object.error();
    BodyReader body(*object);
    const auto itemId = body.integer(QStringLiteral("itemId"));
    const auto quantity = body.integer(QStringLiteral("quantity"));
    const Ttl ttl = body.ttl(QStringLiteral("ttl")).value_or(defaultReservationTtl);
    QString reference = body.text(QStringLiteral("reference"));
    if (body.problem())
        return *body.problem();
    // The Idempotency-Key header is the reference by another name: a retry with the same key
    // returns the first reservation instead of taking the units again.
    if (!request.idempotencyKey.isEmpty()) {
        if (!reference.isEmpty() && reference != request.idempotencyKey) {
            return refusal(400, QStringLiteral("invalid_input"),
                           tr("The Idempotency-Key header and the reference differ; give one, or the same in both."),
                           { { QStringLiteral("field"), QStringLiteral("reference") } });
        }
        reference = request.idempotencyKey;
    }
    for (const auto &invalid : { validate::id(QStringLiteral("itemId"), *itemId),
                                 validate::quantity(QStringLiteral("quantity"), *quantity, 1), validate::ttl(ttl),
                                 validate::text(QStringLiteral("reference"), reference,
                                                validate::maxReferenceLength, false) }) {
        if (invalid)
            return errorAnswer(*invalid);
    }
    return Reserve { *itemId, { *quantity, ttl, reference } };
}

/// {blockId} for the block routes: a whole number in range.
std::expected<qint64, Answer> blockIdFrom(const Request &request, QJsonObject *rest)
{
    const auto object = jsonObject(request);
    if (!object)
        return std::unexpected(object.error());
    BodyReader body(*object);
    const auto blockId = body.integer(QStringLiteral("blockId"));
    if (body.problem())
        return std::unexpected(*body.problem());
    if (const auto invalid = validate::id(QStringLiteral("blockId"), *blockId))
        return std::unexpected(errorAnswer(*invalid));
    if (rest)
        *rest = *object;
    return *blockId;
}

static Handling permanentBlock(const Request &request)
{
    const auto blockId = blockIdFrom(request, nullptr);
    if (!blockId)
        return blockId.error();
    return Work([blockId = *blockId] {
        const auto confirmed = inventory::confirm(blockId);
        return confirmed ? jsonAnswer(200, json::block(*confirmed)) : errorAnswer(confirmed.error());
    });
}

static Handling cleanupExpired(const Request &request)
{
    // The original took no body; an empty object (or none) is fine, anything else is not JSON.
    if (const auto object = jsonObject(request, true); !object)
        return object.error();
    return Work([] {
        const auto result = inventory::cleanupExpired();
        if (!result)
            return errorAnswer(result.error());
        // Plural forms spelled out, as the CLI's: the English must read right untranslated.
        const QString blocks = result->blocksRemoved == 1
            ? tr("1 expired reservation removed")
            : tr("%1 expired reservations removed").arg(result->blocksRemoved);
        const QString units = result->unitsRestored == 1 ? tr("1 unit returned to stock")
                                                         : tr("%1 units returned to stock").arg(result->unitsRestored);
        const QString message = tr("%1, %2.").arg(blocks, units);
        return jsonAnswer(200, json::cleanup(*result, message));
    });
}

void addOriginalRoutes(Router &router)
{
    router.add({ "GET", QStringLiteral("/api/items/:id"), itemById });
    router.add({ "POST", QStringLiteral("/api/items"), createItem });
    router.add({ "GET", QStringLiteral("/api/items/category/:category/top"), topItems });
    router.add({ "POST", QStringLiteral("/api/items/block/temporary"), temporaryBlock });
    router.add({ "POST", QStringLiteral("/api/items/block/permanent"), permanentBlock });
    router.add({ "POST", QStringLiteral("/api/items/cleanup/expired-blocks"), cleanupExpired });
}

} // namespace server
