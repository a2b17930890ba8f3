#include "asyncrunner.h"

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
    s_pool->waitForDone();
    // Ends the threads, and with them their connections (closed in the thread that opened them).
    delete s_pool;
    s_pool = nullptr;
}

} // namespace inventory
