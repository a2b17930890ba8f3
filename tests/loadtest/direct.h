#pragma once

#include "stats.h"

#include <QThreadPool>
#include <functional>
#include <random>

namespace loadtest {

/// One call made straight through the library; `detail` says why it failed.
using DirectOperation = std::function<Outcome(std::mt19937_64 &random, QString &detail)>;

/// The same work as an HTTP phase, made through the core library from threads of this process,
/// each on its own database connection (opened in that thread, kept across phases, as
/// `inventoryctl bench` does), so the two ways differ only by the server in between.
class DirectRunner
{
public:
    explicit DirectRunner(int maxThreads);
    ~DirectRunner();

    /// `threads` threads calling `operation` back to back for `seconds`.
    EndpointStats run(const QString &name, int threads, double seconds, const DirectOperation &operation,
                      quint64 seed);

private:
    QThreadPool m_pool;
};

/// inventory::reserve(itemId, 1): our single call.
Outcome directReserve(qint64 itemId, QString &detail);

/// The original system's reservation, five round trips with the row lock held across four
/// (BEGIN; SELECT … FOR UPDATE; UPDATE; INSERT; COMMIT): the same SQL as `inventoryctl bench`'s
/// "original way" baseline. Needs table rights (the owner role).
Outcome originalWayReserve(qint64 itemId, QString &detail);

} // namespace loadtest
