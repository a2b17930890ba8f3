#include "mainwindow.h"

#include "aboutbox.h"
#include "asyncrunner.h"
#include "blocksmodel.h"
#include "browsepane.h"
#include "categoriesmodel.h"
#include "cleanupdialog.h"
#include "connection.h"
#include "connectiondialog.h"
#include "countpane.h"
#include "dashboardpane.h"
#include "desksettings.h"
#include "exportdialog.h"
#include "historypane.h"
#include "importdialog.h"
#include "itemdetails.h"
#include "languagemenu.h"
#include "itemsmodel.h"
#include "itemtransfer.h"
#include "localcluster.h"
#include "logging.h"
#include "lowstockpane.h"
#include "operations.h"
#include "passwordstore.h"
#include "reservationspane.h"
#include "stockactions.h"
#include "tableview.h"
#include "statuscolor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace inventory {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_settings(new DeskSettings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Inventory Desk"));
    setWindowIcon(icon("inventory-desk"));
    m_browse = new BrowsePane(m_session, m_settings, this);
    m_reservationsPane = new ReservationsPane(m_session, m_settings, this);
    connect(m_reservationsPane, &ReservationsPane::itemRequested, m_browse, &BrowsePane::goToItem);
    connect(m_reservationsPane, &ReservationsPane::operationFinished, this, &MainWindow::operationFinished);
    m_history = new HistoryPane(m_session, m_settings, this);
    m_lowStock = new LowStockPane(m_session, m_settings, this);
    m_count = new CountPane(m_session, m_settings, this);
    m_dashboard = new DashboardPane(m_session, m_settings, this);
    m_stock = new StockActions(m_session, this, m_settings);
    connect(m_lowStock, &LowStockPane::itemActivated, m_browse, &BrowsePane::goToItem);
    // The dashboard's bars, points and figures lead to the views with their details.
    connect(m_dashboard, &DashboardPane::itemActivated, m_browse, &BrowsePane::goToItem);
    connect(m_dashboard, &DashboardPane::categoryRequested, this, [this](const QString &category) {
        showTab(Tab::Browse);
        selectCategory(category);
    });
    connect(m_dashboard, &DashboardPane::expiringRequested, this, [this](const QDateTime &from, const QDateTime &until) {
        m_reservationsPane->showExpiring(from, until);
        showTab(Tab::Reservations);
    });
    connect(m_dashboard, &DashboardPane::historyRequested, this, [this](const HistoryFilter &filter) {
        m_history->showFilter(filter);
        showTab(Tab::History);
    });
    connect(m_dashboard, &DashboardPane::lowStockRequested, this, [this] { showTab(Tab::LowStock); });
    connect(m_stock, &StockActions::message, this, &MainWindow::showMessage);
    connect(m_stock, &StockActions::failed, this, &MainWindow::onModelError);
    connect(m_stock, &StockActions::stockChanged, this, &MainWindow::refreshAll);
    connect(m_stock, &StockActions::countOpened, this, [this](const StockCount &count) {
        m_count->reloadCounts(count.id);
        showTab(Tab::Count);
    });
    // The stock actions follow the item chosen on the Browse tab and the category list.
    connect(m_browse, &Pane::actionsChanged, this, [this] { m_stock->setItem(m_browse->itemDetails()->item()); });
    connect(m_browse->categoriesModel(), &CategoriesModel::loaded, this, [this] {
        QStringList names;
        for (const Category &c : m_browse->categoriesModel()->categories())
            names << c.name;
        m_stock->setCategories(m_browse->categoriesModel()->categories(), m_browse->chosenCategory());
        m_lowStock->setCategories(names);
        // A manager starts the day on the Dashboard, staff on Browse, where their work is: once
        // the first categories are in (the first one is chosen then, which shows Browse).
        if (!m_landed && m_session->isConnected()) {
            m_landed = true;
            if (m_session->canManage() && isDashboardShown())
                showTab(Tab::Dashboard);
        }
    });
    m_count->setNewCountAction(m_stock->action(StockActions::Action::NewCount));
    buildActions();
    buildUi();
    restoreLayout();

    connect(m_session, &Session::stateChanged, this, &MainWindow::onSessionState);
    connect(m_session, &Session::connected, this, &MainWindow::onConnected);

    // Live updates: the visible view is re-read every 1.5 s (see Pane::liveRefresh()).
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
    // The panes keep a pointer to the settings: they go first.
    delete m_mainSplitter;
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
        if (auto standbys = ConnectionSettings::parseHostList(m_settings->savedReadHosts(), tr("read from standbys")))
            m_session->setReadHosts(*standbys);
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

CategoriesModel *MainWindow::categoriesModel() const { return m_browse->categoriesModel(); }
ItemsModel *MainWindow::itemsModel() const { return m_browse->itemsModel(); }
BlocksModel *MainWindow::reservationsModel() const { return m_reservationsPane->model(); }
ItemDetails *MainWindow::itemDetails() const { return m_browse->itemDetails(); }
TableView *MainWindow::categoriesView() const { return m_browse->categoriesView(); }
TableView *MainWindow::itemsView() const { return m_browse->itemsView(); }
TableView *MainWindow::reservationsView() const { return m_reservationsPane->view(); }
QLineEdit *MainWindow::searchBox() const { return m_browse->searchBox(); }

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
    // The panes' own actions, under the names the menus and the tests use.
    m_actions.insert(int(Action::NewItem), m_browse->newItemAction());
    m_actions.insert(int(Action::Reserve), m_browse->reserveAction());
    m_actions.insert(int(Action::Confirm), m_reservationsPane->confirmAction());
    m_actions.insert(int(Action::Release), m_reservationsPane->releaseAction());
    m_actions.insert(int(Action::Extend), m_reservationsPane->extendAction());
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
    itemMenu->addAction(m_browse->findAction());
    itemMenu->addAction(m_browse->goToItemAction());
    itemMenu->setToolTipsVisible(true);
    itemMenu->addSeparator();
    itemMenu->addAction(m_stock->action(StockActions::Action::EditItem));
    itemMenu->addAction(m_stock->action(StockActions::Action::ItemHistory));
    itemMenu->addAction(m_stock->action(StockActions::Action::Archive));
    itemMenu->addAction(m_stock->action(StockActions::Action::Unarchive));
    auto *stockMenu = menuBar()->addMenu(tr("&Stock"));
    stockMenu->setToolTipsVisible(true);
    stockMenu->addAction(m_stock->action(StockActions::Action::Receive));
    stockMenu->addAction(m_stock->action(StockActions::Action::Adjust));
    stockMenu->addAction(m_stock->action(StockActions::Action::Undo));
    stockMenu->addSeparator();
    stockMenu->addAction(m_stock->action(StockActions::Action::NewCount));
    auto *reservationMenu = menuBar()->addMenu(tr("&Reservations"));
    reservationMenu->addAction(action(Action::Confirm));
    reservationMenu->addAction(action(Action::Release));
    reservationMenu->addAction(action(Action::Extend));
    reservationMenu->addSeparator();
    reservationMenu->addAction(action(Action::Cleanup));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(action(Action::Refresh));
    m_viewMenu->addSeparator();
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
    toolbar->addAction(m_stock->action(StockActions::Action::Receive));
    toolbar->addAction(m_stock->action(StockActions::Action::Adjust));
    toolbar->addSeparator();
    for (Action a : { Action::Confirm, Action::Release, Action::Extend, Action::Cleanup })
        toolbar->addAction(action(a));

    m_tabs = new QTabWidget(this);
    addPane(m_dashboard, 0);
    addPane(m_browse, 1);
    addPane(m_reservationsPane, 2);
    addPane(m_history, 3);
    addPane(m_lowStock, 4);
    addPane(m_count, 5);
    m_tabs->setCurrentWidget(m_browse);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        for (Pane *pane : m_panes)
            pane->setCurrent(pane == currentPane());
        updateActions();
    });
    m_browse->setCurrent(true);
    m_viewMenu->addSeparator();
    m_dashboardShown = m_viewMenu->addAction(tr("Show Dashboard &Tab"), this, &MainWindow::setDashboardShown);
    m_dashboardShown->setCheckable(true);
    m_dashboardShown->setChecked(true);
    setDashboardShown(m_settings->showDashboard());
    m_viewMenu->addMenu(new LanguageMenu(m_settings, this));

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_browse->categoriesPanel());
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setSizes({ 320, 880 });
    setCentralWidget(m_mainSplitter);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_serverLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_stock->createUndoButton(this)); // beside the message it undoes
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::addPane(Pane *pane, int number)
{
    m_tabs->addTab(pane, pane->icon(), pane->title());
    m_panes << pane;
    // View → the pane's tab: Ctrl+1 Browse, Ctrl+2 Reservations, … whether or not the Dashboard
    // (Ctrl+0) is shown before them.
    auto *show = m_viewMenu->addAction(pane->title(), this, [this, pane] { showPane(pane); });
    show->setShortcut(QKeySequence(tr("Ctrl+%1").arg(number)));
    connect(pane, &Pane::message, this, &MainWindow::showMessage);
    connect(pane, &Pane::failed, this, &MainWindow::onModelError);
    connect(pane, &Pane::stockChanged, this, &MainWindow::refreshAll);
    connect(pane, &Pane::actionsChanged, this, &MainWindow::updateActions);
    connect(pane, &Pane::showRequested, this, [this, pane] { showPane(pane); });
}

void MainWindow::showPane(Pane *pane)
{
    if (m_tabs->indexOf(pane) >= 0) // a hidden Dashboard stays hidden
        m_tabs->setCurrentWidget(pane);
}

void MainWindow::setDashboardShown(bool shown)
{
    m_settings->setShowDashboard(shown);
    const QSignalBlocker blocker(m_dashboardShown);
    m_dashboardShown->setChecked(shown);
    const int index = m_tabs->indexOf(m_dashboard);
    if (shown && index < 0) {
        m_tabs->insertTab(0, m_dashboard, m_dashboard->icon(), m_dashboard->title());
    } else if (!shown && index >= 0) {
        m_tabs->removeTab(index);
        m_dashboard->clear(); // reads nothing while hidden
    }
}

bool MainWindow::isDashboardShown() const
{
    return m_tabs->indexOf(m_dashboard) >= 0;
}

Pane *MainWindow::currentPane() const
{
    return qobject_cast<Pane *>(m_tabs->currentWidget());
}

void MainWindow::restoreLayout()
{
    resize(1100, 720);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    m_mainSplitter->restoreState(m_settings->splitterState(m_mainSplitter->objectName()));
    for (Pane *pane : m_panes)
        pane->restoreLayout();
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_mainSplitter->objectName(), m_mainSplitter->saveState());
    for (Pane *pane : m_panes)
        pane->saveLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showTab(Tab tab)
{
    Pane *panes[] = { m_browse, m_reservationsPane, m_history, m_lowStock, m_count, m_dashboard };
    showPane(panes[int(tab)]);
}

bool MainWindow::selectCategory(const QString &category)
{
    return m_browse->selectCategory(category);
}

bool MainWindow::selectItem(qint64 id)
{
    return m_browse->selectItem(id);
}

void MainWindow::selectReservations(const QList<qint64> &ids)
{
    m_reservationsPane->selectReservations(ids);
}

void MainWindow::setReservationFilter(std::optional<BlockState> state, bool mineOnly)
{
    m_reservationsPane->setFilter(state, mineOnly);
}

ReserveDialog *MainWindow::openReserveDialog()
{
    return m_browse->openReserveDialog();
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
    if (state == Session::State::Lost || state == Session::State::Failed
        || !m_session->info().reads.primaryProblem.isEmpty())
        style = statusStyle(Status::Problem, true);
    else if (state == Session::State::Connecting)
        style = statusStyle(Status::Warning);
    m_connectionLabel->setStyleSheet(style);
    if (state == Session::State::Failed)
        m_connectionLabel->setToolTip(m_session->lastError().message);
    else if (!m_session->info().reads.primaryProblem.isEmpty())
        m_connectionLabel->setToolTip(m_session->info().reads.primaryProblem);
    else
        m_connectionLabel->setToolTip({});

    const SessionInfo &info = m_session->info();
    // The server as the desk calls it, its full description on hover.
    const QString server = m_session->serverDescription();
    QString shown = m_session->serverShownAs();
    QString tip = server;
    if (info.reads.routed && !info.reads.server.isEmpty()) {
        // Where browsing is served from, and how far that standby is behind.
        const QString where = info.reads.standby ? tr("standby %1").arg(info.reads.server)
                                                 : tr("primary %1").arg(info.reads.server);
        const QString lag = info.reads.replayLagMs
            ? tr(", lag %1 s").arg(QLocale().toString(double(*info.reads.replayLagMs) / 1000.0, 'f', 1))
            : QString();
        shown = tr("%1 · reads: %2%3").arg(shown, where, lag);
        tip = tr("Writes: %1\nReads: %2%3").arg(server, where, lag);
    }
    m_serverLabel->setText(shown);
    m_serverLabel->setToolTip(tip);
    if (!info.user.isEmpty()) {
        const QString role = info.isManager || info.isOwner ? tr("manager")
            : info.isStaff                                  ? tr("staff")
                                                            : tr("no inventory role");
        m_userLabel->setText(tr("%1 (%2)").arg(info.user, role));
        setWindowTitle(tr("Inventory Desk — %1").arg(m_session->serverDescription()));
    } else {
        m_userLabel->clear();
    }
    for (Pane *pane : m_panes)
        pane->updateActions();
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
    for (Pane *pane : m_panes)
        pane->refresh();
}

void MainWindow::liveTick()
{
    if (!isVisible() || isMinimized() || !m_session->isConnected())
        return;
    ++m_liveTicks;
    for (Pane *pane : m_panes)
        pane->liveRefresh(m_liveTicks);
}

// The window's own actions; each pane enables its own (Pane::updateActions()).
void MainWindow::updateActions()
{
    const bool connected = m_session->isConnected();
    const QString notConnected = tr("Not connected to the server.");
    const SessionInfo &info = m_session->info();
    const QString who = info.user.isEmpty() ? QString() : tr(" You are %1.").arg(info.user);
    const bool canReserve = m_session->canReserve();

    QString importWhy =
        tr("Add items from a CSV file: name, description, quantity, price, category (Ctrl+I)");
    if (!connected)
        importWhy = notConnected;
    else if (!canReserve)
        importWhy = tr("Only staff and managers can import items.") + who;
    action(Action::Import)->setEnabled(canReserve);
    action(Action::Import)->setToolTip(importWhy);
    ItemsModel *items = m_browse->itemsModel();
    const bool hasRows = items->rowCount() > 0;
    action(Action::ExportView)->setEnabled(hasRows);
    action(Action::ExportView)
        ->setToolTip(hasRows ? tr("Write the items shown (%1) to a CSV file").arg(items->summaryText())
                             : tr("Nothing to export: choose a category or find items first."));
    const QString category = m_browse->chosenCategory();
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
    QAction *cleanupAction = action(Action::Cleanup);
    cleanupAction->setEnabled(canManage && !m_reservationsPane->isBusy());
    cleanupAction->setToolTip(
        !connected     ? notConnected
            : canManage ? tr("Give back the units of expired reservations and remove them")
                        : tr("Only managers (inventory_manager) can clean up expired reservations.") + who);
    action(Action::AutoCleanup)->setEnabled(canManage);
}

// --- dialogs ----------------------------------------------------------------------------------

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
    if (itemsModel()->rowCount() == 0)
        return;
    const QString category = itemsModel()->category();
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
    const QSortFilterProxyModel *proxy = itemsView()->proxy();
    QList<Item> items;
    items.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        items << itemsModel()->item(proxy->mapToSource(proxy->index(row, 0)).row());
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
    const QString category = wholeCategory ? m_browse->chosenCategory() : QString();
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
    for (const Category &c : categoriesModel()->categories()) {
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
    if (!m_session->canManage() || m_reservationsPane->isBusy())
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
            minutes > 0 ? tr("Expired reservations will be cleaned up every %Ln minute(s) while this window is open.",
                             "", minutes)
                        : tr("Automatic cleanup is off."));
    });
    input->open();
}

void MainWindow::openConnectionDialog()
{
    ConnectionSettings current = m_settings->savedConnection().value_or(ConnectionSettings());
    auto *dialog = new ConnectionDialog(current, m_settings->savedReadHosts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A new server: whatever the views show belongs to the old one.
        for (Pane *pane : m_panes)
            pane->clear();
        m_browse->setPendingCategory(m_settings->lastCategory());
        if (dialog->useLocalDefault()) {
            m_settings->setSavedConnection(std::nullopt);
            m_session->start(localDefaultResolver(), tr("the local database"));
            return;
        }
        const ConnectionSettings settings = dialog->settings();
        m_settings->setSavedConnection(settings);
        m_settings->setSavedReadHosts(dialog->readHosts());
        m_session->setReadHosts(ConnectionSettings::parseHostList(dialog->readHosts(), {}).value_or(QList<HostPort>()));
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
