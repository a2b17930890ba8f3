#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace inventory {

/// Asks `question` in a window-modal box over `parent` (object name "confirmationBox"); `onYes`
/// runs only if the user agrees. Every change of stock or of an item goes through one.
void askToConfirm(QWidget *parent, const QString &title, const QString &question, const QString &yesText,
                  std::function<void()> onYes);

/// A whole number as typed: digits, an optional sign when `signedValue`, group separators of
/// the user's locale allowed. Nothing when the text is anything else (never clamped).
std::optional<qint64> parseWholeNumber(const QString &text, bool signedValue = false);

/// "+5" / "−3" / "0", with the user's group separators.
QString signedNumber(qint64 value);

} // namespace inventory
