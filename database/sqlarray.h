#pragma once

#include <QStringList>

namespace inventory::sql {

/// A PostgreSQL array literal of text, for binding a list as one value (`$1::text[]`): every
/// element quoted, backslash and double quote escaped. With `emptyIsNull` an empty string
/// becomes a NULL element.
QString textArray(const QStringList &values, bool emptyIsNull = false);

} // namespace inventory::sql

namespace inventory::sql {

/// A PostgreSQL array literal of bigint (`$1::bigint[]`).
QString bigintArray(const QList<qint64> &values);

} // namespace inventory::sql
