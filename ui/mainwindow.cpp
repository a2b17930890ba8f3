#include "mainwindow.h"

#include "aboutbox.h"
#include "asyncrunner.h"
#include "blocksmodel.h"
#include "categoriesmodel.h"
#include "cleanupdialog.h"
#include "connection.h"
#include "connectiondialog.h"
#include "desksettings.h"
#include "duration.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "itemdetails.h"
#include "itemsmodel.h"
#include "itemtransfer.h"
#include "localcluster.h"
#include "logging.h"
#include "newitemdialog.h"
#include "operations.h"
#include "passwordstore.h"
#include "plural.h"
#include "reservedialog.h"
#include "tableview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace inventory {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(new DeskSettings)
    , m_categories(new CategoriesModel(this))
    , m_items(new ItemsModel(this))
    , m_reservations(new BlocksModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Inventory Desk"));
    setWindowIcon(icon("inventory-desk"));
    buildActions();
    buildUi();
    restoreLayout();

    connect(m_session, &Session::stateChanged, this, &MainWindow::onSessionState);
    connect(m_session, &Session::connected, this, &MainWindow::onConnected);
    connect(m_categories, &CategoriesModel::loaded, this, &MainWindow::onCategoriesLoaded);
    connect(m_items, &ItemsModel::loaded, this, &MainWindow::onItemsLoaded);
    connect(m_items, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_items, &ItemsModel::loadingChanged, this, [this] {
        m_itemsSummary->setText(m_items->isLoading() && m_items->rowCount() == 0 ? tr("Loading…")
                                                                                 : m_items->summaryText());
    });
    connect(m_reservations, &BlocksModel::loaded, this, [this] {
        m_reservationsSummary->setText(
            plural(m_reservations->rowCount(), tr("1 reservation"), tr("%1 reservations")));
        updateActions();
    });
    for (QObject *model :
         { static_cast<QObject *>(m_categories), static_cast<QObject *>(m_items),
           static_cast<QObject *>(m_reservations), static_cast<QObject *>(m_details->blocksModel()) }) {
        // All four models share the signal's shape; the message goes to one place.
        if (auto *c = qobject_cast<CategoriesModel *>(model))
            connect(c, &CategoriesModel::failed, this, &MainWindow::onModelError);
        else if (auto *i = qobject_cast<ItemsModel *>(model))
            connect(i, &ItemsModel::failed, this, &MainWindow::onModelError);
        else if (auto *b = qobject_cast<BlocksModel *>(model))
            connect(b, &BlocksModel::failed, this, &MainWindow::onModelError);
    }

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(&m_searchDebounce, &QTimer::timeout, this, &MainWindow::runSearch);

    // Live updates: the visible view is re-read every 1.5 s (see liveTick()).
    m_live.setInterval(1500);
    connect(&m_live, &QTimer::timeout, this, &MainWindow::liveTick);
    m_live.start();

    connect(&m_autoCleanup, &QTimer::timeout, this, &MainWindow::runAutoCleanup);
    if (const int minutes = m_settings->autoCleanupMinutes(); minutes > 0)
        m_autoCleanup.start(minutes * 60 * 1000);

    onSessionState();
}

MainWindow::~MainWindow()
{
    delete m_settings;
}

Session::Resolver MainWindow::localDefaultResolver()
{
    return []() -> Result<ConnectionSettings> {
        LocalCluster cluster(LocalCluster::defaultRootDirectory());
        return prepareLocalDefault(cluster);
    };
}

void MainWindow::connectAsConfigured()
{
    if (auto saved = m_settings->savedConnection()) {
        const ConnectionSettings settings = *saved;
        PasswordStore::read(this, passwordKey(settings), [this, settings](const QString &password) {
            ConnectionSettings withPassword = settings;
            withPassword.password = password; // empty: libpq looks in ~/.pgpass
            m_session->start(withPassword);
        });
        return;
    }
    if (ConnectionSettings::environmentNamesAServer()) {
        m_session->start(ConnectionSettings());
        return;
    }
    m_session->start(localDefaultResolver(), tr("the local database"));
}

QAction *MainWindow::action(Action which) const
{
    return m_actions.value(int(which));
}

void MainWindow::buildActions()
{
    auto add = [this](Action which, const QIcon &icon, const QString &text, const QKeySequence &shortcut,
                      auto slot) {
        auto *a = new QAction(icon, text, this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(int(which), a);
        return a;
    };
    add(Action::Refresh, icon("refresh"), tr("Re&fresh"), QKeySequence::Refresh, &MainWindow::refreshAll);
    add(Action::NewItem, icon("new-item"), tr("&New Item…"), QKeySequence::New, &MainWindow::newItem);
    add(Action::Reserve, icon("reserve"), tr("&Reserve…"), QKeySequence(tr("Ctrl+R")),
        &MainWindow::reserveSelected);
    add(Action::Confirm, icon("confirm"), tr("&Confirm"), QKeySequence(tr("Ctrl+Shift+C")),
        &MainWindow::confirmSelected);
    add(Action::Release, icon("release"), tr("Re&lease"), QKeySequence(tr("Ctrl+Shift+L")),
        &MainWindow::releaseSelected);
    add(Action::Extend, icon("extend"), tr("&Extend…"), QKeySequence(tr("Ctrl+Shift+E")),
        &MainWindow::extendSelected);
    add(Action::Cleanup, icon("cleanup"), tr("Clean &Up Expired…"), QKeySequence(), &MainWindow::cleanup);
    add(Action::Connect, icon("connect"), tr("C&onnect to Server…"), QKeySequence(),
        &MainWindow::openConnectionDialog);
    add(Action::AutoCleanup, QIcon(), tr("&Automatic Cleanup…"), QKeySequence(),
        &MainWindow::configureAutoCleanup);
    add(Action::Import, QIcon(), tr("&Import Items from CSV…"), QKeySequence(tr("Ctrl+I")),
        &MainWindow::chooseImportFile);
    add(Action::ExportView, QIcon(), tr("E&xport Current View to CSV…"), QKeySequence(),
        &MainWindow::chooseExportViewFile);
    add(Action::ExportCategory, QIcon(), tr("Export &Category to CSV…"), QKeySequence(),
        [this] { chooseExportFile(true); });
    add(Action::ExportAll, QIcon(), tr("Export A&ll Items to CSV…"), QKeySequence(),
        [this] { chooseExportFile(false); });
    add(Action::About, icon("inventory-desk"), tr("&About Inventory Desk"), QKeySequence(),
        [this] { openAboutBox(); });
    action(Action::About)->setMenuRole(QAction::AboutRole);
    action(Action::Confirm)->setStatusTip(tr("Make the selected reservations permanent (order completed)"));
    action(Action::Release)->setStatusTip(tr("Cancel the selected reservations and give their units back"));
    action(Action::Extend)->setStatusTip(tr("Move the expiry of the selected reservations later"));
}

void MainWindow::buildUi()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setToolTipsVisible(true); // a disabled entry says why
    fileMenu->addAction(action(Action::Import));
    fileMenu->addAction(action(Action::ExportView));
    fileMenu->addAction(action(Action::ExportCategory));
    fileMenu->addAction(action(Action::ExportAll));
    fileMenu->addSeparator();
    fileMenu->addAction(action(Action::Connect));
    fileMenu->addAction(action(Action::AutoCleanup));
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    auto *itemMenu = menuBar()->addMenu(tr("&Items"));
    itemMenu->addAction(action(Action::NewItem));
    itemMenu->addAction(action(Action::Reserve));
    auto *find = itemMenu->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        showTab(Tab::Browse);
        m_search->setFocus();
        m_search->selectAll();
    });
    Q_UNUSED(find);
    itemMenu->addAction(tr("&Go to Item #…"), QKeySequence(tr("Ctrl+G")), this, [this] {
        showTab(Tab::Browse);
        m_search->setText(QStringLiteral("#"));
        m_search->setFocus();
    });
    auto *reservationMenu = menuBar()->addMenu(tr("&Reservations"));
    reservationMenu->addAction(action(Action::Confirm));
    reservationMenu->addAction(action(Action::Release));
    reservationMenu->addAction(action(Action::Extend));
    reservationMenu->addSeparator();
    reservationMenu->addAction(action(Action::Cleanup));
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(action(Action::Refresh));
    viewMenu->addAction(tr("&Browse"), QKeySequence(tr("Ctrl+1")), this, [this] { showTab(Tab::Browse); });
    viewMenu->addAction(tr("R&eservations"), QKeySequence(tr("Ctrl+2")), this,
                        [this] { showTab(Tab::Reservations); });
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(action(Action::About));
    auto *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    for (Action a : { Action::Refresh, Action::NewItem, Action::Reserve })
        toolbar->addAction(action(a));
    toolbar->addSeparator();
    for (Action a : { Action::Confirm, Action::Release, Action::Extend, Action::Cleanup })
        toolbar->addAction(action(a));

    // Left: the categories.
    auto *categoriesPane = new QWidget(this);
    m_categoryFilter = new QLineEdit(categoriesPane);
    m_categoryFilter->setPlaceholderText(tr("Filter categories"));
    m_categoryFilter->setClearButtonEnabled(true);
    m_categoriesView = new TableView(m_categories, CategoriesModel::SortRole, categoriesPane);
    m_categoriesView->setObjectName(QStringLiteral("categoriesView"));
    m_categoriesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categoriesView->proxy()->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_categoriesView->proxy()->setFilterKeyColumn(CategoriesModel::NameColumn);
    // The name takes what the two counts leave; the counts are as wide as their figures.
    m_categoriesView->horizontalHeader()->setSectionResizeMode(CategoriesModel::NameColumn,
                                                               QHeaderView::Stretch);
    for (int column : { CategoriesModel::ItemCountColumn, CategoriesModel::UnitsColumn })
        m_categoriesView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_categoriesView->horizontalHeader()->setStretchLastSection(false);
    m_categoriesView->sortByColumn(CategoriesModel::NameColumn, Qt::AscendingOrder);
    connect(m_categoryFilter, &QLineEdit::textChanged, m_categoriesView->proxy(),
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_categoriesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCategoryChosen);
    auto *categoriesLayout = new QVBoxLayout(categoriesPane);
    categoriesLayout->setContentsMargins(0, 0, 0, 0);
    categoriesLayout->addWidget(m_categoryFilter);
    categoriesLayout->addWidget(m_categoriesView);

    // Browse tab: search, the top items, the item's details.
    auto *browse = new QWidget(this);
    m_search = new QLineEdit(browse);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Find by name prefix, or #id to go to an item  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon("search"), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textEdited, this, &MainWindow::onSearchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    m_itemsSummary = new QLabel(browse);
    m_itemsSummary->setObjectName(QStringLiteral("itemsSummary"));
    m_itemsView = new TableView(m_items, ItemsModel::SortRole, browse);
    m_itemsView->setObjectName(QStringLiteral("itemsView"));
    m_itemsView->horizontalHeader()->setSectionResizeMode(ItemsModel::NameColumn, QHeaderView::Stretch);
    m_itemsView->horizontalHeader()->setStretchLastSection(false);
    m_itemsView->setColumnWidth(ItemsModel::IdColumn, 70);
    m_itemsView->setColumnWidth(ItemsModel::QuantityColumn, 90);
    m_itemsView->setColumnWidth(ItemsModel::ReservedColumn, 80);
    m_itemsView->setColumnWidth(ItemsModel::PriceColumn, 90);
    m_itemsView->setColumnWidth(ItemsModel::UpdatedColumn, 130);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentItemChanged);
    connect(m_itemsView, &QAbstractItemView::activated, this, &MainWindow::reserveSelected);
    m_details = new ItemDetails(browse);
    m_details->setObjectName(QStringLiteral("itemDetails"));
    connect(m_details, &ItemDetails::reserveRequested, this, &MainWindow::reserveSelected);
    connect(m_details->blocksModel(), &BlocksModel::loaded, this, &MainWindow::updateActions);

    auto *itemsPane = new QWidget(browse);
    auto *itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_itemsSummary);
    itemsLayout->addLayout(searchRow);
    itemsLayout->addWidget(m_itemsView);
    m_browseSplitter = new QSplitter(Qt::Vertical, browse);
    m_browseSplitter->setObjectName(QStringLiteral("browseSplitter"));
    m_browseSplitter->addWidget(itemsPane);
    m_browseSplitter->addWidget(m_details);
    m_browseSplitter->setStretchFactor(0, 3);
    m_browseSplitter->setStretchFactor(1, 2);
    auto *browseLayout = new QVBoxLayout(browse);
    browseLayout->addWidget(m_browseSplitter);

    // Reservations tab.
    auto *reservations = new QWidget(this);
    m_stateFilter = new QComboBox(reservations);
    m_stateFilter->addItem(tr("All reservations"));
    m_stateFilter->addItem(tr("Temporary (running)"), int(BlockState::Temporary));
    m_stateFilter->addItem(tr("Permanent"), int(BlockState::Permanent));
    m_stateFilter->addItem(tr("Expired (awaiting cleanup)"), int(BlockState::Expired));
    m_mineOnly = new QCheckBox(tr("&Mine only"), reservations);
    m_itemFilter = new QLineEdit(reservations);
    m_itemFilter->setPlaceholderText(tr("Item id"));
    m_itemFilter->setClearButtonEnabled(true);
    m_itemFilter->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_itemFilter));
    m_itemFilter->setMaximumWidth(120);
    m_reservationsSummary = new QLabel(reservations);
    m_reservationsView = new TableView(m_reservations, BlocksModel::SortRole, reservations);
    m_reservationsView->setObjectName(QStringLiteral("reservationsView"));
    m_reservationsView->horizontalHeader()->setSectionResizeMode(BlocksModel::ItemColumn,
                                                                 QHeaderView::Stretch);
    m_reservationsView->horizontalHeader()->setStretchLastSection(false);
    // Narrow columns for short values, so the item's name gets the room.
    m_reservationsView->setColumnWidth(BlocksModel::IdColumn, 95);
    m_reservationsView->setColumnWidth(BlocksModel::QuantityColumn, 70);
    m_reservationsView->setColumnWidth(BlocksModel::StateColumn, 85);
    m_reservationsView->setColumnWidth(BlocksModel::CreatedByColumn, 90);
    m_reservationsView->setColumnWidth(BlocksModel::ExpiresColumn, 100);
    m_reservationsView->setColumnWidth(BlocksModel::CreatedColumn, 130);
    m_reservationsView->setColumnWidth(BlocksModel::ReferenceColumn, 140);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyReservationFilter);
    connect(m_mineOnly, &QCheckBox::toggled, this, &MainWindow::applyReservationFilter);
    connect(m_itemFilter, &QLineEdit::textChanged, this, &MainWindow::applyReservationFilter);
    // Enter or a double click on a reservation goes to its item.
    connect(m_reservationsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 itemId = index.data(BlocksModel::ItemIdRole).toLongLong();
        if (itemId <= 0)
            return;
        showTab(Tab::Browse);
        m_search->setText(QStringLiteral("#%1").arg(itemId));
        runSearch();
    });
    connect(m_reservationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), reservations));
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(m_mineOnly);
    filterRow->addWidget(new QLabel(tr("Item:"), reservations));
    filterRow->addWidget(m_itemFilter);
    filterRow->addStretch();
    filterRow->addWidget(m_reservationsSummary);
    auto *reservationsLayout = new QVBoxLayout(reservations);
    reservationsLayout->addLayout(filterRow);
    reservationsLayout->addWidget(m_reservationsView);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(browse, icon("browse"), tr("&Browse"));
    m_tabs->addTab(reservations, icon("reservations"), tr("Reser&vations"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentIndex() == int(Tab::Reservations) && !m_reservations->isActive())
            applyReservationFilter();
        updateActions();
    });

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(categoriesPane);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setSizes({ 320, 880 });
    setCentralWidget(m_mainSplitter);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_serverLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::restoreLayout()
{
    resize(1100, 720);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    m_mainSplitter->restoreState(m_settings->splitterState(m_mainSplitter->objectName()));
    m_browseSplitter->restoreState(m_settings->splitterState(m_browseSplitter->objectName()));
    for (TableView *view : { m_categoriesView, m_itemsView, m_reservationsView, m_details->blocksView() }) {
        const QByteArray state = m_settings->headerState(view->objectName());
        if (!state.isEmpty())
            view->horizontalHeader()->restoreState(state);
    }
    m_pendingCategory = m_settings->lastCategory();
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_mainSplitter->objectName(), m_mainSplitter->saveState());
    m_settings->setSplitterState(m_browseSplitter->objectName(), m_browseSplitter->saveState());
    for (TableView *view : { m_categoriesView, m_itemsView, m_reservationsView, m_details->blocksView() })
        m_settings->setHeaderState(view->objectName(), view->horizontalHeader()->saveState());
    if (!m_items->category().isEmpty())
        m_settings->setLastCategory(m_items->category());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

void MainWindow::setLiveInterval(int ms)
{
    m_live.setInterval(ms);
}

// --- connection -------------------------------------------------------------------------------

void MainWindow::onSessionState()
{
    const Session::State state = m_session->state();
    m_connectionLabel->setText(m_session->stateText());
    QString style;
    if (state == Session::State::Lost || state == Session::State::Failed)
        style = QStringLiteral("color: #b02020; font-weight: bold");
    else if (state == Session::State::Connecting)
        style = QStringLiteral("color: #806000");
    m_connectionLabel->setStyleSheet(style);
    if (state == Session::State::Failed)
        m_connectionLabel->setToolTip(m_session->lastError().message);
    else
        m_connectionLabel->setToolTip({});

    const SessionInfo &info = m_session->info();
    // The local default is a socket path nobody needs to read; say what it is, path on hover.
    const QString server = m_session->serverDescription();
    const bool local = server.startsWith(QLatin1Char('/'));
    m_serverLabel->setText(local ? tr("Local database") : server);
    m_serverLabel->setToolTip(server);
    if (!info.user.isEmpty()) {
        const QString role = info.isManager || info.isOwner ? tr("manager")
            : info.isStaff                                  ? tr("staff")
                                                            : tr("no inventory role");
        m_userLabel->setText(tr("%1 (%2)").arg(info.user, role));
        setWindowTitle(tr("Inventory Desk — %1").arg(m_session->serverDescription()));
    } else {
        m_userLabel->clear();
    }
    updateActions();
}

void MainWindow::onConnected()
{
    onSessionState();
    refreshAll();
}

void MainWindow::onModelError(const Error &error)
{
    if (error.isRetryable()) {
        m_session->reportError(error);
        return;
    }
    showMessage(error.message, true);
}

void MainWindow::refreshAll()
{
    if (!m_session->isConnected() && m_session->state() != Session::State::Lost)
        return;
    m_categories->reload();
    m_items->refresh();
    if (m_details->item().id != 0)
        m_details->blocksModel()->refresh();
    if (m_reservations->isActive() || m_tabs->currentIndex() == int(Tab::Reservations))
        applyReservationFilter();
}

// Live updates. Polling the visible view is what keeps the reservation path free of any extra
// work (no trigger, no NOTIFY per reservation); each refresh is one indexed query returning at
// most a page of rows, and a refresh still under way is never doubled.
void MainWindow::liveTick()
{
    if (!isVisible() || isMinimized() || !m_session->isConnected())
        return;
    ++m_liveTicks;
    if (m_tabs->currentIndex() == int(Tab::Browse)) {
        m_items->refresh(true);
        if (m_details->item().id != 0)
            m_details->blocksModel()->refresh(true);
    } else {
        m_reservations->refresh(true);
    }
    if (m_liveTicks % 8 == 0) // counts per category change slowly and matter little
        m_categories->reload(true);
}

// --- browsing ---------------------------------------------------------------------------------

void MainWindow::onCategoriesLoaded()
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

bool MainWindow::selectCategory(const QString &category)
{
    const int row = m_categories->rowOf(category);
    if (row < 0)
        return false;
    m_categoriesView->selectSourceRow(row);
    if (m_items->category() != category) // the current row was already this one
        onCategoryChosen();
    return true;
}

void MainWindow::onCategoryChosen()
{
    const int row = m_categoriesView->currentSourceRow();
    if (row < 0)
        return;
    const QString category = m_categories->categories().at(row).name;
    if (category == m_items->category() && m_search->text().isEmpty())
        return;
    m_search->clear();
    m_items->showCategory(category);
    m_settings->setLastCategory(category);
    m_details->setItem({});
    showTab(Tab::Browse);
}

void MainWindow::onItemsLoaded()
{
    m_itemsSummary->setText(m_items->summaryText());
    const qint64 shown = m_details->item().id;
    if (shown != 0) {
        const int row = m_items->rowOf(shown);
        if (row >= 0)
            m_details->setItem(m_items->item(row)); // fresher numbers for the same item
    }
    if (m_itemsView->currentSourceRow() < 0 && m_items->rowCount() > 0
        && m_items->mode() == ItemsModel::Mode::Single)
        m_itemsView->selectSourceRow(0);
    updateActions();
}

void MainWindow::onCurrentItemChanged()
{
    const int row = m_itemsView->currentSourceRow();
    m_details->setItem(row >= 0 ? m_items->item(row) : Item());
    updateActions();
}

bool MainWindow::selectItem(qint64 id)
{
    const int row = m_items->rowOf(id);
    if (row < 0)
        return false;
    m_itemsView->selectSourceRow(row);
    return true;
}

void MainWindow::onSearchEdited()
{
    m_searchDebounce.start(); // typing fast sends one query, not one per key
}

void MainWindow::runSearch()
{
    m_searchDebounce.stop();
    const QString text = m_search->text().trimmed();
    m_details->setItem({});
    if (text.isEmpty()) {
        const int row = m_categoriesView->currentSourceRow();
        if (row >= 0)
            m_items->showCategory(m_categories->categories().at(row).name);
        else
            m_items->clear();
        return;
    }
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
}

// --- reservations -----------------------------------------------------------------------------

void MainWindow::setReservationFilter(std::optional<BlockState> state, bool mineOnly)
{
    const QSignalBlocker a(m_stateFilter);
    const QSignalBlocker b(m_mineOnly);
    m_stateFilter->setCurrentIndex(state ? m_stateFilter->findData(int(*state)) : 0);
    m_mineOnly->setChecked(mineOnly);
    applyReservationFilter();
}

void MainWindow::applyReservationFilter()
{
    BlockFilter filter;
    const QVariant state = m_stateFilter->currentData();
    if (state.isValid())
        filter.state = BlockState(state.toInt());
    filter.mineOnly = m_mineOnly->isChecked();
    // The newest 500: more than anyone scrolls through, and each live refresh reads them all
    // (the filters narrow it down to what matters).
    filter.limit = 500;
    bool ok = false;
    const qint64 itemId = m_itemFilter->text().toLongLong(&ok);
    if (ok && itemId > 0)
        filter.itemId = itemId;
    if (!m_session->isConnected())
        return;
    m_reservations->setFilter(filter);
}

void MainWindow::selectReservations(const QList<qint64> &ids)
{
    auto *selection = m_reservationsView->selectionModel();
    selection->clearSelection();
    auto *proxy = m_reservationsView->proxy();
    for (qint64 id : ids) {
        const int row = m_reservations->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = proxy->mapFromSource(m_reservations->index(row, 0));
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

QList<Block> MainWindow::selectedBlocks(bool includeExpired) const
{
    QList<Block> result;
    for (int row : m_reservationsView->selectedSourceRows()) {
        const Block &block = m_reservations->block(row);
        const BlockState state = m_reservations->stateNow(block);
        if (state == BlockState::Temporary || (includeExpired && state == BlockState::Expired))
            result << block;
    }
    return result;
}

void MainWindow::updateActions()
{
    const bool connected = m_session->isConnected();
    const QString notConnected = tr("Not connected to the server.");
    const SessionInfo &info = m_session->info();
    const QString who = info.user.isEmpty() ? QString() : tr(" You are %1.").arg(info.user);

    const bool onBrowse = m_tabs->currentIndex() == int(Tab::Browse);
    const bool itemChosen = m_details->item().id != 0;
    const bool canReserve = m_session->canReserve();
    const QString reserveWhy = !connected ? notConnected
        : !canReserve
        ? tr("Only staff and managers (inventory_staff, inventory_manager) can reserve items.") + who
        : tr("Reserve units of the chosen item (Ctrl+R)");
    action(Action::Reserve)->setEnabled(canReserve && itemChosen && onBrowse);
    action(Action::Reserve)->setToolTip(canReserve && !itemChosen ? tr("Choose an item first.") : reserveWhy);
    m_details->setReserveEnabled(canReserve, reserveWhy);
    action(Action::NewItem)->setEnabled(canReserve);
    action(Action::NewItem)
        ->setToolTip(!connected       ? notConnected
                         : canReserve ? tr("Add an item to the catalogue (Ctrl+N)")
                                      : tr("Only staff and managers can create items.") + who);

    QString importWhy =
        tr("Add items from a CSV file: name, description, quantity, price, category (Ctrl+I)");
    if (!connected)
        importWhy = notConnected;
    else if (!canReserve)
        importWhy = tr("Only staff and managers can import items.") + who;
    action(Action::Import)->setEnabled(canReserve);
    action(Action::Import)->setToolTip(importWhy);
    const bool hasRows = m_items->rowCount() > 0;
    action(Action::ExportView)->setEnabled(hasRows);
    action(Action::ExportView)
        ->setToolTip(hasRows ? tr("Write the items shown (%1) to a CSV file").arg(m_items->summaryText())
                             : tr("Nothing to export: choose a category or find items first."));
    const QString category = chosenCategory();
    QString escapedCategory = category;
    escapedCategory.replace(QLatin1Char('&'), QLatin1String("&&")); // not a shortcut
    action(Action::ExportCategory)->setEnabled(connected && !category.isEmpty());
    action(Action::ExportCategory)
        ->setText(category.isEmpty() ? tr("Export &Category to CSV…")
                                     : tr("Export &Category “%1” to CSV…").arg(escapedCategory));
    action(Action::ExportCategory)
        ->setToolTip(!connected               ? notConnected
                         : category.isEmpty() ? tr("Choose a category first.")
                                              : tr("Write every item of %1 to a CSV file").arg(category));
    action(Action::ExportAll)->setEnabled(connected);
    action(Action::ExportAll)->setToolTip(connected ? tr("Write every item to a CSV file") : notConnected);

    const bool canManage = m_session->canManage();
    const bool onReservations = m_tabs->currentIndex() == int(Tab::Reservations);
    const QList<Block> temporary = onReservations ? selectedBlocks(false) : QList<Block>();
    const QList<Block> releasable = onReservations ? selectedBlocks(true) : QList<Block>();
    struct Managed
    {
        Action action;
        bool hasTargets;
        QString allowed;
        QString refused;
    };
    const Managed managed[] = {
        { Action::Confirm, !temporary.isEmpty(),
          tr("Make the selected reservations permanent (order completed)"),
          tr("Only managers (inventory_manager) can confirm reservations.") },
        { Action::Release, !releasable.isEmpty(),
          tr("Cancel the selected reservations; their units go back to stock"),
          tr("Only managers (inventory_manager) can release reservations.") },
        { Action::Extend, !temporary.isEmpty(), tr("Move the expiry of the selected reservations later"),
          tr("Only managers (inventory_manager) can extend reservations.") },
        { Action::Cleanup, true, tr("Give back the units of expired reservations and remove them"),
          tr("Only managers (inventory_manager) can clean up expired reservations.") },
    };
    for (const Managed &m : managed) {
        QAction *a = action(m.action);
        a->setEnabled(canManage && m.hasTargets && !m_operationRunning);
        if (!connected)
            a->setToolTip(notConnected);
        else if (!canManage)
            a->setToolTip(m.refused + who);
        else if (!m.hasTargets)
            a->setToolTip(m.allowed + tr(" — select temporary reservations on the Reservations tab first."));
        else
            a->setToolTip(m.allowed);
    }
    action(Action::AutoCleanup)->setEnabled(canManage);
}

void MainWindow::ask(const QString &title, const QString &question, const QString &yesText,
                     std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmationBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->setDefaultButton(yes);
    connect(box, &QMessageBox::buttonClicked, this, [box, yes, onYes](QAbstractButton *button) {
        if (button == yes)
            onYes();
        box->close();
    });
    box->open();
}

namespace {

QString describeBlocks(const QList<Block> &blocks)
{
    QStringList lines;
    const int shown = qMin<int>(int(blocks.size()), 8);
    for (int i = 0; i < shown; ++i) {
        const Block &b = blocks.at(i);
        lines << MainWindow::tr("#%1: %2 × #%3 %4").arg(b.id).arg(b.quantity).arg(b.itemId).arg(b.itemName);
    }
    if (blocks.size() > shown)
        lines << plural(int(blocks.size() - shown), MainWindow::tr("… and 1 more"),
                        MainWindow::tr("… and %1 more"));
    return lines.join(QLatin1Char('\n'));
}

qint64 unitsOf(const QList<Block> &blocks)
{
    qint64 units = 0;
    for (const Block &b : blocks)
        units += b.quantity;
    return units;
}

QList<qint64> idsOf(const QList<Block> &blocks)
{
    QList<qint64> ids;
    for (const Block &b : blocks)
        ids << b.id;
    return ids;
}

} // namespace

void MainWindow::confirmSelected()
{
    const QList<Block> blocks = selectedBlocks(false);
    if (blocks.isEmpty() || !m_session->canManage())
        return;
    ask(tr("Confirm Reservations"),
        tr("Make %1 permanent? Their %2 stay out of stock for good and they no longer expire.\n\n%3")
            .arg(plural(int(blocks.size()), tr("1 reservation"), tr("%1 reservations")),
                 plural(int(unitsOf(blocks)), tr("1 unit"), tr("%1 units")), describeBlocks(blocks)),
        tr("&Confirm"), [this, ids = idsOf(blocks)] {
            runOnBlocks(
                ids,
                [](qint64 id) -> Result<QString> {
                    auto done = confirm(id);
                    if (!done)
                        return std::unexpected(done.error());
                    return QString();
                },
                plural(int(ids.size()), tr("1 reservation confirmed."), tr("%1 reservations confirmed.")));
        });
}

void MainWindow::releaseSelected()
{
    const QList<Block> blocks = selectedBlocks(true);
    if (blocks.isEmpty() || !m_session->canManage())
        return;
    ask(tr("Release Reservations"),
        tr("Release %1? Their %2 go back to stock and the reservations are cancelled.\n\n%3")
            .arg(plural(int(blocks.size()), tr("1 reservation"), tr("%1 reservations")),
                 plural(int(unitsOf(blocks)), tr("1 unit"), tr("%1 units")), describeBlocks(blocks)),
        tr("&Release"), [this, ids = idsOf(blocks)] {
            runOnBlocks(
                ids,
                [](qint64 id) -> Result<QString> {
                    auto done = release(id);
                    if (!done)
                        return std::unexpected(done.error());
                    return QString();
                },
                plural(int(ids.size()), tr("1 reservation released."), tr("%1 reservations released.")));
        });
}

void MainWindow::extendSelected()
{
    const QList<Block> blocks = selectedBlocks(false);
    if (blocks.isEmpty() || !m_session->canManage())
        return;
    auto *input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("extendInput"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Extend Reservations"));
    input->setLabelText(tr("Extend %1 by (30m, 1h, 2h30m, 1d):")
                            .arg(plural(int(blocks.size()), tr("1 reservation"), tr("%1 reservations"))));
    input->setTextValue(QStringLiteral("1h"));
    connect(input, &QInputDialog::textValueSelected, this, [this, blocks](const QString &text) {
        const auto ttl = parseDuration(text.trimmed());
        if (!ttl || *ttl <= std::chrono::seconds(0)) {
            showMessage(tr("'%1' is not a duration; write for example 30m, 1h or 2h30m.").arg(text), true);
            return;
        }
        const Ttl by = *ttl;
        ask(tr("Extend Reservations"),
            tr("Move the expiry of %1 %2 later?\n\n%3")
                .arg(plural(int(blocks.size()), tr("1 reservation"), tr("%1 reservations")),
                     formatDuration(by), describeBlocks(blocks)),
            tr("&Extend"), [this, ids = idsOf(blocks), by] {
                runOnBlocks(
                    ids,
                    [by](qint64 id) -> Result<QString> {
                        auto done = extend(id, by);
                        if (!done)
                            return std::unexpected(done.error());
                        return QString();
                    },
                    plural(int(ids.size()), tr("1 reservation extended."), tr("%1 reservations extended.")));
            });
    });
    input->open();
}

void MainWindow::runOnBlocks(const QList<qint64> &ids, std::function<Result<QString>(qint64)> operation,
                             const QString &doneText)
{
    m_operationRunning = true;
    updateActions();
    // Each block is its own round trip and its own decision on the server: one refused block
    // (expired meanwhile, say) does not undo the others.
    runAsync(
        this,
        [ids, operation] {
            QStringList refusals;
            int succeeded = 0;
            bool connectionLost = false;
            for (qint64 id : ids) {
                auto outcome = operation(id);
                if (outcome) {
                    ++succeeded;
                } else {
                    refusals << outcome.error().message;
                    if (outcome.error().isRetryable()) {
                        connectionLost = true;
                        break; // the rest would fail the same way
                    }
                }
            }
            return std::tuple<int, QStringList, bool>(succeeded, refusals, connectionLost);
        },
        [this, ids, doneText](const std::tuple<int, QStringList, bool> &outcome) {
            m_operationRunning = false;
            const auto &[succeeded, refusals, connectionLost] = outcome;
            QString message;
            if (refusals.isEmpty()) {
                message = doneText;
                showMessage(message);
            } else {
                message = tr("%1 of %2 done. %3")
                              .arg(succeeded)
                              .arg(ids.size())
                              .arg(refusals.join(QLatin1Char(' ')));
                showMessage(message, true);
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Everything Was Done"), message,
                                            QMessageBox::Ok, this);
                box->setObjectName(QStringLiteral("refusalBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            if (connectionLost)
                m_session->reportError(Error::connection(m_session->serverDescription(), refusals.last()));
            m_reservations->refresh();
            m_items->refresh();
            if (m_details->item().id != 0)
                m_details->blocksModel()->refresh();
            updateActions();
            emit operationFinished(message);
        });
}

// --- dialogs ----------------------------------------------------------------------------------

ReserveDialog *MainWindow::openReserveDialog()
{
    const Item item = m_details->item();
    if (item.id == 0 || !m_session->canReserve())
        return nullptr;
    auto *dialog = new ReserveDialog(item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReserveDialog::reserved, this, [this](const Reservation &reservation) {
        showMessage(tr("Reservation #%1 placed: %2 × #%3 %4.")
                        .arg(reservation.blockId)
                        .arg(reservation.quantityBlocked)
                        .arg(reservation.itemId)
                        .arg(reservation.itemName));
        m_items->refresh();
        m_details->blocksModel()->refresh();
        if (m_reservations->isActive())
            m_reservations->refresh();
    });
    dialog->open();
    return dialog;
}

void MainWindow::reserveSelected()
{
    openReserveDialog();
}

void MainWindow::newItem()
{
    if (!m_session->canReserve())
        return;
    QStringList names;
    for (const Category &c : m_categories->categories())
        names << c.name;
    auto *dialog = new NewItemDialog(names, m_items->category(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewItemDialog::created, this, [this](const Item &item) {
        showMessage(tr("Item #%1 %2 created.").arg(item.id).arg(item.name));
        m_categories->reload();
        // Show it: the list the user is looking at may not contain it.
        showTab(Tab::Browse);
        m_search->setText(QStringLiteral("#%1").arg(item.id));
        runSearch();
    });
    dialog->open();
}

CleanupDialog *MainWindow::openCleanupDialog()
{
    if (!m_session->canManage())
        return nullptr;
    auto *dialog = new CleanupDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CleanupDialog::cleanedUp, this, [this](const CleanupResult &result) {
        showMessage(CleanupDialog::describe(result));
        refreshAll();
    });
    dialog->open();
    return dialog;
}

void MainWindow::cleanup()
{
    openCleanupDialog();
}

QString MainWindow::chosenCategory() const
{
    const int row = m_categoriesView->currentSourceRow();
    return row >= 0 && row < m_categories->rowCount() ? m_categories->categories().at(row).name : QString();
}

void MainWindow::chooseImportFile()
{
    if (!m_session->canReserve())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Items from CSV"), m_settings->transferDirectory(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setTransferDirectory(QFileInfo(path).absolutePath());
    openImportDialog(path);
}

ImportDialog *MainWindow::openImportDialog(const QString &path)
{
    if (!m_session->canReserve())
        return nullptr;
    auto *dialog = new ImportDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const ImportResult &result) {
        showMessage(ImportDialog::describe(result));
        refreshAll();
    });
    connect(dialog, &ImportDialog::failed, this, [this](const Error &error) {
        showMessage(error.message, true);
        if (error.isRetryable())
            m_session->reportError(error);
        refreshAll(); // with the valid rows, the batches before the failure are in
    });
    dialog->open();
    return dialog;
}

QString MainWindow::askSavePath(const QString &title, const QString &suggestedName)
{
    // A category may hold characters a file name cannot.
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString path =
        QFileDialog::getSaveFileName(this, title, QDir(m_settings->transferDirectory()).filePath(name),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_settings->setTransferDirectory(QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::chooseExportViewFile()
{
    if (m_items->rowCount() == 0)
        return;
    const QString category = m_items->category();
    const QString path = askSavePath(tr("Export Current View to CSV"),
                                     (category.isEmpty() ? tr("items") : category) + QStringLiteral(".csv"));
    if (path.isEmpty())
        return;
    auto written = exportCurrentView(path);
    if (!written) {
        showMessage(written.error().message, true);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Exported"), written.error().message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("refusalBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    showMessage(ExportDialog::describe(*written, path));
}

Result<qint64> MainWindow::exportCurrentView(const QString &path)
{
    // The rows as the table shows them (its sort order); at most a page of items already in
    // memory, so written right here.
    const QSortFilterProxyModel *proxy = m_itemsView->proxy();
    QList<Item> items;
    items.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        items << m_items->item(proxy->mapToSource(proxy->index(row, 0)).row());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(
            Error::invalidInput(tr("file"), tr("cannot write '%1': %2").arg(path, file.errorString())));
    if (file.write(itemsToCsv(items)) < 0 || !file.commit())
        return std::unexpected(Error::server(tr("Cannot write '%1': %2").arg(path, file.errorString())));
    return items.size();
}

void MainWindow::chooseExportFile(bool wholeCategory)
{
    const QString category = wholeCategory ? chosenCategory() : QString();
    if (!m_session->isConnected() || (wholeCategory && category.isEmpty()))
        return;
    const QString path =
        askSavePath(wholeCategory ? tr("Export Category to CSV") : tr("Export All Items to CSV"),
                    (wholeCategory ? category : tr("all-items")) + QStringLiteral(".csv"));
    if (!path.isEmpty())
        openExportDialog(path, category);
}

ExportDialog *MainWindow::openExportDialog(const QString &path, const QString &category)
{
    qint64 expected = 0;
    for (const Category &c : m_categories->categories()) {
        if (category.isEmpty() || c.name == category)
            expected += c.itemCount;
    }
    auto *dialog = new ExportDialog(path, category, expected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](qint64 written, const QString &file) {
        showMessage(ExportDialog::describe(written, file));
    });
    connect(dialog, &ExportDialog::failed, this, [this](const Error &error) {
        showMessage(error.message, true);
        if (error.isRetryable())
            m_session->reportError(error);
    });
    dialog->open();
    return dialog;
}

AboutBox *MainWindow::openAboutBox()
{
    auto *box = new AboutBox(*m_session, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

void MainWindow::runAutoCleanup()
{
    if (!m_session->canManage() || m_operationRunning)
        return;
    runAsync(
        this, [] { return cleanupExpired(); },
        [this](const Result<CleanupResult> &result) {
            if (!result) {
                onModelError(result.error());
                return;
            }
            if (result->blocksRemoved > 0) {
                showMessage(tr("Automatic cleanup: %1").arg(CleanupDialog::describe(*result)));
                refreshAll();
            }
        });
}

void MainWindow::configureAutoCleanup()
{
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Automatic Cleanup"));
    input->setLabelText(tr("Clean up expired reservations every (minutes, 0 = never):"));
    input->setInputMode(QInputDialog::IntInput);
    input->setIntRange(0, 24 * 60);
    input->setIntValue(m_settings->autoCleanupMinutes());
    connect(input, &QInputDialog::intValueSelected, this, [this](int minutes) {
        m_settings->setAutoCleanupMinutes(minutes);
        if (minutes > 0)
            m_autoCleanup.start(minutes * 60 * 1000);
        else
            m_autoCleanup.stop();
        showMessage(
            minutes > 0 ? plural(
                minutes,
                tr("Expired reservations will be cleaned up every 1 minute while this window is open."),
                tr("Expired reservations will be cleaned up every %1 minutes while this window is open."))
                        : tr("Automatic cleanup is off."));
    });
    input->open();
}

void MainWindow::openConnectionDialog()
{
    ConnectionSettings current = m_settings->savedConnection().value_or(ConnectionSettings());
    auto *dialog = new ConnectionDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A new server: whatever the views show belongs to the old one.
        m_items->clear();
        m_reservations->clear();
        m_details->setItem({});
        m_pendingCategory = m_settings->lastCategory();
        if (dialog->useLocalDefault()) {
            m_settings->setSavedConnection(std::nullopt);
            m_session->start(localDefaultResolver(), tr("the local database"));
            return;
        }
        const ConnectionSettings settings = dialog->settings();
        m_settings->setSavedConnection(settings);
        if (dialog->rememberPassword()) {
            PasswordStore::write(
                this, passwordKey(settings), settings.password, [this](const QString &error) {
                    if (!error.isEmpty())
                        showMessage(tr("The password could not be kept in the keychain (%1); use ~/.pgpass.")
                                        .arg(error),
                                    true);
                });
        }
        m_session->start(settings);
    });
    dialog->open();
}

void MainWindow::showMessage(const QString &message, bool isError)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, isError ? 15000 : 8000);
    if (isError)
        qCInfo(lcUi) << message;
}

} // namespace inventory
