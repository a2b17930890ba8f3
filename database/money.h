#pragma once

#include "types.h"

#include <QStringView>
#include <optional>

namespace inventory {

/// The largest price NUMERIC(10,2) holds: 99,999,999.99.
inline constexpr Cents maximumPrice = 9'999'999'999;

/// Parses "12", "12.5" or "12.50" (a dot, at most two decimals, no sign, no exponent).
std::optional<Cents> parsePrice(QStringView text);

/// "12.50": the form the server and the original API use.
QString formatPrice(Cents cents);

} // namespace inventory
