#include "dashboardmodel.h"

#include "asyncrunner.h"
#include "statuscolor.h"

#include <QColor>
#include <QLocale>
#include <QThread>

namespace inventory {

// --- the low items ----------------------------------------------------------------------------

DashboardLowItemsModel::DashboardLowItemsModel(QObject *parent) : QAbstractTableModel(parent) { }

void DashboardLowItemsModel::setItems(const QList<Item> &items)
{
    const bool sameRows = items.size() == m_items.size()
        && std::equal(items.begin(), items.end(), m_items.begin(),
                      [](const Item &a, const Item &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    for (int row = 0; row < items.size(); ++row) {
        const Item &now = items.at(row);
        const Item &before = m_items.at(row);
        const bool changed = now.quantity != before.quantity || now.expiredHeld != before.expiredHeld
            || now.reorderPoint != before.reorderPoint || now.name != before.name;
        m_items[row] = now;
        if (changed)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int DashboardLowItemsModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId)
            return row;
    }
    return -1;
}

int DashboardLowItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DashboardLowItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardLowItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const QLocale locale;
    const qint64 point = item.reorderPoint.value_or(0);
    const qint64 available = item.available();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item.name;
        case AvailableColumn:
            // The word, not only the colour, says it is gone.
            return available <= 0 ? tr("none") : locale.toString(available);
        case ReorderPointColumn:
            return locale.toString(point);
        case ShortColumn:
            return locale.toString(point - available);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return item.category.isEmpty() ? tr("#%1 %2").arg(item.id).arg(item.name)
                                           : tr("#%1 %2, in %3").arg(item.id).arg(item.name, item.category);
        case AvailableColumn:
            return available <= 0
                ? tr("Out of stock: nothing can be reserved")
                : tr("%1 available (on the shelf and in expired reservations not yet cleaned up)")
                      .arg(locale.toString(available));
        case ShortColumn:
            return tr("%1 below the reorder point of %2")
                .arg(locale.toString(point - available), locale.toString(point));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AvailableColumn && available <= 0)
            return statusColor(Status::Problem);
        return {};
    case StatusRole:
        if (index.column() == AvailableColumn && available <= 0)
            return int(Status::Problem);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return item.id;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return item.name.toLower();
        case AvailableColumn:
            return available;
        case ReorderPointColumn:
            return point;
        case ShortColumn:
            return point - available;
        }
        return {};
    }
    return {};
}

QVariant DashboardLowItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Item");
    case AvailableColumn:
        return tr("Available");
    case ReorderPointColumn:
        return tr("Reorder at");
    case ShortColumn:
        return tr("Below by");
    }
    return {};
}

// --- the figures ------------------------------------------------------------------------------

DashboardModel::DashboardModel(QObject *parent)
    : QObject(parent), m_lowItems(new DashboardLowItemsModel(this)), m_timeZone(systemTimeZoneName())
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
