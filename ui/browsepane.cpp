#include "browsepane.h"

#include "blocksmodel.h"
#include "categoriesmodel.h"
#include "codescanner.h"
#include "desksettings.h"
#include "itemdetails.h"
#include "itemsmodel.h"
#include "newitemdialog.h"
#include "reservedialog.h"
#include "session.h"
#include "tableview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace inventory {

BrowsePane::BrowsePane(Session *session, DeskSettings *settings, QWidget *parent)
    : Pane(session, settings, parent), m_categories(new CategoriesModel(this)), m_items(new ItemsModel(this))
{
    setObjectName(QStringLiteral("browsePane"));
    m_reserve = new QAction(namedIcon("reserve"), tr("&Reserve…"), this);
    m_reserve->setShortcut(QKeySequence(tr("Ctrl+R")));
    connect(m_reserve, &QAction::triggered, this, [this] { openReserveDialog(); });
    m_newItem = new QAction(namedIcon("new-item"), tr("&New Item…"), this);
    m_newItem->setShortcut(QKeySequence::New);
    connect(m_newItem, &QAction::triggered, this, &BrowsePane::newItem);
    m_find = new QAction(tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        emit showRequested();
        m_search->setFocus();
        m_search->selectAll();
    });
    m_goToItem = new QAction(tr("&Go to Item #…"), this);
    m_goToItem->setShortcut(QKeySequence(tr("Ctrl+G")));
    connect(m_goToItem, &QAction::triggered, this, [this] {
        emit showRequested();
        m_search->setText(QStringLiteral("#"));
        m_search->setFocus();
    });

    buildCategories();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setAccessibleName(tr("Search items"));
    m_search->setPlaceholderText(tr("Find by name prefix, or #id to go to an item  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(namedIcon("search"), QLineEdit::LeadingPosition);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(&m_searchDebounce, &QTimer::timeout, this, &BrowsePane::runSearch);
    // Typing fast sends one query after the pause, not one per key.
    connect(m_search, &QLineEdit::textEdited, &m_searchDebounce, qOverload<>(&QTimer::start));
    // Scan mode: Enter on a barcode or SKU selects its item; anything else searches as typed.
    m_scanner = new CodeScanner(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce.stop();
        if (!m_scanner->take(m_search->text()))
            runSearch();
    });
    connect(m_scanner, &CodeScanner::found, this, [this](const Item &item) {
        goToItem(item.id);
        m_search->selectAll(); // the next scan replaces it
    });
    connect(m_scanner, &CodeScanner::unknown, this, [this](const QString &, const QString &why) {
        m_search->selectAll();
        emit message(why, true);
    });
    connect(m_scanner, &CodeScanner::notACode, this, &BrowsePane::runSearch);
    connect(m_scanner, &CodeScanner::failed, this, &BrowsePane::failed);
    m_itemsSummary = new QLabel(this);
    m_itemsSummary->setObjectName(QStringLiteral("itemsSummary"));
    m_viewChoice = new QComboBox(this);
    m_viewChoice->setObjectName(QStringLiteral("viewChoice"));
    m_viewChoice->addItem(tr("Top 100 by quantity"));
    m_viewChoice->addItem(tr("Whole category"));
    m_viewChoice->setToolTip(tr("The top 100 by quantity, or every item of the category, loaded as you "
                                "scroll and sorted by the server on the column clicked"));
    connect(m_viewChoice, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_browsedCategory.isEmpty() && m_search->text().trimmed().isEmpty())
            showCategoryItems(m_browsedCategory);
    });
    m_itemsView = new TableView(m_items, ItemsModel::SortRole, this);
    m_itemsView->setObjectName(QStringLiteral("itemsView"));
    m_itemsView->setAccessibleName(tr("Items"));
    m_itemsView->horizontalHeader()->setSectionResizeMode(ItemsModel::NameColumn, QHeaderView::Stretch);
    m_itemsView->horizontalHeader()->setStretchLastSection(false);
    m_itemsView->setColumnWidth(ItemsModel::IdColumn, 70);
    m_itemsView->setColumnWidth(ItemsModel::QuantityColumn, 90);
    m_itemsView->setColumnWidth(ItemsModel::ReservedColumn, 80);
    m_itemsView->setColumnWidth(ItemsModel::PriceColumn, 90);
    m_itemsView->setColumnWidth(ItemsModel::UpdatedColumn, 130);
    m_itemsView->setColumnWidth(ItemsModel::CategoryColumn, 130);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BrowsePane::onCurrentItemChanged);
    connect(m_itemsView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &BrowsePane::onSortChanged);
    connect(m_itemsView, &QAbstractItemView::activated, this, [this] { openReserveDialog(); });
    m_details = new ItemDetails(this);
    m_details->setObjectName(QStringLiteral("itemDetails"));
    connect(m_details, &ItemDetails::reserveRequested, this, [this] { openReserveDialog(); });
    connect(m_details->blocksModel(), &BlocksModel::loaded, this, &BrowsePane::updateActions);
    connect(m_details->blocksModel(), &BlocksModel::failed, this, &Pane::failed);

    connect(m_items, &ItemsModel::loaded, this, &BrowsePane::onItemsLoaded);
    connect(m_items, &QAbstractItemModel::modelReset, this, &BrowsePane::updateActions);
    connect(m_items, &ItemsModel::loadingChanged, this, [this] {
        m_itemsSummary->setText(m_items->isLoading() && m_items->rowCount() == 0 ? tr("Loading…")
                                                                                 : m_items->summaryText());
    });
    connect(m_items, &ItemsModel::failed, this, &Pane::failed);

    auto *itemsPane = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_viewChoice);
    searchRow->addWidget(m_itemsSummary);
    itemsLayout->addLayout(searchRow);
    itemsLayout->addWidget(m_itemsView);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("browseSplitter"));
    m_splitter->addWidget(itemsPane);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

void BrowsePane::buildCategories()
{
    m_categoriesPanel = new QWidget(this);
    m_categoriesPanel->setObjectName(QStringLiteral("categoriesPanel"));
    m_categoryFilter = new QLineEdit(m_categoriesPanel);
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->setAccessibleName(tr("Filter categories"));
    m_categoryFilter->setPlaceholderText(tr("Filter categories"));
    m_categoryFilter->setClearButtonEnabled(true);
    m_categoriesView = new TableView(m_categories, CategoriesModel::SortRole, m_categoriesPanel);
    m_categoriesView->setObjectName(QStringLiteral("categoriesView"));
    m_categoriesView->setAccessibleName(tr("Categories"));
    m_categoriesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categoriesView->proxy()->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_categoriesView->proxy()->setFilterKeyColumn(CategoriesModel::NameColumn);
    // The name takes what the two counts leave; the counts are as wide as their figures.
    m_categoriesView->horizontalHeader()->setSectionResizeMode(CategoriesModel::NameColumn, QHeaderView::Stretch);
    for (int column : { CategoriesModel::ItemCountColumn, CategoriesModel::UnitsColumn })
        m_categoriesView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_categoriesView->horizontalHeader()->setStretchLastSection(false);
    m_categoriesView->sortByColumn(CategoriesModel::NameColumn, Qt::AscendingOrder);
    // Filtering the list never changes what is browsed (the proxy would move the current row
    // to another category); the browsed one stays current while it is shown.
    connect(m_categoryFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_movingListSelection = true;
        m_categoriesView->proxy()->setFilterFixedString(text);
        m_movingListSelection = false;
        showBrowsedCategoryInList();
    });
    connect(m_categoriesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BrowsePane::onCategoryChosen);
    // Choosing the category already browsed changes no current row: from another tab (the
    // Dashboard) a click or Enter on it still leads to its items.
    connect(m_categoriesView, &QAbstractItemView::clicked, this, &Pane::showRequested);
    connect(m_categoriesView, &QAbstractItemView::activated, this, &Pane::showRequested);
    connect(m_categories, &CategoriesModel::loaded, this, &BrowsePane::onCategoriesLoaded);
    connect(m_categories, &CategoriesModel::failed, this, &Pane::failed);
    auto *layout = new QVBoxLayout(m_categoriesPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_categoryFilter);
    layout->addWidget(m_categoriesView);
}

QString BrowsePane::title() const
{
    return tr("&Browse");
}

QIcon BrowsePane::icon() const
{
    return namedIcon("browse");
}

void BrowsePane::refresh()
{
    m_categories->reload();
    m_categories->refreshUnits(); // the rows on screen sum their units again
    m_items->refresh();
    if (m_details->item().id != 0)
        m_details->blocksModel()->refresh();
}

// Polling the visible view is what keeps the reservation path free of any extra work (no
// trigger, no NOTIFY per reservation); each refresh is one indexed query returning at most a
// page of rows, and a refresh still under way is never doubled.
void BrowsePane::liveRefresh(int tick)
{
    if (isCurrent()) {
        m_items->refresh(true);
        if (m_details->item().id != 0)
            m_details->blocksModel()->refresh(true);
    }
    if (tick % 8 == 0) // counts per category change slowly and matter little
        m_categories->reload(true);
}

void BrowsePane::clear()
{
    m_items->clear();
    m_details->setItem({});
}

void BrowsePane::restoreLayout()
{
    m_splitter->restoreState(settings()->splitterState(m_splitter->objectName()));
    for (TableView *view : { m_categoriesView, m_itemsView, m_details->blocksView() }) {
        const QByteArray state = settings()->headerState(view->objectName());
        if (!state.isEmpty())
            view->horizontalHeader()->restoreState(state);
    }
    m_pendingCategory = settings()->lastCategory();
}

void BrowsePane::saveLayout()
{
    settings()->setSplitterState(m_splitter->objectName(), m_splitter->saveState());
    for (TableView *view : { m_categoriesView, m_itemsView, m_details->blocksView() })
        settings()->setHeaderState(view->objectName(), view->horizontalHeader()->saveState());
    if (!m_items->category().isEmpty())
        settings()->setLastCategory(m_items->category());
}

void BrowsePane::updateActions()
{
    const bool connected = session()->isConnected();
    const QString notConnected = tr("Not connected to the server.");
    const bool itemChosen = m_details->item().id != 0;
    const bool canReserve = session()->canReserve();
    const QString reserveWhy = !connected ? notConnected
        : !canReserve
        ? tr("Only staff and managers (inventory_staff, inventory_manager) can reserve items.") + whoSuffix()
        : tr("Reserve units of the chosen item (Ctrl+R)");
    m_reserve->setEnabled(canReserve && itemChosen && isCurrent());
    m_reserve->setToolTip(canReserve && !itemChosen ? tr("Choose an item first.") : reserveWhy);
    m_details->setReserveEnabled(canReserve, reserveWhy);
    m_newItem->setEnabled(canReserve);
    m_newItem->setToolTip(!connected       ? notConnected
                              : canReserve ? tr("Add an item to the catalogue (Ctrl+N)")
                                           : tr("Only staff and managers can create items.") + whoSuffix());
    emit actionsChanged();
}

// --- categories and items ----------------------------------------------------------------------

void BrowsePane::onCategoriesLoaded()
{
    QString wanted = m_pendingCategory;
    if (wanted.isEmpty() && m_items->mode() == ItemsModel::Mode::None && m_categories->rowCount() > 0)
        wanted = m_categories->categories().first().name;
    if (!wanted.isEmpty() && m_categories->rowOf(wanted) >= 0) {
        m_pendingCategory.clear();
        if (m_items->category() != wanted)
            selectCategory(wanted);
    }
}

bool BrowsePane::selectCategory(const QString &category)
{
    const int row = m_categories->rowOf(category);
    if (row < 0)
        return false;
    if (!m_categoriesView->proxy()->mapFromSource(m_categories->index(row, 0)).isValid())
        m_categoryFilter->clear(); // filtered out: chosen all the same
    m_categoriesView->selectSourceRow(row);
    if (m_items->category() != category) // the current row was already this one
        onCategoryChosen();
    emit showRequested();
    return true;
}

QString BrowsePane::chosenCategory() const
{
    return m_items->category();
}

void BrowsePane::showBrowsedCategoryInList()
{
    const QString browsed = m_items->category();
    const int row = m_categories->rowOf(browsed);
    const QModelIndex index =
        row >= 0 ? m_categoriesView->proxy()->mapFromSource(m_categories->index(row, 0)) : QModelIndex();
    m_movingListSelection = true;
    if (index.isValid()) {
        m_categoriesView->selectSourceRow(row);
    } else {
        m_categoriesView->selectionModel()->clear();
    }
    m_movingListSelection = false;
}

void BrowsePane::onCategoryChosen()
{
    if (m_movingListSelection)
        return;
    const int row = m_categoriesView->currentSourceRow();
    if (row < 0)
        return;
    const QString category = m_categories->categories().at(row).name;
    if (category == m_items->category() && m_search->text().isEmpty())
        return;
    m_search->clear();
    m_lastSearch.clear();
    m_browsedCategory = category;
    showCategoryItems(category);
    settings()->setLastCategory(category);
    m_details->setItem({});
    emit showRequested();
}

void BrowsePane::updateColumns()
{
    // A category's own list needs no Category column; search results do.
    m_itemsView->setColumnHidden(ItemsModel::CategoryColumn, !m_items->category().isEmpty());
}

void BrowsePane::setWholeCategory(bool whole)
{
    m_viewChoice->setCurrentIndex(whole ? 1 : 0);
}

bool BrowsePane::isWholeCategory() const
{
    return m_viewChoice->currentIndex() == 1;
}

void BrowsePane::showCategoryItems(const QString &category)
{
    if (!isWholeCategory()) {
        m_items->showCategory(category);
        return;
    }
    // The server sorts the whole category: by the header's column where it can, else by quantity.
    const QHeaderView *header = m_itemsView->horizontalHeader();
    const auto order = ItemsModel::orderOf(header->sortIndicatorSection());
    if (order)
        m_items->showWholeCategory(category, *order, header->sortIndicatorOrder() == Qt::AscendingOrder);
    else
        m_items->showWholeCategory(category, BrowseOrder::Quantity, false);
    updateColumns();
}

void BrowsePane::onSortChanged(int column, Qt::SortOrder order)
{
    // Only the whole category needs the server: the top 100 and search results are all here.
    if (m_items->mode() != ItemsModel::Mode::All)
        return;
    const auto serverOrder = ItemsModel::orderOf(column);
    if (!serverOrder)
        return; // sorts the rows loaded so far
    const bool ascending = order == Qt::AscendingOrder;
    if (*serverOrder != m_items->browseOrder() || ascending != m_items->browseAscending())
        m_items->showWholeCategory(m_items->category(), *serverOrder, ascending);
}

void BrowsePane::onItemsLoaded()
{
    m_itemsSummary->setText(m_items->summaryText());
    updateColumns();
    const qint64 shown = m_details->item().id;
    if (shown != 0) {
        const int row = m_items->rowOf(shown);
        if (row >= 0)
            m_details->setItem(m_items->item(row)); // fresher numbers for the same item
    } else if (const int current = m_itemsView->currentSourceRow(); current >= 0) {
        m_details->setItem(m_items->item(current)); // the row highlighted is the one shown
    }
    if (m_itemsView->currentSourceRow() < 0 && m_items->rowCount() > 0
        && m_items->mode() == ItemsModel::Mode::Single)
        m_itemsView->selectSourceRow(0);
    updateActions();
}

void BrowsePane::onCurrentItemChanged()
{
    const int row = m_itemsView->currentSourceRow();
    m_details->setItem(row >= 0 ? m_items->item(row) : Item());
    updateActions();
}

bool BrowsePane::selectItem(qint64 id)
{
    const int row = m_items->rowOf(id);
    if (row < 0)
        return false;
    m_itemsView->selectSourceRow(row);
    emit showRequested();
    return true;
}

void BrowsePane::goToItem(qint64 id)
{
    emit showRequested();
    m_search->setText(QStringLiteral("#%1").arg(id));
    runSearch();
}

void BrowsePane::runSearch()
{
    m_searchDebounce.stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_lastSearch.clear();
        if (m_browsedCategory.isEmpty()) {
            m_details->setItem({});
            m_items->clear();
        } else if (m_items->category() != m_browsedCategory
                   || (m_items->mode() == ItemsModel::Mode::All) != isWholeCategory()) {
            m_details->setItem({});
            showCategoryItems(m_browsedCategory); // back to where the search started
        }
        showBrowsedCategoryInList();
        updateColumns();
        return;
    }
    if (text == m_lastSearch && m_items->mode() != ItemsModel::Mode::Category) {
        // The same search again (Enter after the pause): read it again, keep the item shown.
        m_items->refresh();
        return;
    }
    m_lastSearch = text;
    m_details->setItem({});
    // Search results are not the category's: no category looks chosen in the list.
    m_movingListSelection = true;
    m_categoriesView->selectionModel()->clear();
    m_movingListSelection = false;
    // "#123" or "123" goes to the item; anything else is a name prefix.
    QString idText = text;
    if (idText.startsWith(QLatin1Char('#')))
        idText = idText.mid(1).trimmed();
    bool isId = false;
    const qint64 id = idText.toLongLong(&isId);
    if (isId && id > 0)
        m_items->showItem(id);
    else if (text != QLatin1String("#"))
        m_items->search(text);
    updateColumns();
}

// --- actions -------------------------------------------------------------------------------------

ReserveDialog *BrowsePane::openReserveDialog()
{
    const Item item = m_details->item();
    if (item.id == 0 || !session()->canReserve())
        return nullptr;
    auto *dialog = new ReserveDialog(item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReserveDialog::reserved, this, [this](const Reservation &reservation) {
        emit message(tr("Reservation #%1 placed: %2 × #%3 %4.")
                         .arg(reservation.blockId)
                         .arg(reservation.quantityBlocked)
                         .arg(reservation.itemId)
                         .arg(reservation.itemName),
                     false);
        emit stockChanged();
    });
    dialog->open();
    return dialog;
}

void BrowsePane::newItem()
{
    if (!session()->canReserve())
        return;
    QStringList names;
    for (const Category &c : m_categories->categories())
        names << c.name;
    auto *dialog = new NewItemDialog(names, m_items->category(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewItemDialog::created, this, [this](const Item &item) {
        emit message(tr("Item #%1 %2 created.").arg(item.id).arg(item.name), false);
        m_categories->reload();
        // Show it: the list the user is looking at may not contain it.
        goToItem(item.id);
    });
    dialog->open();
}

} // namespace inventory
