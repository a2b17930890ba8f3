#pragma once

#include "error.h"
#include "session.h"
#include "types.h"

#include <QMainWindow>
#include <QTimer>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;

namespace inventory {

class AboutBox;
class BlocksModel;
class CategoriesModel;
class CleanupDialog;
class DeskSettings;
class ExportDialog;
class ImportDialog;
class ItemDetails;
class ItemsModel;
class ReserveDialog;
class TableView;

/// The desk: categories on the left, their top items and the chosen item's details in the
/// middle, every reservation on a second tab; toolbar actions enabled by role; the connection
/// state in the status bar. Nothing here waits for the server.
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
    enum class Tab { Browse, Reservations };

    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects the way the settings say: the server saved from the connection dialog (its
    /// password from the keychain), else the PG* environment, else the local default.
    void connectAsConfigured();
    /// The local default (a private cluster with demo data), prepared off the GUI thread.
    static Session::Resolver localDefaultResolver();

    QAction *action(Action action) const;
    Session *session() const { return m_session; }
    CategoriesModel *categoriesModel() const { return m_categories; }
    ItemsModel *itemsModel() const { return m_items; }
    BlocksModel *reservationsModel() const { return m_reservations; }
    ItemDetails *itemDetails() const { return m_details; }
    TableView *categoriesView() const { return m_categoriesView; }
    TableView *itemsView() const { return m_itemsView; }
    TableView *reservationsView() const { return m_reservationsView; }
    QLineEdit *searchBox() const { return m_search; }

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
    void restoreLayout();
    void saveLayout();

    void onSessionState();
    void onConnected();
    void onModelError(const Error &error);
    void onCategoriesLoaded();
    void onCategoryChosen();
    void onItemsLoaded();
    void onCurrentItemChanged();
    void onSearchEdited();
    void runSearch();
    void applyReservationFilter();
    void updateActions();
    void liveTick();
    void refreshAll();

    void newItem();
    void reserveSelected();
    void confirmSelected();
    void releaseSelected();
    void extendSelected();
    void cleanup();
    void openConnectionDialog();
    void chooseImportFile();
    void chooseExportViewFile();
    void chooseExportFile(bool wholeCategory);
    /// Asks where to save a CSV file, starting with `suggestedName`; empty if cancelled.
    QString askSavePath(const QString &title, const QString &suggestedName);
    /// The category chosen in the list, or empty.
    QString chosenCategory() const;
    void configureAutoCleanup();
    void runAutoCleanup();

    /// The selected reservations that are still temporary (or expired, for release).
    QList<Block> selectedBlocks(bool includeExpired) const;
    /// Asks `question` in a window-modal box; `onYes` runs if the user agrees.
    void ask(const QString &title, const QString &question, const QString &yesText,
             std::function<void()> onYes);
    /// Runs `operation` on each block off the GUI thread, then reports the outcome.
    void runOnBlocks(const QList<qint64> &ids, std::function<Result<QString>(qint64)> operation,
                     const QString &doneText);
    void showMessage(const QString &message, bool isError = false);

    Session *m_session;
    DeskSettings *m_settings;
    CategoriesModel *m_categories;
    ItemsModel *m_items;
    BlocksModel *m_reservations;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_categoryFilter = nullptr;
    TableView *m_categoriesView = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_itemsSummary = nullptr;
    TableView *m_itemsView = nullptr;
    ItemDetails *m_details = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_browseSplitter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QCheckBox *m_mineOnly = nullptr;
    QLineEdit *m_itemFilter = nullptr;
    TableView *m_reservationsView = nullptr;
    QLabel *m_reservationsSummary = nullptr;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;

    QHash<int, QAction *> m_actions;
    QTimer m_searchDebounce;
    QTimer m_live;
    QTimer m_autoCleanup;
    int m_liveTicks = 0;
    QString m_pendingCategory; ///< to choose once the list is in
    QString m_lastMessage;
    bool m_operationRunning = false;
};

} // namespace inventory
