#include "combiner.h"

#include "answers.h"
#include "json.h"
#include "metrics.h"
#include "workerpool.h"

#include <boost/asio/post.hpp>

#include <QCoreApplication>

namespace server {

static QString tr(const char *text)
{
    return QCoreApplication::translate("inventory-server", text);
}

static Answer reservationAnswer(const inventory::Result<inventory::Reservation> &reserved)
{
    return reserved ? jsonAnswer(201, json::reservation(*reserved)) : errorAnswer(reserved.error());
}

ReservationCombiner::ReservationCombiner(boost::asio::any_io_executor io, WorkerPool &pool, Metrics &metrics,
                                         bool enabled)
    : m_io(std::move(io)), m_pool(pool), m_metrics(metrics), m_enabled(enabled)
{
}

void ReservationCombiner::submit(const Identity &identity, const Reserve &reserve, Respond respond)
{
    const Key key = identity.role + QChar(0x1f) + identity.actor() + QChar(0x1f) + QString::number(reserve.itemId);
    Lane &lane = m_lanes[key];
    if (lane.inFlight && m_enabled) {
        if (lane.waiting.size() >= size_t(inventory::maximumReservationBatch)) {
            respond(unavailable(QStringLiteral("busy"),
                                tr("%1 reservations of this item are already waiting; try again shortly.")
                                    .arg(lane.waiting.size())));
            return;
        }
        lane.waiting.push_back({ reserve.request, std::move(respond) });
        return;
    }
    lane.identity = identity;
    lane.itemId = reserve.itemId;
    std::vector<Waiting> alone;
    alone.push_back({ reserve.request, std::move(respond) });
    launch(key, lane, std::move(alone));
}

void ReservationCombiner::launch(const Key &key, Lane &lane, std::vector<Waiting> batch)
{
    lane.inFlight = true;
    m_metrics.recordReservationBatch(int(batch.size()));
    // The answers are delivered on the I/O thread; the requests' callbacks stay here meanwhile.
    auto pending = std::make_shared<std::vector<Waiting>>(std::move(batch));
    WorkerPool::Task task;
    task.identity = lane.identity;
    const qint64 itemId = lane.itemId;
    auto answers = std::make_shared<std::vector<Answer>>();
    QList<inventory::ReservationRequest> requests;
    for (const Waiting &w : *pending)
        requests << w.request;
    task.work = [itemId, requests, answers] {
        if (requests.size() == 1) {
            const auto &r = requests.constFirst();
            answers->push_back(reservationAnswer(inventory::reserve(itemId, r.quantity, r.ttl, r.reference)));
            return Answer();
        }
        const auto batch = inventory::reserveBatch(itemId, requests);
        if (!batch) {
            answers->assign(size_t(requests.size()), errorAnswer(batch.error()));
            return Answer();
        }
        for (const auto &one : *batch)
            answers->push_back(reservationAnswer(one));
        return Answer();
    };
    task.done = [this, key, pending, answers](Answer failure) {
        boost::asio::post(m_io, [this, key, pending, answers, failure = std::move(failure)] {
            // `failure` is set only when the work did not run (acting as the token failed).
            for (size_t i = 0; i < pending->size(); ++i) {
                const Answer &answer = i < answers->size() ? (*answers)[i] : failure;
                if (answer.errorKind && (*answer.errorKind == inventory::Error::Kind::Connection
                                         || *answer.errorKind == inventory::Error::Kind::Server))
                    m_metrics.recordDatabaseError(*answer.errorKind);
                (*pending)[i].respond(answer);
            }
            finished(key);
        });
    };
    if (!m_pool.trySubmit(std::move(task))) {
        const Answer busy = unavailable(QStringLiteral("busy"),
                                        tr("The server is busy: %1 requests are waiting for the database. Try again shortly.")
                                            .arg(m_pool.capacity()));
        for (Waiting &w : *pending)
            w.respond(busy);
        finished(key);
    }
}

void ReservationCombiner::finished(const Key &key)
{
    const auto found = m_lanes.find(key);
    if (found == m_lanes.end())
        return;
    Lane &lane = *found;
    lane.inFlight = false;
    if (lane.waiting.empty()) {
        m_lanes.erase(found);
        return;
    }
    std::vector<Waiting> batch;
    batch.swap(lane.waiting);
    launch(key, lane, std::move(batch));
}

} // namespace server
