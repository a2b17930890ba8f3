#pragma once

#include "json.h"
#include "stock.h"
#include "types.h"

/// Plain text for people.
namespace text {
QString moment(const QDateTime &moment);
/// Rows padded into columns; numeric columns (by index) right-aligned.
QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned = {});
QString blockState(const inventory::Block &block);
/// The reason code in words ("damaged" → "Damaged"); an unknown code as it is.
QString reason(const QString &code);
/// A signed change: "+3", "-1", "0".
QString signedNumber(qint64 number);
} // namespace text
