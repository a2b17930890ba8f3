#include "categoriesmodel.h"

#include "asyncrunner.h"
#include "operations.h"

#include <QLocale>
#include <QThread>
#include <chrono>

namespace inventory {

namespace {
// Categories per request: one statement, one index range each.
constexpr qsizetype unitsPerRequest = 100;
// Unit counts are summed, not maintained: how long a figure on screen may be before the
// periodic reload asks again.
constexpr auto unitsRefreshInterval = std::chrono::seconds(60);
} // namespace

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
    if (!m_unitsRefreshedAt.isValid()
        || m_unitsRefreshedAt.addDuration(unitsRefreshInterval) <= QDateTime::currentDateTime())
        refreshUnits(); // before a reset below, the reset itself makes the views ask again
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

void CategoriesModel::refreshUnits()
{
    m_unitsRefreshedAt = QDateTime::currentDateTime();
    for (Units &units : m_units)
        units.stale = true;
    if (!m_categories.isEmpty())
        emit dataChanged(index(0, UnitsColumn), index(int(m_categories.size()) - 1, UnitsColumn));
}

std::optional<qint64> CategoriesModel::units(const QString &name) const
{
    const auto found = m_units.constFind(name);
    if (found == m_units.cend())
        return std::nullopt;
    return found->value;
}

void CategoriesModel::wantUnits(const QString &name) const
{
    if (m_unitsInFlight.contains(name))
        return;
    m_unitsWanted.insert(name);
    if (m_unitsFetchScheduled)
        return;
    m_unitsFetchScheduled = true;
    QMetaObject::invokeMethod(const_cast<CategoriesModel *>(this), &CategoriesModel::fetchUnits,
                              Qt::QueuedConnection);
}

void CategoriesModel::fetchUnits()
{
    m_unitsFetchScheduled = false;
    if (!m_unitsInFlight.isEmpty() || m_unitsWanted.isEmpty())
        return; // one request at a time; its answer sends the next
    QStringList names;
    for (auto it = m_unitsWanted.begin(); it != m_unitsWanted.end() && names.size() < unitsPerRequest;) {
        if (rowOf(*it) >= 0)
            names << *it;
        it = m_unitsWanted.erase(it);
    }
    if (names.isEmpty())
        return;
    m_unitsInFlight = QSet<QString>(names.begin(), names.end());
    runAsync(
        this, [names] { return categoryUnits(names); },
        [this](const Result<QHash<QString, qint64>> &result) {
            const QSet<QString> asked = std::exchange(m_unitsInFlight, {});
            if (!result) {
                emit failed(result.error());
                return; // the rows ask again when next painted
            }
            const QDateTime now = QDateTime::currentDateTime();
            for (const QString &name : asked) {
                m_units.insert(name, Units { result->value(name), now, false });
                if (const int row = rowOf(name); row >= 0)
                    emit dataChanged(index(row, UnitsColumn), index(row, UnitsColumn));
            }
            emit unitsLoaded();
            if (!m_unitsWanted.isEmpty() && !m_unitsFetchScheduled) {
                m_unitsFetchScheduled = true;
                QMetaObject::invokeMethod(this, &CategoriesModel::fetchUnits, Qt::QueuedConnection);
            }
        });
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
    if (index.column() == UnitsColumn)
        return unitsData(category.name, role);
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

QVariant CategoriesModel::unitsData(const QString &name, int role) const
{
    const auto found = m_units.constFind(name);
    const bool known = found != m_units.cend();
    switch (role) {
    case Qt::DisplayRole:
        if (!known || found->stale)
            wantUnits(name);
        return known ? QLocale().toString(found->value) : tr("…");
    case SortRole:
        if (!known || found->stale)
            wantUnits(name);
        return known ? found->value : qint64(-1);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!known)
            return tr("Units in stock in %1: being summed").arg(name);
        return tr("Units in stock in %1, summed at %2")
            .arg(name, QLocale().toString(found->at.time(), QLocale::LongFormat));
    case NameRole:
        return name;
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
    case UnitsColumn:
        return tr("Units");
    }
    return {};
}

} // namespace inventory
