#include "itemsmodel.h"

#include "asyncrunner.h"
#include "localeformat.h"
#include "operations.h"

#include <QLocale>
#include <QThread>

namespace inventory {

ItemsModel::ItemsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ItemsModel::showCategory(const QString &category)
{
    request(Mode::Category, category, 0, true);
}

void ItemsModel::showWholeCategory(const QString &category, BrowseOrder order, bool ascending)
{
    const bool sameOrder = m_mode == Mode::All && order == m_order && ascending == m_ascending;
    if (!sameOrder && m_mode == Mode::All && category == m_argument) {
        // Another order of the same rows: what is loaded is no longer a prefix of the list.
        beginResetModel();
        m_items.clear();
        endResetModel();
    }
    m_order = order;
    m_ascending = ascending;
    request(Mode::All, category, 0, true);
}

std::optional<BrowseOrder> ItemsModel::orderOf(int column)
{
    switch (column) {
    case IdColumn:
        return BrowseOrder::Id;
    case NameColumn:
        return BrowseOrder::Name;
    case QuantityColumn:
        return BrowseOrder::Quantity;
    case PriceColumn:
        return BrowseOrder::Price;
    case UpdatedColumn:
        return BrowseOrder::Updated;
    }
    return std::nullopt;
}

int ItemsModel::columnOf(BrowseOrder order)
{
    switch (order) {
    case BrowseOrder::Id:
        return IdColumn;
    case BrowseOrder::Name:
        return NameColumn;
    case BrowseOrder::Quantity:
        break;
    case BrowseOrder::Price:
        return PriceColumn;
    case BrowseOrder::Updated:
        return UpdatedColumn;
    }
    return QuantityColumn;
}

bool ItemsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_mode == Mode::All && m_next.has_value() && !m_fetching && m_pending == 0;
}

void ItemsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const QString category = m_argument;
    const BrowseOrder order = m_order;
    const bool ascending = m_ascending;
    const BrowseCursor after = *m_next;
    runAsync(
        this, [=] { return browseCategory(category, order, ascending, after, pageSize); },
        [this, generation](const Result<ItemPage> &page) {
            m_fetching = false;
            if (generation != m_generation)
                return; // another request replaced the list meanwhile
            if (!page) {
                emit failed(page.error());
                return;
            }
            m_next = page->next;
            // A row that moved between pages (its quantity changed) is not shown twice.
            QList<Item> fresh;
            for (const Item &item : page->items) {
                if (rowOf(item.id) < 0)
                    fresh << item;
            }
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_items.size()), int(m_items.size() + fresh.size() - 1));
                m_items += fresh;
                endInsertRows();
            }
            emit loaded();
        });
}

void ItemsModel::search(const QString &prefix)
{
    request(Mode::Search, prefix, 0, true);
}

void ItemsModel::showItem(qint64 id)
{
    request(Mode::Single, {}, id, true);
}

void ItemsModel::clear()
{
    ++m_generation; // whatever is under way no longer matters
    m_mode = Mode::None;
    beginResetModel();
    m_items.clear();
    m_total = 0;
    m_next.reset();
    endResetModel();
}

void ItemsModel::refresh(bool onlyIfIdle)
{
    if (m_mode == Mode::None || (onlyIfIdle && m_pending > 0))
        return;
    // The live refresh leaves the whole-category view alone: re-reading every page it has
    // loaded each second and a half would cost the server more than the view is worth.
    if (m_mode == Mode::All && onlyIfIdle)
        return;
    request(m_mode, m_argument, m_id, false);
}

void ItemsModel::request(Mode mode, const QString &argument, qint64 id, bool resetFirst)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const bool sameRequest = mode == m_mode && argument == m_argument && id == m_id;
    m_mode = mode;
    m_argument = argument;
    m_id = id;
    const quint64 generation = ++m_generation;
    if (resetFirst && !sameRequest) {
        // The old rows would be wrong under the new heading while the answer is on its way.
        beginResetModel();
        m_items.clear();
        m_total = 0;
        endResetModel();
    }
    if (m_pending++ == 0)
        emit loadingChanged(true);

    const BrowseOrder order = m_order;
    const bool ascending = m_ascending;
    // A refresh of the whole-category view reads again as many rows as are loaded, so they are
    // updated in place and the scroll position stays.
    const int wanted = sameRequest && mode == Mode::All ? int(qBound(qsizetype(pageSize), m_items.size(), qsizetype(10000)))
                                                        : pageSize;
    auto work = [mode, argument, id, order, ascending, wanted]() -> Result<Answer> {
        switch (mode) {
        case Mode::All: {
            auto page = browseCategory(argument, order, ascending, std::nullopt, wanted);
            if (!page)
                return std::unexpected(page.error());
            return Answer { page->items, page->totalInCategory, page->next };
        }
        case Mode::Category: {
            auto top = topItems(argument);
            if (!top)
                return std::unexpected(top.error());
            return Answer { top->items, top->totalItemsInCategory };
        }
        case Mode::Search: {
            if (argument.trimmed().isEmpty())
                return Answer {};
            auto found = searchItems(argument.trimmed(), 100);
            if (!found)
                return std::unexpected(found.error());
            return Answer { *found, found->size() };
        }
        case Mode::Single: {
            auto one = inventory::item(id);
            if (!one) {
                if (one.error().kind == Error::Kind::NotFound)
                    return Answer {};
                return std::unexpected(one.error());
            }
            return Answer { { *one }, 1 };
        }
        case Mode::None:
            break;
        }
        return Answer {};
    };
    runAsync(this, std::move(work), [this, generation](const Result<Answer> &result) {
        if (--m_pending == 0)
            emit loadingChanged(false);
        if (generation != m_generation)
            return; // the user has moved on
        if (!result) {
            emit failed(result.error());
            return;
        }
        apply(*result);
        emit loaded();
    });
}

void ItemsModel::apply(const Answer &answer)
{
    m_total = answer.total;
    m_next = answer.next;
    const bool sameRows = answer.items.size() == m_items.size()
        && std::equal(answer.items.begin(), answer.items.end(), m_items.begin(),
                      [](const Item &a, const Item &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_items = answer.items;
        endResetModel();
        return;
    }
    // The same rows with new numbers (a live refresh): update in place, so the selection, the
    // current row and the scroll position stay where the user left them.
    for (int row = 0; row < m_items.size(); ++row) {
        const Item &now = answer.items.at(row);
        const Item &before = m_items.at(row);
        if (now.quantity != before.quantity || now.reserved != before.reserved
            || now.expiredHeld != before.expiredHeld || now.price != before.price
            || now.category != before.category
            || now.name != before.name || now.updatedAt != before.updatedAt
            || now.description != before.description) {
            m_items[row] = now;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

QString ItemsModel::summaryText() const
{
    const QLocale locale;
    switch (m_mode) {
    case Mode::None:
        return {};
    case Mode::Category:
        return tr("Top %1 of %2 in %3").arg(locale.toString(m_items.size()), locale.toString(m_total), m_argument);
    case Mode::All: {
        QString by;
        switch (m_order) {
        case BrowseOrder::Quantity:
            by = m_ascending ? tr("by quantity ascending") : tr("by quantity descending");
            break;
        case BrowseOrder::Name:
            by = m_ascending ? tr("by name A–Z") : tr("by name Z–A");
            break;
        case BrowseOrder::Id:
            by = m_ascending ? tr("by id ascending") : tr("by id descending");
            break;
        case BrowseOrder::Price:
            by = m_ascending ? tr("by price ascending") : tr("by price descending");
            break;
        case BrowseOrder::Updated:
            by = m_ascending ? tr("by last change, oldest first") : tr("by last change, newest first");
            break;
        }
        return tr("All %1 in %2, %3").arg(locale.toString(m_total), m_argument, by);
    }
    case Mode::Search:
        if (m_argument.trimmed().isEmpty())
            return {};
        return tr("%Ln item(s) named '%1…'", "", int(m_items.size())).arg(m_argument.trimmed());
    case Mode::Single:
        if (m_items.isEmpty() && m_pending == 0)
            return tr("No item #%1").arg(m_id);
        return tr("Item #%1").arg(m_id);
    }
    return {};
}

int ItemsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

int ItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return item.id;
        case NameColumn:
            return item.name;
        case CategoryColumn:
            return item.category;
        case QuantityColumn:
            return locale.toString(item.available());
        case ReservedColumn: {
            const qint64 running = item.reserved - item.expiredHeld; // expired ones count as available
            return running ? locale.toString(running) : QString();
        }
        case PriceColumn:
            return localePrice(item.price);
        case UpdatedColumn:
            return tableMoment(item.updatedAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !item.description.isEmpty())
            return item.description;
        if (index.column() == QuantityColumn && item.expiredHeld > 0)
            return tr("%1 on the shelf and %2 held by expired reservations not cleaned up yet: a "
                      "reservation takes those back first, so they count as available.")
                .arg(locale.toString(item.quantity), locale.toString(item.expiredHeld));
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
        case QuantityColumn:
            return item.available();
        case ReservedColumn:
            return item.reserved - item.expiredHeld;
        case PriceColumn:
            return item.price;
        case UpdatedColumn:
            return item.updatedAt;
        }
        return {};
    }
    return {};
}

QVariant ItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == QuantityColumn)
            return tr("Units a reservation can take now: on the shelf, plus the units of expired "
                      "reservations not cleaned up yet (they count as available).");
        if (section == ReservedColumn)
            return tr("Units held by running temporary reservations");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case QuantityColumn:
        return tr("Available");
    case ReservedColumn:
        return tr("Reserved");
    case PriceColumn:
        return tr("Price");
    case UpdatedColumn:
        return tr("Last change");
    }
    return {};
}

} // namespace inventory
