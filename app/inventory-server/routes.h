#pragma once

#include "router.h"

#include <QJsonObject>

#include <expected>

/// The API's routes, by area. Each handler checks its input on the I/O thread (bad input is
/// answered there, without touching the database) and hands one core call to a worker.
namespace server {

/// The original system's six endpoints, paths, bodies and answers unchanged.
void addOriginalRoutes(Router &router);
/// Categories, search by name prefix, low stock.
void addCatalogueRoutes(Router &router);
/// Release, extend, the reservations list.
void addReservationRoutes(Router &router);
/// Receive, adjust, history.
void addStockRoutes(Router &router);

/// The `blockId` of a block route's JSON body, checked; the whole object in `rest` if asked.
std::expected<qint64, Answer> blockIdFrom(const Request &request, QJsonObject *rest);

} // namespace server
