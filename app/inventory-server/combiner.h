#pragma once

#include "httptypes.h"

#include <boost/asio/any_io_executor.hpp>

#include <QHash>

#include <functional>
#include <vector>

namespace server {

class Metrics;
class WorkerPool;

/// Takes reservations of the same item together (issue: flash sales). A reservation of an item
/// with none in flight is sent at once, alone: no timer, no added wait. Those that arrive while
/// one for their item is in flight wait for it, then go together as one batch (one call, one
/// commit; inventory.reserve_batch: first fit in arrival order), so none waits behind more than
/// one batch for its item. Batches are bounded (maximumReservationBatch); beyond that a request
/// is answered 503 at once. Only requests acting as the same token are combined: the history
/// and the idempotency keys belong to the token.
///
/// I/O thread only, like the sessions.
class ReservationCombiner
{
public:
    using Respond = std::function<void(Answer)>;

    ReservationCombiner(boost::asio::any_io_executor io, WorkerPool &pool, Metrics &metrics, bool enabled);

    void submit(const Identity &identity, const Reserve &reserve, Respond respond);

private:
    struct Waiting
    {
        inventory::ReservationRequest request;
        Respond respond;
    };
    struct Lane
    {
        Identity identity;
        qint64 itemId = 0;
        std::vector<Waiting> waiting;
        bool inFlight = false;
    };
    using Key = QString; // role, actor and item

    void launch(const Key &key, Lane &lane, std::vector<Waiting> batch);
    void finished(const Key &key);

    boost::asio::any_io_executor m_io;
    WorkerPool &m_pool;
    Metrics &m_metrics;
    const bool m_enabled;
    QHash<Key, Lane> m_lanes;
};

} // namespace server
