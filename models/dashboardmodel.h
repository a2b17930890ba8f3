#pragma once

#include "dashboard.h"
#include "error.h"
#include "lowstockmodel.h"

#include <QObject>

namespace inventory {

/// Everything the Dashboard tab shows, read off the GUI thread in one job (the five figures of
/// dashboard.h, one statement each) and swapped in as values; an answer to an older request is
/// dropped. changed() says when a figure differs from what was shown, so a periodic refresh that
/// finds nothing new redraws nothing.
class DashboardModel : public QObject
{
    Q_OBJECT
public:
    /// How many categories get a bar of their own; the rest are summed up.
    static constexpr int topCategories = 8; // what the chart has room to name
    /// How many low items are listed (the total is counted in any case).
    static constexpr int listedLowItems = 25;
    static constexpr int movementDays = 30;

    explicit DashboardModel(QObject *parent = nullptr);

    /// Starts loading, and keeps refresh() loading from then on.
    void load();
    /// Loads again; with `onlyIfIdle`, not while a load is under way.
    void refresh(bool onlyIfIdle = false);
    /// Forgets the figures and stops loading until load().
    void clear();
    bool isActive() const { return m_active; }
    bool isLoading() const { return m_pending > 0; }
    /// Whether every figure has come in at least once.
    bool hasData() const { return m_hasData; }

    /// The zone days and hours are counted in (an IANA name); the system's by default.
    void setTimeZone(const QString &zone) { m_timeZone = zone; }
    QString timeZone() const { return m_timeZone; }

    const StockByCategory &stock() const { return m_stock; }
    const ExpiringReservations &expiring() const { return m_expiring; }
    const MovementsByDay &movements() const { return m_movements; }
    const DayCounts &today() const { return m_today; }
    qint64 lowItemsTotal() const { return m_lowTotal; }
    /// There are more than lowItemsTotal() (LowItems::countedUpTo) items below their point.
    bool lowItemsMoreThanCounted() const { return m_lowMore; }
    /// The first listedLowItems of them, for the list (its own load() is not used).
    LowStockModel *lowItems() const { return m_lowItems; }

signals:
    /// Every answer, changed or not.
    void loaded();
    /// Some figure differs from before (or came in for the first time).
    void changed();
    void failed(const inventory::Error &error);

private:
    struct Answer
    {
        Result<StockByCategory> stock;
        Result<ExpiringReservations> expiring;
        Result<MovementsByDay> movements;
        Result<LowItems> low;
        Result<DayCounts> today;
    };
    static Answer read(const QString &timeZone);
    void apply(const Answer &answer);

    StockByCategory m_stock;
    ExpiringReservations m_expiring;
    MovementsByDay m_movements;
    DayCounts m_today;
    qint64 m_lowTotal = 0;
    bool m_lowMore = false;
    LowStockModel *m_lowItems;
    QString m_timeZone;
    bool m_active = false;
    bool m_hasData = false;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace inventory
