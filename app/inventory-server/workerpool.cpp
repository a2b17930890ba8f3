#include "workerpool.h"

#include "answers.h"
#include "apitokens.h"
#include "connection.h"

namespace server {

WorkerPool::WorkerPool(int workers, int capacity) : m_capacity(capacity)
{
    m_threads.reserve(size_t(workers));
    for (int i = 0; i < workers; ++i)
        m_threads.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool()
{
    stop();
}

bool WorkerPool::trySubmit(Task &&task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || int(m_queue.size()) >= m_capacity)
            return false;
        m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
    return true;
}

int WorkerPool::depth() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

void WorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
}

void WorkerPool::run()
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and nothing left to run
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        // The connection acts as the request's token (role and history name); a no-op when the
        // previous task on this thread acted as the same one. Public routes act as nobody.
        if (!task.identity.role.isEmpty()) {
            if (const auto acting = inventory::actAs(task.identity.role, task.identity.actor()); !acting) {
                task.done(errorAnswer(acting.error()));
                continue;
            }
        }
        task.done(task.work());
    }
    inventory::Connection::closeCurrent();
}

} // namespace server
