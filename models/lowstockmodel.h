#pragma once

#include "error.h"
#include "types.h"

#include <QAbstractTableModel>

namespace inventory {

/// Items at or below their reorder point, most urgent first (as the server orders them). The
/// Low stock tab loads its own list (load()); the dashboard hands it the first few of its answer
/// (setItems()) and hides the columns it has no room for.
class LowStockModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        CategoryColumn,
        AvailableColumn,
        ReorderPointColumn,
        ShortColumn, ///< how far below the reorder point
        ReorderQuantityColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit LowStockModel(QObject *parent = nullptr);

    /// Loads the low items of `category` (empty: all categories).
    void load(const QString &category = {});
    /// Loads the same list again; with `onlyIfIdle`, not while a load is under way.
    void refresh(bool onlyIfIdle = false);
    void clear();
    /// Takes a list read elsewhere; rows that stay the same items are updated in place (the
    /// selection stays).
    void setItems(const QList<Item> &items);
    QString category() const { return m_category; }
    bool isActive() const { return m_active; }
    bool isLoading() const { return m_pending > 0; }
    int rowOf(qint64 itemId) const;
    const Item &item(int row) const { return m_items.at(row); }
    const QList<Item> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void failed(const inventory::Error &error);

private:
    QString m_category;
    QList<Item> m_items;
    bool m_active = false;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace inventory
