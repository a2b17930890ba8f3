#include "metrics.h"

#include <QFile>

#include <unistd.h>

namespace server {

void Metrics::recordRequest(const QString &route, const QByteArray &method, int status,
                            std::chrono::nanoseconds duration)
{
    ++m_requests[{ route, method, status }];
    Histogram &histogram = m_latency[{ route, method }];
    const double seconds = std::chrono::duration<double>(duration).count();
    for (size_t i = 0; i < bucketBounds.size(); ++i) {
        if (seconds <= bucketBounds[i])
            ++histogram.buckets[i];
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void Metrics::recordReservationBatch(int size)
{
    for (size_t i = 0; i < batchBounds.size(); ++i) {
        if (size <= batchBounds[i])
            ++m_batchBuckets[i];
    }
    ++m_batches;
    m_batchedRequests += quint64(size);
}

void Metrics::recordDatabaseError(inventory::Error::Kind kind)
{
    ++m_databaseErrors[inventory::kindName(kind)];
}

static QByteArray label(const QString &text)
{
    QByteArray escaped = text.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return escaped;
}

QByteArray Metrics::render(const Gauges &gauges) const
{
    QByteArray out;
    out += "# HELP inventory_http_requests_total Requests answered, by route, method and status.\n"
           "# TYPE inventory_http_requests_total counter\n";
    for (const auto &[key, count] : m_requests) {
        const auto &[route, method, status] = key;
        out += "inventory_http_requests_total{route=\"" + label(route) + "\",method=\"" + method
            + "\",status=\"" + QByteArray::number(status) + "\"} " + QByteArray::number(count) + '\n';
    }
    out += "# HELP inventory_http_request_duration_seconds Time from the request read to the answer written.\n"
           "# TYPE inventory_http_request_duration_seconds histogram\n";
    for (const auto &[key, histogram] : m_latency) {
        const QByteArray labels = "route=\"" + label(key.first) + "\",method=\"" + key.second + '"';
        for (size_t i = 0; i < bucketBounds.size(); ++i) {
            out += "inventory_http_request_duration_seconds_bucket{" + labels + ",le=\""
                + QByteArray::number(bucketBounds[i]) + "\"} " + QByteArray::number(histogram.buckets[i]) + '\n';
        }
        out += "inventory_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} "
            + QByteArray::number(histogram.count) + '\n';
        out += "inventory_http_request_duration_seconds_sum{" + labels + "} "
            + QByteArray::number(histogram.sum, 'g', 9) + '\n';
        out += "inventory_http_request_duration_seconds_count{" + labels + "} "
            + QByteArray::number(histogram.count) + '\n';
    }
    out += "# HELP inventory_database_errors_total Requests the database failed or refused, by kind.\n"
           "# TYPE inventory_database_errors_total counter\n";
    for (const auto &[kind, count] : m_databaseErrors)
        out += "inventory_database_errors_total{kind=\"" + label(kind) + "\"} " + QByteArray::number(count) + '\n';
    out += "# HELP inventory_reserve_batch_size Reservations taken per database call (1: alone, more: combined).\n"
           "# TYPE inventory_reserve_batch_size histogram\n";
    for (size_t i = 0; i < batchBounds.size(); ++i) {
        out += "inventory_reserve_batch_size_bucket{le=\"" + QByteArray::number(batchBounds[i]) + "\"} "
            + QByteArray::number(m_batchBuckets[i]) + '\n';
    }
    out += "inventory_reserve_batch_size_bucket{le=\"+Inf\"} " + QByteArray::number(m_batches) + '\n';
    out += "inventory_reserve_batch_size_sum " + QByteArray::number(m_batchedRequests) + '\n';
    out += "inventory_reserve_batch_size_count " + QByteArray::number(m_batches) + '\n';
    auto gauge = [&out](const char *name, const char *help, qint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name + ' '
            + QByteArray::number(value) + '\n';
    };
    gauge("inventory_worker_queue_depth", "Requests waiting for a database worker.", gauges.queueDepth);
    gauge("inventory_worker_queue_capacity", "Requests the queue holds before answering 503.", gauges.queueCapacity);
    gauge("inventory_workers", "Database worker threads, each with its own connection.", gauges.workers);
    gauge("inventory_http_connections_open", "Client connections open now.", gauges.openConnections);
    gauge("process_resident_memory_bytes", "Resident memory of the server process.", gauges.residentBytes);
    out += "# HELP inventory_http_connections_rejected_total Connections closed at once: the limit was reached.\n"
           "# TYPE inventory_http_connections_rejected_total counter\n"
           "inventory_http_connections_rejected_total " + QByteArray::number(m_rejectedConnections) + '\n';
    return out;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace server
