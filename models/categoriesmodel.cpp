#include "categoriesmodel.h"

#include "asyncrunner.h"
#include "operations.h"

#include <QLocale>
#include <QThread>

namespace inventory {

CategoriesModel::CategoriesModel(QObject *parent) : QAbstractTableModel(parent) { }

void CategoriesModel::reload(bool onlyIfIdle)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (onlyIfIdle && m_pending > 0)
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    runAsync(
        this, [] { return inventory::categories(); },
        [this, generation](const Result<QList<Category>> &result) {
            --m_pending;
            if (generation != m_generation)
                return;
            if (!result) {
                emit failed(result.error());
                return;
            }
            apply(*result);
            emit loaded();
        });
}

void CategoriesModel::apply(const QList<Category> &categories)
{
    const bool sameNames = categories.size() == m_categories.size()
        && std::equal(categories.begin(), categories.end(), m_categories.begin(),
                      [](const Category &a, const Category &b) { return a.name == b.name; });
    if (!sameNames) {
        beginResetModel();
        m_categories = categories;
        endResetModel();
        return;
    }
    // Same list, maybe new counts: update in place so selection and scroll position survive.
    for (int row = 0; row < categories.size(); ++row) {
        if (categories.at(row).itemCount != m_categories.at(row).itemCount) {
            m_categories[row] = categories.at(row);
            emit dataChanged(index(row, ItemCountColumn), index(row, ItemCountColumn));
        }
    }
}

int CategoriesModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_categories.size(); ++row) {
        if (m_categories.at(row).name == name)
            return row;
    }
    return -1;
}

int CategoriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CategoriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category &category = m_categories.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return category.name;
        return QLocale().toString(category.itemCount);
    case Qt::TextAlignmentRole:
        if (index.column() == ItemCountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return category.name;
    case SortRole:
        if (index.column() == ItemCountColumn)
            return category.itemCount;
        return category.name;
    }
    return {};
}

QVariant CategoriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Category");
    case ItemCountColumn:
        return tr("Items");
    }
    return {};
}

} // namespace inventory
