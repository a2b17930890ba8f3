#pragma once

#include "types.h"

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

// How the desktop app writes moments and prices: in the format of QLocale() (the system's, or
// the chosen language's, see translations.h). The command-line tool and the server keep their
// fixed forms (formatPrice(), formatMoment()); scripts read those.
namespace inventory {

/// A moment in a table cell: local time, the locale's short date with a four-digit year and its
/// short time ("11/24/2026 2:30 PM", "24.11.2026 14:30"); with seconds where they matter.
QString tableMoment(const QDateTime &moment);
QString tableMomentWithSeconds(const QDateTime &moment);

/// The format of tableMoment(), for a date-time editor.
QString tableMomentFormat();

/// A moment in a sentence: only the time when it is today, else as tableMoment().
QString shortMoment(const QDateTime &moment);

/// A price in the locale's digits: "1,234.50", "1.234,50", "1 234,50"; ungrouped for a field
/// the user edits.
QString localePrice(Cents cents, bool grouped = true);

/// A price as typed in the locale ("12,50", "1.234,50" in German) or in the form of the API
/// ("12.50", which formatPrice() writes); at most two decimals, no sign. Nothing when it is
/// neither or beyond NUMERIC(10,2).
std::optional<Cents> parseLocalePrice(QStringView text);

} // namespace inventory
