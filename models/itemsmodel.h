#pragma once

#include "browse.h"
#include "error.h"
#include "types.h"

#include <QAbstractTableModel>

namespace inventory {

/// A list of items: the top 100 of a category, the whole category (fetched in pages as the view
/// scrolls, sorted by the server), the matches of a name prefix, or one item by id. Loads off
/// the GUI thread; an answer to a request the user has since replaced is dropped.
class ItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        CategoryColumn, ///< for search results; a category's own list hides it
        QuantityColumn, ///< "Available": on the shelf plus what expired reservations still hold
        ReservedColumn,
        PriceColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        SortRole, ///< numbers and times as such, for QSortFilterProxyModel::setSortRole
    };
    enum class Mode { None, Category, All, Search, Single };
    Q_ENUM(Mode)

    explicit ItemsModel(QObject *parent = nullptr);

    void showCategory(const QString &category);
    /// Every item of `category` in `order`, a page at a time (fetchMore()).
    void showWholeCategory(const QString &category, BrowseOrder order, bool ascending);
    /// The server order a column sorts by in the whole-category view, if it has one.
    static std::optional<BrowseOrder> orderOf(int column);
    static int columnOf(BrowseOrder order);
    BrowseOrder browseOrder() const { return m_order; }
    bool browseAscending() const { return m_ascending; }
    /// Rows per page of the whole-category view.
    static constexpr int pageSize = 200;
    void search(const QString &prefix);
    void showItem(qint64 id);
    void clear();
    /// Runs the current request again (live updates, after a change). With `onlyIfIdle` it does
    /// nothing while a load is under way, so a slow server does not collect a queue of refreshes.
    void refresh(bool onlyIfIdle = false);

    Mode mode() const { return m_mode; }
    /// The category shown (its top 100 or all of it), or empty.
    QString category() const
    {
        return m_mode == Mode::Category || m_mode == Mode::All ? m_argument : QString();
    }
    bool isLoading() const { return m_pending > 0; }
    /// Items in the category (Category mode), as the server counts them.
    qint64 totalInCategory() const { return m_total; }
    /// "100 of 42,317 items", "3 items match 'mug'", "Item #12".
    QString summaryText() const;

    /// The row of item `id`, or -1.
    int rowOf(qint64 id) const;
    const Item &item(int row) const { return m_items.at(row); }
    const QList<Item> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    /// A fresh answer is in (also after a live refresh).
    void loaded();
    void failed(const inventory::Error &error);

private:
    struct Answer
    {
        QList<Item> items;
        qint64 total = 0;
        std::optional<BrowseCursor> next; ///< the whole-category view: where the next page starts
    };
    void request(Mode mode, const QString &argument, qint64 id, bool resetFirst);
    void apply(const Answer &answer);

    Mode m_mode = Mode::None;
    QString m_argument;
    qint64 m_id = 0;
    QList<Item> m_items;
    qint64 m_total = 0;
    BrowseOrder m_order = BrowseOrder::Quantity;
    bool m_ascending = false;
    std::optional<BrowseCursor> m_next;
    bool m_fetching = false;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace inventory
