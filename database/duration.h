#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace inventory {

/// Parses a duration with a unit: "30s", "90m", "2h", "1d", or combined as "1h30m".
std::optional<std::chrono::seconds> parseDuration(QStringView text);

/// "1h 30m", "45s": for messages.
QString formatDuration(std::chrono::seconds duration);

} // namespace inventory
