#include "validation.h"

#include "duration.h"
#include "money.h"

#include <QCoreApplication>

namespace inventory::validate {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("inventory::validate", text, disambiguation, n);
}
} // namespace

std::optional<Error> id(const QString &field, qint64 value)
{
    if (value <= 0)
        return Error::invalidInput(field,
                                   tr("%1 is not a valid id; ids are positive whole numbers.").arg(value));
    return std::nullopt;
}

std::optional<Error> quantity(const QString &field, qint64 value, qint64 minimum)
{
    if (value < minimum)
        return Error::invalidInput(field, tr("%1 is below the minimum of %2.").arg(value).arg(minimum));
    if (value > maxQuantity)
        return Error::invalidInput(field, tr("%1 is above the maximum of %2.").arg(value).arg(maxQuantity));
    return std::nullopt;
}

std::optional<Error> price(Cents value)
{
    if (value < 0)
        return Error::invalidInput(tr("price"), tr("%1 is negative.").arg(formatPrice(-value).prepend(u'-')));
    if (value > maximumPrice)
        return Error::invalidInput(
            tr("price"),
            tr("%1 is above the maximum of %2.").arg(formatPrice(value), formatPrice(maximumPrice)));
    return std::nullopt;
}

std::optional<Error> text(const QString &field, const QString &value, int maxLength, bool required,
                          bool multiline)
{
    if (!value.isValidUtf16())
        return Error::invalidInput(field, tr("the text is not valid Unicode."));
    if (required && value.trimmed().isEmpty())
        return Error::invalidInput(field, tr("it must not be empty."));
    // The server counts characters (code points), not UTF-16 units.
    const qsizetype length = value.toUcs4().size();
    if (length > maxLength)
        return Error::invalidInput(
            field, tr("it is %1 characters long; at most %2 are allowed.").arg(length).arg(maxLength));
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const bool allowedControl = multiline && (c == u'\n' || c == u'\t' || c == u'\r');
        if ((c < 0x20 || c == 0x7f) && !allowedControl)
            return Error::invalidInput(field,
                                       tr("it contains the control character U+%1 at position %2.")
                                           .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                                           .arg(i + 1));
    }
    return std::nullopt;
}

std::optional<Error> ttl(Ttl value)
{
    if (value.count() <= 0)
        return Error::invalidInput(tr("expiry"), tr("it must be longer than zero."));
    if (value > maximumReservationTtl)
        return Error::invalidInput(tr("expiry"),
                                   tr("%1 is longer than the maximum of %2.")
                                       .arg(formatDuration(value), formatDuration(maximumReservationTtl)));
    return std::nullopt;
}

std::optional<Error> newItem(const NewItem &item)
{
    if (auto e = text(tr("name"), item.name, maxNameLength, true))
        return e;
    if (auto e = text(tr("category"), item.category, maxCategoryLength, false))
        return e;
    if (auto e = text(tr("description"), item.description, maxDescriptionLength, false, true))
        return e;
    if (auto e = quantity(tr("quantity"), item.quantity, 0))
        return e;
    if (!item.sku.isEmpty()) {
        if (auto e = sku(item.sku))
            return e;
    }
    if (!item.barcode.isEmpty()) {
        if (auto e = barcode(item.barcode))
            return e;
    }
    if (item.reorderPoint) {
        if (auto e = quantity(tr("reorder point"), *item.reorderPoint, 0))
            return e;
    }
    if (item.reorderQuantity) {
        if (auto e = quantity(tr("reorder quantity"), *item.reorderQuantity, 1))
            return e;
    }
    return price(item.price);
}

std::optional<Error> sku(const QString &value)
{
    if (auto e = text(tr("SKU"), value, maxSkuLength, true))
        return e;
    if (value.trimmed() != value)
        return Error::invalidInput(tr("SKU"), tr("'%1' starts or ends with a space.").arg(value));
    return std::nullopt;
}

int gtinCheckDigit(QStringView digits)
{
    // From the right, the digits weigh 3, 1, 3, 1, …
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const int digit = digits.at(digits.size() - 1 - i).digitValue();
        sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
}

bool isValidGtin(QStringView code)
{
    if (code.size() != 12 && code.size() != 13)
        return false;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return gtinCheckDigit(code.first(code.size() - 1)) == code.back().digitValue();
}

std::optional<Error> barcode(const QString &value)
{
    if (value.size() != 12 && value.size() != 13)
        return Error::invalidInput(
            tr("barcode"),
            tr("'%1' has %n digit(s); an EAN-13 has 13 and a UPC-A 12.", "", int(value.size())).arg(value));
    for (QChar c : value) {
        if (c < u'0' || c > u'9')
            return Error::invalidInput(tr("barcode"), tr("'%1' is not all digits.").arg(value));
    }
    const int expected = gtinCheckDigit(QStringView(value).first(value.size() - 1));
    if (expected != value.back().digitValue())
        return Error::invalidInput(
            tr("barcode"),
            tr("'%1' ends in %2, but its check digit is %3.").arg(value).arg(value.back()).arg(expected));
    return std::nullopt;
}

} // namespace inventory::validate
