#pragma once

#include "error.h"
#include "session.h"
#include "types.h"

#include <QMainWindow>
#include <QTimer>
#include <functional>

class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;

namespace inventory {

class AboutBox;
class BlocksModel;
class BrowsePane;
class CategoriesModel;
class CleanupDialog;
class CountPane;
class DashboardPane;
class DeskSettings;
class ExportDialog;
class HistoryPane;
class ImportDialog;
class ItemDetails;
class ItemsModel;
class LowStockPane;
class Pane;
class ReservationsPane;
class ReserveDialog;
class StockActions;
class TableView;

/// The desk: the categories on the left, one tab per pane (browse, reservations, …) beside
/// them, the toolbar and menus, the connection state in the status bar. Each pane owns its
/// models, filters and actions; the window composes them and routes what they share (refresh,
/// the session and its roles, the status bar). Nothing here waits for the server.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Action {
        Refresh,
        NewItem,
        Reserve,
        Confirm,
        Release,
        Extend,
        Cleanup,
        Connect,
        AutoCleanup,
        Import,
        ExportView,
        ExportAll,
        ExportCategory,
        About,
    };
    /// The tabs (not their positions: the Dashboard comes first while it is shown).
    enum class Tab { Browse, Reservations, History, LowStock, Count, Dashboard };

    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects the way the settings say: the server saved from the connection dialog (its
    /// password from the keychain), else the PG* environment, else the local default.
    void connectAsConfigured();
    /// The local default (a private cluster with demo data), prepared off the GUI thread.
    static Session::Resolver localDefaultResolver();

    QAction *action(Action action) const;
    Session *session() const { return m_session; }
    BrowsePane *browsePane() const { return m_browse; }
    ReservationsPane *reservationsPane() const { return m_reservationsPane; }
    HistoryPane *historyPane() const { return m_history; }
    LowStockPane *lowStockPane() const { return m_lowStock; }
    CountPane *countPane() const { return m_count; }
    DashboardPane *dashboardPane() const { return m_dashboard; }
    /// Shows or hides the Dashboard tab (View → Show Dashboard Tab), remembered in the settings.
    void setDashboardShown(bool shown);
    bool isDashboardShown() const;
    /// Receive, adjust, edit, archive the chosen item; new counts; undo.
    StockActions *stockActions() const { return m_stock; }
    CategoriesModel *categoriesModel() const;
    ItemsModel *itemsModel() const;
    BlocksModel *reservationsModel() const;
    ItemDetails *itemDetails() const;
    TableView *categoriesView() const;
    TableView *itemsView() const;
    TableView *reservationsView() const;
    QLineEdit *searchBox() const;

    void showTab(Tab tab);
    /// Chooses a category in the list, as a click would.
    bool selectCategory(const QString &category);
    /// Makes item `id` current in the items table, if it is shown.
    bool selectItem(qint64 id);
    /// Selects the reservations with these ids in the reservations table.
    void selectReservations(const QList<qint64> &ids);
    void setReservationFilter(std::optional<BlockState> state, bool mineOnly = false);

    ReserveDialog *openReserveDialog();
    CleanupDialog *openCleanupDialog();
    /// The import of `path` (File → Import Items from CSV… once the file is chosen).
    ImportDialog *openImportDialog(const QString &path);
    /// Every item (`category` empty) or one category's, to `path`, with progress.
    ExportDialog *openExportDialog(const QString &path, const QString &category);
    /// Writes the items table as shown (its rows, in its order) to `path`; returns how many.
    Result<qint64> exportCurrentView(const QString &path);
    AboutBox *openAboutBox();

    /// The status bar's connection text ("Connected", "Lost connection to …; retrying…").
    QString connectionText() const;
    /// The last outcome of a manager action, as shown in the status bar.
    QString lastMessage() const { return m_lastMessage; }

    /// How often open views are refreshed while the window is shown (live updates).
    void setLiveInterval(int ms);

signals:
    /// A confirm/release/extend on the selected reservations has finished; `message` is what the
    /// user was told.
    void operationFinished(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildUi();
    /// Adds `pane` as the next tab, shown by Ctrl+`number`, and routes its signals.
    void addPane(Pane *pane, int number);
    void showPane(Pane *pane);
    Pane *currentPane() const;
    void restoreLayout();
    void saveLayout();

    void onSessionState();
    void onConnected();
    void onModelError(const Error &error);
    void updateActions();
    void liveTick();
    void refreshAll();

    void cleanup();
    void openConnectionDialog();
    void chooseImportFile();
    void chooseExportViewFile();
    void chooseExportFile(bool wholeCategory);
    /// Asks where to save a CSV file, starting with `suggestedName`; empty if cancelled.
    QString askSavePath(const QString &title, const QString &suggestedName);
    void configureAutoCleanup();
    void runAutoCleanup();
    void showMessage(const QString &message, bool isError = false);

    Session *m_session;
    DeskSettings *m_settings;
    BrowsePane *m_browse = nullptr;
    ReservationsPane *m_reservationsPane = nullptr;
    HistoryPane *m_history = nullptr;
    LowStockPane *m_lowStock = nullptr;
    CountPane *m_count = nullptr;
    DashboardPane *m_dashboard = nullptr;
    QAction *m_dashboardShown = nullptr;
    bool m_landed = false; ///< the first connection chose the tab to start on
    StockActions *m_stock = nullptr;
    QList<Pane *> m_panes;

    QTabWidget *m_tabs = nullptr;
    QMenu *m_viewMenu = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;

    QHash<int, QAction *> m_actions;
    QTimer m_live;
    QTimer m_autoCleanup;
    int m_liveTicks = 0;
    QString m_lastMessage;
};

} // namespace inventory
