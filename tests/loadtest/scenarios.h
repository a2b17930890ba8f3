#pragma once

#include "stats.h"

#include <QJsonArray>
#include <QStringList>
#include <array>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace loadtest {

struct Target;

/// What the virtual users pick from: the items set up for the run and the categories' top paths.
struct Catalogue
{
    std::vector<qint64> itemIds;
    QStringList categories;
    std::vector<std::string> topPaths; ///< percent-encoded, one per category
};

/// The server's resident memory now, in KiB (0 when it is not known: a server we did not start).
using ResidentKb = std::function<qint64()>;

// ----- the original system's load test --------------------------------------------------------

struct OriginalOptions
{
    int users = 1000;
    double rampSeconds = 30;
    double holdSeconds = 60;
    double thinkSeconds = 1;
    double confirmFraction = 0.3; ///< of successful reservations, made permanent
    quint64 seed = 1;
};

/// Endpoints of one iteration, in the order a user calls them.
enum Endpoint { TopItems, ItemById, Reserve, Confirm, EndpointCount };
QString endpointName(int endpoint);

struct OriginalResult
{
    /// Requests started once every user was running (the figures "at N users"), and during the
    /// ramp, per endpoint.
    std::array<EndpointStats, EndpointCount> hold;
    std::array<EndpointStats, EndpointCount> ramp;
    EndpointStats holdAll;
    EndpointStats rampAll;
    int peakUsers = 0;
    int peakInFlight = 0; ///< requests awaiting an answer at once, at most
    qint64 iterations = 0;
    qint64 connects = 0; ///< TCP connections made (the users' count when every one was kept alive)
    qint64 peakRssKb = 0; ///< the server's, sampled every 250 ms while every user ran
    /// One entry a second: {t, users, requests, errors} (completed in that second).
    QJsonArray timeline;
};

OriginalResult runOriginal(const Target &target, const Catalogue &catalogue, const OriginalOptions &options,
                           const ResidentKb &residentKb);

// ----- the server's memory with many idle keep-alive connections ------------------------------

struct IdleResult
{
    int wanted = 0;
    int opened = 0; ///< connections whose first request was answered
    int keptAlive = 0; ///< of those, answered again on the same connection after the pause
    double pauseSeconds = 0;
    qint64 rssBeforeKb = 0;
    qint64 rssOpenKb = 0; ///< with the connections open and idle
    qint64 rssAfterCloseKb = 0;
    EndpointStats first;
    EndpointStats again;
};

/// Opens `connections` connections, one request each (50 at a time), leaves them idle for the
/// pause, reads the server's memory, then asks once more on each to see they were kept.
IdleResult runIdleConnections(const Target &target, const Catalogue &catalogue, int connections,
                              double pauseSeconds, const ResidentKb &residentKb);

// ----- closed loops without think time ----------------------------------------------------------

using ItemPicker = std::function<qint64(std::mt19937_64 &random)>;

/// `connections` keep-alive connections, each reserving 1 unit of `pick()` back to back for
/// `seconds` (POST /api/items/block/temporary). Throughput is over the phase's wall time.
EndpointStats runHttpReserves(const Target &target, int connections, double seconds, const ItemPicker &pick,
                              quint64 seed);

} // namespace loadtest
