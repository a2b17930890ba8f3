#include "output.h"

#include "duration.h"

#include <QCoreApplication>
#include <QLocale>

using namespace inventory;

namespace text {

QString moment(const QDateTime &moment)
{
    if (!moment.isValid())
        return QStringLiteral("-");
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i == cells.size() - 1;
            if (rightAligned.contains(int(i)))
                padded << cells[i].rightJustified(widths[i]);
            else
                padded << (last ? cells[i] : cells[i].leftJustified(widths[i]));
        }
        return padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    QString result = line(header);
    for (const QStringList &row : rows)
        result += line(row);
    return result;
}

QString blockState(const Block &block)
{
    switch (block.state()) {
    case BlockState::Permanent:
        return QCoreApplication::translate("inventoryctl", "permanent");
    case BlockState::Expired:
        return QCoreApplication::translate("inventoryctl", "expired");
    case BlockState::Temporary:
        break;
    }
    const auto left = std::chrono::seconds(block.serverTime.secsTo(block.expiresAt));
    return QCoreApplication::translate("inventoryctl", "temporary, %1 left").arg(formatDuration(left));
}

QString reason(const QString &code)
{
    const auto known = reasonFromCode(code);
    return known ? reasonLabel(*known) : code;
}

QString signedNumber(qint64 number)
{
    return number > 0 ? QStringLiteral("+%1").arg(number) : QString::number(number);
}

} // namespace text
