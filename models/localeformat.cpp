#include "localeformat.h"

#include "money.h"

#include <QLocale>
#include <QRegularExpression>

namespace inventory {

namespace {

// "dd.MM.yy" → "dd.MM.yyyy": a two-digit year is ambiguous in a history that spans years.
QString withFullYear(QString format)
{
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(shortYear, QStringLiteral("yyyy"));
}

QString withSeconds(QString format)
{
    if (!format.contains(QLatin1String("ss")))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return format;
}

QString momentFormat(bool seconds)
{
    const QLocale locale;
    const QString time = locale.timeFormat(QLocale::ShortFormat);
    return withFullYear(locale.dateFormat(QLocale::ShortFormat)) + QLatin1Char(' ')
        + (seconds ? withSeconds(time) : time);
}

QString moment(const QDateTime &when, bool seconds)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), momentFormat(seconds)) : QString();
}

// The whole units of a price as typed: digits, or digits grouped the locale's way.
std::optional<qint64> wholeUnits(QStringView text, const QLocale &locale)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 units = locale.toLongLong(text, &ok);
    if (!ok || units < 0 || units > maximumPrice / 100 || text.startsWith(locale.negativeSign())
        || text.startsWith(locale.positiveSign()))
        return std::nullopt;
    return units;
}

} // namespace

QString tableMoment(const QDateTime &when)
{
    return moment(when, false);
}

QString tableMomentWithSeconds(const QDateTime &when)
{
    return moment(when, true);
}

QString tableMomentFormat()
{
    return momentFormat(false);
}

QString shortMoment(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return tableMoment(when);
}

QString localePrice(Cents cents, bool grouped)
{
    QLocale locale;
    if (!grouped)
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const QString sign = cents < 0 ? locale.negativeSign() : QString();
    const Cents magnitude = cents < 0 ? -cents : cents;
    return sign + locale.toString(magnitude / 100) + locale.decimalPoint()
        + locale.toString(magnitude % 100).rightJustified(2, locale.zeroDigit().at(0));
}

std::optional<Cents> parseLocalePrice(QStringView typed)
{
    const QLocale locale;
    QString text = typed.trimmed().toString();
    if (text.isEmpty())
        return std::nullopt;
    // French groups with a (narrow) no-break space; a typed space means the same.
    if (locale.groupSeparator().trimmed().isEmpty())
        text.replace(QLatin1Char(' '), locale.groupSeparator());
    const QString point = locale.decimalPoint();
    std::optional<Cents> cents;
    if (const qsizetype at = text.lastIndexOf(point); at >= 0) {
        const QStringView fraction = QStringView(text).sliced(at + point.size());
        const auto whole = wholeUnits(QStringView(text).first(at), locale);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,2}$"));
        if (whole && digits.match(fraction).hasMatch())
            cents = *whole * 100 + fraction.toInt() * (fraction.size() == 1 ? 10 : 1);
    } else if (const auto whole = wholeUnits(text, locale)) {
        cents = *whole * 100;
    }
    if (!cents) // "12.50" where the locale writes 12,50
        return parsePrice(typed);
    if (*cents > maximumPrice)
        return std::nullopt;
    return cents;
}

} // namespace inventory
