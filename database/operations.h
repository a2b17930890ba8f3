#pragma once

#include "error.h"
#include "types.h"

#include <QHash>
#include <functional>

/// The inventory operations. Each may be called from any thread (it uses that thread's
/// connection), is one round trip to the server (a single statement or a single function
/// call; the cleanup is one round trip per batch), and returns a plain value or a typed error.
/// Nothing is changed when an operation is refused.
namespace inventory {

Result<Item> item(qint64 id);
Result<Item> createItem(const NewItem &item);
/// Items whose name starts with `prefix`, case-insensitively, by name.
Result<QList<Item>> searchItems(const QString &prefix, int limit = 50);
/// Categories with their item counts (maintained by the server, not counted per call).
Result<QList<Category>> categories();
/// The units in stock of each named category, summed now: one index range per category, so ask
/// for the categories on screen, not for all of a large catalogue. Unknown names sum to 0.
Result<QHash<QString, qint64>> categoryUnits(const QStringList &names);
/// The top 100 items of a category by quantity, highest first.
Result<TopItems> topItems(const QString &category);

/// Takes `quantity` units of the item now and records a temporary block expiring after `ttl`
/// (server time). A non-empty `reference` is also an idempotency key: repeating the call with
/// the same item and reference returns the first reservation (`replayed`) instead of taking
/// the units again, so a call whose outcome was lost to a crash can be retried safely.
Result<Reservation> reserve(qint64 itemId, qint64 quantity, Ttl ttl = defaultReservationTtl,
                            const QString &reference = {});
/// One reservation of a batch.
struct ReservationRequest
{
    qint64 quantity = 0;
    Ttl ttl = defaultReservationTtl;
    QString reference; ///< idempotency key, as for reserve(); empty for none
};
inline constexpr int maximumReservationBatch = 1000;

/// Reservations of one item taken together in one call and one commit (for a tier that sees
/// many requests for the same item at once: inventory-server under a flash sale). Each request
/// gets its own answer, as reserve() would give it: in order, first fit (a request that does
/// not fit is refused with the numbers and the next one is tried). The call fails as a whole
/// (nothing taken) only when the batch could not be run at all.
Result<QList<Result<Reservation>>> reserveBatch(qint64 itemId, const QList<ReservationRequest> &requests);

/// Makes a temporary block permanent; refused when it has expired, cleaned up or not.
Result<Block> confirm(qint64 blockId);
/// Cancels a temporary block; its units go back to the item.
Result<Release> release(qint64 blockId);
/// Moves a temporary block's expiry `ttl` later.
Result<Block> extend(qint64 blockId, Ttl ttl);

Result<ExpiredSummary> expiredSummary();

/// Called after each cleanup batch with the running totals and the count seen at the start;
/// return false to stop after this batch.
using CleanupProgress = std::function<bool(const CleanupResult &soFar, const ExpiredSummary &atStart)>;

/// Gives back the units of every expired temporary block and removes the blocks, in batches of
/// `batchSize` (each its own short transaction, items locked in id order). With `parallel` > 1,
/// that many connections run batches at once (SKIP LOCKED gives each its own blocks): for a
/// large backlog on a server with cores to spare. `progress` is called on the calling thread,
/// with the totals of all of them, after each of its own batches and once at the end.
inline constexpr int maximumParallelCleaners = 16;
Result<CleanupResult> cleanupExpired(const CleanupProgress &progress = {}, int batchSize = 5000,
                                     int parallel = 1);

Result<QList<Block>> blocks(const BlockFilter &filter = {});

/// The connected role and what it may do.
Result<SessionInfo> sessionInfo();

} // namespace inventory
