// inventoryctl bench: the runner and its figures (see benchrunner.h).

#include "benchrunner.h"

#include "cli.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QMutex>
#include <QRandomGenerator>
#include <QStringList>
#include <QtConcurrent>
#include <algorithm>
#include <chrono>
#include <cmath>

namespace benchrunner {

QJsonObject Figure::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("unit"), unit },
                    { QStringLiteral("value"), value } };
    auto put = [&](const char *key, const std::optional<double> &v) {
        if (v)
            o.insert(QLatin1String(key), std::round(*v * 1000.0) / 1000.0);
    };
    put("p50", p50);
    put("p95", p95);
    put("p99", p99);
    put("opsPerSec", opsPerSec);
    put("ratioVsOriginal", ratioVsOriginal);
    put("fractionOfLimit", fractionOfLimit);
    put("maxBatchMs", maxBatchMs);
    if (operations)
        o.insert(QStringLiteral("operations"), operations);
    o.insert(QStringLiteral("errors"), errors);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QString Figure::toText() const
{
    QString line =
        QStringLiteral("%1  %2 %3").arg(name.leftJustified(26)).arg(value, 0, 'f', 2).arg(unit);
    if (p95)
        line += QStringLiteral("  p50 %1 ms  p95 %2 ms  p99 %3 ms")
                    .arg(*p50, 0, 'f', 2)
                    .arg(*p95, 0, 'f', 2)
                    .arg(*p99, 0, 'f', 2);
    if (opsPerSec && unit != QLatin1String("ops/s"))
        line += QStringLiteral("  %1 ops/s").arg(*opsPerSec, 0, 'f', 0);
    if (ratioVsOriginal)
        line += QStringLiteral("  %1x the original way").arg(*ratioVsOriginal, 0, 'f', 2);
    if (fractionOfLimit)
        line += QStringLiteral("  %1% of the limit").arg(*fractionOfLimit * 100.0, 0, 'f', 0);
    if (maxBatchMs)
        line += QStringLiteral("  longest batch %1 ms").arg(*maxBatchMs, 0, 'f', 0);
    if (errors)
        line += QStringLiteral("  %1 errors").arg(errors);
    if (!note.isEmpty())
        line += QStringLiteral("  (%1)").arg(note);
    return line;
}

double Samples::percentileMs(double q) const
{
    if (nanos.empty())
        return 0;
    const size_t index = std::min(nanos.size() - 1, size_t(std::ceil(q * double(nanos.size()))) - 1);
    return double(nanos[index]) / 1e6;
}

Figure Samples::figure(const QString &name, const QString &unit) const
{
    Figure f;
    f.name = name;
    f.unit = unit;
    f.p50 = percentileMs(0.50);
    f.p95 = percentileMs(0.95);
    f.p99 = percentileMs(0.99);
    f.opsPerSec = opsPerSec();
    f.operations = qint64(nanos.size());
    f.errors = errors;
    f.value = unit == QLatin1String("ops/s") ? *f.opsPerSec : *f.p95;
    if (!firstError.isEmpty())
        f.note = firstError;
    if (roundRates.size() > 1) {
        QStringList rates;
        for (double rate : roundRates)
            rates << QString::number(rate, 'f', 0);
        const QString rounds = QStringLiteral("median of %1 interleaved rounds: %2 ops/s")
                                   .arg(roundRates.size())
                                   .arg(rates.join(QStringLiteral(", ")));
        f.note = f.note.isEmpty() ? rounds : f.note + QStringLiteral("; ") + rounds;
    }
    return f;
}

Bench::Bench(Cli &cli, int workers, double seconds, double warmUpSeconds)
    : m_cli(cli), m_workers(workers), m_seconds(seconds), m_warmUpSeconds(warmUpSeconds)
{
    m_pool.setMaxThreadCount(std::max(workers, 8) + 2);
    m_pool.setExpiryTimeout(-1); // keep the threads, and so their connections, across phases
}

void Bench::progress(const QString &text)
{
    m_cli.err() << "bench: " << text << Qt::endl;
}

Samples Bench::measure(int workers, const Operation &operation, const std::atomic<bool> *stop)
{
    return compare(workers, { operation }, 1, { stop }).front();
}

std::vector<Samples> Bench::compare(int workers, const std::vector<Operation> &operations, int rounds,
                                    const std::vector<const std::atomic<bool> *> &stops)
{
    std::vector<std::vector<Samples>> perOperation(operations.size());
    for (int round = 0; round < rounds; ++round) {
        for (size_t i = 0; i < operations.size(); ++i) {
            const std::atomic<bool> *stop = i < stops.size() ? stops[i] : nullptr;
            if (round == 0)
                run(workers, m_warmUpSeconds, operations[i], stop);
            if (stop && stop->load() && !perOperation[i].empty())
                continue;
            perOperation[i].push_back(run(workers, m_seconds, operations[i], stop));
        }
    }
    std::vector<Samples> medians;
    for (std::vector<Samples> &results : perOperation) {
        std::vector<double> rates;
        for (const Samples &r : results)
            rates.push_back(r.opsPerSec());
        std::sort(results.begin(), results.end(),
                  [](const Samples &a, const Samples &b) { return a.opsPerSec() < b.opsPerSec(); });
        Samples median = std::move(results[results.size() / 2]);
        median.roundRates = rates;
        medians.push_back(std::move(median));
    }
    return medians;
}

Samples Bench::runUntil(int workers, const std::atomic<bool> &done, const Operation &operation)
{
    return run(workers, 3600, operation, &done);
}

Samples Bench::run(int workers, double seconds, const Operation &operation, const std::atomic<bool> *done)
{
    ++m_phase;
    QMutex mutex;
    Samples merged;
    QElapsedTimer wall;
    wall.start();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    QList<QFuture<void>> futures;
    for (int w = 0; w < workers; ++w) {
        futures << QtConcurrent::run(&m_pool, [&, w] {
            QRandomGenerator random(quint32(0x5eed + w * 7919 + m_phase * 104729));
            std::vector<qint64> local;
            local.reserve(100000);
            qint64 errors = 0;
            QString firstError;
            QElapsedTimer timer;
            while (std::chrono::steady_clock::now() < deadline && !(done && done->load())) {
                QString error;
                timer.start();
                const bool ok = operation(w, random, error);
                const qint64 elapsed = timer.nsecsElapsed();
                if (ok) {
                    local.push_back(elapsed);
                } else if (done && done->load()) {
                    break; // ran out of work: not an error
                } else {
                    ++errors;
                    if (firstError.isEmpty())
                        firstError = error;
                }
            }
            const QMutexLocker lock(&mutex);
            merged.nanos.insert(merged.nanos.end(), local.begin(), local.end());
            merged.errors += errors;
            if (merged.firstError.isEmpty())
                merged.firstError = firstError;
        });
    }
    for (auto &f : futures)
        f.waitForFinished();
    merged.seconds = double(wall.nsecsElapsed()) / 1e9;
    std::sort(merged.nanos.begin(), merged.nanos.end());
    return merged;
}

} // namespace benchrunner
