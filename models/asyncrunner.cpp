#include "asyncrunner.h"

namespace inventory {

QThreadPool *databasePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        // Enough for a slow query not to hold up the rest of the window, few enough connections
        // for a server shared by many desks.
        p->setMaxThreadCount(4);
        // Threads that expire take their connection with them; a reconnect per idle period
        // would cost more than four idle threads.
        p->setExpiryTimeout(-1);
        return p;
    }();
    return pool;
}

} // namespace inventory
