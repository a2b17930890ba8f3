#pragma once

#include "types.h"

#include <QJsonArray>
#include <QJsonObject>

/// JSON in the original system's shapes: an item is its row (column names), the answers to
/// top / reserve / cleanup keep the original field names.
namespace json {
QJsonObject item(const inventory::Item &item);
QJsonObject topItems(const inventory::TopItems &top);
QJsonObject reservation(const inventory::Reservation &reservation);
QJsonObject block(const inventory::Block &block);
QJsonObject release(const inventory::Release &release);
QJsonObject cleanup(const inventory::CleanupResult &result, const QString &message);
QJsonArray categories(const QList<inventory::Category> &categories);
QString timestamp(const QDateTime &moment);
} // namespace json

/// Plain text for people.
namespace text {
QString moment(const QDateTime &moment);
/// Rows padded into columns; numeric columns (by index) right-aligned.
QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned = {});
QString blockState(const inventory::Block &block);
} // namespace text
