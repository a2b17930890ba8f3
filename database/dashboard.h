#pragma once

#include "error.h"
#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

/// The dashboard's figures: what is in stock where, what expires soon, what moved, what is low,
/// and the day's reservations. Each figure is one statement on the calling thread's connection,
/// cheap at 10M items and a year of history (migration 10 and docs/PERFORMANCE.md say how), and
/// comes back as plain values.
///
/// Days and hours are the viewer's: `timeZone` is an IANA name ("Europe/Berlin"; empty for the
/// system's zone), and the server's clock decides what "now" and "today" are in it.
namespace inventory {

struct CategoryUnits
{
    QString category; ///< empty for items without a category
    qint64 units = 0;
    friend bool operator==(const CategoryUnits &, const CategoryUnits &) = default;
};

/// Units in stock per category (on the shelf and held by reservations, as the ledger books
/// them), the largest first.
struct StockByCategory
{
    QList<CategoryUnits> categories; ///< at most the `top` asked for
    qint64 otherUnits = 0; ///< in the categories beyond those
    qint64 otherCategories = 0;
    qint64 totalUnits() const;
    friend bool operator==(const StockByCategory &, const StockByCategory &) = default;
};
Result<StockByCategory> stockByCategory(int top = 12);

/// One hour of reservations running out.
struct ExpiringHour
{
    QDateTime hour; ///< the start of the hour (UTC)
    qint64 reservations = 0;
    qint64 units = 0;
    friend bool operator==(const ExpiringHour &, const ExpiringHour &) = default;
};

/// Temporary reservations expiring from now to 24 hours from now, per clock hour of `timeZone`:
/// 25 hours, the current one first (it and the last one are partial), empty hours included.
struct ExpiringReservations
{
    QDateTime now; ///< the server's clock
    QList<ExpiringHour> hours;
    qint64 totalReservations() const;
};
Result<ExpiringReservations> expiringReservations(const QString &timeZone = {});

/// Stock movements of one reason on one day.
struct MovementDay
{
    QDate day; ///< in the viewer's time zone
    QString reason; ///< a StockReason code ("received", "damaged", …)
    qint64 movements = 0;
    qint64 units = 0; ///< the sum of the signed changes
    friend bool operator==(const MovementDay &, const MovementDay &) = default;
};

/// Movements per day and reason over the last `days` days (today included), oldest first; only
/// days and reasons that had any. Opening stock (new items) is left out: it has no reason.
struct MovementsByDay
{
    QDate first; ///< the oldest day covered
    QDate last; ///< today, where the viewer is
    QDateTime firstStart; ///< the moment `first` began there (UTC)
    QList<MovementDay> entries;
    friend bool operator==(const MovementsByDay &, const MovementsByDay &) = default;
};
Result<MovementsByDay> movementsByDay(int days = 30, const QString &timeZone = {});

/// Items at or below their reorder point, the most urgent first, and how many there are.
struct LowItems
{
    /// Counting stops here: beyond it, "more than 1,000" says enough (the Low Stock tab lists 500).
    static constexpr qint64 countedUpTo = 1000;
    QList<Item> items; ///< at most the `limit` asked for
    qint64 total = 0; ///< at most countedUpTo
    bool moreThanCounted = false; ///< there are more than countedUpTo
};
Result<LowItems> lowItems(int limit = 20);

/// Reservation events since the start of today in the viewer's time zone.
struct DayCounts
{
    QDateTime since; ///< the start of today there (UTC)
    qint64 reserved = 0, confirmed = 0, released = 0, expired = 0, extended = 0;
    qint64 reservedUnits = 0, confirmedUnits = 0, releasedUnits = 0, expiredUnits = 0;
    friend bool operator==(const DayCounts &, const DayCounts &) = default;
};
Result<DayCounts> dayCounts(const QString &timeZone = {});

/// The system's time zone as an IANA name, "UTC" when it has none.
QString systemTimeZoneName();

} // namespace inventory
