#pragma once

#include "pane.h"
#include "types.h"

#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;

namespace inventory {

class CategoriesModel;
class CodeScanner;
class ItemDetails;
class ItemsModel;
class ReserveDialog;
class TableView;

/// The Browse tab: the categories (shown by the window beside the tabs), a category's top items
/// or the matches of a search, and the chosen item's details; reserving and creating items.
class BrowsePane : public Pane
{
    Q_OBJECT
public:
    BrowsePane(Session *session, DeskSettings *settings, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    void liveRefresh(int tick) override;
    void clear() override;
    void updateActions() override;
    void restoreLayout() override;
    void saveLayout() override;

    /// The category list with its filter; the window places it beside the tabs.
    QWidget *categoriesPanel() const { return m_categoriesPanel; }
    CategoriesModel *categoriesModel() const { return m_categories; }
    ItemsModel *itemsModel() const { return m_items; }
    ItemDetails *itemDetails() const { return m_details; }
    TableView *categoriesView() const { return m_categoriesView; }
    TableView *itemsView() const { return m_itemsView; }
    QLineEdit *searchBox() const { return m_search; }
    QLineEdit *categoryFilter() const { return m_categoryFilter; }
    /// Browse the whole category (true) or its top 100 by quantity (false, the default).
    void setWholeCategory(bool whole);
    bool isWholeCategory() const;

    QAction *reserveAction() const { return m_reserve; }
    QAction *newItemAction() const { return m_newItem; }
    QAction *findAction() const { return m_find; }
    QAction *goToItemAction() const { return m_goToItem; }

    /// Chooses a category in the list, as a click would.
    bool selectCategory(const QString &category);
    /// Makes item `id` current in the items table, if it is shown.
    bool selectItem(qint64 id);
    /// Looks item `id` up and shows it (as typing #id in the search box does).
    void goToItem(qint64 id);
    /// The category whose items are shown, or empty (search results, one item).
    QString chosenCategory() const;
    /// Chooses this category once the list is in (the one remembered from last time).
    void setPendingCategory(const QString &category) { m_pendingCategory = category; }

    ReserveDialog *openReserveDialog();

private:
    void buildCategories();
    void onCategoriesLoaded();
    void onCategoryChosen();
    void onItemsLoaded();
    void onCurrentItemChanged();
    void runSearch();
    void newItem();
    /// Makes the list's current row the browsed category if the filter shows it, else none;
    /// neither browses anything.
    void showBrowsedCategoryInList();
    void updateColumns();
    /// Shows `category` as the view choice says: its top 100, or all of it in the header's order.
    void showCategoryItems(const QString &category);
    void onSortChanged(int column, Qt::SortOrder order);

    CategoriesModel *m_categories;
    ItemsModel *m_items;
    QWidget *m_categoriesPanel = nullptr;
    QLineEdit *m_categoryFilter = nullptr;
    TableView *m_categoriesView = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_itemsSummary = nullptr;
    QComboBox *m_viewChoice = nullptr; ///< the top 100, or the whole category
    TableView *m_itemsView = nullptr;
    ItemDetails *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_reserve = nullptr;
    QAction *m_newItem = nullptr;
    QAction *m_find = nullptr;
    QAction *m_goToItem = nullptr;
    QTimer m_searchDebounce;
    CodeScanner *m_scanner = nullptr; ///< Enter on a scanned barcode or SKU
    QString m_pendingCategory; ///< to choose once the list is in
    QString m_browsedCategory; ///< the last category chosen; shown again when a search is cleared
    QString m_lastSearch; ///< what the last search ran for
    bool m_movingListSelection = false; ///< the list's current row moves without browsing
};

} // namespace inventory
