#pragma once

#include "apitokens.h"
#include "stock.h"
#include "types.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

/// JSON in the original system's shapes, written here once for every surface that speaks it
/// (`inventoryctl --json`, inventory-server): an item is its row (column names), the answers to
/// top / reserve / cleanup keep the original field names.
namespace json {
QJsonObject item(const inventory::Item &item);
QJsonObject topItems(const inventory::TopItems &top);
QJsonObject reservation(const inventory::Reservation &reservation);
QJsonObject block(const inventory::Block &block);
QJsonObject release(const inventory::Release &release);
QJsonObject cleanup(const inventory::CleanupResult &result, const QString &message);
/// Each category with its item count and, when `units` has it, its units in stock.
QJsonArray categories(const QList<inventory::Category> &categories, const QHash<QString, qint64> &units = {});
QString timestamp(const QDateTime &moment);

// Stock keeping, in the style of the answers above (camelCase, times in ISO 8601, UTC).
QJsonObject movement(const inventory::StockMovement &movement);
QJsonObject historyEntry(const inventory::HistoryEntry &entry);
QJsonObject stockCount(const inventory::StockCount &count);
QJsonObject countLine(const inventory::CountLine &line);
QJsonObject countPosting(const inventory::CountPosting &posting);
QJsonObject drift(const inventory::Drift &drift);
QJsonObject ledgerCheck(const inventory::LedgerCheck &check);

// inventory-server's tokens (never the secret, except once when made).
QJsonObject apiToken(const inventory::ApiToken &token);
/// `{"name", "role", "token"}`: the secret, shown this once.
QJsonObject issuedApiToken(const inventory::IssuedToken &issued);
} // namespace json
