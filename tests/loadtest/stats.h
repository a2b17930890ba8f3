#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace loadtest {

/// How one request ended, as the shop would see it.
enum class Outcome {
    Ok, ///< 2xx with the contract's fields
    InsufficientStock, ///< 409 code "insufficient_stock": a valid answer, counted apart from errors
    Overloaded, ///< 503 (worker queue full or database unreachable): an error
    HttpError, ///< any other non-2xx status: an error
    BadBody, ///< 2xx without the fields the contract promises: an error
    Transport, ///< connect, write, read or timeout failure, no HTTP answer: an error
};

/// The figures of one endpoint (or of one closed-loop phase) over a stretch of time.
class EndpointStats
{
public:
    explicit EndpointStats(QString name = {}) : m_name(std::move(name)) { }

    /// `nanos` is the time from sending (connecting first, when needed) to the last byte read.
    void add(Outcome outcome, qint64 nanos, int status = 0, const QString &detail = {});
    void merge(const EndpointStats &other);
    /// Sorts the latencies; call once before reading percentiles.
    void finish();

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    void setSeconds(double seconds) { m_seconds = seconds; }
    double seconds() const { return m_seconds; }

    qint64 requests() const { return m_requests; }
    qint64 ok() const { return m_ok; }
    qint64 insufficientStock() const { return m_insufficientStock; }
    qint64 overloaded() const { return m_overloaded; }
    qint64 transportErrors() const { return m_transport; }
    qint64 badBodies() const { return m_badBody; }
    /// Every request that was not a 2xx nor an expected 409 insufficient_stock.
    qint64 errors() const { return m_overloaded + m_httpErrors + m_badBody + m_transport; }
    double errorRate() const { return m_requests ? double(errors()) / double(m_requests) : 0; }
    /// Successful (2xx) requests per second of the stretch.
    double okPerSecond() const { return m_seconds > 0 ? double(m_ok) / m_seconds : 0; }
    double requestsPerSecond() const { return m_seconds > 0 ? double(m_requests) / m_seconds : 0; }
    /// Latency percentile in ms (nearest rank) over the requests that got a valid answer (2xx
    /// and the expected 409): a fast 503 must not make the figures look better.
    double percentileMs(double q) const;
    double maxMs() const;
    bool hasLatencies() const { return !m_nanos.empty(); }
    /// Errors by kind and status ("503": 12, "transport": 3), and the first one's words.
    QMap<QString, qint64> errorsByKind() const { return m_errorsByKind; }
    QString firstError() const { return m_firstError; }

    QJsonObject toJson() const;

private:
    QString m_name;
    std::vector<qint64> m_nanos;
    qint64 m_requests = 0;
    qint64 m_ok = 0;
    qint64 m_insufficientStock = 0;
    qint64 m_overloaded = 0;
    qint64 m_httpErrors = 0;
    qint64 m_badBody = 0;
    qint64 m_transport = 0;
    QMap<QString, qint64> m_errorsByKind;
    QString m_firstError;
    double m_seconds = 0;
    bool m_sorted = true;
};

/// The median of several interleaved rounds by throughput, with every round's rate.
struct Rounds
{
    std::vector<EndpointStats> rounds;

    const EndpointStats &median() const { return rounds[medianIndex()]; }
    size_t medianIndex() const;
    QList<double> rates() const;
    /// "median of 3 interleaved rounds: 4101, 3987, 4050 /s"
    QString note() const;
};

/// A fixed-width text table: the header, then the rows, columns right-aligned but the first.
class Table
{
public:
    explicit Table(QStringList header) : m_header(std::move(header)) { }
    void addRow(QStringList row) { m_rows << std::move(row); }
    QString toText() const;

    /// The usual row of an endpoint's figures, matching endpointHeader().
    static QStringList endpointHeader();
    static QStringList endpointRow(const EndpointStats &stats);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

QString formatMs(double ms);
QString formatCount(double value);

} // namespace loadtest
