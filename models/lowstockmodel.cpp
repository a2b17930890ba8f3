#include "lowstockmodel.h"

#include "asyncrunner.h"
#include "stock.h"
#include "statuscolor.h"

#include <QColor>
#include <QLocale>
#include <QThread>

namespace inventory {

LowStockModel::LowStockModel(QObject *parent) : QAbstractTableModel(parent) { }

void LowStockModel::load(const QString &category)
{
    m_category = category;
    m_active = true;
    refresh();
}

void LowStockModel::clear()
{
    ++m_generation;
    m_active = false;
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void LowStockModel::refresh(bool onlyIfIdle)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_active || (onlyIfIdle && m_pending > 0))
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    runAsync(
        this, [category = m_category] { return inventory::lowStock(category); },
        [this, generation](const Result<QList<Item>> &result) {
            --m_pending;
            if (generation != m_generation)
                return;
            if (!result) {
                emit failed(result.error());
                return;
            }
            setItems(*result);
            emit loaded();
        });
}

void LowStockModel::setItems(const QList<Item> &items)
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
    // Same rows: update in place so the selection stays.
    for (int row = 0; row < items.size(); ++row) {
        const Item &now = items.at(row);
        const Item &before = m_items.at(row);
        const bool changed = now.quantity != before.quantity || now.expiredHeld != before.expiredHeld
            || now.reorderPoint != before.reorderPoint || now.reorderQuantity != before.reorderQuantity
            || now.name != before.name;
        m_items[row] = now;
        if (changed)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int LowStockModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId)
            return row;
    }
    return -1;
}

int LowStockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int LowStockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LowStockModel::data(const QModelIndex &index, int role) const
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
        case IdColumn:
            return item.id;
        case NameColumn:
            return item.name;
        case CategoryColumn:
            return item.category;
        case AvailableColumn:
            // The word, not only the colour, says it is gone.
            return available <= 0 ? tr("none") : locale.toString(available);
        case ReorderPointColumn:
            return item.reorderPoint ? locale.toString(*item.reorderPoint) : QString();
        case ShortColumn:
            return locale.toString(point - available);
        case ReorderQuantityColumn:
            return item.reorderQuantity ? locale.toString(*item.reorderQuantity) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return item.category.isEmpty() ? tr("#%1 %2").arg(item.id).arg(item.name)
                                           : tr("#%1 %2, in %3").arg(item.id).arg(item.name, item.category);
        if (index.column() == AvailableColumn && available <= 0)
            return tr("Out of stock: nothing can be reserved");
        if (index.column() == AvailableColumn && item.expiredHeld > 0)
            return tr("%1 on the shelf and %2 in expired reservations not yet cleaned up, which count "
                      "as available")
                .arg(locale.toString(item.quantity), locale.toString(item.expiredHeld));
        if (index.column() == ShortColumn)
            return tr("%1 below the reorder point of %2")
                .arg(locale.toString(point - available), locale.toString(point));
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
        if (index.column() != NameColumn && index.column() != CategoryColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return item.id;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return item.id;
        case NameColumn:
            return item.name.toLower();
        case CategoryColumn:
            return item.category.toLower();
        case AvailableColumn:
            return available;
        case ReorderPointColumn:
            return point;
        case ShortColumn:
            return point - available;
        case ReorderQuantityColumn:
            return qint64(item.reorderQuantity.value_or(0));
        }
        return {};
    }
    return {};
}

QVariant LowStockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case AvailableColumn:
        return tr("Available");
    case ReorderPointColumn:
        return tr("Reorder at");
    case ShortColumn:
        return tr("Below by");
    case ReorderQuantityColumn:
        return tr("Order");
    }
    return {};
}

} // namespace inventory
