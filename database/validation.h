#pragma once

#include "error.h"
#include "types.h"

#include <optional>

namespace inventory {

/// Checks done before anything is sent, shared by the CLI, the dialogs and the operations.
/// Each returns the refusal, naming the field and the numbers, or nothing when the value is fine.
namespace validate {

inline constexpr int maxNameLength = 255; // items.name varchar(255)
inline constexpr int maxCategoryLength = 100; // items.category varchar(100)
inline constexpr int maxDescriptionLength = 4000;
inline constexpr int maxReferenceLength = 200;
inline constexpr qint64 maxQuantity = 2147483647; // items.quantity integer
inline constexpr int maxSkuLength = 64; // items.sku varchar(64)
inline constexpr int maxNoteLength = 1000; // stock_movements.note

std::optional<Error> id(const QString &field, qint64 value);
std::optional<Error> quantity(const QString &field, qint64 value, qint64 minimum);
std::optional<Error> price(Cents value);
std::optional<Error> text(const QString &field, const QString &value, int maxLength, bool required,
                          bool multiline = false);
std::optional<Error> ttl(Ttl value);
std::optional<Error> newItem(const NewItem &item);
/// A stock keeping unit: printable, no surrounding spaces, at most maxSkuLength characters.
std::optional<Error> sku(const QString &value);
/// An EAN-13 or UPC-A barcode: 13 or 12 digits with a valid check digit.
std::optional<Error> barcode(const QString &value);
/// The check digit a GTIN-12/13 whose first 11/12 digits are `digits` must end with.
int gtinCheckDigit(QStringView digits);
bool isValidGtin(QStringView code);

} // namespace validate
} // namespace inventory
