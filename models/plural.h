#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace inventory {

/// The singular or the plural form, both already translated; the plural has %1 for the number.
/// (Numerus forms through a translation file would need one even for English.)
inline QString plural(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

} // namespace inventory

namespace inventory {

/// A moment in a table cell: local time, compact and sortable by eye ("2026-11-24 14:30").
inline QString tableMoment(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace inventory
