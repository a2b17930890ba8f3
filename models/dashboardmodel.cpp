#include "dashboardmodel.h"

#include "asyncrunner.h"

#include <QThread>

namespace inventory {

DashboardModel::DashboardModel(QObject *parent)
    : QObject(parent), m_lowItems(new LowStockModel(this)), m_timeZone(systemTimeZoneName())
{
}

void DashboardModel::load()
{
    m_active = true;
    refresh();
}

void DashboardModel::clear()
{
    Q_ASSERT(QThread::currentThread() == thread());
    ++m_generation;
    m_active = false;
    m_hasData = false;
    m_stock = {};
    m_expiring = {};
    m_movements = {};
    m_today = {};
    m_lowTotal = 0;
    m_lowMore = false;
    m_lowItems->setItems({});
    emit changed();
}

DashboardModel::Answer DashboardModel::read(const QString &timeZone)
{
    // One after the other on this worker's connection: each is a few milliseconds, and the five
    // together take one of the pool's threads, not all of them.
    return { stockByCategory(topCategories), expiringReservations(timeZone),
             movementsByDay(movementDays, timeZone), inventory::lowItems(listedLowItems),
             dayCounts(timeZone) };
}

void DashboardModel::refresh(bool onlyIfIdle)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_active || (onlyIfIdle && m_pending > 0))
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    runAsync(
        this, [zone = m_timeZone] { return read(zone); },
        [this, generation](const Answer &answer) {
            --m_pending;
            if (generation != m_generation)
                return;
            apply(answer);
        });
}

void DashboardModel::apply(const Answer &answer)
{
    bool differs = !m_hasData;
    std::optional<Error> firstError;
    auto take = [&](const auto &result, auto &into) {
        if (!result) {
            if (!firstError)
                firstError = result.error();
            return;
        }
        if (!(*result == into)) {
            into = *result;
            differs = true;
        }
    };
    take(answer.stock, m_stock);
    take(answer.movements, m_movements);
    take(answer.today, m_today);
    if (answer.expiring) {
        // The server's clock moves on every time: only the hours decide whether it changed.
        if (answer.expiring->hours != m_expiring.hours)
            differs = true;
        m_expiring = *answer.expiring;
    } else if (!firstError) {
        firstError = answer.expiring.error();
    }
    if (answer.low) {
        if (answer.low->total != m_lowTotal || answer.low->moreThanCounted != m_lowMore
            || answer.low->items.size() != m_lowItems->rowCount())
            differs = true;
        m_lowTotal = answer.low->total;
        m_lowMore = answer.low->moreThanCounted;
        m_lowItems->setItems(answer.low->items);
    } else if (!firstError) {
        firstError = answer.low.error();
    }
    if (firstError) {
        emit failed(*firstError);
        // What did come in is shown all the same.
    } else {
        m_hasData = true;
    }
    if (differs)
        emit changed();
    emit loaded();
}

} // namespace inventory
