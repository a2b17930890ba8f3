#include "duration.h"

#include <QStringList>

namespace inventory {

std::optional<std::chrono::seconds> parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
            ++i;
        if (i == start || i == text.size() || i - start > 9)
            return std::nullopt; // no number, no unit, or absurdly long
        const qint64 value = text.sliced(start, i - start).toLongLong();
        qint64 unit = 0;
        switch (text.at(i).unicode()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        default:
            return std::nullopt;
        }
        ++i;
        total += value * unit;
        if (total > qint64(3650) * 86400)
            return std::nullopt;
    }
    return std::chrono::seconds(total);
}

QString formatDuration(std::chrono::seconds duration)
{
    qint64 rest = duration.count();
    QStringList parts;
    for (const auto &[unit, suffix] :
         { std::pair { qint64(86400), 'd' }, { 3600, 'h' }, { 60, 'm' }, { 1, 's' } }) {
        if (rest >= unit || (unit == 1 && parts.isEmpty())) {
            parts << QString::number(rest / unit) + QLatin1Char(suffix);
            rest %= unit;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace inventory
