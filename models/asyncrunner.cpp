#include "asyncrunner.h"

#include "connection.h"

#include <QSemaphore>
#include <QThread>

namespace inventory {

namespace {
QThreadPool *s_pool = nullptr;
}

QThreadPool *databasePool()
{
    // Created and destroyed on the GUI thread only (runAsync is called there).
    if (!s_pool) {
        s_pool = new QThreadPool;
        // Enough for a slow query not to hold up the rest of the window, few enough connections
        // for a server shared by many desks.
        s_pool->setMaxThreadCount(4);
        // Threads that expire take their connection with them; a reconnect per idle period
        // would cost more than four idle threads.
        s_pool->setExpiryTimeout(-1);
    }
    return s_pool;
}

void shutdownDatabasePool()
{
    if (!s_pool)
        return;
    // Close each thread's connection in that thread, while the pool's threads still exist.
    // waitForDone() does not only wait: it then ends the pool's threads, and a thread's
    // thread-local destructors run after QThread::wait() has returned, so a connection left to
    // them could be closed while the process exit is tearing QtSql down (seen: a crash in
    // ~Connection under _dl_fini). Every closer blocks until all have arrived, so each runs on a
    // thread of its own and every thread (at most maxThreadCount) gets one; calls still running
    // finish first, as the closers queue behind them.
    const int threads = s_pool->maxThreadCount();
    QSemaphore arrived;
    QSemaphore leave;
    for (int i = 0; i < threads; ++i) {
        s_pool->start([&arrived, &leave] {
            Connection::closeCurrent();
            arrived.release();
            leave.acquire();
        });
    }
    arrived.acquire(threads);
    leave.release(threads);
    s_pool->waitForDone();
    delete s_pool;
    s_pool = nullptr;
}

} // namespace inventory
