#pragma once

#include "benchrunner.h"
#include "error.h"

#include <QList>
#include <QString>
#include <functional>

/// The dashboard's part of `inventoryctl bench`: a history generated first, then each figure's
/// query (inventory::stockByCategory, expiringReservations, …) as a workload the benchmark
/// measures like any other read.
namespace dashboardbench {

/// How much history to generate.
struct DashboardHistory
{
    int days = 30; ///< of movements and reservation events, ending now
    qint64 reservationsPerDay = 0; ///< each with its outcome (confirmed, released or expired)
    qint64 movementsPerDay = 0; ///< receipts, returns, adjustments, counts
    qint64 liveReservations = 0; ///< temporary ones expiring over the next 24 hours
};

struct DashboardHistoryMade
{
    qint64 movements = 0;
    qint64 events = 0; ///< block events, today's included
    qint64 todaysEvents = 0;
    qint64 liveReservations = 0;
    qint64 reorderPoints = 0; ///< items given a reorder point (none had one)
};

/// Writes the history as the owner, in statements of a month each, with `progress` told how far
/// it got. The movements are history only (the items' quantities are left as they are, so
/// `check` reports the items they name as drifted); the live reservations take their units from
/// their items like real ones.
inventory::Result<DashboardHistoryMade>
makeDashboardHistory(const DashboardHistory &history, const std::function<void(const QString &)> &progress);

struct DashboardWorkload
{
    QString name; ///< the figure's name: "dashboard-…"
    std::function<bool(QString &error)> run;
};

/// One workload per figure, as the desk's dashboard calls them.
QList<DashboardWorkload> dashboardWorkloads();

/// The dashboard phase of `inventoryctl bench`: a history of `days` sized for `itemCount` items
/// (its making reported as the figure "dashboard-history"), then each workload on `readers`
/// threads, each figure handed to `report` as it comes.
inventory::Result<bool> measureDashboard(benchrunner::Bench &bench, int readers, qint64 itemCount, int days,
                                         const std::function<void(const benchrunner::Figure &)> &report);

} // namespace dashboardbench
