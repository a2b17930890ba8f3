#include "direct.h"

#include "connection.h"
#include "operations.h"

#include <QMutex>
#include <QSqlQuery>
#include <QtConcurrent>
#include <chrono>

using namespace inventory;
using Clock = std::chrono::steady_clock;

namespace loadtest {

namespace {

Outcome outcomeOf(const Error &error, QString &detail)
{
    detail = error.message;
    switch (error.kind) {
    case Error::Kind::InsufficientStock:
        return Outcome::InsufficientStock;
    case Error::Kind::Connection:
        return Outcome::Transport;
    default:
        return Outcome::HttpError;
    }
}

// The original way's statements, as in app/inventoryctl/bench.cpp.
// clang-format off
const QString originalSelectSql = QStringLiteral("SELECT quantity FROM items WHERE id = $1 FOR UPDATE");
const QString originalUpdateSql =
    QStringLiteral("UPDATE items SET quantity = quantity - $1, updated_at = NOW() WHERE id = $2");
const QString originalInsertSql = QStringLiteral(
    "INSERT INTO block_inventory (item_id, quantity, expires_at) VALUES ($1, $2, NOW() + INTERVAL '1 hour') "
    "RETURNING id");
// clang-format on

bool script(const QString &sql, QString &detail)
{
    auto done = Connection::current().executeScript(sql);
    if (!done)
        detail = done.error().message;
    return bool(done);
}

bool exec(const QString &sql, const QVariantList &values, QString &detail)
{
    auto q = Connection::current().execute(sql, values);
    if (!q) {
        detail = q.error().message;
        return false;
    }
    (*q)->finish();
    return true;
}

} // namespace

DirectRunner::DirectRunner(int maxThreads)
{
    m_pool.setMaxThreadCount(maxThreads + 1);
    m_pool.setExpiryTimeout(-1); // the threads, and so their connections, live across phases
}

DirectRunner::~DirectRunner()
{
    // Each thread closes its own connection as it ends (Qt's rule), before the server goes away.
    m_pool.waitForDone();
    m_pool.clear();
}

EndpointStats DirectRunner::run(const QString &name, int threads, double seconds,
                                const DirectOperation &operation, quint64 seed)
{
    if (m_pool.maxThreadCount() < threads + 1)
        m_pool.setMaxThreadCount(threads + 1);
    QMutex mutex;
    EndpointStats merged(name);
    const Clock::time_point start = Clock::now();
    const Clock::time_point deadline =
        start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    QList<QFuture<void>> futures;
    for (int t = 0; t < threads; ++t) {
        futures << QtConcurrent::run(&m_pool, [&, t] {
            std::mt19937_64 random(seed * 104729u + quint64(t));
            EndpointStats local;
            while (Clock::now() < deadline) {
                QString detail;
                const Clock::time_point before = Clock::now();
                const Outcome outcome = operation(random, detail);
                const qint64 nanos =
                    std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - before).count();
                local.add(outcome, nanos, 0, detail);
                if (outcome == Outcome::Transport) // the database away: no tight loop
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            const QMutexLocker lock(&mutex);
            merged.merge(local);
        });
    }
    for (QFuture<void> &f : futures)
        f.waitForFinished();
    merged.setSeconds(std::chrono::duration<double>(Clock::now() - start).count());
    merged.finish();
    return merged;
}

Outcome directReserve(qint64 itemId, QString &detail)
{
    auto reserved = reserve(itemId, 1);
    return reserved ? Outcome::Ok : outcomeOf(reserved.error(), detail);
}

Outcome originalWayReserve(qint64 itemId, QString &detail)
{
    QString ignored;
    if (!script(QStringLiteral("BEGIN"), detail))
        return Outcome::HttpError;
    auto q = Connection::current().execute(originalSelectSql, { itemId });
    if (!q) {
        script(QStringLiteral("ROLLBACK"), ignored);
        return outcomeOf(q.error(), detail);
    }
    const int available = (*q)->next() ? (*q)->value(0).toInt() : -1;
    (*q)->finish();
    if (available < 1) {
        script(QStringLiteral("ROLLBACK"), ignored);
        detail = QStringLiteral("insufficient stock");
        return Outcome::InsufficientStock;
    }
    if (!exec(originalUpdateSql, { 1, itemId }, detail) || !exec(originalInsertSql, { itemId, 1 }, detail)) {
        script(QStringLiteral("ROLLBACK"), ignored);
        return Outcome::HttpError;
    }
    return script(QStringLiteral("COMMIT"), detail) ? Outcome::Ok : Outcome::HttpError;
}

} // namespace loadtest
