#include "money.h"

#include <QString>

namespace inventory {

std::optional<Cents> parsePrice(QStringView text)
{
    text = text.trimmed();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.sliced(dot + 1);
    if (whole.isEmpty() || whole.size() > 8 || fraction.size() > 2 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    for (const QChar c : fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    Cents cents = whole.toLongLong() * 100;
    if (fraction.size() == 1)
        cents += fraction.toInt() * 10;
    else if (fraction.size() == 2)
        cents += fraction.toInt();
    return cents;
}

QString formatPrice(Cents cents)
{
    const QString fraction = QString::number(cents % 100).rightJustified(2, QLatin1Char('0'));
    return QString::number(cents / 100) + QLatin1Char('.') + fraction;
}

} // namespace inventory
