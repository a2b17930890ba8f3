#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>
#include <utility>

namespace inventory {

/// The worker threads every database call of the desktop app runs on. Each thread keeps its own
/// connection (see Connection::current()), so the threads are kept alive rather than recycled.
QThreadPool *databasePool();

/// Waits for the running calls, then ends the pool's threads and closes their connections. Call
/// before the application object goes away (and before a test stops its server).
void shutdownDatabasePool();

/// Runs `work` on databasePool() and calls `done` with its result on `context`'s thread. Nothing
/// is delivered if `context` is destroyed first. `work` must not touch `context`.
template<typename Work, typename Done> void runAsync(QObject *context, Work &&work, Done &&done)
{
    using Value = std::invoke_result_t<std::decay_t<Work>>;
    auto *watcher = new QFutureWatcher<Value>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->future().result());
                     });
    watcher->setFuture(QtConcurrent::run(databasePool(), std::forward<Work>(work)));
}

} // namespace inventory
