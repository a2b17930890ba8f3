#pragma once

#include "pane.h"
#include "stock.h"

#include <QDateTime>

class QChart;
class QLabel;
class QPushButton;

namespace inventory {

class ChartView;
class DashboardModel;
class TableView;

/// The Dashboard tab: the morning's picture at a glance. The day's reservations as labelled
/// figures, units in stock by category (bars), reservations expiring in the next 24 hours (per
/// hour), stock movements per day over the last 30 days by reason (stacked bars), and the items
/// below their reorder point. Every bar, point, figure and row leads to the view that shows its
/// details (the window connects the signals below); every one is reachable with the keyboard.
/// Refreshes with the window's live interval while it is the current tab.
class DashboardPane : public Pane
{
    Q_OBJECT
public:
    DashboardPane(Session *session, DeskSettings *settings, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    void liveRefresh(int tick) override;
    void clear() override;
    void updateActions() override { }

    /// Loads unless already loaded.
    void activate();

    DashboardModel *model() const { return m_model; }
    ChartView *stockChart() const { return m_stockChart; }
    ChartView *expiringChart() const { return m_expiringChart; }
    ChartView *movementsChart() const { return m_movementsChart; }
    TableView *lowItemsView() const { return m_lowView; }
    /// The day's figures: reserved, confirmed, released, expired.
    QList<QPushButton *> dayFigures() const { return m_dayButtons; }
    QPushButton *lowFigure() const { return m_lowButton; }
    /// "As of 14:32" or "Loading…".
    QString statusText() const;

    /// The category a bar of the stock chart stands for (empty for "other" and "no category").
    QString categoryAt(int index) const;
    /// The reason code and the day a bar of the movements chart stands for.
    std::pair<QString, QDate> movementAt(int index, int set) const;

signals:
    /// Show this category on the Browse tab.
    void categoryRequested(const QString &category);
    /// Show the running reservations, those expiring in [from, until) selected.
    void expiringRequested(const QDateTime &from, const QDateTime &until);
    /// Show the history with these filters.
    void historyRequested(const inventory::HistoryFilter &filter);
    /// Open this item (on the Browse tab).
    void itemActivated(qint64 itemId);
    /// Show the Low Stock tab.
    void lowStockRequested();

protected:
    void currentChanged() override;

private:
    void rebuild();
    void rebuildStock();
    void rebuildExpiring();
    /// How many hours apart the expiring chart names its hours: every third where the clock
    /// times fit, fewer in a narrow window rather than cut ("06:…").
    int expiringLabelStep() const;
    void labelExpiringHours();
    void rebuildMovements();
    void updateFigures();
    void updateStatus();
    /// The start of `day` where the viewer is, as the model counts days.
    QDateTime startOf(const QDate &day) const;

    DashboardModel *m_model;
    QList<QPushButton *> m_dayButtons;
    QPushButton *m_lowButton;
    QLabel *m_status;
    ChartView *m_stockChart;
    ChartView *m_expiringChart;
    ChartView *m_movementsChart;
    TableView *m_lowView;
    QStringList m_stockCategories; ///< per bar of the stock chart, bottom to top
    QStringList m_movementReasons; ///< per set of the movements chart
    int m_expiringStep = 0; ///< hours between the names on the expiring chart, as drawn
};

} // namespace inventory
