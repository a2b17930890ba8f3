#pragma once

#include <QColor>
#include <QString>

// The colours that carry a meaning (a problem, a warning, something done or added, something
// that does not count), as the models' ForegroundRole and the widgets' messages use them. A
// colour is never the only sign: the text says it in words, and the tables add an icon
// (StatusRole). They follow the application's palette: the usual tones on a light one, lighter
// tones on a dark one, and on a high-contrast palette none at all, the palette's own text
// colour, as high-contrast users expect.
namespace inventory {

enum class Status { None, Problem, Warning, Good, Muted };

/// Models answer this role with a Status (as int) on the cells whose colour means something;
/// the tables draw the matching icon (TableView).
inline constexpr int StatusRole = Qt::UserRole + 900;

/// The colour for `status` on the application's palette; invalid for Status::None.
QColor statusColor(Status status);

/// "color: …" for a label's style sheet (empty for Status::None).
QString statusStyle(Status status, bool bold = false);

/// Whether the application's palette is a high-contrast one (text against its background at
/// a contrast ratio of at least 12:1, as black on white and white on black are).
bool isHighContrast();

/// The WCAG contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace inventory
