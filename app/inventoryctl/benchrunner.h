#pragma once

#include <QJsonObject>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

class Cli;
class QRandomGenerator;

/// What `inventoryctl bench` measures with: a figure as it is printed, the latencies of one
/// phase, and the runner that drives a workload on N threads (bench.cpp and bench_dashboard.cpp
/// use it).
namespace benchrunner {

/// One line of the report (one object of --json).
struct Figure
{
    QString name;
    QString unit;
    double value = 0;
    std::optional<double> p50, p95, p99, opsPerSec, ratioVsOriginal, fractionOfLimit, maxBatchMs;
    qint64 operations = 0;
    qint64 errors = 0;
    QString note;

    QJsonObject toJson() const;
    QString toText() const;
};

/// Latencies of one measured phase, merged over its workers.
struct Samples
{
    std::vector<qint64> nanos;
    qint64 errors = 0;
    double seconds = 0;
    QString firstError;
    std::vector<double> roundRates; ///< with several rounds: each round's ops/s, in order

    double percentileMs(double q) const;
    double opsPerSec() const { return seconds > 0 ? double(nanos.size()) / seconds : 0; }
    /// p50/p95/p99 and ops/s; the value is ops/s for unit "ops/s", else the p95.
    Figure figure(const QString &name, const QString &unit) const;
};

/// One operation of a workload: true when it succeeded; `error` says why not.
using Operation = std::function<bool(int worker, QRandomGenerator &random, QString &error)>;

class Bench
{
public:
    Bench(Cli &cli, int workers, double seconds, double warmUpSeconds);

    // The pool's threads close their own connections as they end (Qt's rule), in ~QThreadPool.

    void progress(const QString &text);

    /// Runs `operation` on `workers` threads for the configured time and returns the latencies.
    /// The same workload runs unmeasured first: it opens the connections, prepares the
    /// statements and lets each server process map the shared buffers it touches (on this
    /// project's virtual machine a new backend's first pass over a 10M catalogue runs at a
    /// twentieth of its steady rate for several seconds, see docs/PERFORMANCE.md). The desktop
    /// app and the shop keep their connections for hours, so the steady state is what counts.
    /// `stop`, when given, ends the phase early (a workload that ran out of prepared work).
    Samples measure(int workers, const Operation &operation, const std::atomic<bool> *stop = nullptr);

    /// Workloads compared with each other run in turn, `rounds` times (A B C A B C ...), so a
    /// colder cache or a busy moment of the machine does not fall on one of them only. Each
    /// gets its warm-up before its first round; each result is its median round by throughput,
    /// with every round's rate noted.
    /// `stops`, when given, hold one flag per operation that ends its rounds early (prepared
    /// work used up).
    std::vector<Samples> compare(int workers, const std::vector<Operation> &operations, int rounds,
                                 const std::vector<const std::atomic<bool> *> &stops = {});

    /// Runs until `done` is set (for work measured alongside something else).
    Samples runUntil(int workers, const std::atomic<bool> &done, const Operation &operation);

    QThreadPool &pool() { return m_pool; }
    int workers() const { return m_workers; }

private:
    Samples run(int workers, double seconds, const Operation &operation,
                const std::atomic<bool> *done = nullptr);

    Cli &m_cli;
    int m_workers;
    double m_seconds;
    double m_warmUpSeconds;
    QThreadPool m_pool;
    int m_phase = 0;
};

} // namespace benchrunner
