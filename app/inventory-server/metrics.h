#pragma once

#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <chrono>
#include <map>
#include <tuple>

namespace server {

/// Counters for /metrics in Prometheus' text format. Only the I/O thread records and renders,
/// so nothing here is locked. Routes are patterns ("/api/items/:id"), never raw paths, so the
/// number of series stays bounded whatever clients send.
class Metrics
{
public:
    void recordRequest(const QString &route, const QByteArray &method, int status, std::chrono::nanoseconds duration);
    void recordDatabaseError(inventory::Error::Kind kind);
    void recordRejectedConnection() { ++m_rejectedConnections; }
    /// A reservation call of `size` requests (1: alone).
    void recordReservationBatch(int size);

    struct Gauges
    {
        int openConnections = 0;
        int queueDepth = 0;
        int queueCapacity = 0;
        int workers = 0;
        qint64 residentBytes = 0;
    };
    QByteArray render(const Gauges &gauges) const;

private:
    static constexpr std::array<double, 12> bucketBounds { 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                          0.05, 0.1, 0.25, 0.5, 1.0, 2.5 };
    struct Histogram
    {
        std::array<quint64, bucketBounds.size()> buckets {};
        quint64 count = 0;
        double sum = 0;
    };
    std::map<std::tuple<QString, QByteArray, int>, quint64> m_requests;
    std::map<std::pair<QString, QByteArray>, Histogram> m_latency;
    std::map<QString, quint64> m_databaseErrors;
    quint64 m_rejectedConnections = 0;
    static constexpr std::array<int, 11> batchBounds { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000 };
    std::array<quint64, batchBounds.size()> m_batchBuckets {};
    quint64 m_batches = 0;
    quint64 m_batchedRequests = 0;
};

/// This process's resident set size, from /proc/self/statm; 0 when unknown.
qint64 residentBytes();

} // namespace server
