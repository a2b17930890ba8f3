#pragma once

#include "error.h"
#include "types.h"

#include <QAbstractTableModel>

namespace inventory {

/// The categories with their item counts, loaded off the GUI thread.
class CategoriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ItemCountColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the category name, unformatted
        SortRole, ///< numbers as numbers
    };

    explicit CategoriesModel(QObject *parent = nullptr);

    /// Loads the list again; an answer to an older load is dropped. A reload while one is under
    /// way and `onlyIfIdle` is set does nothing (the periodic refresh must not pile up).
    void reload(bool onlyIfIdle = false);
    bool isLoading() const { return m_pending > 0; }
    /// The row of `name`, or -1.
    int rowOf(const QString &name) const;
    const QList<Category> &categories() const { return m_categories; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void failed(const inventory::Error &error);

private:
    void apply(const QList<Category> &categories);

    QList<Category> m_categories;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace inventory
