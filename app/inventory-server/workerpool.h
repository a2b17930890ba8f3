#pragma once

#include "httptypes.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace server {

/// Database worker threads, each with its own connection, draining one bounded queue. The I/O
/// thread submits; a full queue is refused at once (the caller answers 503), so memory never
/// grows with load. Each task's answer goes to its `done`, called on the worker thread: it must
/// only hand the answer back to the I/O thread.
class WorkerPool
{
public:
    struct Task
    {
        Identity identity;
        Work work;
        std::function<void(Answer)> done;
    };

    WorkerPool(int workers, int capacity);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    /// False when the queue is full or the pool is stopping; the task is then not taken.
    bool trySubmit(Task &&task);
    /// Tasks waiting (not those running).
    int depth() const;
    int capacity() const { return m_capacity; }
    int workers() const { return int(m_threads.size()); }
    /// Runs what is queued, then ends the threads (closing their connections).
    void stop();

private:
    void run();

    const int m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace server
